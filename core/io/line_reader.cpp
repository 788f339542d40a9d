// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/line_reader.h"

#include <QString>

#include <algorithm>
#include <cstring>

namespace vigie::core {

namespace {
constexpr qsizetype kMaxLine = 1024 * 1024;
}

LineReader::LineReader(const QString &path, qint64 chunkSize) : m_file(path), m_chunkSize(chunkSize) {}

bool LineReader::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_size = m_file.size();
    // A small file needs no multi-megabyte buffer (a feed's few lines, a test's fixture).
    if (!m_file.isSequential())
        m_chunkSize = std::max<qint64>(4096, std::min<qint64>(m_chunkSize, m_size + 1));
    char bom[3] = {};
    const qint64 n = m_file.peek(bom, 3);
    if (n >= 2 && uchar(bom[0]) == 0xFF && uchar(bom[1]) == 0xFE) {
        m_encoding = Encoding::Utf16Le;
        m_file.read(2);
    } else if (n >= 2 && uchar(bom[0]) == 0xFE && uchar(bom[1]) == 0xFF) {
        m_encoding = Encoding::Utf16Be;
        m_file.read(2);
    } else if (n == 3 && uchar(bom[0]) == 0xEF && uchar(bom[1]) == 0xBB && uchar(bom[2]) == 0xBF) {
        m_file.read(3);
    }
    return true;
}

bool LineReader::refill()
{
    if (m_eof)
        return false;
    // Keep the unfinished line, then append a new chunk after it.
    const qsizetype keep = m_end - m_pos;
    if (m_pos > 0 && keep > 0)
        std::memmove(m_buf.data(), m_buf.constData() + m_pos, size_t(keep));
    m_pos = 0;
    m_end = keep;
    QByteArray chunk;
    if (m_encoding == Encoding::Utf8) {
        if (m_buf.size() < keep + m_chunkSize)
            m_buf.resize(keep + m_chunkSize);
        const qint64 got = m_file.read(m_buf.data() + keep, m_chunkSize);
        if (got <= 0) {
            m_eof = true;
            return keep > 0;
        }
        m_bytesRead += got;
        m_end = keep + got;
        return true;
    }
    m_raw = m_rawCarry + m_file.read(m_chunkSize);
    if (m_raw.size() == m_rawCarry.size()) {
        m_eof = true;
        return keep > 0;
    }
    m_bytesRead += m_raw.size() - m_rawCarry.size();
    // A surrogate pair or a code unit may straddle the chunk end: carry the odd byte and a high
    // surrogate over to the next chunk.
    qsizetype units = m_raw.size() / 2;
    const auto unitAt = [&](qsizetype i) {
        const uchar *raw = reinterpret_cast<const uchar *>(m_raw.constData());
        const uchar a = raw[2 * i], b = raw[2 * i + 1];
        return m_encoding == Encoding::Utf16Le ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    };
    if (units > 0 && QChar::isHighSurrogate(unitAt(units - 1)) && !m_file.atEnd())
        --units;
    m_rawCarry = m_raw.mid(units * 2);
    QString text(int(units), Qt::Uninitialized);
    for (qsizetype i = 0; i < units; ++i)
        text[int(i)] = QChar(unitAt(i));
    const QByteArray utf8 = text.toUtf8();
    if (m_buf.size() < keep + utf8.size())
        m_buf.resize(keep + utf8.size());
    std::memcpy(m_buf.data() + keep, utf8.constData(), size_t(utf8.size()));
    m_end = keep + utf8.size();
    return true;
}

bool LineReader::next(std::string_view &line)
{
    for (;;) {
        const char *base = m_buf.constData();
        if (m_skipLf && m_pos < m_end) {
            if (base[m_pos] == '\n')
                ++m_pos;
            m_skipLf = false;
        }
        const char *start = base + m_pos;
        const char *stop = base + m_end;
        const char *p = start;
        // Look for '\n' fast, but a lone '\r' also ends a line.
        const void *nl = std::memchr(start, '\n', size_t(stop - start));
        const char *lf = nl ? static_cast<const char *>(nl) : stop;
        const void *cr = std::memchr(start, '\r', size_t(lf - start));
        p = cr ? static_cast<const char *>(cr) : lf;
        if (p < stop) {
            line = std::string_view(start, size_t(p - start));
            m_pos = (p - base) + 1;
            if (*p == '\r') {
                if (m_pos < m_end) {
                    if (base[m_pos] == '\n')
                        ++m_pos;
                } else {
                    m_skipLf = true;
                }
            }
            ++m_line;
            return true;
        }
        if (m_eof || m_end - m_pos > kMaxLine) {
            // The end of the file, or a "line" too long to be text (binary garbage): hand it over
            // as it is and let the reader reject it, so memory stays bounded.
            if (m_pos < m_end) {
                line = std::string_view(start, size_t(stop - start));
                m_pos = m_end;
                ++m_line;
                return true;
            }
            return false;
        }
        if (!refill() && m_pos >= m_end)
            return false;
    }
}

} // namespace vigie::core
