// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_chunk.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace vigie::core {

namespace {

constexpr quint8 kFormat = 1;
constexpr int kHeader = 6;
enum Column : quint8 { Time = 1, Altitude = 2, Speed = 4, Course = 8, Accuracy = 16 };
constexpr quint8 kKnownColumns = Time | Altitude | Speed | Course | Accuracy;

double TrackPoint::*const kOptional[] = {&TrackPoint::altitude, &TrackPoint::speed, &TrackPoint::course,
                                         &TrackPoint::horizontalAccuracy};
constexpr quint8 kOptionalBit[] = {Altitude, Speed, Course, Accuracy};

template<typename T>
void put(char *&out, T v)
{
    qToLittleEndian(v, out);
    out += sizeof(T);
}

template<typename T>
T get(const char *&in)
{
    const T v = qFromLittleEndian<T>(in);
    in += sizeof(T);
    return v;
}

// The header's promises checked against the BLOB's size before a byte of it is read.
bool header(const char *data, qsizetype size, quint8 *mask, quint32 *count)
{
    if (size < kHeader || quint8(data[0]) != kFormat)
        return false;
    *mask = quint8(data[1]);
    if (*mask & ~kKnownColumns)
        return false;
    *count = qFromLittleEndian<quint32>(data + 2);
    int columns = 2 + ((*mask & Time) ? 1 : 0);
    for (quint8 bit : kOptionalBit)
        columns += (*mask & bit) ? 1 : 0;
    return quint64(size) == quint64(kHeader) + quint64(*count) * 8u * quint64(columns);
}

} // namespace

bool TrackChunkBuilder::sameKind(const TrackPoint &p) const
{
    return !m_points.empty() && p.hasTime() == m_points.front().hasTime() && p.source == m_points.front().source;
}

bool TrackChunkBuilder::fits(const TrackPoint &p) const
{
    if (m_points.empty())
        return true;
    if (int(m_points.size()) >= kChunkPoints || !sameKind(p))
        return false;
    return !p.hasTime() || (std::max(m_max, p.timeMs) - std::min(m_min, p.timeMs) <= kMaxChunkSpanMs);
}

void TrackChunkBuilder::add(const TrackPoint &p)
{
    if (p.hasTime()) {
        m_min = m_points.empty() ? p.timeMs : std::min(m_min, p.timeMs);
        m_max = m_points.empty() ? p.timeMs : std::max(m_max, p.timeMs);
    }
    m_points.push_back(p);
}

std::vector<TrackPoint> TrackChunkBuilder::take()
{
    std::vector<TrackPoint> out;
    out.swap(m_points);
    if (!out.empty() && out.front().hasTime())
        std::stable_sort(out.begin(), out.end(), [](const TrackPoint &a, const TrackPoint &b) { return a.timeMs < b.timeMs; });
    m_min = m_max = TrackPoint::kNoTime;
    return out;
}

TrackChunkBuilder &TrackChunkSet::builderFor(const TrackPoint &p)
{
    TrackChunkBuilder *empty = nullptr;
    for (TrackChunkBuilder &b : m_builders) {
        if (b.sameKind(p))
            return b;
        if (!empty && b.isEmpty())
            empty = &b;
    }
    if (empty)
        return *empty;
    m_builders.emplace_back();
    return m_builders.back();
}

QByteArray encodeTrackChunk(const TrackPoint *points, int count)
{
    quint8 mask = 0;
    for (int i = 0; i < count; ++i) {
        const TrackPoint &p = points[i];
        if (p.hasTime())
            mask |= Time;
        for (int c = 0; c < 4; ++c)
            if (!std::isnan(p.*kOptional[c]))
                mask |= kOptionalBit[c];
    }
    int columns = 2 + ((mask & Time) ? 1 : 0);
    for (quint8 bit : kOptionalBit)
        columns += (mask & bit) ? 1 : 0;
    QByteArray blob(kHeader + qsizetype(count) * 8 * columns, Qt::Uninitialized);
    char *out = blob.data();
    put<quint8>(out, kFormat);
    put<quint8>(out, mask);
    put<quint32>(out, quint32(count));
    if (mask & Time)
        for (int i = 0; i < count; ++i)
            put<qint64>(out, points[i].timeMs);
    for (int i = 0; i < count; ++i)
        put<double>(out, points[i].lat);
    for (int i = 0; i < count; ++i)
        put<double>(out, points[i].lon);
    for (int c = 0; c < 4; ++c)
        if (mask & kOptionalBit[c])
            for (int i = 0; i < count; ++i)
                put<double>(out, points[i].*kOptional[c]);
    return blob;
}

bool decodeTrackChunk(const char *data, qsizetype size, const QString &source, std::vector<TrackPoint> &out)
{
    quint8 mask = 0;
    quint32 count = 0;
    if (!header(data, size, &mask, &count))
        return false;
    const size_t first = out.size();
    out.resize(first + count);
    TrackPoint *p = out.data() + first;
    const char *in = data + kHeader;
    for (quint32 i = 0; i < count; ++i)
        p[i].source = source;
    if (mask & Time)
        for (quint32 i = 0; i < count; ++i)
            p[i].timeMs = get<qint64>(in);
    for (quint32 i = 0; i < count; ++i)
        p[i].lat = get<double>(in);
    for (quint32 i = 0; i < count; ++i)
        p[i].lon = get<double>(in);
    for (int c = 0; c < 4; ++c)
        if (mask & kOptionalBit[c])
            for (quint32 i = 0; i < count; ++i)
                p[i].*kOptional[c] = get<double>(in);
    return true;
}

bool decodeTrackChunk(const QByteArray &blob, const QString &source, std::vector<TrackPoint> &out)
{
    return decodeTrackChunk(blob.constData(), blob.size(), source, out);
}

bool decodeTrackChunkTimes(const char *data, qsizetype size, std::vector<qint64> &out)
{
    quint8 mask = 0;
    quint32 count = 0;
    if (!header(data, size, &mask, &count))
        return false;
    const char *in = data + kHeader;
    for (quint32 i = 0; i < count; ++i)
        out.push_back((mask & Time) ? get<qint64>(in) : TrackPoint::kNoTime);
    return true;
}

} // namespace vigie::core
