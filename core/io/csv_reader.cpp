// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_reader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::CsvReader", text); }
constexpr int kChunk = 1 << 20;
} // namespace

CsvReader::CsvReader(const QString &path) : m_file(path), m_device(&m_file), m_name(path) {}

CsvReader::CsvReader(QIODevice *device, const QString &name) : m_device(device), m_name(name) {}

QString CsvRecord::flawText() const
{
    switch (flaw) {
    case Flaw::None: return QString();
    case Flaw::NulByte:
        return QCoreApplication::translate("vigie::core::CsvReader", "a NUL byte in field %1 (a binary file, or not UTF-8 text?)").arg(flawField + 1);
    case Flaw::InvalidUtf8:
        return QCoreApplication::translate("vigie::core::CsvReader", "field %1 is not valid UTF-8 text (save the file as UTF-8)").arg(flawField + 1);
    }
    return QString();
}

namespace {
// Length of the valid UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF), 0 if invalid.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (end - p < n)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; ++i)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return n;
}
} // namespace

void CsvReader::checkText(CsvRecord &rec)
{
    rec.flaw = CsvRecord::Flaw::None;
    rec.flawField = -1;
    const unsigned char *begin = reinterpret_cast<const unsigned char *>(rec.data.data());
    const unsigned char *end = begin + rec.data.size();
    const auto fieldAt = [&](const unsigned char *p) {
        const int offset = int(p - begin);
        int f = 0;
        while (f < rec.size() && rec.ends[size_t(f)] <= offset)
            ++f;
        return std::min(f, rec.size() - 1);
    };
    if (const void *nul = std::memchr(begin, 0, rec.data.size())) {
        rec.flaw = CsvRecord::Flaw::NulByte;
        rec.flawField = fieldAt(static_cast<const unsigned char *>(nul));
        return;
    }
    for (const unsigned char *p = begin; p < end;) {
        // ASCII eight bytes at a time: most records are pure ASCII.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0) {
            rec.flaw = CsvRecord::Flaw::InvalidUtf8;
            rec.flawField = fieldAt(p);
            return;
        }
        p += n;
    }
}

CsvReader::Result CsvReader::tooLarge(CsvRecord &rec)
{
    m_error = tr("a record larger than %1 MB (no line break, or an unclosed quote?); reading stopped")
                  .arg(m_maxRecordBytes / (1024 * 1024));
    m_errorLine = rec.line;
    rec.data.clear();
    rec.data.shrink_to_fit();
    rec.ends.clear();
    rec.ends.shrink_to_fit();
    rec.ends.push_back(0);
    rec.endLine = m_line;
    m_stopped = true;
    return Result::Error;
}

bool CsvReader::open()
{
    if (!m_device || (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))) {
        m_error = m_device ? m_device->errorString() : tr("no device");
        return false;
    }
    m_size = m_device->isSequential() ? 0 : m_device->size();
    // A small file needs no megabyte buffer.
    m_buf.resize(m_device->isSequential() ? kChunk : int(std::max<qint64>(4096, std::min<qint64>(kChunk, m_size + 1))));
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += m_len;
    const qint64 n = m_device->read(m_buf.data(), m_buf.size());
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
    if (!m_device || !m_device->isOpen() || m_stopped)
        return Result::End;
    if (m_pos >= m_len && !fill())
        return Result::End;
    rec.line = m_line;
    const char sep = m_separator;
    enum { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = FieldStart;
    for (;;) {
        if (qint64(rec.data.size()) + qint64(rec.ends.size()) * qint64(sizeof(int)) > m_maxRecordBytes)
            return tooLarge(rec);
        if (m_pos >= m_len && !fill()) {
            // End of file: finish the record unless inside quotes.
            if (state == Quoted) {
                m_error = tr("unterminated quoted field (the file may be truncated)");
                m_errorLine = rec.line;
                rec.ends.push_back(int(rec.data.size()));
                rec.endLine = m_line;
                m_stopped = true;
                return Result::Error;
            }
            rec.ends.push_back(int(rec.data.size()));
            rec.endLine = m_line;
            checkText(rec);
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
            checkText(rec);
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

CsvReader::Result CsvReader::nextNonBlank(CsvRecord &record)
{
    Result r = next(record);
    while (r == Result::Record && record.isBlank())
        r = next(record);
    return r;
}

CsvPreview readCsvPreview(const QString &path, int rows)
{
    CsvPreview out;
    CsvReader csv(path);
    if (!csv.open()) {
        out.error = csv.errorString();
        return out;
    }
    CsvRecord rec;
    const CsvReader::Result r = csv.nextNonBlank(rec);
    if (r != CsvReader::Result::Record) {
        out.error = r == CsvReader::Result::Error ? csv.errorString()
                                                  : QCoreApplication::translate("vigie::core::CsvReader", "no header row");
        return out;
    }
    for (int i = 0; i < rec.size(); ++i)
        out.header << rec.text(i).trimmed();
    while (out.rows.size() < rows && csv.nextNonBlank(rec) == CsvReader::Result::Record) {
        QStringList row;
        for (int i = 0; i < rec.size(); ++i)
            row << rec.text(i);
        out.rows << row;
    }
    return out;
}

} // namespace vigie::core
