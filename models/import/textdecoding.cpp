#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace jobdesk {
namespace {

// Windows-1252 bytes 0x80..0x9F (0 where the code page leaves a byte undefined).
constexpr char16_t cp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                     0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool startsWith(QByteArrayView data, const char *bom, qsizetype size)
{
    return data.size() >= size && QByteArrayView(data.data(), size) == QByteArrayView(bom, size);
}

QString decodeWindows1252(QByteArrayView data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        const char16_t mapped = c >= 0x80 && c < 0xA0 ? cp1252High[c - 0x80] : char16_t(c);
        *out++ = QChar(mapped ? mapped : char16_t(0xFFFD));
    }
    return text;
}

} // namespace

TextEncoding detectEncoding(QByteArrayView data)
{
    if (startsWith(data, "\xEF\xBB\xBF", 3))
        return TextEncoding::Utf8;
    if (startsWith(data, "\xFF\xFE", 2))
        return TextEncoding::Utf16LE;
    if (startsWith(data, "\xFE\xFF", 2))
        return TextEncoding::Utf16BE;
    // UTF-16 without a mark: ASCII-range text has a zero in every other byte.
    const qsizetype sample = qMin<qsizetype>(data.size() & ~qsizetype(1), 4096);
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += data[i] == '\0';
        oddZeros += data[i + 1] == '\0';
    }
    if (sample >= 4 && oddZeros > sample / 4 && evenZeros == 0)
        return TextEncoding::Utf16LE;
    if (sample >= 4 && evenZeros > sample / 4 && oddZeros == 0)
        return TextEncoding::Utf16BE;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString probe = utf8(data);
    return utf8.hasError() ? TextEncoding::Windows1252 : TextEncoding::Utf8;
}

TextEncoding detectStartEncoding(QByteArrayView start, bool whole)
{
    if (!whole) {
        const TextEncoding encoding = detectEncoding(start.first(qMin<qsizetype>(start.size(), 4096)));
        if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE)
            return encoding;
        qsizetype cut = start.size(); // after an ASCII byte: never inside a UTF-8 sequence
        while (cut > 0 && static_cast<unsigned char>(start[cut - 1]) >= 0x80)
            --cut;
        if (cut > 0)
            start = start.first(cut);
    }
    return detectEncoding(start);
}

namespace {

QStringConverter::Encoding converterOf(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        break;
    }
    return QStringConverter::Utf8;
}

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(converterOf(encoding))
{}

QString TextDecoder::decode(QByteArrayView block)
{
    QString text;
    if (m_encoding == TextEncoding::Windows1252) {
        text = decodeWindows1252(block);
    } else {
        if (m_start && m_encoding == TextEncoding::Utf8 && startsWith(block, "\xEF\xBB\xBF", 3))
            block = block.sliced(3);
        text = m_decoder(block);
        if (m_start && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (!m_highSurrogate.isNull()) {
            text.prepend(m_highSurrogate);
            m_highSurrogate = QChar();
        }
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_highSurrogate = text.back();
            text.chop(1);
        }
    }
    if (!block.isEmpty())
        m_start = false;
    return text;
}

QString decodeText(QByteArrayView data, TextEncoding *detected)
{
    const TextEncoding encoding = detectEncoding(data);
    if (detected)
        *detected = encoding;
    switch (encoding) {
    case TextEncoding::Utf8: {
        if (startsWith(data, "\xEF\xBB\xBF", 3))
            data = data.sliced(3);
        return QString::fromUtf8(data);
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringDecoder decoder(encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                 : QStringConverter::Utf16BE);
        QString text = decoder(data);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    case TextEncoding::Windows1252:
        break;
    }
    return decodeWindows1252(data);
}

bool looksBinary(QByteArrayView data)
{
    const TextEncoding encoding = detectEncoding(data);
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE)
        return false;
    const qsizetype sample = qMin<qsizetype>(data.size(), 8192);
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return control > sample / 100 + 2;
}

QString textPosition(QStringView text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const QStringView before = text.first(offset);
    const qsizetype line = before.count(QLatin1Char('\n')) + 1;
    const qsizetype column = offset - (before.lastIndexOf(QLatin1Char('\n')) + 1) + 1;
    return QCoreApplication::translate("Import", "line %1, column %2").arg(line).arg(column);
}

} // namespace jobdesk
