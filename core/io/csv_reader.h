// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/line_reader.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace vigie::core {

// A small streaming CSV tokenizer (RFC 4180: quoted fields with doubled quotes, line breaks
// inside quotes), on top of LineReader (so: any line ending, BOM, UTF-16). The delimiter is
// ',' ';' or TAB, guessed from the first record unless set.
class CsvReader
{
  public:
    explicit CsvReader(const QString &path, char delimiter = 0);
    bool open(QString *error = nullptr);

    // The next record's fields (UTF-8); false at the end of the file.
    bool next(std::vector<std::string> &fields);
    // Line on which the record last returned starts (1-based).
    qint64 lineNumber() const { return m_recordLine; }
    char delimiter() const { return m_delim; }
    qint64 bytesRead() const { return m_lines.bytesRead(); }
    qint64 size() const { return m_lines.size(); }

    static QStringList toStrings(const std::vector<std::string> &fields);

  private:
    LineReader m_lines;
    char m_delim;
    qint64 m_recordLine = 0;
};

} // namespace vigie::core
