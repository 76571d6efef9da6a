#include "customers/customerrepository.h"
#include "db/dbquery.h"
#include "orderfixture.h"
#include "orders/orderrepository.h"
#include "templates/previewsubject.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>

using namespace rapi;
using Kind = PreviewSubject::Kind;

TEST_CASE("a template preview is filled from the most recent order or ticket, or the one named")
{
    test::OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 8900000, 10);

    auto none = previewsubject::find(*f.db, Kind::Order, QString(), f.actor, f.clock.now());
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    const qint64 first = f.placeOrder({{kaos, 1, std::nullopt, 0}});
    f.clock.advance(60);
    const qint64 second = f.placeOrder({{kaos, 2, std::nullopt, 0}});
    auto latest = previewsubject::find(*f.db, Kind::Order, QString(), f.actor, f.clock.now());
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->id == second);
    CHECK((*latest)->label.startsWith(QStringLiteral("ORD-000002 · ")));
    auto named = previewsubject::find(*f.db, Kind::Order, QStringLiteral(" ORD-000001 "), f.actor, f.clock.now());
    REQUIRE(named.ok());
    REQUIRE(named->has_value());
    CHECK((*named)->id == first);
    CHECK_FALSE(
        previewsubject::find(*f.db, Kind::Order, QStringLiteral("ORD-999"), f.actor, f.clock.now())->has_value());

    const qint64 customer = OrderRepository(*f.db).get(first)->customerId.value();
    NewTicket nt;
    nt.customerId = customer;
    nt.subject = QStringLiteral("Ukuran");
    REQUIRE(TicketService(*f.db, f.clock).create(nt, f.actor).ok());
    f.clock.advance(60);
    nt.subject = QStringLiteral("Resi belum ada");
    nt.orderId = first;
    auto ticket = TicketService(*f.db, f.clock).create(nt, f.actor);
    REQUIRE(ticket.ok());
    auto newestTicket = previewsubject::find(*f.db, Kind::Ticket, QString(), f.actor, f.clock.now());
    REQUIRE(newestTicket.ok());
    REQUIRE(newestTicket->has_value());
    CHECK((*newestTicket)->id == ticket.value());
    CHECK((*newestTicket)->label.startsWith(QStringLiteral("TCK-000002 · Resi belum ada · ")));
    CHECK((*previewsubject::find(*f.db, Kind::Ticket, QStringLiteral("tck-000001"), f.actor, f.clock.now()))
              ->label.contains(QStringLiteral("Ukuran")));

    auto values = previewsubject::values(*f.db, **newestTicket, f.actor, f.clock.now());
    REQUIRE(values.ok());
    CHECK(values->value(QStringLiteral("ticket.subject")) == QStringLiteral("Resi belum ada"));
    CHECK(values->value(QStringLiteral("order.number")) == QStringLiteral("ORD-000001"));

    auto byName = previewsubject::find(*f.db, Kind::Customer, QStringLiteral("siti"), f.actor, f.clock.now());
    REQUIRE(byName.ok());
    REQUIRE(byName->has_value());
    CHECK((*byName)->id == customer);
    auto customerValues = previewsubject::values(*f.db, **byName, f.actor, f.clock.now());
    REQUIRE(customerValues.ok());
    CHECK(customerValues->value(QStringLiteral("customer.name")) == QStringLiteral("Siti Rahmawati"));
    CHECK_FALSE(customerValues->contains(QStringLiteral("order.number")));
    CHECK(customerValues->value(QStringLiteral("agent.name")) == QStringLiteral("Owner"));
}

TEST_CASE("only roles that read customers' contact data preview a template with a real subject")
{
    test::OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 8900000, 10);
    f.placeOrder({{kaos, 1, 8900000, 0}});
    CHECK(previewsubject::kinds(Role::Owner) == QList<Kind>{Kind::Order, Kind::Ticket, Kind::Customer});
    CHECK(previewsubject::kinds(Role::Cs) == QList<Kind>{Kind::Order, Kind::Ticket, Kind::Customer});
    CHECK(previewsubject::kinds(Role::Finance) == QList<Kind>{Kind::Order, Kind::Customer});
    CHECK(previewsubject::kinds(Role::Warehouse).isEmpty());
    CHECK(previewsubject::kinds(Role::Vendor).isEmpty());

    const Actor joko{1, QStringLiteral("joko"), Role::Warehouse};
    CHECK(previewsubject::find(*f.db, Kind::Order, QString(), joko, f.clock.now()).error() ==
          QStringLiteral("Your role does not see customers' contact data or notes."));
    const auto latest = previewsubject::find(*f.db, Kind::Order, QString(), f.actor, f.clock.now());
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK_FALSE(previewsubject::values(*f.db, **latest, joko, f.clock.now()).ok());
    const Actor finance{1, QStringLiteral("fina"), Role::Finance};
    CHECK(previewsubject::find(*f.db, Kind::Ticket, QString(), finance, f.clock.now()).error() ==
          QStringLiteral("Only the owner and CS staff can work on tickets."));
}
