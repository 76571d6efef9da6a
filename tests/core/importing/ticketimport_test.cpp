#include "customers/customerrepository.h"
#include "importtestsupport.h"
#include "kpi/ticketkpis.h"
#include "sla/slasettings.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QTimeZone>

using namespace rapi;
using namespace rapi::test;

namespace {

// What happened to one ticket; played through TicketService in one database and imported as a
// CSV row into another.
struct Story
{
    const char *number;
    TicketPriority priority;
    Touchpoint touchpoint;
    TicketStatus status;
    qint64 createdAt;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    qint64 handleSeconds = 0;
    std::optional<int> csat;
};

// The week of Monday 23 November 2026 (no holidays), business hours Mon–Sat 08:00–17:00 WIB.
QList<Story> stories()
{
    using P = TicketPriority;
    using T = Touchpoint;
    using S = TicketStatus;
    return {
        {"TCK-000001", P::Normal, T::Shipping, S::Resolved, jakarta(2026, 11, 23, 9, 0),
         jakarta(2026, 11, 23, 9, 30), jakarta(2026, 11, 23, 11, 0), 600, 5},
        // Answered after 2 h on a 1 h target, closed after 9 business hours on an 8 h target.
        {"TCK-000002", P::Urgent, T::Payment, S::Closed, jakarta(2026, 11, 23, 10, 0),
         jakarta(2026, 11, 23, 12, 0), jakarta(2026, 11, 24, 10, 0), 1200, 2},
        {"TCK-000003", P::High, T::Shipping, S::Open, jakarta(2026, 11, 23, 9, 0), {}, {}},
        {"TCK-000004",
         P::Low,
         T::AfterSales,
         S::Pending,
         jakarta(2026, 11, 23, 16, 0),
         jakarta(2026, 11, 23, 16, 30),
         {}},
        {"TCK-000005",
         P::Normal,
         T::ProductUse,
         S::Escalated,
         jakarta(2026, 11, 24, 9, 0),
         jakarta(2026, 11, 24, 9, 10),
         {}},
        // Its first-response target ends at 17:00 sharp.
        {"TCK-000006", P::Urgent, T::Other, S::Open, jakarta(2026, 11, 23, 16, 0), {}, {}},
        {"TCK-000007", P::Normal, T::Shipping, S::Pending, jakarta(2026, 11, 24, 8, 0), {}, {}},
        {"TCK-000008",
         P::High,
         T::Payment,
         S::Resolved,
         jakarta(2026, 11, 23, 9, 0),
         {},
         jakarta(2026, 11, 25, 10, 0),
         0,
         4},
    };
}

void playInApp(Database &db, ManualClock &clock, const Actor &actor, const Story &s, qint64 customerId)
{
    TicketService service(db, clock);
    clock.set(s.createdAt);
    NewTicket ticket;
    ticket.customerId = customerId;
    ticket.priority = s.priority;
    ticket.touchpoint = s.touchpoint;
    ticket.category = QStringLiteral("keluhan");
    auto id = service.create(ticket, actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    if (s.firstResponseAt) {
        clock.set(*s.firstResponseAt);
        REQUIRE(service.addMessage(*id, MessageDirection::Out, QStringLiteral("Baik kak"), actor).ok());
    }
    Status moved;
    switch (s.status) {
    case TicketStatus::Open:
        break;
    case TicketStatus::Pending:
        moved = service.changeStatus(*id, TicketStatus::Pending, QString(), actor);
        break;
    case TicketStatus::Escalated:
        moved = service.escalate(*id, QStringLiteral("Perlu supervisor"), std::nullopt, actor);
        break;
    case TicketStatus::Resolved:
    case TicketStatus::Closed:
        clock.set(*s.resolvedAt);
        moved = service.changeStatus(*id, s.status, QString(), actor);
        break;
    }
    INFO(moved.error().toStdString());
    REQUIRE(moved.ok());
    if (s.handleSeconds > 0)
        REQUIRE(service.logHandleTime(*id, s.handleSeconds, actor).ok());
    if (s.csat)
        REQUIRE(service.setCsat(*id, *s.csat, actor).ok());
}

QByteArray storiesCsv()
{
    auto time = [](std::optional<qint64> t) {
        return t ? QDateTime::fromSecsSinceEpoch(*t, QTimeZone(7 * 3600)).toString(Qt::ISODate) : QString();
    };
    QString csv =
        QStringLiteral("ticket_number,created_at,customer_name,customer_phone,touchpoint,priority,status,"
                       "first_response_at,resolved_at,handle_seconds,csat,category\n");
    for (const Story &s : stories()) {
        csv +=
            QStringLiteral("%1,%2,Siti Rahmawati,0812-3456-7890,%3,%4,%5,%6,%7,%8,%9,keluhan\n")
                .arg(QLatin1String(s.number), time(s.createdAt), touchpoint::code(s.touchpoint),
                     ticketpriority::code(s.priority), ticketstatus::code(s.status), time(s.firstResponseAt),
                     time(s.resolvedAt), s.handleSeconds ? QString::number(s.handleSeconds) : QString(),
                     s.csat ? QString::number(*s.csat) : QString());
    }
    return csv.toUtf8();
}

Ticket ticketByNumber(Database &db, const QString &number)
{
    const qint64 id = scalar(db, QStringLiteral("SELECT id FROM tickets WHERE number = ?"), {number});
    auto ticket = TicketRepository(db).get(id);
    INFO(ticket.error().toStdString());
    REQUIRE(ticket.ok());
    return ticket.value();
}

TicketKpis kpisAt(Database &db, qint64 now, const Period &period)
{
    ManualClock clock(now);
    auto k = TicketKpiService(db, clock).ticketKpis(period);
    INFO(k.error().toStdString());
    REQUIRE(k.ok());
    return k.value();
}

QList<TicketRow> queueAt(Database &db, qint64 now)
{
    auto calendar = SlaSettings(db).calendar();
    REQUIRE(calendar.ok());
    TicketFilter open;
    open.openOnly = true;
    auto rows = TicketRepository(db).page(open, calendar.value(), now, 0, 50);
    REQUIRE(rows.ok());
    return rows.value();
}

} // namespace

TEST_CASE("imported tickets carry the same SLA bookkeeping, KPIs and queue as tickets handled in Rapi")
{
    ImportFixture app;
    auto customer = CustomerRepository(*app.db, app.clock)
                        .findOrCreate(QStringLiteral("Siti Rahmawati"), QStringLiteral("0812-3456-7890"));
    REQUIRE(customer.ok());
    for (const Story &s : stories())
        playInApp(*app.db, app.clock, app.actor, s, customer.value());

    ImportFixture imported;
    const ImportReport report = imported.importTickets(storiesCsv());
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.created == int(stories().size()));
    CHECK(tableCounts(*imported.db).customers == 1);

