// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <string_view>

namespace vigie::core {

// Reads a text file line by line in large chunks, as bytes: no QString per line, bounded memory
// whatever the file's size. Accepts LF, CRLF and lone CR, mixed; drops a UTF-8 BOM; converts
// UTF-16 (LE or BE, with BOM) to UTF-8 on the fly. Lines are views valid until the next call.
class LineReader
{
  public:
    explicit LineReader(const QString &path, qint64 chunkSize = 4 * 1024 * 1024);
    bool open(QString *error = nullptr);

    // The next line without its terminator; false at the end of the file.
    bool next(std::string_view &line);
    // 1-based number of the line last returned.
    qint64 lineNumber() const { return m_line; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

  private:
    bool refill();

    QFile m_file;
    qint64 m_chunkSize;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    bool m_eof = false;
    bool m_skipLf = false; // a CR ended the last chunk's line; skip a leading LF
    enum class Encoding { Utf8, Utf16Le, Utf16Be } m_encoding = Encoding::Utf8;
    QByteArray m_raw;
    QByteArray m_rawCarry;
};

} // namespace vigie::core
