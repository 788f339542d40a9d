// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_reader.h"

#include <QCoreApplication>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::CsvReader", text); }
constexpr int kChunk = 1 << 20;
} // namespace

CsvReader::CsvReader(const QString &path) : m_file(path) {}

bool CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_size = m_file.size();
    m_buf.resize(kChunk);
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += m_len;
    const qint64 n = m_file.read(m_buf.data(), m_buf.size());
    m_pos = 0;
    m_len = n > 0 ? int(n) : 0;
    if (n <= 0)
        m_eof = true;
    if (!m_started && m_len > 0) {
        m_started = true;
        if (m_len >= 3 && m_buf.startsWith("\xEF\xBB\xBF")) {
            m_hadBom = true;
            m_pos = 3;
        }
        if (m_separator == 0)
            m_separator = sniffSeparator(QByteArray::fromRawData(m_buf.constData() + m_pos, m_len - m_pos));
    }
    return m_len > 0;
}

char CsvReader::sniffSeparator(const QByteArray &bytes)
{
    int comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    for (char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semi;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semi)
        return '\t';
    if (semi > comma)
        return ';';
    return ',';
}

CsvReader::Result CsvReader::next(CsvRecord &rec)
{
    rec.data.clear();
    rec.ends.clear();
    if (!m_file.isOpen())
        return Result::End;
    if (m_pos >= m_len && !fill())
        return Result::End;
    rec.line = m_line;
    const char sep = m_separator;
    enum { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = FieldStart;
    for (;;) {
        if (m_pos >= m_len && !fill()) {
            // End of file: finish the record unless inside quotes.
            if (state == Quoted) {
                m_error = tr("unterminated quoted field (the file may be truncated)");
                m_errorLine = rec.line;
                rec.ends.push_back(int(rec.data.size()));
                rec.endLine = m_line;
                m_file.close();
                return Result::Error;
            }
            rec.ends.push_back(int(rec.data.size()));
            rec.endLine = m_line;
            return Result::Record;
        }
        const char *p = m_buf.constData();
        switch (state) {
        case FieldStart:
        case Unquoted: {
            if (state == FieldStart && p[m_pos] == '"') {
                ++m_pos;
                state = Quoted;
                break;
            }
            state = Unquoted;
            // Fast scan to the next special byte.
            int i = m_pos;
            while (i < m_len) {
                const char c = p[i];
                if (c == sep || c == '\n' || c == '\r')
                    break;
                ++i;
            }
            rec.data.append(p + m_pos, size_t(i - m_pos));
            m_pos = i;
            if (i == m_len)
                break; // refill and go on
            const char c = p[m_pos++];
            if (c == sep) {
                rec.ends.push_back(int(rec.data.size()));
                state = FieldStart;
                break;
            }
            // End of line: swallow the LF of a CRLF.
            if (c == '\r') {
                if (m_pos >= m_len)
                    fill();
                if (m_pos < m_len && m_buf.constData()[m_pos] == '\n')
                    ++m_pos;
            }
            rec.ends.push_back(int(rec.data.size()));
            rec.endLine = m_line;
            ++m_line;
            return Result::Record;
        }
        case Quoted: {
            int i = m_pos;
            while (i < m_len && p[i] != '"') {
                if (p[i] == '\n')
                    ++m_line;
                else if (p[i] == '\r' && i + 1 < m_len && p[i + 1] != '\n')
                    ++m_line; // a lone CR; a CRLF counts once, at the LF
                ++i;
            }
            rec.data.append(p + m_pos, size_t(i - m_pos));
            m_pos = i;
            if (i < m_len) {
                ++m_pos;
                state = QuoteInQuoted;
            }
            break;
        }
        case QuoteInQuoted: {
            const char c = p[m_pos];
            if (c == '"') {
                rec.data.push_back('"');
                ++m_pos;
                state = Quoted;
            } else {
                // Closing quote; what follows is read as unquoted text up to the separator.
                state = Unquoted;
            }
            break;
        }
        }
    }
}

QByteArray CsvReader::quote(const QByteArray &field, char separator)
{
    bool need = false;
    for (char c : field)
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            need = true;
            break;
        }
    if (!need)
        return field;
    QByteArray out;
    out.reserve(field.size() + 2);
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace vigie::core
