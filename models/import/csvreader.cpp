#include "csvreader.h"

#include "textdecoding.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <vector>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

constexpr qsizetype maxColumns = 20000;
constexpr qsizetype fieldCount = qsizetype(CsvField::Source) + 1;

// Where a field's value is in the text. A plain field's value is text[begin, end) itself (an unquoted
// field, or the inside of a quoted one); any other field (doubled quotes, text after the closing quote)
// spans its whole source text and is unescaped by valueOf().
struct FieldSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool plain = true;
};

struct Row
{
    qsizetype begin = 0; // the row's source text, without its line break
    qsizetype end = 0;
    qsizetype fieldCount = 0;      // all fields of the row
    std::vector<FieldSpan> fields; // the first `keep` of them (see CsvParser::next)

    bool isBlankLine() const { return begin == end; }
};

// "line 3, column 17" (1-based) of an offset; CR LF, LF and CR each end a line. `lineBase` is the number
// of lines before `text` (a file read block by block).
QString positionOf(QStringView text, qsizetype offset, qint64 lineBase = 0)
{
    qint64 line = 1 + lineBase;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

// A quoted field that is never closed makes the whole file unreadable (the importer rolls back what
// was read of it).
ReadError unclosedQuote(QStringView text, qsizetype open, qint64 lineBase)
{
    return ReadError(
        tr("a quoted field that starts at %1 is never closed").arg(positionOf(text, open, lineBase)));
}

// Throws when a quoted field from `begin` (a row's start) on is never closed, before any record of
// the text is read: the reader checks the file's last block (the whole of a small file) this way, so
// no record of it reaches the sink. Only quotes are looked at (CsvParser's rules: a quote opens a field
// when it starts one), so this costs little next to parsing.
void checkQuotes(QStringView text, char16_t delimiter, qsizetype begin, qint64 lineBase)
{
    for (qsizetype pos = begin;;) {
        const qsizetype open = text.indexOf(u'"', pos);
        if (open < 0)
            return;
        const char16_t before = open == begin ? u'\n' : text[open - 1].unicode();
        if (before != delimiter && before != u'\n' && before != u'\r') {
            pos = open + 1; // a quote inside an unquoted field
            continue;
        }
        for (pos = open + 1;;) {
            const qsizetype close = text.indexOf(u'"', pos);
            if (close < 0)
                throw unclosedQuote(text, open, lineBase);
            pos = close + 1;
            if (pos < text.size() && text[pos] == u'"')
                ++pos; // a doubled quote
            else
                break;
        }
    }
}

// Thrown by CsvParser when the text ends inside a quoted field; unclosedQuote() when that is the end
// of the file, else the sign to read the next block.
struct OpenQuote
{
    qsizetype open;
};

// The line breaks of `text` (CR LF, LF and CR each end a line), when `text` ends after a whole one.
qint64 lineBreaks(QStringView text)
{
    qint64 lines = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        lines += c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'));
    }
    return lines;
}

// Reads rows one after the other, as RFC 4180 with the deviations of Python's csv module and
// spreadsheets: a quote inside an unquoted field is a character, and text after a closing quote is
// kept ("a"b is ab). Only a quote opening a field starts a quoted field.
class CsvParser
{
public:
    CsvParser(QStringView text, char16_t delimiter, qsizetype position)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_pos(position)
    {}

    // The row at the current position, keeping the spans of its first `keep` fields; false at the end
    // of the text. Throws OpenQuote when a quoted field is not closed before the text ends.
    bool next(Row &row, qsizetype keep)
    {
        const qsizetype size = m_text.size();
        if (m_pos >= size)
            return false;
        row.begin = m_pos;
        row.fieldCount = 0;
        row.fields.clear();
        qsizetype pos = m_pos;
        for (;;) {
            const FieldSpan span = pos < size && m_text[pos] == u'"' ? quotedField(pos) : unquotedField(pos);
            if (row.fieldCount++ < keep)
                row.fields.push_back(span);
            if (pos < size && m_text[pos] == m_delimiter) {
                ++pos;
                continue;
            }
            break;
        }
        row.end = pos;
        if (pos < size && m_text[pos] == u'\r')
            ++pos;
        if (pos < size && m_text[pos] == u'\n')
            ++pos;
        m_pos = pos;
        return true;
    }

    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype position) { m_pos = position; }

