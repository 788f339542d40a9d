// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/rtree_bulk_loader.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace vigie::core {

namespace {
// SQLite's rtree keeps single-precision boxes, rounded outwards so that they contain the
// double-precision values (rtreeValueDown / rtreeValueUp in rtree.c).
float down(double d)
{
    float f = static_cast<float>(d);
    if (double(f) > d)
        f = std::nextafter(f, -INFINITY);
    return f;
}
float up(double d)
{
    float f = static_cast<float>(d);
    if (double(f) < d)
        f = std::nextafter(f, INFINITY);
    return f;
}

struct Entry
{
    qint64 id; // a row id at the leaves, a node number above
    float box[4]; // xmin, xmax, ymin, ymax
};

void putU16(unsigned char *p, unsigned v)
{
    p[0] = static_cast<unsigned char>(v >> 8);
    p[1] = static_cast<unsigned char>(v);
}
void putI64(unsigned char *p, qint64 v)
{
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<unsigned char>(quint64(v) >> (56 - 8 * i));
}
void putF32(unsigned char *p, float f)
{
    quint32 u;
    std::memcpy(&u, &f, 4);
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<unsigned char>(u >> (24 - 8 * i));
}

// Sort-Tile-Recursive: groups entries into runs of at most `cap`, spatially close together.
std::vector<std::vector<Entry>> pack(std::vector<Entry> &entries, size_t cap)
{
    std::vector<std::vector<Entry>> nodes;
    const size_t n = entries.size();
    const size_t pages = (n + cap - 1) / cap;
    const size_t slices = std::max<size_t>(1, size_t(std::ceil(std::sqrt(double(pages)))));
    const size_t perSlice = slices * cap;
    auto cx = [](const Entry &e) { return e.box[0] + e.box[1]; };
    auto cy = [](const Entry &e) { return e.box[2] + e.box[3]; };
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) { return cx(a) < cx(b); });
    for (size_t s = 0; s < n; s += perSlice) {
        const auto first = entries.begin() + qint64(s);
        const auto last = entries.begin() + qint64(std::min(n, s + perSlice));
        std::sort(first, last, [&](const Entry &a, const Entry &b) { return cy(a) < cy(b); });
        for (auto it = first; it < last; it += qint64(std::min<size_t>(cap, size_t(last - it))))
            nodes.emplace_back(it, it + qint64(std::min<size_t>(cap, size_t(last - it))));
    }
    return nodes;
}

Entry bounds(const std::vector<Entry> &children, qint64 nodeno)
{
    Entry e{nodeno, {INFINITY, -INFINITY, INFINITY, -INFINITY}};
    for (const Entry &c : children) {
        e.box[0] = std::min(e.box[0], c.box[0]);
        e.box[1] = std::max(e.box[1], c.box[1]);
        e.box[2] = std::min(e.box[2], c.box[2]);
        e.box[3] = std::max(e.box[3], c.box[3]);
    }
    return e;
}
} // namespace

void RTreeBulkLoader::indexNew(Database &db, const QString &rtree, const QString &table, qint64 firstNewFid, qint64 added)
{
    if (added <= 0)
        return;
    const auto quote = [](const QString &name) { return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'); };
    const qint64 before = firstNewFid > 1 ? db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quote(rtree))).toLongLong() : 0;
    if (added >= 2000 && added * 4 >= before) {
        rebuild(db, rtree, QStringLiteral("SELECT fid, lon, lat FROM %1 WHERE geom IS NOT NULL").arg(quote(table)));
        return;
    }
    Statement st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(pkid, xmin, xmax, ymin, ymax) "
                                             "SELECT fid, lon, lon, lat, lat FROM %2 WHERE fid >= ?1 AND geom IS NOT NULL")
                                  .arg(quote(rtree), quote(table)));
    st.bind(1, firstNewFid);
    st.run();
}

