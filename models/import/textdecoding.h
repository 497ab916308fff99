// Bytes to text for files of unknown encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; else
// UTF-16 without a mark is recognised by its zero bytes; else valid UTF-8 is UTF-8; else the bytes are
// Windows-1252 (what spreadsheet exports on Windows write).
#pragma once

#include <QByteArray>
#include <QString>

namespace jobdesk {

enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

TextEncoding detectEncoding(QByteArrayView data);
// Decoded text without any byte-order mark.
QString decodeText(QByteArrayView data, TextEncoding *detected = nullptr);
// Whether `data` looks binary (NUL bytes or control characters that text does not hold), for a
// clear "not a text file" message. UTF-16 text is not binary.
bool looksBinary(QByteArrayView data);
// "line 3, column 7" (1-based) of a character offset in `text`.
QString textPosition(QStringView text, qsizetype offset);

} // namespace jobdesk
