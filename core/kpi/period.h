#pragma once

#include "common/result.h"

#include <optional>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace rapi {

// The periods the dashboard offers. Weeks are ISO weeks (Monday first).
enum class PeriodPreset { Today, ThisWeek, LastWeek, ThisMonth, Custom };

// A period [from, to) of local dates in the business time zone (SPEC §8); `to` is exclusive.
// Pure date arithmetic: "today" is the caller's (businesstime::dateOf(clock.now(), zone)).
struct Period
{
    QDate from;
    QDate to;

    static Period day(QDate date);
    static Period isoWeekOf(QDate date);
    static Period monthOf(QDate date);
    // Today, this week, last week or this month as seen on `today`. Custom has no preset
    // dates: it gives an invalid period (use custom()).
    static Period preset(PeriodPreset preset, QDate today);
    // [from, to) as the person typed it; refused with a message when a date is missing or `to`
    // is not after `from`.
    static Result<Period> custom(QDate from, QDate to);
    // Week `week` of ISO year `year` (1 … 52 or 53); empty when the year has no such week.
    static std::optional<Period> isoWeek(int year, int week);
    // "2026-W47" (also "2026-w47"); empty for anything else, or a week the year does not have.
    static std::optional<Period> parseIsoWeek(const QString &text);

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    qint64 days() const { return from.daysTo(to); }
    bool contains(QDate date) const { return date >= from && date < to; }
    bool isIsoWeek() const;
    bool isCalendarMonth() const;
    // The period of the same length immediately before; a calendar month's is the calendar
    // month before (October before November, whatever their lengths).
    Period previous() const;
    // "2026-W47" for the ISO week holding `from`.
    QString isoWeekLabel() const;
    // The half-open UTC range [start, end) in seconds.
    qint64 startUtc(const QTimeZone &zone) const;
    qint64 endUtc(const QTimeZone &zone) const;

    bool operator==(const Period &other) const = default;
};

namespace isoweek {
// ISO 8601 week-based year: weeks 52 or 53.
int weeksInYear(int year);
// "2026-W47" for the ISO week holding the date (2027-01-01 is in "2026-W53").
QString label(QDate date);
} // namespace isoweek

} // namespace rapi
