// Bytes to text for files of unknown encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; else
// UTF-16 without a mark is recognised by its zero bytes; else valid UTF-8 is UTF-8; else the bytes are
// Windows-1252 (what spreadsheet exports on Windows write).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace jobdesk {

enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

TextEncoding detectEncoding(QByteArrayView data);
// The encoding of a file from its first block, which may end inside a character: when `whole` is
// false, trailing bytes of an unfinished UTF-8 sequence do not make it Windows-1252. Later blocks are
// not looked at (a file that is valid UTF-8 for its first block is read as UTF-8).
TextEncoding detectStartEncoding(QByteArrayView start, bool whole);
// Decoded text without any byte-order mark.
QString decodeText(QByteArrayView data, TextEncoding *detected = nullptr);
// Decodes a file block after block in a known encoding: a character split between two blocks is
// decoded whole (a surrogate pair is never split between two results), and a byte-order mark at the
// start is dropped.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);
    TextEncoding encoding() const { return m_encoding; }
    QString decode(QByteArrayView block);

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder; // UTF-8 and UTF-16; Windows-1252 needs no state
    QChar m_highSurrogate;    // the end of the last block's text, held back for its pair
    bool m_start = true;
};

// Whether `data` looks binary (NUL bytes or control characters that text does not hold), for a
// clear "not a text file" message. UTF-16 text is not binary.
bool looksBinary(QByteArrayView data);
// "line 3, column 7" (1-based) of a character offset in `text`.
QString textPosition(QStringView text, qsizetype offset);

} // namespace jobdesk
