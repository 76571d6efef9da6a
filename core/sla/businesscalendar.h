#pragma once

#include <array>
#include <optional>
#include <QDate>
#include <QList>

namespace rapi {

// Opening hours of one weekday, in minutes after local midnight: [open, close).
struct DayHours
{
    int openMinute = 8 * 60;
    int closeMinute = 17 * 60;
};

// A span [from, to) of UTC seconds during which an SLA clock is stopped (a ticket waiting on the
// customer). An open-ended pause (still pending) has no `to`.
struct ClockPause
{
    qint64 from = 0;
    std::optional<qint64> to;
};

// Business time arithmetic for SLAs: weekly opening hours in the business zone minus holidays.
// Pure and allocation-free on the hot paths: the zone is a fixed UTC offset (Indonesian zones
// have had no daylight saving since 1964), days are counted from the epoch, and whole weeks are
// skipped arithmetically so a span of a year costs about as much as a span of a week.
class BusinessCalendar final
{
public:
    // Mon–Sat 08:00–17:00, UTC+7 (Asia/Jakarta), no holidays.
    BusinessCalendar();

    // weekday: 1 = Monday … 7 = Sunday; no hours = closed that day. Refuses (returns false)
    // hours that are empty or outside one day.
    bool setHours(int weekday, std::optional<DayHours> hours);
    std::optional<DayHours> hours(int weekday) const;
    void setHolidays(const QList<QDate> &days);
    QList<QDate> holidays() const;
    void setUtcOffsetSeconds(int offset) { m_offset = offset; }
    int utcOffsetSeconds() const { return m_offset; }

    bool isBusinessDay(QDate date) const;
    // Business seconds in [from, to); 0 when to <= from.
    qint64 businessSeconds(qint64 from, qint64 to) const;
    // The same, minus the business seconds that fall inside the pauses (which may overlap).
    qint64 businessSeconds(qint64 from, qint64 to, const QList<ClockPause> &pauses) const;
    // The earliest instant t >= start with businessSeconds(start, t) == amount. A target that
    // runs out exactly at closing time ends at closing time, not at the next opening.
    // Empty when the calendar has no business time within ten years.
    std::optional<qint64> instantAfter(qint64 start, qint64 amount) const;
    // The same with the clock stopped during the pauses; empty while an open-ended pause
    // starts before the amount is reached (the clock is stopped, no due time exists).
    std::optional<qint64> instantAfter(qint64 start, qint64 amount, const QList<ClockPause> &pauses) const;

private:
    static constexpr qint64 kDay = 86400;
    qint64 dayOf(qint64 utc) const;
    int weekdayOf(qint64 day) const;
    qint64 dayStartUtc(qint64 day) const { return day * kDay - m_offset; }
    bool isHoliday(qint64 day) const;
    // Business seconds of the day (0 on closed days and holidays).
    qint64 daySeconds(qint64 day) const;
    // Business days' seconds in whole days [firstDay, lastDay).
    qint64 wholeDaysSeconds(qint64 firstDay, qint64 lastDay) const;
    qint64 weekSeconds() const;

    std::array<std::optional<DayHours>, 7> m_hours; // index 0 = Monday
    QList<qint64> m_holidays;                       // sorted epoch days
    int m_offset = 7 * 3600;
};

} // namespace rapi
