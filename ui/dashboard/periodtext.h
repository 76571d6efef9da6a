#pragma once

#include "kpi/period.h"

#include <QString>

namespace rapi::periodtext {

// How the dashboard and the lists it opens name a period: "Mon 23 Nov 2026", "16 – 22 Nov 2026",
// "27 Oct – 2 Nov 2026", "28 Dec 2026 – 3 Jan 2027" (the last day included, the locale's month names).
QString range(const Period &period);
// The same for a half-open UTC range [from, to), read in the business zone; either end may be open.
QString rangeUtc(std::optional<qint64> from, std::optional<qint64> to);
// What the period before is called beside a figure: "yesterday", "last week", "the week before",
// "last month", "the 10 days before".
QString previousName(PeriodPreset preset, const Period &period);

} // namespace rapi::periodtext
