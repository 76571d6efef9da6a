#include "dashboard/periodtext.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapi::periodtext {

QString range(const Period &period)
{
    const QLocale locale;
    const QDate last = period.to.addDays(-1);
    if (period.days() == 1)
        return locale.toString(period.from, QStringLiteral("ddd d MMM yyyy"));
    const QString end = locale.toString(last, QStringLiteral("d MMM yyyy"));
    QString start;
    if (period.from.year() != last.year())
        start = locale.toString(period.from, QStringLiteral("d MMM yyyy"));
    else if (period.from.month() != last.month())
        start = locale.toString(period.from, QStringLiteral("d MMM"));
    else
        start = locale.toString(period.from, QStringLiteral("d"));
    return start + QStringLiteral(" – ") + end;
}

QString rangeUtc(std::optional<qint64> from, std::optional<qint64> to)
{
    const QTimeZone zone = businesstime::defaultZone();
    const QLocale locale;
    if (from && to)
        return range(
            Period{businesstime::dateOf(*from, zone), businesstime::dateOf(*to - 1, zone).addDays(1)});
    if (from)
        return QCoreApplication::translate("rapi::periodtext", "from %1")
            .arg(locale.toString(businesstime::dateOf(*from, zone), QStringLiteral("d MMM yyyy")));
    if (to)
        return QCoreApplication::translate("rapi::periodtext", "until %1")
            .arg(locale.toString(businesstime::dateOf(*to - 1, zone), QStringLiteral("d MMM yyyy")));
    return {};
}

QString previousName(PeriodPreset preset, const Period &period)
{
    switch (preset) {
    case PeriodPreset::Today:
        return QCoreApplication::translate("rapi::periodtext", "yesterday");
    case PeriodPreset::ThisWeek:
        return QCoreApplication::translate("rapi::periodtext", "last week");
    case PeriodPreset::LastWeek:
        return QCoreApplication::translate("rapi::periodtext", "the week before");
    case PeriodPreset::ThisMonth:
        return QCoreApplication::translate("rapi::periodtext", "last month");
    case PeriodPreset::Custom:
        break;
    }
    if (period.isCalendarMonth())
        return QCoreApplication::translate("rapi::periodtext", "the month before");
    if (period.isIsoWeek())
        return QCoreApplication::translate("rapi::periodtext", "the week before");
    if (period.days() == 1)
        return QCoreApplication::translate("rapi::periodtext", "the day before");
    return QCoreApplication::translate("rapi::periodtext", "the %1 days before").arg(period.days());
}

} // namespace rapi::periodtext
