#include "sla/slasettings.h"
#include "ticketfixture.h"
#include "tickets/ticketsla.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {
constexpr qint64 kHour = 3600;

TicketSla slaAt(TicketFixture &f, qint64 id, qint64 now)
{
    auto cal = SlaSettings(*f.db).calendar();
    REQUIRE(cal.ok());
    const Ticket t = f.get(id);
    return ticketsla::evaluate(t.clock, t.status, cal.value(), now);
}
} // namespace

TEST_CASE(
    "a new ticket gets a number, the targets of its priority, due times in business hours and its message")
{
    TicketFixture f;
    const qint64 id = f.open();
    const Ticket t = f.get(id);
    CHECK(t.number == QStringLiteral("TCK-000001"));
    CHECK(t.status == TicketStatus::Open);
    CHECK(t.customerName == QStringLiteral("Siti Rahmawati"));
    CHECK(t.clock.firstResponseTarget == 240 * 60);
    CHECK(t.clock.resolutionTarget == 1620 * 60);
    // Normal: 4 h from Mon 09:00; 27 h = Mon 8 h + Tue 9 h + Wed 9 h + Thu 1 h.
    CHECK(t.clock.firstResponseDueAt == wib(2026, 11, 23, 13));
    CHECK(t.clock.resolutionDueAt == wib(2026, 11, 26, 9));
    REQUIRE(t.messages.size() == 1);
    CHECK(t.messages[0].direction == MessageDirection::In);
    REQUIRE(t.events.size() == 1);
    CHECK(t.events[0].kind == QStringLiteral("created"));
    CHECK(f.get(f.open()).number == QStringLiteral("TCK-000002"));

    NewTicket bad;
    bad.customerId = 999;
    CHECK(f.service().create(bad, f.actor).error().contains(QStringLiteral("customer")));
    bad.customerId = f.customerId;
    bad.orderId = 999;
    CHECK(f.service().create(bad, f.actor).error().contains(QStringLiteral("999")));
}

TEST_CASE("the first outgoing message stores the first response in business time")
{
    TicketFixture f;
    const qint64 id = f.open();
    f.clock.set(wib(2026, 11, 23, 10, 30));
    f.customerWrites(id); // incoming messages do not count
    CHECK_FALSE(f.get(id).clock.firstResponseAt.has_value());
    f.reply(id);
    f.clock.set(wib(2026, 11, 24, 9));
    f.reply(id, QStringLiteral("Paket sudah di kurir, kak."));
    const Ticket t = f.get(id);
    CHECK(t.clock.firstResponseAt == wib(2026, 11, 23, 10, 30));
    CHECK(t.clock.firstResponseSeconds == 90 * 60);
    CHECK_FALSE(t.clock.firstResponseDueAt.has_value());
    CHECK(t.outgoingCount == 2);
    CHECK(t.messages.size() == 4);
    CHECK(f.service()
              .addMessage(id, MessageDirection::Out, QStringLiteral("  "), f.actor)
              .error()
              .contains(QStringLiteral("empty")));
}

