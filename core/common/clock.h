#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace rapi {

// Timestamps are stored as UTC seconds since the epoch. The clock is injectable so rules that
// depend on "now" (stuck orders, this week) are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const;

    static Clock &system();
};

// A clock the tests set by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 now = 0) : m_now(now) {}
    qint64 now() const override { return m_now; }
    void set(qint64 now) { m_now = now; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};

// Calendar arithmetic in the business time zone (default Asia/Jakarta).
namespace businesstime {

QTimeZone defaultZone();
// Start of the given local date in the zone, as UTC seconds.
qint64 startOfDay(QDate date, const QTimeZone &zone);
QDate dateOf(qint64 utcSeconds, const QTimeZone &zone);
// The ISO week [monday, next monday) containing the date.
QDate isoWeekStart(QDate date);

} // namespace businesstime
} // namespace rapi
