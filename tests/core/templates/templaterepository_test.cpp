#include "customers/customerrepository.h"
#include "db/dbquery.h"
#include "db/migrator.h"
#include "orderfixture.h"
#include "orders/orderrepository.h"
#include "templates/templaterenderer.h"
#include "templates/templaterepository.h"
#include "templates/templatevalues.h"
#include "testdb.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>
#include <QFile>

using namespace rapi;

namespace {
TemplateValues everyValue()
{
    TemplateValues values;
    for (const PlaceholderInfo &p : templaterenderer::catalogue())
        values.insert(p.key, QStringLiteral("<") + p.key + QLatin1Char('>'));
    return values;
}
} // namespace

TEST_CASE("a new database ships an Indonesian template of every kind that renders")
{
    auto db = test::openTestDatabase();
    auto list = TemplateRepository(*db).list(Actor::localOwner());
    REQUIRE(list.ok());
    REQUIRE(list->size() == 8);
    QSet<TemplateKind> kinds;
    for (const Template &t : list.value()) {
        kinds.insert(t.kind);
        CHECK(t.code.startsWith(QStringLiteral("id.")));
        CHECK(t.current.number == 1);
        CHECK(t.current.createdByName == QStringLiteral("Owner"));
        auto text = templaterenderer::render(t.current.body, everyValue());
        INFO(t.code.toStdString() << ": " << text.error().toStdString());
        CHECK(text.ok());
    }
    CHECK(kinds.size() == 8);
    auto reminder = TemplateRepository(*db).list(Actor::localOwner(), TemplateKind::PaymentReminder);
    REQUIRE(reminder->size() == 1);
    CHECK(
        reminder->first().current.body.startsWith(QStringLiteral("Halo Kak {{customer.name}},\n\nPesanan")));
}

TEST_CASE("the default templates are English when the database's language is English")
{
    auto db = test::openTestDatabase();
    DbQuery q(*db);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM template_versions")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM templates")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('language', 'en')")));
    QFile file(QStringLiteral(":/schema/0002_crm_tickets.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    for (const QString &statement :
         Migrator::statementsFor(QString::fromUtf8(file.readAll()), db->isSqlite())) {
        if (statement.startsWith(QStringLiteral("INSERT INTO template")))
            REQUIRE(q.exec(statement));
    }
    auto list = TemplateRepository(*db).list(Actor::localOwner(), TemplateKind::OrderStatus);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().code == QStringLiteral("en.order_status"));
    CHECK(list->first().current.body.startsWith(QStringLiteral("Hello {{customer.name}},\n\nOrder")));
    CHECK(TemplateRepository(*db).list(Actor::localOwner())->size() == 8);
}

