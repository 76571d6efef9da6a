// Period arithmetic of the dashboard (SPEC §8): presets, previous periods, ISO weeks across year
// boundaries, and the duration histogram's median estimate. Pure arithmetic: no database.
#include "kpi/dashboardservice.h"
#include "kpi/durationhistogram.h"
#include "kpi/kpisummaries.h"
#include "kpi/period.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QDateTime>

using namespace rapi;

namespace {
Period p(QDate from, QDate to)
{
    return {from, to};
}
} // namespace

TEST_CASE("period presets in the business calendar")
{
    const QDate wednesday(2026, 11, 18);
    CHECK(Period::preset(PeriodPreset::Today, wednesday) == p(QDate(2026, 11, 18), QDate(2026, 11, 19)));
    CHECK(Period::preset(PeriodPreset::ThisWeek, wednesday) == p(QDate(2026, 11, 16), QDate(2026, 11, 23)));
    CHECK(Period::preset(PeriodPreset::LastWeek, wednesday) == p(QDate(2026, 11, 9), QDate(2026, 11, 16)));
    CHECK(Period::preset(PeriodPreset::ThisMonth, wednesday) == p(QDate(2026, 11, 1), QDate(2026, 12, 1)));
    CHECK_FALSE(Period::preset(PeriodPreset::Custom, wednesday).isValid());
    // A Sunday still belongs to the week that began on Monday; a Monday starts a new one.
    CHECK(Period::preset(PeriodPreset::ThisWeek, QDate(2026, 11, 22)).from == QDate(2026, 11, 16));
    CHECK(Period::preset(PeriodPreset::ThisWeek, QDate(2026, 11, 23)).from == QDate(2026, 11, 23));
    // Last week from the first days of January lies in the previous year.
    CHECK(Period::preset(PeriodPreset::LastWeek, QDate(2027, 1, 2)) ==
          p(QDate(2026, 12, 21), QDate(2026, 12, 28)));
    CHECK(Period::preset(PeriodPreset::ThisMonth, QDate(2026, 12, 31)) ==
          p(QDate(2026, 12, 1), QDate(2027, 1, 1)));
}

TEST_CASE("custom periods are refused with a message when they are empty or backwards")
{
    auto ok = Period::custom(QDate(2026, 11, 3), QDate(2026, 11, 13));
    REQUIRE(ok.ok());
    CHECK(ok->days() == 10);
    auto empty = Period::custom(QDate(2026, 11, 13), QDate(2026, 11, 13));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("2026-11-13")));
    CHECK_FALSE(Period::custom(QDate(2026, 11, 13), QDate(2026, 11, 3)).ok());
    CHECK_FALSE(Period::custom(QDate(), QDate(2026, 11, 3)).ok());
}

TEST_CASE("the previous period has the same length, or is the previous calendar month")
{
    CHECK(Period::day(QDate(2026, 1, 1)).previous() == Period::day(QDate(2025, 12, 31)));
    CHECK(Period::isoWeekOf(QDate(2026, 1, 1)).previous() == p(QDate(2025, 12, 22), QDate(2025, 12, 29)));
    // March's previous is February (28 days), not the 31 days before March.
    CHECK(Period::monthOf(QDate(2026, 3, 15)).previous() == p(QDate(2026, 2, 1), QDate(2026, 3, 1)));
    CHECK(Period::monthOf(QDate(2026, 1, 15)).previous() == p(QDate(2025, 12, 1), QDate(2026, 1, 1)));
    CHECK(Period::monthOf(QDate(2028, 3, 1)).previous().days() == 29); // a leap February
    // A custom range: the same number of days right before it.
    CHECK(p(QDate(2026, 11, 3), QDate(2026, 11, 13)).previous() ==
          p(QDate(2026, 10, 24), QDate(2026, 11, 3)));
    // Two months are not "a calendar month": same length before.
    CHECK(p(QDate(2026, 10, 1), QDate(2026, 12, 1)).previous() == p(QDate(2026, 8, 1), QDate(2026, 10, 1)));
    CHECK(Period::monthOf(QDate(2026, 2, 3)).isCalendarMonth());
    CHECK_FALSE(Period::isoWeekOf(QDate(2026, 2, 3)).isCalendarMonth());
    CHECK(Period::isoWeekOf(QDate(2026, 2, 3)).isIsoWeek());
}

