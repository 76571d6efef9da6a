// The demo's customer service: tickets, their SLA bookkeeping, customer profiles and notes.
#include "common/clock.h"
#include "customers/customerrepository.h"
#include "db/dbquery.h"
#include "demotestsupport.h"
#include "kpi/ticketkpis.h"
#include "sla/slasettings.h"
#include "testdb.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QHash>
#include <QSet>

using namespace rapi;
using namespace rapi::test;

namespace {

QHash<QString, qint64> countsBy(const Database &db, const QString &sql)
{
    QHash<QString, qint64> counts;
    DbQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    while (q.next())
        counts.insert(q.text(0), q.int64(1));
    return counts;
}

Actor actorFor(const Database &db, qint64 userId)
{
    DbQuery q(db, QStringLiteral("SELECT display_name, role FROM users WHERE id = ?"));
    q.bind(userId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return Actor{userId, q.text(0), q.text(1) == QLatin1String("owner") ? Role::Owner : Role::Cs};
}

// Takes the steps the demo ticket's messages and events record, through TicketService with the
// clock at each step's time, as a person would have entered them. Returns the new ticket's id.
qint64 replay(Database &db, const Ticket &t)
{
    ManualClock clock(t.clock.createdAt);
    TicketService service(db, clock);
    NewTicket n;
    n.customerId = t.customerId;
    n.orderId = t.orderId;
    n.channelId = t.channelId;
    n.touchpoint = t.touchpoint;
    n.category = t.category;
    n.subject = t.subject;
    n.priority = t.priority;
    n.assigneeId = t.assigneeId;
    // The priority and assignee it started with: before their first change.
    const auto firstOf = [&](const char *kind) {
        return std::find_if(t.events.begin(), t.events.end(),
                            [&](const TicketEvent &e) { return e.kind == QLatin1String(kind); });
    };
    if (auto e = firstOf("priority"); e != t.events.end())
        n.priority = ticketpriority::fromCode(e->fromValue).value();
    if (auto e = firstOf("assigned"); e != t.events.end())
        n.assigneeId = e->fromValue.isEmpty() ? std::nullopt : std::optional(e->fromValue.toLongLong());
    REQUIRE(!t.messages.isEmpty());
    REQUIRE(t.messages.first().direction == MessageDirection::In);
    REQUIRE(t.messages.first().at == t.clock.createdAt);
    n.firstMessage = t.messages.first().body;
    auto created = service.create(n, actorFor(db, t.createdBy));
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    const qint64 id = created.value();

    struct Step
    {
        qint64 at;
        int order;
        const TicketEvent *event;
        const TicketMessage *message;
    };
    std::vector<Step> steps;
    for (int i = 0; i < t.events.size(); ++i) {
        if (t.events[i].kind != QLatin1String("created"))
            steps.push_back({t.events[i].at, i, &t.events[i], nullptr});
    }
    for (int i = 1; i < t.messages.size(); ++i)
        steps.push_back({t.messages[i].at, 100000 + i, nullptr, &t.messages[i]});
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    auto incomingAt = [&](qint64 at) {
        return std::any_of(t.messages.begin(), t.messages.end(), [&](const TicketMessage &m) {
            return m.at == at && m.direction == MessageDirection::In;
        });
    };
    for (size_t i = 0; i < steps.size(); ++i) {
        clock.set(steps[i].at);
        Status done;
        if (const TicketMessage *m = steps[i].message) {
            auto added =
                service.addMessage(id, m->direction, m->body, actorFor(db, m->userId), m->templateVersionId);
            done = added.ok() ? Status() : Status(Error{added.error()});
        } else {
            const TicketEvent &e = *steps[i].event;
            const Actor actor = actorFor(db, e.userId);
            if (e.kind == QLatin1String("status")) {
                // An incoming message on a pending ticket reopens it by itself.
                if (e.fromValue == QLatin1String("pending") && e.toValue == QLatin1String("open") &&
                    incomingAt(e.at))
                    continue;
                done = service.changeStatus(id, ticketstatus::fromCode(e.toValue).value(), e.note, actor);
            } else if (e.kind == QLatin1String("escalated")) {
                std::optional<qint64> to;
                if (i + 1 < steps.size() && steps[i + 1].event && steps[i + 1].at == e.at &&
                    steps[i + 1].event->kind == QLatin1String("assigned")) {
                    to = steps[++i].event->toValue.toLongLong();
                }
                done = service.escalate(id, e.note, to, actor);
            } else if (e.kind == QLatin1String("assigned")) {
                done = service.assign(
                    id, e.toValue.isEmpty() ? std::nullopt : std::optional(e.toValue.toLongLong()), actor);
            } else if (e.kind == QLatin1String("priority")) {
                done = service.setPriority(id, ticketpriority::fromCode(e.toValue).value(), actor);
            } else if (e.kind == QLatin1String("handle_time")) {
                done = service.logHandleTime(id, e.toValue.toLongLong(), actor);
            } else if (e.kind == QLatin1String("csat")) {
                done = service.setCsat(id, e.toValue.toInt(), actor);
            } else {
                FAIL("unknown event kind " << e.kind.toStdString());
            }
        }
        INFO(t.number.toStdString() << " step at " << steps[i].at << ": " << done.error().toStdString());
        REQUIRE(done.ok());
    }
    return id;
}

void checkSame(const Ticket &demo, const Ticket &service)
{
    INFO(demo.number.toStdString());
    CHECK(demo.status == service.status);
    CHECK(demo.priority == service.priority);
    CHECK(demo.assigneeId == service.assigneeId);
    CHECK(demo.createdBy == service.createdBy);
    CHECK(demo.updatedAt == service.updatedAt);
    const TicketClock &a = demo.clock;
    const TicketClock &b = service.clock;
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.firstResponseTarget == b.firstResponseTarget);
    CHECK(a.resolutionTarget == b.resolutionTarget);
    CHECK(a.clockStoppedAt == b.clockStoppedAt);
    CHECK(a.pausedSeconds == b.pausedSeconds);
    CHECK(a.firstResponseDueAt == b.firstResponseDueAt);
    CHECK(a.resolutionDueAt == b.resolutionDueAt);
    CHECK(a.firstResponseAt == b.firstResponseAt);
    CHECK(a.firstResponseSeconds == b.firstResponseSeconds);
    CHECK(a.resolvedAt == b.resolvedAt);
    CHECK(a.resolutionSeconds == b.resolutionSeconds);
    CHECK(demo.closedAt == service.closedAt);
    CHECK(demo.escalatedAt == service.escalatedAt);
    CHECK(demo.outgoingCount == service.outgoingCount);
    CHECK(demo.reopenCount == service.reopenCount);
    CHECK(demo.handleSeconds == service.handleSeconds);
    CHECK(demo.csat == service.csat);
    CHECK(demo.version == service.version);
    REQUIRE(demo.messages.size() == service.messages.size());
    for (int i = 0; i < demo.messages.size(); ++i) {
        const TicketMessage &m = demo.messages[i];
        const TicketMessage &s = service.messages[i];
        CHECK((m.direction == s.direction && m.body == s.body && m.at == s.at && m.userId == s.userId &&
               m.templateVersionId == s.templateVersionId));
    }
    REQUIRE(demo.events.size() == service.events.size());
    for (int i = 0; i < demo.events.size(); ++i) {
        const TicketEvent &e = demo.events[i];
        const TicketEvent &s = service.events[i];
        INFO(e.kind.toStdString() << " " << e.fromValue.toStdString() << "→" << e.toValue.toStdString());
        CHECK((e.kind == s.kind && e.fromValue == s.fromValue && e.toValue == s.toValue && e.note == s.note &&
               e.at == s.at && e.userId == s.userId));
    }
}

} // namespace