    for (const Story &s : stories()) {
        const QString number = QLatin1String(s.number);
        INFO(s.number);
        const Ticket a = ticketByNumber(*app.db, number);
        const Ticket b = ticketByNumber(*imported.db, number);
        CHECK(b.status == a.status);
        CHECK(b.priority == a.priority);
        CHECK(b.touchpoint == a.touchpoint);
        CHECK(b.customerName == QStringLiteral("Siti Rahmawati"));
        CHECK(b.clock.createdAt == a.clock.createdAt);
        CHECK(b.clock.firstResponseTarget == a.clock.firstResponseTarget);
        CHECK(b.clock.resolutionTarget == a.clock.resolutionTarget);
        CHECK(b.clock.clockStoppedAt == a.clock.clockStoppedAt);
        CHECK(b.clock.pausedSeconds == a.clock.pausedSeconds);
        CHECK(b.clock.firstResponseDueAt == a.clock.firstResponseDueAt);
        CHECK(b.clock.resolutionDueAt == a.clock.resolutionDueAt);
        CHECK(b.clock.firstResponseAt == a.clock.firstResponseAt);
        CHECK(b.clock.firstResponseSeconds == a.clock.firstResponseSeconds);
        CHECK(b.clock.resolvedAt == a.clock.resolvedAt);
        CHECK(b.clock.resolutionSeconds == a.clock.resolutionSeconds);
        CHECK(b.closedAt == a.closedAt);
        CHECK(b.escalatedAt == a.escalatedAt);
        CHECK(b.outgoingCount == a.outgoingCount);
        CHECK(b.reopenCount == a.reopenCount);
        CHECK(b.handleSeconds == a.handleSeconds);
        CHECK(b.csat == a.csat);
    }
    // A spot check by hand: TCK-000002 answered after 2 business hours, resolved after 9.
    const Ticket late = ticketByNumber(*imported.db, QStringLiteral("TCK-000002"));
    CHECK(late.clock.firstResponseSeconds == 2 * 3600);
    CHECK(late.clock.resolutionSeconds == 9 * 3600);
    CHECK(late.clock.resolutionDueAt == jakarta(2026, 11, 24, 9, 0));