TEST_CASE("ISO weeks across year boundaries, parsed and formatted")
{
    // 2026 has 53 ISO weeks (it starts on a Thursday); 2025 and 2027 have 52.
    CHECK(isoweek::weeksInYear(2026) == 53);
    CHECK(isoweek::weeksInYear(2025) == 52);
    CHECK(isoweek::weeksInYear(2027) == 52);
    CHECK(isoweek::label(QDate(2026, 11, 18)) == QStringLiteral("2026-W47"));
    CHECK(isoweek::label(QDate(2025, 12, 29)) == QStringLiteral("2026-W01")); // week 1 of 2026 starts in 2025
    CHECK(isoweek::label(QDate(2027, 1, 1)) == QStringLiteral("2026-W53"));   // a Friday of 2026's last week
    CHECK(isoweek::label(QDate(2027, 1, 4)) == QStringLiteral("2027-W01"));
    CHECK(Period::isoWeekOf(QDate(2027, 1, 3)).isoWeekLabel() == QStringLiteral("2026-W53"));

    CHECK(Period::parseIsoWeek(QStringLiteral("2026-W47")) == p(QDate(2026, 11, 16), QDate(2026, 11, 23)));
    CHECK(Period::parseIsoWeek(QStringLiteral("2026-W01")) == p(QDate(2025, 12, 29), QDate(2026, 1, 5)));
    CHECK(Period::parseIsoWeek(QStringLiteral("2026-W53")) == p(QDate(2026, 12, 28), QDate(2027, 1, 4)));
    CHECK(Period::parseIsoWeek(QStringLiteral("2027-W01")) == p(QDate(2027, 1, 4), QDate(2027, 1, 11)));
    CHECK(Period::parseIsoWeek(QStringLiteral(" 2026-w47 ")).has_value());
    CHECK_FALSE(Period::parseIsoWeek(QStringLiteral("2027-W53")).has_value()); // 2027 has 52
    CHECK_FALSE(Period::parseIsoWeek(QStringLiteral("2026-W00")).has_value());
    CHECK_FALSE(Period::parseIsoWeek(QStringLiteral("2026-47")).has_value());
    CHECK_FALSE(Period::parseIsoWeek(QStringLiteral("2026-W7")).has_value());
    // Every week of a few years round-trips and follows the one before without a gap.
    for (int year = 2024; year <= 2028; ++year) {
        for (int week = 1; week <= isoweek::weeksInYear(year); ++week) {
            const auto w = Period::isoWeek(year, week);
            REQUIRE(w.has_value());
            CHECK(w->isIsoWeek());
            CHECK(Period::parseIsoWeek(w->isoWeekLabel()) == w);
            if (week > 1)
                CHECK(Period::isoWeek(year, week - 1)->to == w->from);
        }
        CHECK(Period::isoWeek(year, 1)->previous() ==
              Period::isoWeek(year - 1, isoweek::weeksInYear(year - 1)));
    }
}

TEST_CASE("periods are local dates of the business zone, the summaries count days at UTC+7")
{
    const QTimeZone jakarta = businesstime::defaultZone();
    const Period week = Period::isoWeekOf(QDate(2026, 11, 18));
    // Monday 00:00 WIB is Sunday 17:00 UTC.
    CHECK(week.startUtc(jakarta) ==
          QDateTime(QDate(2026, 11, 15), QTime(17, 0), QTimeZone::utc()).toSecsSinceEpoch());
    CHECK(week.endUtc(jakarta) - week.startUtc(jakarta) == 7 * 86400);
    CHECK(kpisummary::dayNumber(QDate(1970, 1, 1)) == 0);
    CHECK(kpisummary::dateOf(kpisummary::dayNumber(QDate(2026, 11, 18))) == QDate(2026, 11, 18));
    // The migration's day of an instant, (t + 25200) / 86400, is its Jakarta date.
    const qint64 lateSunday = QDateTime(QDate(2026, 11, 22), QTime(23, 59), jakarta).toSecsSinceEpoch();
    CHECK((lateSunday + kpisummary::utcOffsetSeconds) / 86400 == kpisummary::dayNumber(QDate(2026, 11, 22)));
    CHECK((lateSunday + 60 + kpisummary::utcOffsetSeconds) / 86400 ==
          kpisummary::dayNumber(QDate(2026, 11, 23)));
    CHECK(kpisummary::checkZone(week, jakarta).ok());
    const Status tokyo = kpisummary::checkZone(week, QTimeZone(9 * 3600));
    CHECK_FALSE(tokyo.ok());
    CHECK(tokyo.error().contains(QStringLiteral("UTC+7")));
}

TEST_CASE("change against the previous period")
{
    CHECK(DashboardService::changePercent(150, 100) == 50.0);
    CHECK(DashboardService::changePercent(2, 3) == -33.3);
    CHECK(DashboardService::changePercent(0, 4) == -100.0);
    CHECK_FALSE(DashboardService::changePercent(5, 0).has_value());
}

namespace {
// The bins of migration 4: every second below 16, then eight equal steps per doubling.
qint64 binOf(qint64 seconds)
{
    if (seconds < 16)
        return seconds;
    qint64 step = 2;
    while (seconds >= 16 * step)
        step *= 2;
    return seconds / step * step;
}
} // namespace

TEST_CASE("the median from the duration histogram: exact for lone values, within a bin otherwise")
{
    DurationHistogram empty;
    CHECK_FALSE(empty.medianSeconds().has_value());
    CHECK_FALSE(empty.averageSeconds().has_value());

    // Four distinct bins: the median of an even count is the mean of the two middle values.
    DurationHistogram four;
    for (qint64 s : {1200, 60, 600, 300})
        four.add(binOf(s), 1, s);
    CHECK(four.count() == 4);
    CHECK(four.averageSeconds() == 540);
    CHECK(four.medianSeconds() == 450);
    // Two equal stays in one bin and one more: exactly the shared value.
    DurationHistogram same;
    same.add(binOf(86400), 2, 2 * 86400);
    same.add(binOf(60), 1, 60);
    CHECK(same.medianSeconds() == 86400);
    CHECK(same.averageSeconds() == 57620);

    // Many durations (a skewed spread, as delivery times are): the estimate stays within 1/8.
    std::vector<qint64> values;
    DurationHistogram many;
    quint64 x = 12345;
    for (int i = 0; i < 5001; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        const qint64 s = 30 + qint64((x >> 33) % 200000) * qint64((x >> 20) % 7 + 1) / 3;
        values.push_back(s);
        many.add(binOf(s), 1, s);
    }
    std::sort(values.begin(), values.end());
    const double exact = double(values[2500]);
    REQUIRE(many.medianSeconds().has_value());
    CHECK(std::abs(double(*many.medianSeconds()) - exact) <= exact / 8);
    qint64 total = 0;
    for (qint64 v : values)
        total += v;
    CHECK(many.averageSeconds() == qint64(std::llround(double(total) / 5001)));
}
