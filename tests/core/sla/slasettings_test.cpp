#include "sla/slasettings.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QTimeZone>

using namespace rapi;

namespace {
qint64 wib(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("a new database has Mon–Sat 08–17 in Jakarta, the 2026/2027 holidays and the default targets")
{
    auto db = test::openTestDatabase();
    SlaSettings settings(*db);
    auto cal = settings.calendar();
    REQUIRE(cal.ok());
    CHECK(cal->utcOffsetSeconds() == 7 * 3600);
    for (int day = 1; day <= 6; ++day) {
        REQUIRE(cal->hours(day).has_value());
        CHECK(cal->hours(day)->openMinute == 480);
        CHECK(cal->hours(day)->closeMinute == 1020);
    }
    CHECK_FALSE(cal->hours(7).has_value());
    auto holidays = settings.holidays();
    REQUIRE(holidays.ok());
    CHECK(holidays->size() == 34);
    CHECK(holidays->first().day == QDate(2026, 1, 1));
    CHECK(holidays->last().day == QDate(2027, 12, 25));
    CHECK_FALSE(cal->isBusinessDay(QDate(2026, 8, 17)));
    // Independence Day Monday: Sat 16:00 → Tue 09:00 is Saturday's last hour and Tuesday's first.
    CHECK(cal->businessSeconds(wib(2026, 8, 15, 16), wib(2026, 8, 18, 9)) == 2 * 3600);

    auto policies = settings.policies();
    REQUIRE(policies.ok());
    REQUIRE(policies->size() == 4);
    const QList<std::pair<qint64, qint64>> expected{{480, 2700}, {240, 1620}, {120, 960}, {60, 480}};
    for (int i = 0; i < 4; ++i) {
        CHECK(policies->at(i).firstResponseMinutes == expected[i].first);
        CHECK(policies->at(i).resolutionMinutes == expected[i].second);
    }
}

TEST_CASE("hours, holidays and targets are editable and bad values are refused")
{
    auto db = test::openTestDatabase();
    SlaSettings settings(*db);
    const Actor owner = Actor::localOwner();
    REQUIRE(settings.setHours(6, std::nullopt, owner).ok());
    REQUIRE(settings.setHours(7, DayHours{9 * 60, 13 * 60}, owner).ok());
    CHECK(settings.setHours(1, DayHours{17 * 60, 8 * 60}, owner).error().contains(QStringLiteral("before")));
    REQUIRE(settings.setHoliday({QDate(2026, 11, 24), QStringLiteral("Ulang tahun toko")}, owner).ok());
    REQUIRE(settings.removeHoliday(QDate(2026, 12, 25), owner).ok());
    CHECK(
        settings.setHoliday({QDate(), QStringLiteral("x")}, owner).error().contains(QStringLiteral("date")));

    auto cal = settings.calendar();
    REQUIRE(cal.ok());
    CHECK_FALSE(cal->hours(6).has_value());
    CHECK(cal->hours(7)->openMinute == 9 * 60);
    CHECK(cal->hours(1)->openMinute == 8 * 60);
    CHECK_FALSE(cal->isBusinessDay(QDate(2026, 11, 24)));
    CHECK(cal->isBusinessDay(QDate(2026, 12, 25)));

    REQUIRE(settings.setPolicy({TicketPriority::Urgent, 30, 240}, owner).ok());
    CHECK(settings.policy(TicketPriority::Urgent)->firstResponseMinutes == 30);
    CHECK(settings.policy(TicketPriority::Urgent)->resolutionMinutes == 240);
    CHECK(settings.setPolicy({TicketPriority::Low, 0, 10}, owner).error().contains(QStringLiteral("minute")));
    CHECK(
        settings.setPolicy({TicketPriority::Low, 100, 10}, owner).error().contains(QStringLiteral("longer")));
    CHECK(settings.policy(TicketPriority::Low)->firstResponseMinutes == 480);
}

TEST_CASE("only the owner edits SLA settings and the checks name what is wrong")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto db = test::openTestDatabase();
    SlaSettings settings(*db);
    for (Role role : {Role::Cs, Role::Warehouse, Role::Finance, Role::Vendor}) {
        const Actor other{2, QStringLiteral("someone"), role};
        CHECK_FALSE(SlaSettings::canEdit(other));
        CHECK(settings.setHours(7, DayHours{}, other).error().contains(QStringLiteral("Only the owner")));
        CHECK(settings.setPolicy({TicketPriority::Low, 10, 20}, other)
                  .error()
                  .contains(QStringLiteral("Only the owner")));
        CHECK(settings.setHoliday({QDate(2026, 11, 24), QStringLiteral("x")}, other)
                  .error()
                  .contains(QStringLiteral("Only the owner")));
        CHECK(settings.removeHoliday(QDate(2026, 12, 25), other)
                  .error()
                  .contains(QStringLiteral("Only the owner")));
    }
    CHECK_FALSE(settings.calendar()->hours(7).has_value());
    CHECK(settings.policy(TicketPriority::Low)->firstResponseMinutes == 480);
    CHECK(settings.holidays()->size() == 34);

    CHECK(SlaSettings::checkHours(3, DayHours{9 * 60, 9 * 60}).error() ==
          QStringLiteral("Wednesday: the opening time must be before the closing time, within one day."));
    CHECK(SlaSettings::checkHours(8, std::nullopt).error() == QStringLiteral("There is no weekday 8."));
    CHECK(SlaSettings::checkHours(7, std::nullopt).ok());
    CHECK(SlaSettings::checkPolicy({TicketPriority::Urgent, 61, 60}).error() ==
          QStringLiteral("Urgent: the first-response target cannot be longer than the resolution target."));
    CHECK(SlaSettings::checkPolicy({TicketPriority::Urgent, 60, 60}).ok());
    CHECK(SlaSettings::checkHolidays(
              {{QDate(2026, 1, 1), QStringLiteral("A")}, {QDate(2026, 1, 2), QStringLiteral("B")}})
              .ok());
    CHECK(SlaSettings::checkHolidays(
              {{QDate(2026, 1, 1), QStringLiteral("A")}, {QDate(2026, 1, 1), QStringLiteral("B")}})
              .error() == QStringLiteral("There is already a holiday on Thursday, January 1, 2026: A."));
    auto zone = settings.timeZone();
    REQUIRE(zone.ok());
    CHECK(zone->id() == QByteArray("Asia/Jakarta"));
}