    const Period week = Period::isoWeekOf(QDate(2026, 11, 23));
    for (const qint64 now :
         {jakarta(2026, 11, 24, 8, 0), jakarta(2026, 11, 25, 12, 0), jakarta(2026, 12, 7, 9, 0)}) {
        INFO("now " << QDateTime::fromSecsSinceEpoch(now).toString(Qt::ISODate).toStdString());
        const TicketKpis a = kpisAt(*app.db, now, week);
        const TicketKpis b = kpisAt(*imported.db, now, week);
        CHECK(b.ticketsCreated == a.ticketsCreated);
        CHECK(b.ticketsResolved == a.ticketsResolved);
        CHECK(b.openTickets == a.openTickets);
        CHECK(b.openByTouchpoint == a.openByTouchpoint);
        CHECK(b.openByPriority == a.openByPriority);
        CHECK(b.slaFirstResponseBreaches == a.slaFirstResponseBreaches);
        CHECK(b.slaResolutionBreaches == a.slaResolutionBreaches);
        CHECK(b.fcrPercent == a.fcrPercent);
        CHECK(b.ahtSeconds == a.ahtSeconds);
        CHECK(b.csatPercent == a.csatPercent);

        const QList<TicketRow> queueA = queueAt(*app.db, now);
        const QList<TicketRow> queueB = queueAt(*imported.db, now);
        REQUIRE(queueB.size() == queueA.size());
        for (qsizetype i = 0; i < queueA.size(); ++i) {
            CHECK(queueB[i].number == queueA[i].number);
            CHECK(queueB[i].sla.current().level == queueA[i].sla.current().level);
            CHECK(queueB[i].sla.current().dueAt == queueA[i].sla.current().dueAt);
            CHECK(queueB[i].sla.current().elapsed == queueA[i].sla.current().elapsed);
            CHECK(queueB[i].sla.suggestEscalation == queueA[i].sla.suggestEscalation);
        }
    }
    const TicketKpis week1 = kpisAt(*imported.db, jakarta(2026, 12, 7, 9, 0), week);
    CHECK(week1.ticketsCreated == 8);
    CHECK(week1.ticketsResolved == 3);
    CHECK(week1.slaFirstResponseBreaches == 4); // 2 late; 3 and 8 unanswered past due; 6 ran out at 17:00
    REQUIRE(week1.csatPercent);
    CHECK(*week1.csatPercent == Approx(66.7));

    // The app's own numbering goes on after the imported numbers.
    imported.clock.set(jakarta(2026, 11, 26, 9, 0));
    const qint64 customerId = ticketByNumber(*imported.db, QStringLiteral("TCK-000001")).customerId;
    NewTicket next;
    next.customerId = customerId;
    auto id = TicketService(*imported.db, imported.clock).create(next, imported.actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(TicketRepository(*imported.db).get(*id)->number == QStringLiteral("TCK-000009"));
}

TEST_CASE("importing tickets matches or creates customers, reads codes and words, and is idempotent")
{
    ImportFixture f;
    f.addCatalogue();
    REQUIRE(f.importOrders("order_number,ordered_at,channel,status,customer_name,customer_phone,sku,quantity,"
                           "unit_price\n"
                           "SO-1,2026-11-15 10:00,shopee,paid,Budi,0813-2222-3333,KAOS-01,1,85000\n")
                .applied);
    REQUIRE(f.importCustomers("name,phone\nSiti Rahmawati,0812-3456-7890\nJoko,\n").applied);
    const TableCounts before = tableCounts(*f.db);

    const QByteArray csv =
        "ticket_number,created_at,customer_name,customer_phone,order_number,channel,touchpoint,category,"
        "priority,"
        "status,first_response_at,resolved_at,reopened_count,outgoing_messages,handle_seconds,csat\n"
        "T-1,2026-11-16 09:00,Siti,+62 812 3456 7890,,WhatsApp,pengiriman,keterlambatan,tinggi,selesai,"
        "2026-11-16 09:20,2026-11-16 11:00,0,2,300,4\n"
        "T-2,2026-11-16T10:00:00+07:00,Joko,,,,After sales,retur,,Waiting on customer,2026-11-16 10:05,,,,,\n"
        "T-3,2026-11-17 08:00,,,SO-1,shopee,PAYMENT,,URGENT,open,,,,,,\n"
        "T-4,2026-11-17 09:00,Rudi Baru,0819-9999-0000,,,,,,,,,,,,\n"
        "T-5,2026-11-17 09:30,Rudi Baru,0819 9999 0000,,,lainnya,,rendah,Closed,,2026-11-18 09:00,1,0,,\n";
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport preview = f.importTickets(csv, dry);
    INFO(issuesText(preview).toStdString());
    REQUIRE(preview.issues.isEmpty());
    CHECK(preview.created == 5);
    CHECK_FALSE(preview.applied);
    CHECK(tableCounts(*f.db) == before);

    const ImportReport report = f.importTickets(csv);
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.rowsRead == 5);
    CHECK(report.created == 5);
    const TableCounts after = tableCounts(*f.db);
    CHECK(after.tickets == before.tickets + 5);
    CHECK(after.customers == before.customers + 1); // only Rudi is new
    CHECK(after.ticketEvents == before.ticketEvents + 2 + 2 + 1 + 1 + 2);

