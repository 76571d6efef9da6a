#include "kpi/period.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::Period)
};

} // namespace

Period Period::day(QDate date)
{
    return {date, date.addDays(1)};
}

Period Period::isoWeekOf(QDate date)
{
    const QDate start = businesstime::isoWeekStart(date);
    return {start, start.addDays(7)};
}

Period Period::monthOf(QDate date)
{
    const QDate first(date.year(), date.month(), 1);
    return {first, first.addMonths(1)};
}

Period Period::preset(PeriodPreset preset, QDate today)
{
    switch (preset) {
    case PeriodPreset::Today:
        return day(today);
    case PeriodPreset::ThisWeek:
        return isoWeekOf(today);
    case PeriodPreset::LastWeek:
        return isoWeekOf(today.addDays(-7));
    case PeriodPreset::ThisMonth:
        return monthOf(today);
    case PeriodPreset::Custom:
        break;
    }
    return {};
}

Result<Period> Period::custom(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return Error{Tr::tr("Choose both the first day and the day after the last one.")};
    if (to <= from)
        return Error{Tr::tr("The end (%1, not counted) must be after the start (%2).")
                         .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    return Period{from, to};
}

std::optional<Period> Period::isoWeek(int year, int week)
{
    if (week < 1 || week > isoweek::weeksInYear(year))
        return std::nullopt;
    // Week 1 is the week with the year's first Thursday, i.e. the one holding 4 January.
    const QDate monday = businesstime::isoWeekStart(QDate(year, 1, 4)).addDays(7 * (week - 1));
    return Period{monday, monday.addDays(7)};
}

std::optional<Period> Period::parseIsoWeek(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Ww](\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return isoWeek(match.captured(1).toInt(), match.captured(2).toInt());
}

bool Period::isIsoWeek() const
{
    return from.isValid() && from.dayOfWeek() == 1 && days() == 7;
}

bool Period::isCalendarMonth() const
{
    return from.isValid() && from.day() == 1 && to == from.addMonths(1);
}

Period Period::previous() const
{
    if (isCalendarMonth())
        return monthOf(from.addMonths(-1));
    return {from.addDays(-days()), from};
}

QString Period::isoWeekLabel() const
{
    return isoweek::label(from);
}

qint64 Period::startUtc(const QTimeZone &zone) const
{
    return businesstime::startOfDay(from, zone);
}

qint64 Period::endUtc(const QTimeZone &zone) const
{
    return businesstime::startOfDay(to, zone);
}

namespace isoweek {

int weeksInYear(int year)
{
    // 28 December is always in the year's last ISO week.
    return QDate(year, 12, 28).weekNumber();
}

QString label(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace isoweek

} // namespace rapi