TEST_CASE("the demo has tickets at every touchpoint, status and priority, alive now, with real SLAs")
{
    const qint64 orders = 3000;
    DemoShop shop(demoOptions(orders));
    Database &db = *shop.db;
    const qint64 now = demoNow();
    CHECK(shop.summary.tickets == orders / 8);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")) == orders / 8);
    CHECK(scalar(db, QStringLiteral("SELECT value FROM counters WHERE name = 'ticket_number'")) ==
          orders / 8);
    CHECK(shop.summary.ticketMessages == scalar(db, QStringLiteral("SELECT COUNT(*) FROM ticket_messages")));

    const auto byTouchpoint =
        countsBy(db, QStringLiteral("SELECT touchpoint, COUNT(*) FROM tickets GROUP BY touchpoint"));
    for (Touchpoint tp : touchpoint::all) {
        INFO(touchpoint::code(tp).toStdString());
        CHECK(byTouchpoint.value(touchpoint::code(tp)) > 0);
    }
    for (Touchpoint tp : touchpoint::all)
        CHECK(byTouchpoint.value(touchpoint::code(tp)) <= byTouchpoint.value(QStringLiteral("shipping")));
    const auto byStatus =
        countsBy(db, QStringLiteral("SELECT status, COUNT(*) FROM tickets GROUP BY status"));
    for (TicketStatus s : ticketstatus::all) {
        INFO(ticketstatus::code(s).toStdString());
        CHECK(byStatus.value(ticketstatus::code(s)) > 0);
    }
    CHECK(byStatus.value(QStringLiteral("resolved")) + byStatus.value(QStringLiteral("closed")) >
          orders / 8 / 2);
    const auto byPriority =
        countsBy(db, QStringLiteral("SELECT priority, COUNT(*) FROM tickets GROUP BY priority"));
    for (TicketPriority p : ticketpriority::all)
        CHECK(byPriority.value(ticketpriority::code(p)) > 0);

    // the rows are the ones TicketService keeps
    {
        INFO("the rows are the ones TicketService keeps");
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM "
                             "ticket_messages m WHERE m.ticket_id = t.id AND m.direction = 'in' AND "
                             "m.at = t.created_at) OR NOT EXISTS (SELECT 1 FROM ticket_events e WHERE "
                             "e.ticket_id = t.id AND e.kind = 'created' AND e.at = t.created_at)")) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM tickets t WHERE outgoing_count <> (SELECT COUNT(*) "
                             "FROM ticket_messages m WHERE m.ticket_id = t.id AND m.direction = 'out')")) ==
              0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM tickets t WHERE updated_at < (SELECT MAX(at) FROM "
                             "ticket_events e WHERE e.ticket_id = t.id) OR updated_at < (SELECT MAX(at) "
                             "FROM ticket_messages m WHERE m.ticket_id = t.id)")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ticket_messages WHERE at >= %1").arg(now)) ==
              0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE at >= %1").arg(now)) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM tickets WHERE (status IN ('pending', 'resolved', "
                             "'closed')) <> (clock_stopped_at IS NOT NULL) OR (status IN ('resolved', "
                             "'closed')) <> (resolved_at IS NOT NULL) OR (first_response_at IS NULL) <> "
                             "(outgoing_count = 0)")) == 0);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id WHERE "
                                    "o.customer_id <> t.customer_id OR t.created_at < o.placed_at")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id IS NOT NULL")) >
              orders / 8 / 2);
    }

    // messages both ways, some replies from the default templates, filled in
    {
        INFO("messages both ways, some replies from the default templates, filled in");
        const qint64 fromTemplates = scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM ticket_messages WHERE template_version_id IS NOT NULL"));
        CHECK(fromTemplates > 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM ticket_messages m JOIN template_versions v ON v.id = "
                             "m.template_version_id JOIN templates t ON t.id = v.template_id WHERE "
                             "m.direction = 'out' AND t.kind IN ('cs_reply', 'payment_reminder', "
                             "'order_status')")) == fromTemplates);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT template_version_id) FROM ticket_messages")) >=
              2);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ticket_messages WHERE body LIKE '%{{%'")) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id "
                             "WHERE m.direction = 'in' AND m.at > t.created_at")) > 0);
    }

    // the work of CS: assignment, escalation, pending, reopening, handle time, CSAT, breaches
    {
        INFO("the work of CS: assignment, escalation, pending, reopening, handle time, CSAT, breaches");
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'cs' AND active = 1")) == 2);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(DISTINCT t.assignee_id) FROM tickets t JOIN users u ON u.id = "
                             "t.assignee_id WHERE u.role = 'cs'")) == 2);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM tickets WHERE escalated_at IS NOT NULL AND status "
                                    "<> 'escalated'")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE reopen_count > 0")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE paused_seconds > 0")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE handle_seconds > 0")) >
              orders / 8 / 3);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE csat IS NOT NULL")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE csat >= 4")) >
              scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE csat <= 2")));
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_seconds > "
                                        "first_response_target")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_seconds <= "
                                        "first_response_target")) > orders / 8 / 2);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM tickets WHERE resolution_seconds > resolution_target")) >
              0);
    }

    // now: the queue has tickets on time, at risk and breached
    {
        INFO("now: the queue has tickets on time, at risk and breached");
        auto calendar = SlaSettings(db).calendar();
        REQUIRE(calendar.ok());
        TicketFilter open;
        open.openOnly = true;
        auto rows = TicketRepository(db).page(open, calendar.value(), now, 0, 1000);
        REQUIRE(rows.ok());
        CHECK(rows->size() == TicketRepository(db).count(open).value());
        QHash<SlaLevel, int> levels;
        int suggested = 0;
        for (const TicketRow &row : rows.value()) {
            ++levels[row.sla.current().level];
            suggested += row.sla.suggestEscalation ? 1 : 0;
        }
        CHECK(levels.value(SlaLevel::Ok) > 0);
        CHECK(levels.value(SlaLevel::AtRisk) >= 2);
        CHECK(levels.value(SlaLevel::Breached) >= 2);
        CHECK(suggested > 0);
        // A running clock's due times are where the calendar puts them.
        DbQuery q(
            db, QStringLiteral("SELECT created_at, first_response_target, resolution_target, paused_seconds, "
                               "first_response_due_at, resolution_due_at, first_response_at FROM tickets "
                               "WHERE clock_stopped_at IS NULL"));
        REQUIRE(q.exec());
        int running = 0;
        while (q.next()) {
            ++running;
            const qint64 paused = q.int64(3);
            if (q.value(6).isNull())
                CHECK(q.int64(4) == calendar->instantAfter(q.int64(0), q.int64(1) + paused).value());
            CHECK(q.int64(5) == calendar->instantAfter(q.int64(0), q.int64(2) + paused).value());
        }
        CHECK(running > 0);

        ManualClock clock(now);
        const QDate today = businesstime::dateOf(now, businesstime::defaultZone());
        auto kpis = TicketKpiService(db, clock).ticketKpis(Period{today.addDays(-28), today.addDays(1)});
        REQUIRE(kpis.ok());
        CHECK(kpis->ticketsCreated > 0);
        CHECK(kpis->ticketsResolved > 0);
        CHECK(kpis->openTickets == rows->size());
        CHECK(kpis->slaFirstResponseBreaches > 0);
        CHECK(kpis->fcrPercent.has_value());
        CHECK(kpis->csatPercent.has_value());
        CHECK(kpis->ahtSeconds.has_value());
    }

    // customers have profiles and notes, and search finds them
    {
        INFO("customers have profiles and notes, and search finds them");
        const qint64 customers = orders / 5;
        const qint64 emails = scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE email <> ''"));
        CHECK(emails > customers / 4);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT email) FROM customers WHERE email <> ''")) ==
              emails);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE email <> '' AND email NOT LIKE "
                                        "'%_@_%._%'")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE address LIKE 'Jl. %'")) >
              customers / 2);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM customers WHERE handles LIKE 'instagram: @%'")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE tags LIKE '%reseller%'")) > 0);
        CHECK(shop.summary.customerNotes == customers * 3 / 10);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_notes")) == customers * 3 / 10);
        CHECK(
            scalar(db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM customer_notes GROUP BY "
                                      "customer_id) x")) >= 3);
        CHECK(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_notes n JOIN customers c ON c.id = "
                                      "n.customer_id WHERE n.created_at >= %1 OR n.created_at < c.created_at")
                           .arg(now)) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM customer_notes WHERE body LIKE '%\\%1%' ESCAPE '\\' "
                             "OR body LIKE '%\\%2%' ESCAPE '\\'")) == 0);

        CustomerRepository repo(db);
        auto resellers = repo.find(QStringLiteral("reseller"));
        REQUIRE(resellers.ok());
        CHECK(!resellers->isEmpty());
        DbQuery q(db, QStringLiteral(
                          "SELECT c.id, c.email, c.phone FROM customers c WHERE c.email <> '' ORDER BY id"));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const qint64 id = q.int64(0);
        auto byEmail = repo.find(q.text(1));
        REQUIRE(byEmail.ok());
        CHECK(std::any_of(byEmail->begin(), byEmail->end(), [&](const Customer &c) { return c.id == id; }));
        const QString phone = q.text(2);
        auto byPhone = repo.find(QStringLiteral("+62 ") + phone.mid(1, 3) + QLatin1Char('-') + phone.mid(4));
        REQUIRE(byPhone.ok());
        CHECK(byPhone->size() == 1);
        auto timeline =
            repo.timeline(scalar(db, QStringLiteral("SELECT customer_id FROM tickets ORDER BY id LIMIT 1")));
        REQUIRE(timeline.ok());
        CHECK(std::any_of(timeline->begin(), timeline->end(),
                          [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::Ticket; }));
    }

    // after the demo, tickets carry on from its numbers
    {
        ManualClock clock(now);
        NewTicket t;
        t.customerId = scalar(db, QStringLiteral("SELECT MIN(id) FROM customers"));
        t.subject = QStringLiteral("Tanya ongkir ke Bali");
        auto id = TicketService(db, clock).create(t, Actor::localOwner());
        REQUIRE(id.ok());
        CHECK(TicketRepository(db).get(id.value())->number == QStringLiteral("TCK-000376"));
    }
}

