#include "sla/businesscalendar.h"

#include <algorithm>
#include <limits>

namespace rapi {

namespace {

constexpr qint64 kOpenEnded = std::numeric_limits<qint64>::max();

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Sorted, non-overlapping [from, to) spans; open-ended pauses run to kOpenEnded.
QList<std::pair<qint64, qint64>> mergedPauses(const QList<ClockPause> &pauses)
{
    QList<std::pair<qint64, qint64>> spans;
    spans.reserve(pauses.size());
    for (const ClockPause &p : pauses) {
        const qint64 to = p.to.value_or(kOpenEnded);
        if (to > p.from)
            spans.append({p.from, to});
    }
    std::sort(spans.begin(), spans.end());
    QList<std::pair<qint64, qint64>> merged;
    for (const auto &span : spans) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    return merged;
}

} // namespace

BusinessCalendar::BusinessCalendar()
{
    for (int i = 0; i < 6; ++i)
        m_hours[i] = DayHours{};
}

bool BusinessCalendar::setHours(int weekday, std::optional<DayHours> hours)
{
    if (weekday < 1 || weekday > 7)
        return false;
    if (hours &&
        (hours->openMinute < 0 || hours->closeMinute > 24 * 60 || hours->openMinute >= hours->closeMinute))
        return false;
    m_hours[weekday - 1] = hours;
    return true;
}

std::optional<DayHours> BusinessCalendar::hours(int weekday) const
{
    if (weekday < 1 || weekday > 7)
        return std::nullopt;
    return m_hours[weekday - 1];
}

void BusinessCalendar::setHolidays(const QList<QDate> &days)
{
    static const QDate epoch(1970, 1, 1);
    m_holidays.clear();
    for (const QDate &d : days) {
        if (d.isValid())
            m_holidays.append(epoch.daysTo(d));
    }
    std::sort(m_holidays.begin(), m_holidays.end());
    m_holidays.erase(std::unique(m_holidays.begin(), m_holidays.end()), m_holidays.end());
}

QList<QDate> BusinessCalendar::holidays() const
{
    static const QDate epoch(1970, 1, 1);
    QList<QDate> days;
    for (qint64 d : m_holidays)
        days.append(epoch.addDays(d));
    return days;
}

qint64 BusinessCalendar::dayOf(qint64 utc) const
{
    return floorDiv(utc + m_offset, kDay);
}

int BusinessCalendar::weekdayOf(qint64 day) const
{
    // 1970-01-01 was a Thursday (ISO weekday 4).
    return int(((day + 3) % 7 + 7) % 7) + 1;
}

bool BusinessCalendar::isHoliday(qint64 day) const
{
    return std::binary_search(m_holidays.cbegin(), m_holidays.cend(), day);
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    const qint64 day = QDate(1970, 1, 1).daysTo(date);
    return m_hours[weekdayOf(day) - 1].has_value() && !isHoliday(day);
}

qint64 BusinessCalendar::daySeconds(qint64 day) const
{
    const auto &h = m_hours[weekdayOf(day) - 1];
    if (!h || isHoliday(day))
        return 0;
    return qint64(h->closeMinute - h->openMinute) * 60;
}

qint64 BusinessCalendar::weekSeconds() const
{
    qint64 total = 0;
    for (const auto &h : m_hours) {
        if (h)
            total += qint64(h->closeMinute - h->openMinute) * 60;
    }
    return total;
}

qint64 BusinessCalendar::wholeDaysSeconds(qint64 firstDay, qint64 lastDay) const
{
    if (lastDay <= firstDay)
        return 0;
    const qint64 weeks = (lastDay - firstDay) / 7;
    qint64 total = weeks * weekSeconds();
    for (qint64 d = firstDay + weeks * 7; d < lastDay; ++d) {
        if (const auto &h = m_hours[weekdayOf(d) - 1])
            total += qint64(h->closeMinute - h->openMinute) * 60;
    }
    // Holidays on open weekdays inside the span take their day's hours back out.
    const auto first = std::lower_bound(m_holidays.cbegin(), m_holidays.cend(), firstDay);
    for (auto it = first; it != m_holidays.cend() && *it < lastDay; ++it) {
        if (const auto &h = m_hours[weekdayOf(*it) - 1])
            total -= qint64(h->closeMinute - h->openMinute) * 60;
    }
    return total;
}

qint64 BusinessCalendar::businessSeconds(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    auto partial = [this](qint64 day, qint64 a, qint64 b) -> qint64 {
        const auto &h = m_hours[weekdayOf(day) - 1];
        if (!h || isHoliday(day))
            return 0;
        const qint64 open = dayStartUtc(day) + h->openMinute * 60;
        const qint64 close = dayStartUtc(day) + h->closeMinute * 60;
        return std::max<qint64>(0, std::min(close, b) - std::max(open, a));
    };
    const qint64 firstDay = dayOf(from);
    const qint64 lastDay = dayOf(to);
    if (firstDay == lastDay)
        return partial(firstDay, from, to);
    return partial(firstDay, from, to) + wholeDaysSeconds(firstDay + 1, lastDay) + partial(lastDay, from, to);
}

qint64 BusinessCalendar::businessSeconds(qint64 from, qint64 to, const QList<ClockPause> &pauses) const
{
    qint64 total = businessSeconds(from, to);
    for (const auto &[pFrom, pTo] : mergedPauses(pauses))
        total -= businessSeconds(std::max(pFrom, from), std::min(pTo, to));
    return total;
}

std::optional<qint64> BusinessCalendar::instantAfter(qint64 start, qint64 amount) const
{
    if (amount <= 0)
        return start;
    const qint64 week = weekSeconds();
    if (week == 0)
        return std::nullopt;
    qint64 day = dayOf(start);
    // What is left of the first day after `start`.
    if (const auto &h = m_hours[weekdayOf(day) - 1]; h && !isHoliday(day)) {
        const qint64 open = dayStartUtc(day) + h->openMinute * 60;
        const qint64 close = dayStartUtc(day) + h->closeMinute * 60;
        const qint64 from = std::max(open, start);
        if (from < close) {
            if (amount <= close - from)
                return from + amount;
            amount -= close - from;
        }
    }
    ++day;
    const qint64 lastDay = day + 3660;
    // Skip whole weeks while more than a week's worth remains, then walk day by day.
    for (qint64 span = wholeDaysSeconds(day, day + 7); amount > span && day < lastDay;
         span = wholeDaysSeconds(day, day + 7)) {
        amount -= span;
        day += 7;
    }
    for (; day < lastDay; ++day) {
        const qint64 seconds = daySeconds(day);
        if (seconds == 0)
            continue;
        if (amount <= seconds)
            return dayStartUtc(day) + m_hours[weekdayOf(day) - 1]->openMinute * 60 + amount;
        amount -= seconds;
    }
    return std::nullopt;
}

std::optional<qint64> BusinessCalendar::instantAfter(qint64 start, qint64 amount,
                                                     const QList<ClockPause> &pauses) const
{
    if (amount <= 0)
        return start;
    qint64 cursor = start;
    for (const auto &[pFrom, pTo] : mergedPauses(pauses)) {
        if (pTo <= cursor)
            continue;
        if (pFrom > cursor) {
            const qint64 available = businessSeconds(cursor, pFrom);
            if (amount <= available)
                return instantAfter(cursor, amount);
            amount -= available;
        }
        if (pTo == kOpenEnded)
            return std::nullopt;
        cursor = std::max(cursor, pTo);
    }
    return instantAfter(cursor, amount);
}

} // namespace rapi
