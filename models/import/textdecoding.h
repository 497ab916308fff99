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
// The offset of the first byte of `data` that does not belong to valid UTF-8, or -1. With `whole` false
// a sequence cut off by the end of `data` is not an error.
qsizetype firstInvalidUtf8(QByteArrayView data, bool whole = true);
// Throws ReadError naming the place when `data` (a file's first block, or all of it when `whole`) is
// not in one encoding: marked as UTF-8, or holding UTF-8 characters, and also bytes that are not UTF-8.
// Without the check such a file would be read as Windows-1252 and every UTF-8 character garbled.
void checkSingleEncoding(QByteArrayView data, bool whole);
// decodeText() of a whole document after checkSingleEncoding().
QString decodeDocument(QByteArrayView data);
// Decodes a file block after block in a known encoding: a character split between two blocks is
// decoded whole (a surrogate pair is never split between two results), and a byte-order mark at the
// start is dropped. UTF-8 that turns invalid in a later block throws ReadError naming the line.
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
    qint64 m_bytesBefore = 0; // of the blocks decoded before this one
    qint64 m_linesBefore = 0; // their line feeds
};

// Whether `data` looks binary (NUL bytes or control characters that text does not hold), for a
// clear "not a text file" message. UTF-16 text is not binary.
bool looksBinary(QByteArrayView data);
// The offset of the first NUL byte in `data`, else of its first control character that text does not
// hold, else -1: where looksBinary() saw binary data.
qsizetype firstBinaryByte(QByteArrayView data);
// "line 3 (byte 117 of the file)" of a byte offset in `data`, the start of a file.
QString bytePosition(QByteArrayView data, qsizetype offset);
// "line 3, column 7" (1-based) of a character offset in `text`.
QString textPosition(QStringView text, qsizetype offset);

} // namespace jobdesk