private:
    bool endsField(QChar c) const { return c == m_delimiter || c == u'\n' || c == u'\r'; }

    FieldSpan unquotedField(qsizetype &pos) const
    {
        const qsizetype begin = pos;
        while (pos < m_text.size() && !endsField(m_text[pos]))
            ++pos;
        return {begin, pos, true};
    }

    FieldSpan quotedField(qsizetype &pos) const
    {
        const qsizetype open = pos;
        bool plain = true;
        qsizetype close = open;
        for (qsizetype from = open + 1;;) {
            close = m_text.indexOf(u'"', from);
            if (close < 0)
                throw OpenQuote{open};
            if (close + 1 < m_text.size() && m_text[close + 1] == u'"') {
                plain = false;
                from = close + 2;
                continue;
            }
            break;
        }
        pos = close + 1;
        const qsizetype after = pos;
        while (pos < m_text.size() && !endsField(m_text[pos]))
            ++pos;
        if (plain && pos == after)
            return {open + 1, close, true};
        return {open, pos, false};
    }

    QStringView m_text;
    char16_t m_delimiter;
    qsizetype m_pos;
};

// The value of a field, trimmed, with CR LF and CR line breaks made LF.
QString valueOf(QStringView text, const FieldSpan &span)
{
    QString value;
    const QStringView source = text.sliced(span.begin, span.end - span.begin);
    if (span.plain) {
        value = source.trimmed().toString();
    } else {
        value.reserve(source.size());
        bool quoted = false;
        for (qsizetype i = 0; i < source.size(); ++i) {
            const QChar c = source[i];
            if (c != u'"') {
                value.append(c);
            } else if (i == 0) {
                quoted = true;
            } else if (!quoted) {
                value.append(c);
            } else if (i + 1 < source.size() && source[i + 1] == u'"') {
                value.append(c);
                ++i;
            } else {
                quoted = false;
            }
        }
        value = std::move(value).trimmed();
    }
    if (value.contains(u'\r')) {
        value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        value.replace(u'\r', u'\n');
    }
    return value;
}

bool isBlank(QStringView text, const FieldSpan &span)
{
    if (span.plain)
        return text.sliced(span.begin, span.end - span.begin).trimmed().isEmpty();
    return valueOf(text, span).isEmpty();
}

// The delimiter of the header row starting at `begin`: the most frequent of comma, tab and semicolon
// outside quotes (comma on a tie or when there is none).
char16_t detectDelimiter(QStringView text, qsizetype begin)
{
    qsizetype commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = begin; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas && semicolons > tabs)
        return u';';
    return u',';
}

struct Header
{
    QStringList names;
    char16_t delimiter = u',';
    QStringView source;      // the header row's text, without its line break
    qsizetype dataBegin = 0; // where the first data row starts
    bool terminated = false; // whether a line break ends the row (else the text does)
};

Header parseHeader(QStringView text)
{
    qsizetype begin = 0;
    while (begin < text.size() && (text[begin] == u'\r' || text[begin] == u'\n'))
        ++begin;
    if (begin >= text.size())
        throw ReadError(tr("the file has no header row"));
    Header header;
    header.delimiter = detectDelimiter(text, begin);
    CsvParser parser(text, header.delimiter, begin);
    Row row;
    try {
        parser.next(row, maxColumns + 1);
    } catch (const OpenQuote &quote) {
        throw unclosedQuote(text, quote.open, 0);
    }
    if (row.fieldCount > maxColumns) {
        throw ReadError(tr("the header row has %1 columns; at most %2 are supported")
                            .arg(row.fieldCount)
                            .arg(maxColumns));
    }
    header.names.reserve(row.fieldCount);
    bool named = false;
    for (const FieldSpan &span : row.fields) {
        header.names.append(valueOf(text, span));
        named = named || !header.names.constLast().isEmpty();
    }
    if (!named)
        throw ReadError(tr("the header row at %1 has no column names").arg(positionOf(text, begin)));
    header.source = text.sliced(row.begin, row.end - row.begin);
    header.dataBegin = parser.position();
    header.terminated = header.dataBegin > row.end;
    return header;
}

