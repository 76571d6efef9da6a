#include "sla/businesscalendar.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QTimeZone>

using namespace rapi;

namespace {

// A Jakarta wall-clock time as UTC seconds. 2026-11-23 is a Monday.
qint64 wib(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

constexpr qint64 kHour = 3600;
constexpr qint64 kMinute = 60;

// The business seconds counted the slow, obvious way: minute by minute.
qint64 bruteForce(const BusinessCalendar &cal, qint64 from, qint64 to)
{
    qint64 total = 0;
    for (qint64 t = from; t < to; t += 60) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, QTimeZone(7 * 3600));
        const auto hours = cal.hours(local.date().dayOfWeek());
        const int minute = local.time().hour() * 60 + local.time().minute();
        if (hours && cal.isBusinessDay(local.date()) && minute >= hours->openMinute &&
            minute < hours->closeMinute)
            total += std::min<qint64>(60, to - t);
    }
    return total;
}

} // namespace

TEST_CASE("business seconds within a day, across nights and weekends")
{
    const BusinessCalendar cal;
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 9), wib(2026, 11, 23, 10, 30)) == 90 * kMinute);
    // Before opening and after closing count nothing.
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 6), wib(2026, 11, 23, 9)) == 1 * kHour);
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 16), wib(2026, 11, 23, 22)) == 1 * kHour);
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 18), wib(2026, 11, 24, 7)) == 0);
    // Overnight: Mon 16:00 → Tue 09:00 is one hour each side of the night.
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 16), wib(2026, 11, 24, 9)) == 2 * kHour);
    // Saturday is a working day, Sunday is not: Sat 16:00 → Mon 09:00.
    CHECK(cal.businessSeconds(wib(2026, 11, 28, 16), wib(2026, 11, 30, 9)) == 2 * kHour);
    CHECK(cal.businessSeconds(wib(2026, 11, 29, 0), wib(2026, 11, 30, 0)) == 0);
    // Two full weeks from Monday 08:00: 2 × 6 days × 9 h.
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 8), wib(2026, 12, 7, 8)) == 108 * kHour);
    // Empty and reversed spans.
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 9), wib(2026, 11, 23, 9)) == 0);
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 10), wib(2026, 11, 23, 9)) == 0);
}

TEST_CASE("holidays count as closed days")
{
    BusinessCalendar cal;
    cal.setHolidays({QDate(2026, 12, 25)});
    // Thu 24 Dec 16:00 → Sat 26 Dec 09:00: Thursday's last hour, Christmas closed, Saturday's first hour.
    CHECK(cal.businessSeconds(wib(2026, 12, 24, 16), wib(2026, 12, 26, 9)) == 2 * kHour);
    CHECK_FALSE(cal.isBusinessDay(QDate(2026, 12, 25)));
    CHECK(cal.isBusinessDay(QDate(2026, 12, 26)));
    CHECK_FALSE(cal.isBusinessDay(QDate(2026, 12, 27))); // Sunday
}

TEST_CASE("a whole year of 2026 with its national holidays, by hand")
{
    BusinessCalendar cal;
    // 2026's holidays; 22 March, 5 April and 31 May fall on Sundays and change nothing.
    cal.setHolidays({QDate(2026, 1, 1), QDate(2026, 1, 16), QDate(2026, 2, 17), QDate(2026, 3, 19),
                     QDate(2026, 3, 21), QDate(2026, 3, 22), QDate(2026, 4, 3), QDate(2026, 4, 5),
                     QDate(2026, 5, 1), QDate(2026, 5, 14), QDate(2026, 5, 27), QDate(2026, 5, 31),
                     QDate(2026, 6, 1), QDate(2026, 6, 16), QDate(2026, 8, 17), QDate(2026, 8, 25),
                     QDate(2026, 12, 25)});
    // 365 days = 52 weeks + Thursday 31 Dec: 52 × 6 + 1 = 313 working weekdays, minus 14 holidays
    // on working weekdays = 299 days × 9 h.
    CHECK(cal.businessSeconds(wib(2026, 1, 1, 0), wib(2027, 1, 1, 0)) == 299 * 9 * kHour);
}