qint64 RTreeBulkLoader::rebuild(Database &db, const QString &rtree, const QString &points)
{
    const QString quoted = QLatin1Char('"') + QString(rtree).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    auto shadow = [&](const char *suffix) {
        return QLatin1Char('"') + QString(rtree).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1String(suffix)
             + QLatin1Char('"');
    };
    Q_UNUSED(quoted);
    // The node size is fixed when the R*Tree is created; the root (node 1) always exists.
    const int nodeSize = db.scalar(QStringLiteral("SELECT length(data) FROM %1 WHERE nodeno = 1").arg(shadow("_node"))).toInt();
    const int cellSize = 8 + 4 * 4;
    const size_t cap = size_t((nodeSize - 4) / cellSize);
    if (nodeSize <= 4 || cap < 2)
        throw DbError(QStringLiteral("%1 is not a 2-D R*Tree").arg(rtree), SQLITE_MISMATCH);

    std::vector<Entry> level;
    {
        Statement st = db.prepare(points);
        while (st.step()) {
            const double x = st.real(1), y = st.real(2);
            level.push_back({st.int64(0), {down(x), up(x), down(y), up(y)}});
        }
    }
    const qint64 count = qint64(level.size());

    db.exec(QStringLiteral("DELETE FROM %1; DELETE FROM %2; DELETE FROM %3;")
                .arg(shadow("_node"), shadow("_rowid"), shadow("_parent")));
    Statement insNode = db.prepare(QStringLiteral("INSERT INTO %1(nodeno, data) VALUES (?1, ?2)").arg(shadow("_node")));
    Statement insRowid = db.prepare(QStringLiteral("INSERT INTO %1(rowid, nodeno) VALUES (?1, ?2)").arg(shadow("_rowid")));
    Statement insParent = db.prepare(QStringLiteral("INSERT INTO %1(nodeno, parentnode) VALUES (?1, ?2)").arg(shadow("_parent")));

    QByteArray blob(nodeSize, '\0');
    auto writeNode = [&](qint64 nodeno, const std::vector<Entry> &cells, int depthIfRoot) {
        blob.fill('\0');
        auto *p = reinterpret_cast<unsigned char *>(blob.data());
        putU16(p, nodeno == 1 ? unsigned(depthIfRoot) : 0u);
        putU16(p + 2, unsigned(cells.size()));
        unsigned char *c = p + 4;
        for (const Entry &e : cells) {
            putI64(c, e.id);
            for (int k = 0; k < 4; ++k)
                putF32(c + 8 + 4 * k, e.box[k]);
            c += cellSize;
        }
        insNode.bind(1, nodeno);
        insNode.bindBlob(2, blob);
        insNode.run();
    };

    if (level.empty()) {
        writeNode(1, {}, 0);
        return 0;
    }
    // Build bottom-up; node numbers are handed out from the top once the height is known, so
    // first pack every level, then number them with the root as 1.
    std::vector<std::vector<std::vector<Entry>>> levels; // levels[0] = leaves
    std::vector<Entry> current = std::move(level);
    for (;;) {
        std::vector<std::vector<Entry>> nodes = pack(current, cap);
        levels.push_back(std::move(nodes));
        if (levels.back().size() == 1)
            break;
        // Parents' entries point at children by node number; placeholders until numbering.
        current.clear();
        for (size_t i = 0; i < levels.back().size(); ++i)
            current.push_back(bounds(levels.back()[i], qint64(i)));
    }
    const int depth = int(levels.size()) - 1;
    std::vector<std::pair<qint64, qint64>> leafOf; // row id, leaf node number
    leafOf.reserve(size_t(count));
    // Number nodes: root 1, then each level below in order.
    std::vector<std::vector<qint64>> numbers(levels.size());
    qint64 next = 1;
    for (int l = depth; l >= 0; --l)
        for (size_t i = 0; i < levels[size_t(l)].size(); ++i)
            numbers[size_t(l)].push_back(next++);
    for (int l = depth; l >= 0; --l) {
        for (size_t i = 0; i < levels[size_t(l)].size(); ++i) {
            std::vector<Entry> &cells = levels[size_t(l)][i];
            const qint64 nodeno = numbers[size_t(l)][i];
            if (l > 0)
                for (Entry &e : cells) {
                    // Placeholder → the child's node number.
                    const qint64 child = numbers[size_t(l - 1)][size_t(e.id)];
                    e.id = child;
                    insParent.bind(1, child).bind(2, nodeno);
                    insParent.run();
                }
            else
                for (const Entry &e : cells)
                    leafOf.push_back({e.id, nodeno});
            writeNode(nodeno, cells, depth);
        }
    }
    // Each row's leaf, in row id order: appended to the _rowid table's B-tree instead of inserted
    // all over it in the leaves' spatial order (three times faster for half a million points).
    // Many rows per statement: a statement's run costs more than appending a row.
    std::sort(leafOf.begin(), leafOf.end());
    constexpr size_t kRows = 200;
    size_t done = 0;
    if (leafOf.size() >= kRows) {
        QString sql = QStringLiteral("INSERT INTO %1(rowid, nodeno) VALUES ").arg(shadow("_rowid"));
        for (size_t i = 0; i < kRows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
        Statement many = db.prepare(sql);
        for (; done + kRows <= leafOf.size(); done += kRows) {
            for (size_t i = 0; i < kRows; ++i)
                many.bind(int(2 * i + 1), leafOf[done + i].first).bind(int(2 * i + 2), leafOf[done + i].second);
            many.run();
        }
    }
    for (; done < leafOf.size(); ++done) {
        insRowid.bind(1, leafOf[done].first).bind(2, leafOf[done].second);
        insRowid.run();
    }
    return count;
}

} // namespace vigie::core