    const Ticket t1 = ticketByNumber(*f.db, QStringLiteral("T-1"));
    CHECK(t1.customerId ==
          scalar(*f.db, QStringLiteral("SELECT id FROM customers WHERE phone = '081234567890'")));
    CHECK(t1.customerName == QStringLiteral("Siti Rahmawati")); // matched by phone; the name is not changed
    CHECK(t1.touchpoint == Touchpoint::Shipping);
    CHECK(t1.priority == TicketPriority::High);
    CHECK(t1.status == TicketStatus::Resolved);
    CHECK(t1.category == QStringLiteral("keterlambatan"));
    CHECK(t1.subject == QStringLiteral("keterlambatan"));
    CHECK(t1.channelId == scalar(*f.db, QStringLiteral("SELECT id FROM channels WHERE code = 'whatsapp'")));
    CHECK(t1.outgoingCount == 2);
    CHECK(t1.handleSeconds == 300);
    CHECK(t1.csat == 4);
    CHECK(t1.clock.firstResponseSeconds == 20 * 60);
    CHECK(t1.clock.resolutionSeconds == 2 * 3600);
    CHECK(t1.clock.firstResponseTarget == 120 * 60);
    CHECK(t1.clock.resolutionTarget == 960 * 60);
    REQUIRE(t1.events.size() == 2);
    CHECK(t1.events.at(0).kind == QStringLiteral("created"));
    CHECK(t1.events.at(0).at == jakarta(2026, 11, 16, 9, 0));
    CHECK(t1.events.at(0).note == QStringLiteral("Imported from CSV"));
    CHECK(t1.events.at(1).toValue == QStringLiteral("resolved"));
    CHECK(t1.events.at(1).at == jakarta(2026, 11, 16, 11, 0));
    CHECK(t1.events.at(1).userId == f.actor.userId);

    const Ticket t2 = ticketByNumber(*f.db, QStringLiteral("T-2"));
    CHECK(t2.customerName == QStringLiteral("Joko"));
    CHECK(t2.touchpoint == Touchpoint::AfterSales);
    CHECK(t2.priority == TicketPriority::Normal);
    CHECK(t2.status == TicketStatus::Pending);
    CHECK(t2.outgoingCount == 1); // a first response is an outgoing message
    CHECK(t2.clock.clockStoppedAt == jakarta(2026, 11, 16, 10, 5));

    const Ticket t3 = ticketByNumber(*f.db, QStringLiteral("T-3"));
    CHECK(t3.orderNumber == QStringLiteral("SO-1"));
    CHECK(t3.customerName == QStringLiteral("Budi")); // the order's customer
    CHECK(t3.touchpoint == Touchpoint::Payment);
    CHECK(t3.priority == TicketPriority::Urgent);
    CHECK(t3.clock.firstResponseDueAt == jakarta(2026, 11, 17, 9, 0));

    const Ticket t4 = ticketByNumber(*f.db, QStringLiteral("T-4"));
    CHECK(t4.touchpoint == Touchpoint::Other);
    CHECK(t4.status == TicketStatus::Open);
    CHECK(t4.outgoingCount == 0);
    const Ticket t5 = ticketByNumber(*f.db, QStringLiteral("T-5"));
    CHECK(t5.customerId == t4.customerId);
    CHECK(t5.status == TicketStatus::Closed);
    CHECK(t5.reopenCount == 1);
    CHECK(t5.closedAt == jakarta(2026, 11, 18, 9, 0));
    CHECK(t5.clock.resolvedAt == jakarta(2026, 11, 18, 9, 0));

    // Again, and with T-1 described differently: known numbers are left alone.
    const ImportReport again = f.importTickets(csv);
    REQUIRE(again.applied);
    CHECK(again.created == 0);
    CHECK(again.unchanged == 5);
    CHECK(tableCounts(*f.db) == after);
    const ImportReport changed = f.importTickets("ticket_number,created_at,customer_name,status\n"
                                                 "T-1,2026-11-16 09:00,Siti,open\n");
    REQUIRE(changed.applied);
    CHECK(changed.unchanged == 1);
    CHECK(ticketByNumber(*f.db, QStringLiteral("T-1")).status == TicketStatus::Resolved);
    CHECK(tableCounts(*f.db) == after);
}
