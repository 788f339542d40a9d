// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_reader.h"

namespace vigie::core {

namespace {
constexpr size_t kMaxRecord = 4 * 1024 * 1024; // a quote never closed must not eat the file
}

CsvReader::CsvReader(const QString &path, char delimiter) : m_lines(path), m_delim(delimiter) {}

bool CsvReader::open(QString *error) { return m_lines.open(error); }

bool CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    std::string_view line;
    // Skip blank lines between records.
    do {
        if (!m_lines.next(line))
            return false;
    } while (line.find_first_not_of(" \t") == std::string_view::npos);
    m_recordLine = m_lines.lineNumber();
    if (!m_delim) {
        // The most frequent candidate outside quotes in the first record.
        size_t best = 0;
        m_delim = ',';
        for (char c : {',', ';', '\t'}) {
            size_t n = 0;
            bool q = false;
            for (char ch : line) {
                if (ch == '"')
                    q = !q;
                else if (ch == c && !q)
                    ++n;
            }
            if (n > best) {
                best = n;
                m_delim = c;
            }
        }
    }
    std::string field;
    bool inQuotes = false;
    bool wasQuoted = false;
    size_t total = 0;
    for (;;) {
        for (size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == '"' && (field.empty() || field.find_first_not_of(" \t") == std::string::npos) && !wasQuoted) {
                field.clear();
                inQuotes = true;
                wasQuoted = true;
            } else if (c == m_delim) {
                fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
            } else {
                field += c;
            }
        }
        total += line.size();
        if (!inQuotes || total > kMaxRecord)
            break;
        field += '\n';
        if (!m_lines.next(line))
            break;
    }
    if (!wasQuoted) {
        // Unquoted fields lose surrounding blanks (common in hand-made files).
        const size_t a = field.find_first_not_of(" \t");
        field = a == std::string::npos ? std::string() : field.substr(a, field.find_last_not_of(" \t") - a + 1);
    }
    fields.push_back(std::move(field));
    return true;
}

QStringList CsvReader::toStrings(const std::vector<std::string> &fields)
{
    QStringList out;
    out.reserve(int(fields.size()));
    for (const std::string &f : fields)
        out << QString::fromUtf8(f.data(), int(f.size()));
    return out;
}

} // namespace vigie::core