TEST_CASE("when a target runs out: nights, weekends, holidays, closing time")
{
    BusinessCalendar cal;
    cal.setHolidays({QDate(2026, 12, 25), QDate(2027, 3, 10), QDate(2027, 3, 11)});
    // Urgent first response (60 min) at Mon 16:30: 30 min today, 30 min from Tuesday's opening.
    CHECK(cal.instantAfter(wib(2026, 11, 23, 16, 30), 60 * kMinute) == wib(2026, 11, 24, 8, 30));
    // A target that ends exactly at closing time ends at 17:00, not at the next opening.
    CHECK(cal.instantAfter(wib(2026, 11, 23, 13), 240 * kMinute) == wib(2026, 11, 23, 17));
    CHECK(cal.instantAfter(wib(2026, 11, 23, 8), 540 * kMinute) == wib(2026, 11, 23, 17));
    // Low resolution (2700 min = 5 × 9 h) from Monday's opening ends at Friday's closing.
    CHECK(cal.instantAfter(wib(2026, 11, 23, 8), 2700 * kMinute) == wib(2026, 11, 27, 17));
    CHECK(cal.instantAfter(wib(2026, 11, 23, 8), 2701 * kMinute) == wib(2026, 11, 28, 8, 1));
    // Normal first response (240 min) on Friday 15:00: 2 h Friday, 2 h Saturday morning.
    CHECK(cal.instantAfter(wib(2026, 11, 27, 15), 240 * kMinute) == wib(2026, 11, 28, 10));
    // Urgent resolution (480 min) on Saturday 15:00: 2 h Saturday, Sunday closed, 6 h Monday.
    CHECK(cal.instantAfter(wib(2026, 11, 28, 15), 480 * kMinute) == wib(2026, 11, 30, 14));
    // Created on Sunday night: the clock starts at Monday's opening.
    CHECK(cal.instantAfter(wib(2026, 11, 29, 22), 60 * kMinute) == wib(2026, 11, 30, 9));
    // Created exactly at closing: nothing left today.
    CHECK(cal.instantAfter(wib(2026, 11, 23, 17), 60 * kMinute) == wib(2026, 11, 24, 9));
    // Christmas Friday is skipped: 1 h Thursday, 3 h Saturday.
    CHECK(cal.instantAfter(wib(2026, 12, 24, 16), 240 * kMinute) == wib(2026, 12, 26, 11));
    // Idul Fitri 2027 (Wed–Thu): 1 h Tuesday, then 7 h on Friday.
    CHECK(cal.instantAfter(wib(2027, 3, 9, 16), 480 * kMinute) == wib(2027, 3, 12, 15));
    // Nothing to wait for.
    CHECK(cal.instantAfter(wib(2026, 11, 29, 22), 0) == wib(2026, 11, 29, 22));
}