// Glassdoor writes the company's rating on a line of its own after the name ("Tecolote Research\n3.8").
void dropRatingLine(QString &company)
{
    const qsizetype lineBreak = company.lastIndexOf(u'\n');
    if (lineBreak < 0)
        return;
    const QStringView last = QStringView(company).sliced(lineBreak + 1).trimmed();
    bool digits = false, point = false;
    for (qsizetype i = 0; i < last.size(); ++i) {
        if (last[i].isDigit())
            digits = true;
        else if ((last[i] == u'.' || last[i] == u',') && !point && digits && i + 1 < last.size())
            point = true;
        else
            return;
    }
    if (digits) {
        company.truncate(lineBreak);
        company = std::move(company).trimmed();
    }
}

// Adds `value` to the joined locations unless one of the parts already says it ("London, UK" and "UK").
void addLocation(QString &joined, const QString &value)
{
    if (joined.isEmpty()) {
        joined = value;
        return;
    }
    for (const QStringView part : QStringView(joined).split(u',')) {
        if (part.trimmed().compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    joined += QLatin1String(", ") + value;
}

} // namespace

CsvReader::CsvReader(std::optional<CsvMapping> mapping)
    : m_mapping(std::move(mapping))
{}

QStringList CsvReader::readHeader(const QByteArray &data)
{
    // Only a prefix is decoded: decoding a large file for its first row would cost as much as reading
    // it. The prefix ends on a character boundary, so a file and its first part (the import dialog
    // reads 256 KiB) give the same names and signature. The whole of `data` is decoded only when the
    // header row does not end in the prefix, or is not readable (the error then comes from all of it).
    constexpr qsizetype prefixSize = 64 * 1024;
    QByteArrayView prefix(data.constData(), qMin(data.size(), prefixSize));
    const TextEncoding encoding = detectEncoding(prefix);
    if (encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE) {
        qsizetype cut = prefix.size(); // after an ASCII byte: never inside a UTF-8 sequence
        while (cut > 0 && static_cast<unsigned char>(prefix[cut - 1]) >= 0x80)
            --cut;
        prefix = prefix.first(cut);
    } else {
        prefix = prefix.first(prefix.size() & ~qsizetype(1));
    }
    try {
        const QString text = decodeText(prefix);
        Header header = parseHeader(text);
        if (header.terminated)
            return std::move(header.names);
    } catch (const ReadError &) {
    }
    const QString text = decodeDocument(data);
    return parseHeader(text).names;
}

void CsvReader::read(const QByteArray &data, const RecordSink &sink) const
{
    ByteSource source(data);
    readStream(source, sink);
}

void CsvReader::readStream(ByteSource &source, const RecordSink &sink) const
{
    // The text of a block or two: rows are parsed from `buffer`, and what they used is dropped before
    // the next block is added. A row is complete when text follows it or the file ends (a row cut at a
    // block's end, or one whose CR and LF fall in two blocks, is parsed again with the next block).
    QByteArray block = source.next();
    TextDecoder decoder(detectStartEncoding(block, source.atEnd()));
    QString buffer = decoder.decode(block);
    block.clear();
    const auto readMore = [&] {
        buffer += decoder.decode(source.next());
        return !source.atEnd();
    };

    // The header row, whole.
    Header header;
    for (bool more = !source.atEnd();; more = readMore()) {
        if (!more) {
            header = parseHeader(buffer);
            break;
        }
        try {
            header = parseHeader(buffer);
            if (header.dataBegin < buffer.size())
                break;
        } catch (const ReadError &) {
        }
    }
    const CsvMapping mapping = m_mapping ? *m_mapping : autoMapCsvHeader(header.names);

    const qsizetype columns = header.names.size();
    const qsizetype mapped = qMin(columns, mapping.columns.size());
    std::array<QString, fieldCount> keys;
    for (qsizetype f = 0; f < fieldCount; ++f)
        keys[f] = csvFieldKey(CsvField(f));
    const QString rawPrefix = header.source.toString() + u'\n';
    const QString rawFormat = QStringLiteral("csv");
    const QString salaryPeriod =
        mapping.columns.contains(CsvField::SalaryPeriod) ? QString() : mapping.salaryPeriod;
    const QString noTitle = tr("the row has no title");

    Row row;
    row.fields.reserve(columns);
    std::array<QString, fieldCount> values;
    qint64 number = 0;
    // The record of `row` in `text`; false when there is none (a row of empty cells).
    const auto recordOf = [&](QStringView text, SourceRecord &record) {
        values.fill(QString());
        for (qsizetype column = 0; column < qMin<qsizetype>(mapped, row.fields.size()); ++column) {
            const CsvField field = mapping.columns.at(column);
            if (field == CsvField::Ignore)
                continue;
            QString value = valueOf(text, row.fields[column]);
            // Spreadsheet exports (Jobdesk's own among them) guard cells that would start a formula
            // with an apostrophe; the text is what follows it.
            if (value.size() > 1 && value.front() == u'\'' && QStringView(u"=+-@\t\r").contains(value.at(1)))
                value.remove(0, 1);
            if (field == CsvField::Company)
                dropRatingLine(value);
            if (value.isEmpty())
                continue;
            QString &joined = values[qsizetype(field)];
            if (field == CsvField::Location)
                addLocation(joined, value);
            else if (joined.isEmpty())
                joined = std::move(value);
            else if (field == CsvField::Description)
                joined += QLatin1String("\n\n") + value;
            else if (field == CsvField::Skills)
                joined += QLatin1String(", ") + value;
            // Other fields: the first column with a value wins.
        }

        const bool titled = !values[qsizetype(CsvField::Title)].isEmpty();
        if (!titled && std::all_of(row.fields.cbegin(), row.fields.cend(),
                                   [&](const FieldSpan &span) { return isBlank(text, span); })) {
            return false; // a row of empty cells
        }
        record.number = number;
        record.raw = rawPrefix + text.sliced(row.begin, row.end - row.begin);
        record.rawFormat = rawFormat;
        if (!titled) {
            record.error = noTitle;
        } else {
            for (qsizetype f = 0; f < fieldCount; ++f) {
                if (!values[f].isEmpty())
                    record.fields.insert(keys[f], values[f]);
            }
            if (!salaryPeriod.isEmpty())
                record.fields.insert(keys[qsizetype(CsvField::SalaryPeriod)], salaryPeriod);
        }
        return true;
    };

    qint64 lineBase = 0; // lines of the file before `buffer`
    qsizetype position = header.dataBegin;
    for (;;) {
        const bool last = source.atEnd();
        const QStringView text(buffer);
        if (last)
            checkQuotes(text, header.delimiter, position, lineBase);
        CsvParser parser(text, header.delimiter, position);
        for (;;) {
            const qsizetype begin = parser.position();
            bool read = false;
            try {
                read = parser.next(row, columns);
            } catch (const OpenQuote &quote) {
                if (last)
                    throw unclosedQuote(text, quote.open, lineBase);
                parser.setPosition(begin);
                break;
            }
            if (!read)
                break;
            if (!last && parser.position() >= text.size()) {
                parser.setPosition(begin);
                break;
            }
            ++number;
            if (row.isBlankLine())
                continue;
            SourceRecord record;
            if (recordOf(text, record) && !sink(std::move(record)))
                return;
        }
        if (last)
            return;
        position = parser.position();
        lineBase += lineBreaks(text.first(position));
        buffer.remove(0, position);
        position = 0;
        readMore();
    }
}

} // namespace jobdesk
