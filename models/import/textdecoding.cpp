#include "textdecoding.h"

#include "recordreader.h"

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

qsizetype firstInvalidUtf8(QByteArrayView data, bool whole)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // Length and the range of the second byte (no overlong forms, no surrogates, nothing above U+10FFFF).
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return whole ? i : -1;
            const unsigned char c = bytes[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

namespace {

bool hasUtf8MultiByte(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    for (qsizetype i = 0; i + 1 < data.size(); ++i) {
        if (bytes[i] >= 0xC2 && bytes[i] <= 0xF4 &&
            firstInvalidUtf8(data.sliced(i, qMin<qsizetype>(4, data.size() - i)), false) != 0)
            return true;
    }
    return false;
}

// "line 3 (byte 117 of the file)" for a byte offset in a block that follows `bytesBefore` bytes holding
// `linesBefore` line feeds.
QString blockPosition(QByteArrayView data, qsizetype offset, qint64 bytesBefore, qint64 linesBefore)
{
    const qint64 line = linesBefore + data.first(offset).count('\n') + 1;
    return QCoreApplication::translate("Import", "line %1 (byte %2 of the file)")
        .arg(line)
        .arg(bytesBefore + offset + 1);
}

ReadError mixedEncodings(const QString &position)
{
    return ReadError(QCoreApplication::translate("Import",
                                                 "the file mixes encodings: it is UTF-8, but the bytes at "
                                                 "%1 are not; save it as UTF-8 and import it again")
                         .arg(position));
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
        if (m_decoder.hasError()) {
            // Where in this block: skip the tail of a character the last block began.
            qsizetype from = 0;
            while (from < qMin<qsizetype>(3, block.size()) &&
                   (static_cast<unsigned char>(block[from]) & 0xC0) == 0x80)
                ++from;
            const qsizetype bad = qMax<qsizetype>(from, from + firstInvalidUtf8(block.sliced(from), false));
            throw mixedEncodings(blockPosition(block, bad, m_bytesBefore, m_linesBefore));
        }
        m_bytesBefore += block.size();
        m_linesBefore += block.count('\n');
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

void checkSingleEncoding(QByteArrayView data, bool whole)
{
    const bool marked = startsWith(data, "\xEF\xBB\xBF", 3);
    const TextEncoding encoding = detectStartEncoding(data, whole);
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE)
        return;
    if (!marked && (encoding == TextEncoding::Utf8 || !hasUtf8MultiByte(data)))
        return; // valid UTF-8, or Windows-1252 throughout
    const qsizetype bad = firstInvalidUtf8(data, whole);
    if (bad < 0)
        return;
    throw mixedEncodings(bytePosition(data, bad));
}

QString decodeDocument(QByteArrayView data)
{
    checkSingleEncoding(data, true);
    return decodeText(data);
}

QString bytePosition(QByteArrayView data, qsizetype offset)
{
    return blockPosition(data, offset, 0, 0);
}

qsizetype firstBinaryByte(QByteArrayView data)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return nul;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            return i;
    }
    return -1;
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
