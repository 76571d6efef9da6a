#pragma once

#include "common/money.h"

#include <QString>

namespace rapi::uiformat {

// How widgets show values: money as "Rp 1.250.000" (money::format), times converted from UTC
// seconds to local time and written in the user's locale (QLocale()).
inline QString money(Money minorUnits)
{
    return money::format(minorUnits);
}
QString dateTime(qint64 utcSeconds);
QString date(qint64 utcSeconds);
QString time(qint64 utcSeconds);
// A rough, human duration: "40 minutes", "5 hours", "2 days".
QString duration(qint64 seconds);
// A count with the locale's grouping: "1.234" in Indonesian, "1,234" in English.
QString number(qint64 value);
// A signed quantity for movements: "+12", "−3".
QString signedNumber(qint64 value);

} // namespace rapi::uiformat