TEST_CASE("waiting on the customer stops the clock, the answer starts it and moves the due times")
{
    TicketFixture f;
    const qint64 id = f.open();
    f.clock.set(wib(2026, 11, 23, 10));
    f.setStatus(id, TicketStatus::Pending);
    CHECK_FALSE(f.get(id).clock.firstResponseDueAt.has_value());
    // While pending the elapsed time stays at 1 h, whatever the clock says.
    CHECK(slaAt(f, id, wib(2026, 11, 24, 16)).firstResponse.elapsed == 1 * kHour);
    CHECK_FALSE(slaAt(f, id, wib(2026, 11, 24, 16)).firstResponse.running);

    // Tue 10:00 the customer answers: Mon 10–17 and Tue 08–10 (9 h) were paused.
    f.clock.set(wib(2026, 11, 24, 10));
    f.customerWrites(id);
    Ticket t = f.get(id);
    CHECK(t.status == TicketStatus::Open);
    CHECK(t.clock.pausedSeconds == 9 * kHour);
    CHECK(t.clock.firstResponseDueAt == wib(2026, 11, 24, 13));
    CHECK(t.clock.resolutionDueAt == wib(2026, 11, 27, 9));
    CHECK(t.events.last().fromValue == QStringLiteral("pending"));

    // 3 h of 4 elapsed at Tue 12:00 is fine, 3 h 12 min (80 %) is at risk, past 13:00 breached.
    CHECK(slaAt(f, id, wib(2026, 11, 24, 12)).current().level == SlaLevel::Ok);
    CHECK_FALSE(slaAt(f, id, wib(2026, 11, 24, 12)).suggestEscalation);
    CHECK(slaAt(f, id, wib(2026, 11, 24, 12, 12)).current().level == SlaLevel::AtRisk);
    CHECK(slaAt(f, id, wib(2026, 11, 24, 12, 12)).suggestEscalation);
    CHECK(slaAt(f, id, wib(2026, 11, 24, 13)).current().level == SlaLevel::AtRisk);
    const TicketSla late = slaAt(f, id, wib(2026, 11, 24, 13, 30));
    CHECK(late.current().level == SlaLevel::Breached);
    CHECK(late.current().left() == -30 * 60);

    f.clock.set(wib(2026, 11, 24, 13, 30));
    f.reply(id);
    CHECK(f.get(id).clock.firstResponseSeconds == 4 * kHour + 30 * 60);
    // Now the resolution target is the one that matters.
    CHECK(slaAt(f, id, wib(2026, 11, 24, 14)).current().target == 1620 * 60);
}

TEST_CASE("resolving stops the clock, reopening counts and continues it, closing keeps the resolution")
{
    TicketFixture f;
    const qint64 id = f.open();
    f.clock.set(wib(2026, 11, 23, 10));
    f.reply(id);
    f.clock.set(wib(2026, 11, 23, 14));
    f.setStatus(id, TicketStatus::Resolved);
    Ticket t = f.get(id);
    CHECK(t.clock.resolvedAt == wib(2026, 11, 23, 14));
    CHECK(t.clock.resolutionSeconds == 5 * kHour);
    CHECK(f.service()
              .addMessage(id, MessageDirection::Out, QStringLiteral("x"), f.actor)
              .error()
              .contains(QStringLiteral("Reopen")));
    CHECK(f.service()
              .changeStatus(id, TicketStatus::Pending, QString(), f.actor)
              .error()
              .contains(QStringLiteral("cannot go")));

    // Reopened Tue 09:00: Mon 14–17 and Tue 08–09 were not counted.
    f.clock.set(wib(2026, 11, 24, 9));
    f.setStatus(id, TicketStatus::Open, QStringLiteral("Customer says the parcel is damaged"));
    t = f.get(id);
    CHECK(t.reopenCount == 1);
    CHECK_FALSE(t.clock.resolvedAt.has_value());
    CHECK(t.clock.pausedSeconds == 4 * kHour);
    // 27 h + 4 h paused from Mon 09:00: Mon 8, Tue 9, Wed 9, Thu 08:00 + 5 h.
    CHECK(t.clock.resolutionDueAt == wib(2026, 11, 26, 13));

    f.clock.set(wib(2026, 11, 24, 11));
    f.setStatus(id, TicketStatus::Closed);
    t = f.get(id);
    CHECK(t.clock.resolvedAt == wib(2026, 11, 24, 11));
    CHECK(t.clock.resolutionSeconds == 5 * kHour + 3 * kHour - 4 * kHour + 3 * kHour); // 7 h of clock
    CHECK(t.closedAt == wib(2026, 11, 24, 11));

    CHECK(f.service().setCsat(id, 6, f.actor).error().contains(QStringLiteral("1 to 5")));
    REQUIRE(f.service().setCsat(id, 5, f.actor).ok());
    CHECK(f.get(id).csat == 5);
    const qint64 other = f.open();
    CHECK(f.service().setCsat(other, 4, f.actor).error().contains(QStringLiteral("resolved")));
}

