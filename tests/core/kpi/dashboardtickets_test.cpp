// The dashboard's ticket figures: the weekly trend of SLA breaches, FCR, AHT and CSAT, the voice
// of the customer, open tickets and the daily recap, on tickets whose answers were worked out by
// hand. Business hours are the defaults (Mon–Sat 08:00–17:00 WIB); November 2026 has no holiday.
#include "kpi/dashboardservice.h"
#include "ticketfixture.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

qint64 newTicket(TicketFixture &f, qint64 at, TicketPriority priority, Touchpoint tp, const char *category)
{
    f.clock.set(at);
    NewTicket t;
    t.customerId = f.customerId;
    t.priority = priority;
    t.touchpoint = tp;
    t.category = QString::fromUtf8(category);
    t.subject = t.category;
    t.firstMessage = QStringLiteral("Halo kak");
    auto id = f.service().create(t, f.actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void at(TicketFixture &f, qint64 time)
{
    f.clock.set(time);
}

// Three weeks of tickets; "now" is Wednesday 25 November 12:00.
struct Desk
{
    TicketFixture f;
    Desk()
    {
        // Week 46. T1: answered in 30 min, resolved, 300 s logged, CSAT 5 — first contact.
        const qint64 t1 =
            newTicket(f, wib(2026, 11, 9, 9), TicketPriority::Normal, Touchpoint::Shipping, "keterlambatan");
        at(f, wib(2026, 11, 9, 9, 30));
        f.reply(t1);
        at(f, wib(2026, 11, 9, 10));
        f.setStatus(t1, TicketStatus::Resolved);
        REQUIRE(f.service().logHandleTime(t1, 300, f.actor).ok());
        REQUIRE(f.service().setCsat(t1, 5, f.actor).ok());
        // T2: two replies, so not first contact; 900 s, CSAT 3.
        const qint64 t2 = newTicket(f, wib(2026, 11, 10, 9), TicketPriority::High, Touchpoint::Payment,
                                    "konfirmasi transfer");
        at(f, wib(2026, 11, 10, 9, 10));
        f.reply(t2);
        at(f, wib(2026, 11, 10, 9, 20));
        f.reply(t2);
        at(f, wib(2026, 11, 10, 11));
        f.setStatus(t2, TicketStatus::Resolved);
        REQUIRE(f.service().logHandleTime(t2, 900, f.actor).ok());
        REQUIRE(f.service().setCsat(t2, 3, f.actor).ok());

        // Week 47. T3 urgent: answered after 2 h (target 1 h), resolved after 9 business hours
        // (Mon 09–17 and Tue 08–09; target 8 h); 1200 s logged.
        const qint64 t3 =
            newTicket(f, wib(2026, 11, 16, 9), TicketPriority::Urgent, Touchpoint::Shipping, "keterlambatan");
        at(f, wib(2026, 11, 16, 11));
        f.reply(t3);
        at(f, wib(2026, 11, 17, 9));
        f.setStatus(t3, TicketStatus::Resolved);
        REQUIRE(f.service().logHandleTime(t3, 1200, f.actor).ok());
        // T4 low, never answered: first response due Thu 19 09:00 (8 business hours), resolution
        // due Tue 24 10:00 (45 business hours).
        t4 = newTicket(f, wib(2026, 11, 18, 10), TicketPriority::Low, Touchpoint::AfterSales, "retur");

        // Week 48. T5: answered, resolved, reopened, answered again and resolved: not first contact.
        const qint64 t5 =
            newTicket(f, wib(2026, 11, 23, 9), TicketPriority::Normal, Touchpoint::Shipping, "salah alamat");
        at(f, wib(2026, 11, 23, 9, 5));
        f.reply(t5);
        at(f, wib(2026, 11, 23, 9, 30));
        f.setStatus(t5, TicketStatus::Resolved);
        at(f, wib(2026, 11, 23, 10));
        f.setStatus(t5, TicketStatus::Open, QStringLiteral("Alamat masih salah"));
        at(f, wib(2026, 11, 23, 10, 10));
        f.reply(t5);
        at(f, wib(2026, 11, 23, 11));
        f.setStatus(t5, TicketStatus::Resolved);
        REQUIRE(f.service().logHandleTime(t5, 600, f.actor).ok());
        REQUIRE(f.service().setCsat(t5, 4, f.actor).ok());
        at(f, wib(2026, 11, 25, 12));
    }
    qint64 t4 = 0;
};

} // namespace

TEST_CASE("dashboard: ticket KPIs of the period, the week before and the weekly trend")
{
    Desk desk;
    auto loaded = DashboardService(*desk.f.db, desk.f.clock).load(Period::isoWeekOf(QDate(2026, 11, 25)));
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    const Dashboard &d = loaded.value();

    const TicketPeriodKpis &w48 = d.current.tickets;
    CHECK(w48.ticketsCreated == 1);
    CHECK(w48.ticketsResolved == 1);
    CHECK(w48.slaFirstResponseBreaches == 0);
    CHECK(w48.slaResolutionBreaches == 0);
    CHECK(w48.fcrPercent == 0.0); // reopened
    CHECK(w48.ahtSeconds == 600);
    CHECK(w48.csatPercent == 100.0);

    const TicketPeriodKpis &w47 = d.previous.tickets;
    CHECK(w47.ticketsCreated == 2);
    CHECK(w47.ticketsResolved == 1);
    CHECK(w47.slaFirstResponseBreaches == 2); // T3 late, T4 unanswered since Thursday 09:00
    CHECK(w47.slaResolutionBreaches == 1);    // T3; T4's resolution falls due after the week
    CHECK(w47.fcrPercent == 100.0);
    CHECK(w47.ahtSeconds == 1200);
    CHECK_FALSE(w47.csatPercent.has_value());

    REQUIRE(d.weeklyTrend.size() == 8);
    CHECK(d.weeklyTrend.first().label == QStringLiteral("2026-W41"));
    const WeekTrend &w46 = d.weeklyTrend.at(5);
    CHECK(w46.label == QStringLiteral("2026-W46"));
    CHECK(w46.tickets.ticketsResolved == 2);
    CHECK(w46.tickets.slaFirstResponseBreaches == 0);
    CHECK(w46.tickets.fcrPercent == 50.0);
    CHECK(w46.tickets.ahtSeconds == 600);
    CHECK(w46.tickets.csatPercent == 50.0);
    CHECK(d.weeklyTrend.at(6).tickets.slaFirstResponseBreaches == 2);
    CHECK(d.weeklyTrend.at(7).tickets.fcrPercent == 0.0);
    CHECK_FALSE(d.weeklyTrend.at(0).tickets.fcrPercent.has_value());

    // Open now: only T4.
    CHECK(d.openTickets.total == 1);
    CHECK(d.openTickets.byTouchpoint.value(Touchpoint::AfterSales) == 1);
    CHECK(d.openTickets.byPriority.value(TicketPriority::Low) == 1);
    CHECK(d.openTickets.byTouchpoint.size() == 6);

    // Voice of the customer of this week and of the one before.
    REQUIRE(d.current.voiceOfCustomer.size() == 6);
    CHECK(d.current.voiceOfCustomer.at(2).touchpoint == Touchpoint::Shipping);
    CHECK(d.current.voiceOfCustomer.at(2).tickets == 1);
    CHECK(d.previous.voiceOfCustomer.at(3).touchpoint == Touchpoint::AfterSales);
    CHECK(d.previous.voiceOfCustomer.at(3).topCategories ==
          QList<QPair<QString, qint64>>{{QStringLiteral("retur"), 1}});

    // T4's resolution target ran out on Tuesday 10:00; business time has passed since.
    auto w47Now = TicketKpiService(*desk.f.db, desk.f.clock)
                      .periodKpis({Period::isoWeekOf(QDate(2026, 11, 18)),
                                   Period{QDate(2026, 11, 16), QDate(2026, 11, 26)}});
    REQUIRE(w47Now.ok());
    CHECK(w47Now->at(0).slaResolutionBreaches == 1); // the week's cutoff is still its end
    CHECK(w47Now->at(1).slaResolutionBreaches == 2); // until now
}

TEST_CASE("dashboard: the voice of the customer over three weeks, top categories first")
{
    Desk desk;
    const TicketKpiService service(*desk.f.db, desk.f.clock);
    const Period weeks{QDate(2026, 11, 9), QDate(2026, 11, 30)};
    auto voice = service.voiceOfCustomer(weeks);
    REQUIRE(voice.ok());
    const TouchpointTopics &shipping = voice->at(2);
    CHECK(shipping.tickets == 3);
    CHECK(shipping.topCategories == QList<QPair<QString, qint64>>{{QStringLiteral("keterlambatan"), 2},
                                                                  {QStringLiteral("salah alamat"), 1}});
    CHECK(voice->at(1).topCategories ==
          QList<QPair<QString, qint64>>{{QStringLiteral("konfirmasi transfer"), 1}});
    CHECK(voice->at(0).tickets == 0);
    CHECK(voice->at(0).topCategories.isEmpty());
    auto top1 = service.voiceOfCustomer(weeks, 1);
    REQUIRE(top1.ok());
    CHECK(top1->at(2).topCategories.size() == 1);
    CHECK(top1->at(2).tickets == 3);
}

TEST_CASE("daily recap: the day's orders and tickets, and what stands now")
{
    Desk desk;
    const DashboardService service(*desk.f.db, desk.f.clock);
    CHECK(service.today() == QDate(2026, 11, 25));
    auto monday = service.recap(QDate(2026, 11, 16));
    INFO(monday.error().toStdString());
    REQUIRE(monday.ok());
    CHECK(monday->date == QDate(2026, 11, 16));
    CHECK(monday->ordersIn == 0);
    CHECK(monday->tickets.ticketsCreated == 1);
    CHECK(monday->tickets.slaFirstResponseBreaches == 1);
    CHECK(monday->tickets.slaResolutionBreaches == 1);
    CHECK(monday->openTickets.total == 1);
    CHECK(monday->openBreached == 1); // T4, unanswered past its first-response target
    CHECK(monday->stuck == 0);
    CHECK(monday->criticalProducts.isEmpty());

    // Wednesday 18: T4 was not yet due by the end of that day.
    auto wednesday = service.recap(QDate(2026, 11, 18));
    REQUIRE(wednesday.ok());
    CHECK(wednesday->tickets.ticketsCreated == 1);
    CHECK(wednesday->tickets.slaFirstResponseBreaches == 0);

    // Before T4's first response fell due nothing open is breached.
    ManualClock thursdayMorning(wib(2026, 11, 19, 8, 30));
    auto early = DashboardService(*desk.f.db, thursdayMorning).recap(QDate(2026, 11, 19));
    REQUIRE(early.ok());
    CHECK(early->openBreached == 0);
}