TEST_CASE("pauses stop the clock")
{
    const BusinessCalendar cal;
    // Mon 09:00 → Tue 12:00 is 12 h; waiting on the customer Mon 10:00 → Tue 09:00 takes 8 h of it.
    const QList<ClockPause> pending{{wib(2026, 11, 23, 10), wib(2026, 11, 24, 9)}};
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 9), wib(2026, 11, 24, 12), pending) == 4 * kHour);
    // A 2 h target: 1 h before the pause, 1 h after it.
    CHECK(cal.instantAfter(wib(2026, 11, 23, 9), 2 * kHour, pending) == wib(2026, 11, 24, 10));
    // A target reached exactly when the pause starts ends there.
    CHECK(cal.instantAfter(wib(2026, 11, 23, 9), 1 * kHour, pending) == wib(2026, 11, 23, 10));
    // Overlapping pauses count once: 10–12 and 11–13 stop the clock for 3 h.
    const QList<ClockPause> overlapping{{wib(2026, 11, 23, 10), wib(2026, 11, 23, 12)},
                                        {wib(2026, 11, 23, 11), wib(2026, 11, 23, 13)}};
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 8), wib(2026, 11, 23, 17), overlapping) == 6 * kHour);
    // A pause over a weekend only removes business time it covers: Sat 16:00 → Mon 09:00.
    const QList<ClockPause> weekend{{wib(2026, 11, 28, 16), wib(2026, 11, 30, 9)}};
    CHECK(cal.businessSeconds(wib(2026, 11, 28, 8), wib(2026, 11, 30, 17), weekend) == 8 * kHour + 8 * kHour);
    // Still pending: the clock is stopped and there is no due time unless it ran out before.
    const QList<ClockPause> stillPending{{wib(2026, 11, 23, 10), std::nullopt}};
    CHECK_FALSE(cal.instantAfter(wib(2026, 11, 23, 9), 2 * kHour, stillPending).has_value());
    CHECK(cal.instantAfter(wib(2026, 11, 23, 9), 30 * kMinute, stillPending) == wib(2026, 11, 23, 9, 30));
    CHECK(cal.businessSeconds(wib(2026, 11, 23, 9), wib(2026, 11, 25, 9), stillPending) == 1 * kHour);
}

TEST_CASE("edited hours: open on Sunday afternoons, closed on Saturday")
{
    BusinessCalendar cal;
    REQUIRE(cal.setHours(7, DayHours{10 * 60, 14 * 60}));
    REQUIRE(cal.setHours(6, std::nullopt));
    CHECK_FALSE(cal.setHours(1, DayHours{17 * 60, 8 * 60}));
    CHECK_FALSE(cal.setHours(8, DayHours{}));
    // Fri 16:00 → Mon 09:00: 1 h Friday, Saturday closed, 4 h Sunday, 1 h Monday.
    CHECK(cal.businessSeconds(wib(2026, 11, 27, 16), wib(2026, 11, 30, 9)) == 6 * kHour);
    CHECK(cal.instantAfter(wib(2026, 11, 27, 16), 3 * kHour) == wib(2026, 11, 29, 12));
    // A calendar without any opening hours never reaches a target.
    BusinessCalendar closed;
    for (int day = 1; day <= 7; ++day)
        REQUIRE(closed.setHours(day, std::nullopt));
    CHECK_FALSE(closed.instantAfter(wib(2026, 11, 23, 9), 60).has_value());
    CHECK(closed.businessSeconds(wib(2026, 11, 23, 9), wib(2027, 11, 23, 9)) == 0);
}

TEST_CASE("the fast arithmetic agrees with a minute-by-minute count and with its inverse")
{
    BusinessCalendar cal;
    cal.setHolidays({QDate(2026, 12, 25), QDate(2027, 1, 1), QDate(2027, 1, 5)});
    REQUIRE(cal.setHours(3, DayHours{9 * 60 + 30, 15 * 60}));
    const qint64 base = wib(2026, 12, 20, 0);
    quint32 seed = 12345;
    auto next = [&seed](quint32 range) {
        seed = seed * 1664525u + 1013904223u;
        return qint64((seed >> 8) % range);
    };
    for (int i = 0; i < 200; ++i) {
        const qint64 from = base + next(20 * 24 * 60) * 60;
        const qint64 to = from + next(25 * 24 * 60) * 60;
        const qint64 seconds = cal.businessSeconds(from, to);
        INFO("from " << from << " to " << to);
        REQUIRE(seconds == bruteForce(cal, from, to));
        if (seconds > 0) {
            const auto due = cal.instantAfter(from, seconds);
            REQUIRE(due.has_value());
            CHECK(*due <= to);
            CHECK(cal.businessSeconds(from, *due) == seconds);
            CHECK(cal.businessSeconds(from, *due - 60) == seconds - 60);
        }
    }
}
