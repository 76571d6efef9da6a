#include "kpi/durationhistogram.h"

#include <cmath>

namespace rapi {

void DurationHistogram::add(qint64 binStart, qint64 count, qint64 seconds)
{
    if (count <= 0)
        return;
    Bin &bin = m_bins[binStart];
    bin.count += count;
    bin.seconds += seconds;
    m_count += count;
    m_seconds += seconds;
}

std::optional<qint64> DurationHistogram::averageSeconds() const
{
    if (m_count <= 0)
        return std::nullopt;
    return qint64(std::llround(double(m_seconds) / double(m_count)));
}

double DurationHistogram::valueAtRank(qint64 rank) const
{
    qint64 seen = 0;
    for (const Bin &bin : m_bins) {
        seen += bin.count;
        if (seen >= rank)
            return double(bin.seconds) / double(bin.count);
    }
    return 0;
}

std::optional<qint64> DurationHistogram::medianSeconds() const
{
    if (m_count <= 0)
        return std::nullopt;
    // The middle one of an odd count, the two middle ones of an even count.
    const double low = valueAtRank((m_count + 1) / 2);
    const double high = valueAtRank(m_count / 2 + 1);
    return qint64(std::llround((low + high) / 2));
}

} // namespace rapi