TEST_CASE("every save is a new version, stale saves are refused, restoring makes a new version")
{
    auto db = test::openTestDatabase();
    ManualClock clock(1'790'000'000);
    TemplateRepository repo(*db, clock);
    const Actor owner = Actor::localOwner();
    CHECK(repo.create(TemplateKind::CsReply, QStringLiteral("Resi"), QStringLiteral("{{order.resi}}"), owner)
              .error()
              .contains(QStringLiteral("{{order.resi}}")));
    auto id = repo.create(TemplateKind::CsReply, QStringLiteral("Resi"),
                          QStringLiteral("Resi {{order.number}}: {{order.tracking_number}}"), owner);
    REQUIRE(id.ok());
    const qint64 v1 = repo.get(id.value(), Actor::localOwner())->current.id;

    clock.advance(60);
    auto v2 = repo.save(id.value(), QStringLiteral("Nomor resi {{order.number}}: {{order.tracking_number}}"),
                        1, owner);
    REQUIRE(v2.ok());
    CHECK(repo.save(id.value(), QStringLiteral("Other"), 1, owner)
              .error()
              .contains(QStringLiteral("meanwhile")));
    CHECK(repo.save(id.value(), QStringLiteral("{{order.nomor}}"), 2, owner)
              .error()
              .contains(QStringLiteral("Unknown")));
    CHECK(repo.save(id.value(), QStringLiteral("Nomor resi {{order.number}}: {{order.tracking_number}}"), 2,
                    owner)
              .value() == v2.value()); // unchanged: no new version

    clock.advance(60);
    auto v3 = repo.restore(id.value(), v1, owner);
    REQUIRE(v3.ok());
    auto versions = repo.versions(id.value(), Actor::localOwner());
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 3);
    CHECK(versions->at(0).number == 3);
    CHECK(versions->at(0).body == QStringLiteral("Resi {{order.number}}: {{order.tracking_number}}"));
    CHECK(versions->at(0).restoredFrom == v1);
    CHECK(versions->at(0).createdAt == 1'790'000'120);
    CHECK(versions->at(1).body.startsWith(QStringLiteral("Nomor")));
    CHECK(versions->at(2).id == v1);
    CHECK(repo.get(id.value(), Actor::localOwner())->current.id == v3.value());
    // Old versions never change.
    CHECK(repo.version(v2.value(), Actor::localOwner())->body.startsWith(QStringLiteral("Nomor")));

    auto other = repo.list(Actor::localOwner(), TemplateKind::Invoice);
    REQUIRE(other.ok());
    CHECK(repo.restore(id.value(), other->first().current.id, owner)
              .error()
              .contains(QStringLiteral("another")));
    REQUIRE(repo.setActive(id.value(), false, owner).ok());
    CHECK(repo.list(Actor::localOwner(), TemplateKind::CsReply)->size() == 1);
}

TEST_CASE("a ticket reply records the template version it came from")
{
    auto db = test::openTestDatabase();
    ManualClock clock(1'790'000'000);
    const Actor owner = Actor::localOwner();
    auto customer =
        CustomerRepository(*db, clock).findOrCreate(QStringLiteral("Budi"), QStringLiteral("0813"));
    REQUIRE(customer.ok());
    NewTicket nt;
    nt.customerId = customer.value();
    auto ticket = TicketService(*db, clock).create(nt, owner);
    REQUIRE(ticket.ok());
    const Template reply = TemplateRepository(*db).list(Actor::localOwner(), TemplateKind::CsReply)->first();
    auto message = TicketService(*db, clock)
                       .addMessage(ticket.value(), MessageDirection::Out,
                                   QStringLiteral("Halo Kak Budi, ..."), owner, reply.current.id);
    REQUIRE(message.ok());
    CHECK(TicketRepository(*db).get(ticket.value())->messages.last().templateVersionId == reply.current.id);
    CHECK(TicketService(*db, clock)
              .addMessage(ticket.value(), MessageDirection::Out, QStringLiteral("x"), owner, 99999)
              .error()
              .contains(QStringLiteral("99999")));
}

TEST_CASE("a reply template is filled from the ticket, its order and its customer, and missing values are named")
{
    test::OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 8900000, 10);
    const qint64 order = f.placeOrder({{kaos, 2, std::nullopt, 0}});
    NewTicket nt;
    nt.customerId = OrderRepository(*f.db).get(order)->customerId.value();
    nt.orderId = order;
    nt.subject = QStringLiteral("Resi?");
    auto ticket = TicketService(*f.db, f.clock).create(nt, f.actor);
    REQUIRE(ticket.ok());

    const QString body = TemplateRepository(*f.db).list(Actor::localOwner(), TemplateKind::OrderStatus)->first().current.body;
    auto values = templatevalues::forTicket(*f.db, ticket.value(), f.actor, f.clock.now());
    REQUIRE(values.ok());
    CHECK(values->value(QStringLiteral("order.total")) == QStringLiteral("Rp 193.000"));
    CHECK(values->value(QStringLiteral("order.items")) ==
          QStringLiteral("2 × Produk KAOS-01 (KAOS-01) Rp 178.000"));
    CHECK(values->value(QStringLiteral("ticket.number")) == QStringLiteral("TCK-000001"));
    CHECK(values->value(QStringLiteral("agent.name")) == QStringLiteral("Owner"));
    // Not shipped yet and no shop name set: the preview names exactly what is missing.
    auto text = templaterenderer::render(body, values.value());
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().contains(
        QStringLiteral("No value for: {{order.courier}}, {{order.tracking_number}}, {{business.name}}.")));

    f.bringTo(order, OrderStage::Shipped, PaymentMethod::Transfer);
    DbQuery q(*f.db);
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('business_name', 'Toko Rapi')")));
    values = templatevalues::forOrder(*f.db, order, f.actor, f.clock.now());
    REQUIRE(values.ok());
    text = templaterenderer::render(body, values.value());
    INFO(text.error().toStdString());
    REQUIRE(text.ok());
    CHECK(text.value().contains(QStringLiteral("ORD-000001 sudah dikirim dengan JNE, nomor resi JNE123.")));
    CHECK(text.value().startsWith(QStringLiteral("Halo Kak Siti Rahmawati,")));
    CHECK(text.value().endsWith(QStringLiteral("berbelanja di Toko Rapi.")));
}

TEST_CASE("a deactivated template leaves the list and can be found again to bring it back")
{
    auto db = test::openTestDatabase();
    TemplateRepository repo(*db);
    const Template invoice = repo.list(Actor::localOwner(), TemplateKind::Invoice)->first();
    REQUIRE(repo.setActive(invoice.id, false, Actor::localOwner()).ok());
    CHECK(repo.list(Actor::localOwner(), TemplateKind::Invoice)->isEmpty());
    CHECK(repo.list(Actor::localOwner())->size() == 7);
    auto all = repo.list(Actor::localOwner(), TemplateKind::Invoice, true);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK_FALSE(all->first().active);
    CHECK(repo.list(Actor::localOwner(), std::nullopt, true)->size() == 8);
    REQUIRE(repo.setActive(invoice.id, true, Actor::localOwner()).ok());
    CHECK(repo.list(Actor::localOwner(), TemplateKind::Invoice)->size() == 1);
}