TEST_CASE("demo tickets are what TicketService writes when the same steps are taken")
{
    DemoShop shop(demoOptions(800));
    Database &db = *shop.db;
    TicketRepository repo(db);
    QList<qint64> ids;
    DbQuery q(db, QStringLiteral("SELECT id FROM tickets ORDER BY id"));
    REQUIRE(q.exec());
    while (q.next())
        ids << q.int64(0);
    q.finish();
    REQUIRE(ids.size() == 100);
    QList<Ticket> demo;
    for (qint64 id : ids)
        demo.append(repo.get(id).value());

    QSet<QString> covered;
    for (const Ticket &t : demo) {
        for (const TicketEvent &e : t.events) {
            covered.insert(e.kind);
            if (e.kind == QLatin1String("status") && e.fromValue == QLatin1String("pending"))
                covered.insert(QStringLiteral("answered"));
            if (e.kind == QLatin1String("status") && e.toValue == QLatin1String("open") &&
                e.fromValue != QLatin1String("pending"))
                covered.insert(QStringLiteral("reopened"));
        }
        checkSame(t, repo.get(replay(db, t)).value());
    }
    // The steps the sample went through: every kind of call the service offers.
    for (const char *kind :
         {"status", "escalated", "assigned", "handle_time", "csat", "answered", "reopened"}) {
        INFO(kind);
        CHECK(covered.contains(QLatin1String(kind)));
    }
}

