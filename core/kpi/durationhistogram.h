#pragma once

#include <optional>
#include <QMap>

namespace rapi {

// How long orders stayed in a stage, as counts per duration bin with the exact total time of
// each bin (the summary table kpi_stage_days of migration 4). The average is exact; the median
// is estimated by the mean of the bin that holds the middle order (of the two middle bins for
// an even count), so it is exact when that bin holds one duration only and otherwise off by
// less than the bin's width — at most 1/8 of the value (docs/architecture.md).
class DurationHistogram final
{
public:
    // Adds `count` stays of `seconds` in total to the bin starting at `binStart` seconds.
    void add(qint64 binStart, qint64 count, qint64 seconds);

    qint64 count() const { return m_count; }
    qint64 totalSeconds() const { return m_seconds; }
    // Rounded to whole seconds; empty without stays.
    std::optional<qint64> averageSeconds() const;
    std::optional<qint64> medianSeconds() const;

private:
    struct Bin
    {
        qint64 count = 0;
        qint64 seconds = 0;
    };
    double valueAtRank(qint64 rank) const; // rank 1 … count, in ascending order

    QMap<qint64, Bin> m_bins;
    qint64 m_count = 0;
    qint64 m_seconds = 0;
};

} // namespace rapi