TEST_CASE("a target ending exactly at closing time is met by a reply at the next opening")
{
    TicketFixture f;
    f.clock.set(wib(2026, 11, 23, 16));
    const qint64 id = f.open(TicketPriority::Urgent);
    Ticket t = f.get(id);
    CHECK(t.clock.firstResponseDueAt == wib(2026, 11, 23, 17));
    CHECK(t.clock.resolutionDueAt == wib(2026, 11, 24, 15));
    f.clock.set(wib(2026, 11, 24, 8));
    f.reply(id);
    t = f.get(id);
    CHECK(t.clock.firstResponseSeconds == 1 * kHour);
    auto cal = SlaSettings(*f.db).calendar();
    REQUIRE(cal.ok());
    CHECK(ticketsla::evaluate(t.clock, t.status, cal.value(), f.clock.now()).firstResponse.level !=
          SlaLevel::Breached);
}

TEST_CASE("escalation needs a reason and may hand the ticket over, assignment and roles are checked")
{
    TicketFixture f;
    const qint64 id = f.open();
    CHECK(f.service().escalate(id, QString(), std::nullopt, f.actor).error().contains(QStringLiteral("why")));
    const qint64 warehouse = f.addUser(QStringLiteral("joko"), QStringLiteral("warehouse"));
    CHECK(f.service().assign(id, warehouse, f.actor).error().contains(QStringLiteral("CS")));
    CHECK(f.service()
              .escalate(id, QStringLiteral("Refund besar"), warehouse, f.actor)
              .error()
              .contains(QStringLiteral("CS")));
    CHECK(f.get(id).status == TicketStatus::Open); // nothing of the refused escalation stayed

    f.clock.set(wib(2026, 11, 23, 12, 30));
    REQUIRE(f.service().escalate(id, QStringLiteral("Refund besar"), f.csUserId, f.actor).ok());
    const Ticket t = f.get(id);
    CHECK(t.status == TicketStatus::Escalated);
    CHECK(t.escalatedAt == wib(2026, 11, 23, 12, 30));
    CHECK(t.assigneeName == QStringLiteral("Dewi"));
    CHECK(t.events[t.events.size() - 2].kind == QStringLiteral("escalated"));
    CHECK(t.events[t.events.size() - 2].note == QStringLiteral("Refund besar"));
    CHECK(t.events.last().kind == QStringLiteral("assigned"));
    // Already escalated: no more suggestion although 3.5 h of 4 h elapsed.
    auto cal = SlaSettings(*f.db).calendar();
    REQUIRE(cal.ok());
    const TicketSla sla = ticketsla::evaluate(t.clock, t.status, cal.value(), f.clock.now());
    CHECK(sla.current().level == SlaLevel::AtRisk);
    CHECK_FALSE(sla.suggestEscalation);

    const Actor joko{warehouse, QStringLiteral("joko"), Role::Warehouse};
    CHECK(f.service()
              .addMessage(id, MessageDirection::Out, QStringLiteral("x"), joko)
              .error()
              .contains(QStringLiteral("CS staff")));
}

TEST_CASE("handle time adds up, priority changes move the targets, stale edits are refused")
{
    TicketFixture f;
    const qint64 id = f.open();
    REQUIRE(f.service().logHandleTime(id, 300, f.actor).ok());
    REQUIRE(f.service().logHandleTime(id, 120, f.actor).ok());
    CHECK(f.service().logHandleTime(id, 0, f.actor).error().contains(QStringLiteral("24 hours")));
    CHECK(f.get(id).handleSeconds == 420);

    REQUIRE(f.service().setPriority(id, TicketPriority::Urgent, f.actor).ok());
    Ticket t = f.get(id);
    CHECK(t.priority == TicketPriority::Urgent);
    CHECK(t.clock.firstResponseTarget == 3600);
    CHECK(t.clock.firstResponseDueAt == wib(2026, 11, 23, 10));
    CHECK(t.clock.resolutionDueAt == wib(2026, 11, 23, 17));

    const int seen = t.version;
    f.setStatus(id, TicketStatus::Pending);
    CHECK(f.service()
              .changeStatus(id, TicketStatus::Open, QString(), f.actor, seen)
              .error()
              .contains(QStringLiteral("meanwhile")));
    CHECK(f.get(id).status == TicketStatus::Pending);
}