TEST_CASE("a demo that fails while writing tickets leaves the database as it was")
{
    auto db = openTestDatabase();
    const QStringList indexes = indexNames(*db);
    DbQuery q(*db);
    if (db->isSqlite()) {
        REQUIRE(q.exec(
            QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON tickets WHEN NEW.number = 'TCK-000060' "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    } else {
        REQUIRE(
            q.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.number = "
                                  "'TCK-000060' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END "
                                  "$$ LANGUAGE plpgsql")));
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TRIGGER boom BEFORE INSERT ON tickets FOR EACH ROW EXECUTE FUNCTION boom()")));
    }
    DemoOptions o = demoOptions(800);
    o.ordersPerTransaction = 25; // tickets 1–50 are committed when 60 fails
    auto result = DemoGenerator(*db).generate(o);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("disk on fire")));
    for (const char *table :
         {"orders", "customers", "tickets", "ticket_messages", "ticket_events", "customer_notes"}) {
        INFO(table);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key IN ('business_name', "
                                     "'business_bank_account')")) == 0);
    CHECK(indexNames(*db) == indexes);
}

TEST_CASE("queue text filters and customer search give the same answers when many tickets or notes match")
{
    // Enough tickets and notes that a common word takes the other way through the indexes.
    DemoOptions o = demoOptions(800);
    o.tickets = 2400;
    o.customerNotes = 50000;
    DemoShop shop(o);
    Database &db = *shop.db;
    auto calendar = SlaSettings(db).calendar();
    REQUIRE(calendar.ok());
    TicketRepository repo(db);
    auto ids = [&](const TicketFilter &f) {
        auto rows = repo.page(f, calendar.value(), demoNow(), 0, 60);
        REQUIRE(rows.ok());
        QList<qint64> list;
        for (const TicketRow &r : rows.value())
            list << r.id;
        return list;
    };
    // "tck" starts every ticket number.
    for (bool openOnly : {false, true}) {
        TicketFilter all;
        all.openOnly = openOnly;
        TicketFilter text = all;
        text.text = QStringLiteral("tck");
        CHECK(repo.count(text).value() == repo.count(all).value());
        CHECK(ids(text) == ids(all));
    }
    TicketFilter subject;
    subject.text = QStringLiteral("paket");
    const qint64 expected =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE lower(subject) LIKE "
                                  "'%paket%' OR lower(category) LIKE '%paket%'"));
    CHECK(expected > 0);
    CHECK(repo.count(subject).value() == expected);
    TicketFilter number;
    number.text = QStringLiteral("17");
    CHECK(repo.count(number).value() >= 1);
    CHECK(ids(number).contains(
        scalar(db, QStringLiteral("SELECT id FROM tickets WHERE number = 'TCK-000017'"))));

    // "bubble" is in one note text of twenty-two, and in no profile.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_notes WHERE body LIKE '%bubble%'")) >
          2000);
    auto found = CustomerRepository(db).find(QStringLiteral("bubble"));
    REQUIRE(found.ok());
    QList<qint64> foundIds;
    for (const Customer &c : found.value())
        foundIds << c.id;
    DbQuery q(db,
              QStringLiteral("SELECT c.id FROM customers c WHERE c.merged_into IS NULL AND EXISTS (SELECT 1 "
                             "FROM customer_notes n WHERE n.customer_id = c.id AND n.body LIKE '%bubble%') "
                             "ORDER BY c.name, c.id LIMIT 50"));
    REQUIRE(q.exec());
    QList<qint64> expectedIds;
    while (q.next())
        expectedIds << q.int64(0);
    CHECK(expectedIds.size() == 50);
    CHECK(foundIds == expectedIds);
}
