// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// One record of a CSV file. The fields' bytes live in one buffer that the reader reuses, so a
// record costs no allocation once warm; copy out what you keep.
struct CsvRecord
{
    qint64 line = 0;    // physical line (1-based) where the record starts
    qint64 endLine = 0; // physical line where it ends (differs when a quoted field holds newlines)
    std::string data;   // the fields' bytes, one after the other
    std::vector<int> ends; // end offset of each field in data
    // What is wrong with the record's bytes, found by the reader: a NUL byte (a binary file) or
    // bytes that are not UTF-8, in field flawField (0-based). Readers reject such a record with
    // flawText() rather than guess at its text.
    enum class Flaw { None, NulByte, InvalidUtf8 } flaw = Flaw::None;
    int flawField = -1;
    QString flawText() const;

    int size() const { return int(ends.size()); }
    std::string_view view(int i) const
    {
        if (i < 0 || i >= size())
            return {};
        const int begin = i == 0 ? 0 : ends[size_t(i) - 1];
        return std::string_view(data.data() + begin, size_t(ends[size_t(i)] - begin));
    }
    QByteArray bytes(int i) const
    {
        const std::string_view v = view(i);
        return QByteArray(v.data(), int(v.size()));
    }
    QString text(int i) const
    {
        const std::string_view v = view(i);
        return QString::fromUtf8(v.data(), int(v.size()));
    }
    // An empty line: one empty field.
    bool isBlank() const { return ends.size() == 1 && ends[0] == 0; }
    std::vector<QByteArray> toList() const
    {
        std::vector<QByteArray> out;
        out.reserve(ends.size());
        for (int i = 0; i < size(); ++i)
            out.push_back(bytes(i));
        return out;
    }
};

// A streaming RFC 4180 tokenizer: quoted fields with doubled quotes, embedded separators and
// newlines (CRLF, LF or CR), a UTF-8 byte-order mark skipped, the separator (',', ';' or tab)
// sniffed from the first line unless set. Lenient where RFC 4180 is strict but the meaning is
// plain (a stray quote inside an unquoted field is kept); an unterminated quoted field at the end
// of the file is an error (a truncated file).
class CsvReader
{
  public:
    enum class Result { Record, End, Error };

    explicit CsvReader(const QString &path);
    // Reads from a device (not owned; a QBuffer, a socket, a generator), named `name` in errors.
    CsvReader(QIODevice *device, const QString &name);
    // Opens the file (or the device, unless already open); false (and errorString()) when it
    // cannot be read.
    bool open();
    QString path() const { return m_name; }
    // 0 = sniff from the first line (the default).
    void setSeparator(char separator) { m_separator = separator; }
    char separator() const { return m_separator; }
    bool hadBom() const { return m_hadBom; }

    // A record larger than this (its bytes plus its field count) is an error: memory stays bounded
    // whatever the file holds (a 2 GB line with no line break is not a CSV record).
    static constexpr qint64 kDefaultMaxRecordBytes = 64 * 1024 * 1024;
    void setMaxRecordBytes(qint64 bytes) { m_maxRecordBytes = bytes; }

    Result next(CsvRecord &record);
    // The next record that is not an empty line (a header after blank lines, a file's rows).
    Result nextNonBlank(CsvRecord &record);
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    qint64 bytesRead() const { return m_consumed; }
    qint64 size() const { return m_size; }

    // Quotes a field for writing when it holds the separator, a quote or a line break.
    static QByteArray quote(const QByteArray &field, char separator = ',');
    static char sniffSeparator(const QByteArray &firstBytes);

  private:
    bool fill();
    Result tooLarge(CsvRecord &record);
    static void checkText(CsvRecord &record);

    QFile m_file;
    QIODevice *m_device = nullptr; // &m_file, or the device given
    QString m_name;
    QByteArray m_buf;
    int m_pos = 0;
    int m_len = 0;
    bool m_eof = false;
    bool m_stopped = false; // after an error: nothing more is read
    char m_separator = 0;
    bool m_hadBom = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_maxRecordBytes = kDefaultMaxRecordBytes;
};

// The header and the first rows of a CSV file, for a person choosing which column is what.
struct CsvPreview
{
    QStringList header; // trimmed
    QList<QStringList> rows;
    QString error; // why the file cannot be previewed (unreadable, empty, no header); empty if fine
};
// Reads the first non-blank record as the header and up to `rows` records after it.
CsvPreview readCsvPreview(const QString &path, int rows = 10);

} // namespace vigie::core
