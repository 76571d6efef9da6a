#include "kpi/ticketkpis.h"
#include "ticketfixture.h"
#include "sla/slasettings.h"
#include "tickets/ticketrepository.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {
TicketKpis kpisAt(TicketFixture &f, qint64 now, const Period &period)
{
    ManualClock clock(now);
    auto k = TicketKpiService(*f.db, clock).ticketKpis(period);
    INFO(k.error().toStdString());
    REQUIRE(k.ok());
    return k.value();
}
// Monday 23 Nov: t1 answered and resolved in time, t2 urgent and answered late, t3 never
// answered, t4 reopened, t5 urgent at 16:00 with its first-response target ending at closing time.
struct BusyMonday
{
    qint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
    explicit BusyMonday(TicketFixture &f)
    {
        // Mon 09:00: four tickets.
        t1 = f.open(TicketPriority::Normal, Touchpoint::Shipping);
        t2 = f.open(TicketPriority::Urgent, Touchpoint::Payment);
        t3 = f.open(TicketPriority::High, Touchpoint::Shipping); // never answered
        t4 = f.open(TicketPriority::Low, Touchpoint::AfterSales);
        f.clock.set(wib(2026, 11, 23, 9, 30));
        f.reply(t4);
        f.clock.set(wib(2026, 11, 23, 10));
        f.reply(t1);
        f.setStatus(t4, TicketStatus::Resolved);
        f.clock.set(wib(2026, 11, 23, 10, 30));
        f.setStatus(t4, TicketStatus::Open, QStringLiteral("Masih rusak"));
        f.clock.set(wib(2026, 11, 23, 11));
        f.reply(t2); // 2 h for an urgent 1 h target
        f.setStatus(t1, TicketStatus::Resolved);
        REQUIRE(f.service().logHandleTime(t1, 600, f.actor).ok());
        REQUIRE(f.service().setCsat(t1, 5, f.actor).ok());
        f.setStatus(t4, TicketStatus::Resolved);
        f.clock.set(wib(2026, 11, 23, 12));
        f.reply(t2);
        // Mon 16:00: an urgent ticket whose first-response target ends exactly at closing time.
        f.clock.set(wib(2026, 11, 23, 16));
        t5 = f.open(TicketPriority::Urgent, Touchpoint::Other);
    }
};
} // namespace

TEST_CASE("ticket KPIs of a week, computed by hand")
{
    TicketFixture f;
    const Period week = Period::isoWeekOf(QDate(2026, 11, 23));
    const BusyMonday m(f);
    const qint64 t2 = m.t2;
    // Tue 08:00: nothing of the night counts. t2's resolution (8 h) also ran out at 17:00 sharp.
    TicketKpis k = kpisAt(f, wib(2026, 11, 24, 8), week);
    CHECK(k.ticketsCreated == 5);
    CHECK(k.ticketsResolved == 2);
    CHECK(k.openTickets == 3);
    CHECK(k.openByTouchpoint.value(Touchpoint::Payment) == 1);
    CHECK(k.openByTouchpoint.value(Touchpoint::Shipping) == 1);
    CHECK(k.openByTouchpoint.value(Touchpoint::Other) == 1);
    CHECK(k.openByTouchpoint.value(Touchpoint::AfterSales) == 0);
    CHECK(k.openByTouchpoint.size() == 6);
    CHECK(k.openByPriority.value(TicketPriority::Urgent) == 2);
    CHECK(k.openByPriority.value(TicketPriority::High) == 1);
    CHECK(k.slaFirstResponseBreaches == 2); // t2 answered late, t3 unanswered since Mon 11:00
    CHECK(k.slaResolutionBreaches == 0);
    CHECK(k.fcrPercent == 50.0); // t1 yes; t4 was reopened
    CHECK(k.ahtSeconds == 600);  // only t1 has handle time logged
    CHECK(k.csatPercent == 100.0);

    // Tue 08:30: half an hour of business time past 17:00 breaches t5's response and t2's resolution.
    k = kpisAt(f, wib(2026, 11, 24, 8, 30), week);
    CHECK(k.slaFirstResponseBreaches == 3);
    CHECK(k.slaResolutionBreaches == 1);

    // Tue 09:00: t2 resolved after 9 business hours.
    f.clock.set(wib(2026, 11, 24, 9));
    f.setStatus(t2, TicketStatus::Resolved);
    REQUIRE(f.service().logHandleTime(t2, 1200, f.actor).ok());
    REQUIRE(f.service().setCsat(t2, 3, f.actor).ok());

    k = kpisAt(f, wib(2026, 11, 25, 10), week);
    CHECK(k.ticketsResolved == 3);
    CHECK(k.openTickets == 2);
    CHECK(k.slaFirstResponseBreaches == 3);
    CHECK(k.slaResolutionBreaches == 3); // t2 late, t3 due Tue 16:00, t5 due Tue 15:00
    CHECK(k.fcrPercent == 33.3);
    CHECK(k.ahtSeconds == 900);
    CHECK(k.csatPercent == 50.0);

    // Only Monday: the cutoff is the end of Monday, so t5 (due at Monday's closing) and the
    // unanswered resolutions due on Tuesday are not breaches of that day.
    k = kpisAt(f, wib(2026, 11, 25, 10), Period::day(QDate(2026, 11, 23)));
    CHECK(k.ticketsCreated == 5);
    CHECK(k.ticketsResolved == 2);
    CHECK(k.slaFirstResponseBreaches == 2);
    CHECK(k.slaResolutionBreaches == 1);
}

