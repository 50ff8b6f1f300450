#pragma once

#include <QList>
#include <QPointF>

#include <algorithm>

// Thins a long series to at most about maxPoints points for drawing: the points are split into
// buckets along x, and each bucket keeps its first, lowest, highest and last point in x order,
// so peaks and dips survive. Series with few points pass unchanged.
inline QList<QPointF> downsample(const QList<QPointF> &points, int maxPoints)
{
    if (maxPoints < 8 || points.size() <= maxPoints)
        return points;
    const qsizetype buckets = std::max<qsizetype>(1, maxPoints / 4);
    const double per = double(points.size()) / double(buckets);
    QList<QPointF> out;
    out.reserve(buckets * 4);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype begin = qsizetype(b * per);
        const qsizetype end = std::min<qsizetype>(points.size(), qsizetype((b + 1) * per));
        if (begin >= end)
            continue;
        qsizetype low = begin, high = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (points[i].y() < points[low].y())
                low = i;
            if (points[i].y() > points[high].y())
                high = i;
        }
        QList<qsizetype> keep{begin, low, high, end - 1};
        std::sort(keep.begin(), keep.end());
        keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
        for (qsizetype i : keep)
            out.append(points[i]);
    }
    return out;
}