// The ids of the tickets the "SLA breached" filter shows for a period seen at `now`, checked
// against the breach counts of the same period: every breached ticket, each once.
QList<qint64> breachedAt(TicketFixture &f, qint64 now, const Period &period)
{
    const QTimeZone zone = businesstime::defaultZone();
    TicketFilter filter;
    filter.createdFrom = period.startUtc(zone);
    filter.createdTo = period.endUtc(zone);
    filter.slaBreachedBy = std::min(period.endUtc(zone), now);
    const TicketRepository repo(*f.db);
    auto calendar = SlaSettings(*f.db).calendar();
    REQUIRE(calendar.ok());
    auto rows = repo.page(filter, calendar.value(), now, 0, 100);
    REQUIRE(rows.ok());
    QList<qint64> ids;
    for (const TicketRow &row : rows.value())
        ids << row.id;
    std::sort(ids.begin(), ids.end());
    CHECK(repo.count(filter).value() == ids.size());
    return ids;
}

TEST_CASE("the SLA breached filter shows exactly the tickets behind the breach counts")
{
    TicketFixture f;
    const Period week = Period::isoWeekOf(QDate(2026, 11, 23));
    const BusyMonday m(f);
    // Tue 08:00: response breaches t2 (late) and t3 (unanswered); no resolution breach yet.
    CHECK(breachedAt(f, wib(2026, 11, 24, 8), week) == QList<qint64>{m.t2, m.t3});
    // Tue 08:30: t5's response and t2's resolution ran out too (t2 counted once).
    TicketKpis k = kpisAt(f, wib(2026, 11, 24, 8, 30), week);
    REQUIRE(k.slaFirstResponseBreaches == 3);
    REQUIRE(k.slaResolutionBreaches == 1);
    CHECK(breachedAt(f, wib(2026, 11, 24, 8, 30), week) == QList<qint64>{m.t2, m.t3, m.t5});
    f.clock.set(wib(2026, 11, 24, 9));
    f.setStatus(m.t2, TicketStatus::Resolved);
    CHECK(breachedAt(f, wib(2026, 11, 25, 10), week) == QList<qint64>{m.t2, m.t3, m.t5});
    // Only Monday: t5's response target ended at Monday's closing, so it is not a breach of Monday.
    k = kpisAt(f, wib(2026, 11, 25, 10), Period::day(QDate(2026, 11, 23)));
    REQUIRE(k.slaFirstResponseBreaches == 2);
    CHECK(breachedAt(f, wib(2026, 11, 25, 10), Period::day(QDate(2026, 11, 23))) ==
          QList<qint64>{m.t2, m.t3});
    // The week before had no tickets.
    CHECK(breachedAt(f, wib(2026, 11, 25, 10), week.previous()).isEmpty());
}

TEST_CASE("ticket KPIs with nothing to divide by are empty, not zero")
{
    TicketFixture f;
    f.open();
    const TicketKpis k = kpisAt(f, wib(2026, 11, 23, 10), Period::isoWeekOf(QDate(2026, 11, 16)));
    CHECK(k.ticketsCreated == 0);
    CHECK(k.ticketsResolved == 0);
    CHECK(k.openTickets == 1);
    CHECK(k.slaFirstResponseBreaches == 0);
    CHECK_FALSE(k.fcrPercent.has_value());
    CHECK_FALSE(k.ahtSeconds.has_value());
    CHECK_FALSE(k.csatPercent.has_value());
    CHECK(TicketKpiService::percent(1, 3) == 33.3);
    CHECK(TicketKpiService::percent(2, 3) == 66.7);
    CHECK_FALSE(TicketKpiService::percent(0, 0).has_value());
}
