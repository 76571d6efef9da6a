#include "customers/customerservice.h"
#include "orderfixture.h"
#include "orders/orderrepository.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

TEST_CASE("a profile is edited with contact data, handles, preferences and tags, stale edits are refused")
{
    OrderFixture f;
    auto id = CustomerRepository(*f.db, f.clock)
                  .findOrCreate(QStringLiteral("Siti"), QStringLiteral("0812 1111 2222"));
    REQUIRE(id.ok());
    CustomerRepository repo(*f.db, f.clock);
    CustomerProfile p = repo.profile(id.value()).value();
    CHECK(p.phone == QStringLiteral("081211112222"));
    p.name = QStringLiteral("  Siti   Rahmawati ");
    p.email = QStringLiteral("siti.r@example.com");
    p.address = QStringLiteral("Jl. Melati 5, Bandung");
    p.handles = QStringLiteral("instagram: @siti.r\n\nshopee: sitirahma");
    p.preferences = QStringLiteral("Ukuran M, warna pastel");
    p.tags = {QStringLiteral("VIP"), QStringLiteral(" reseller "), QStringLiteral("vip")};
    REQUIRE(CustomerService(*f.db, f.clock).updateProfile(p, f.actor).ok());

    const CustomerProfile saved = repo.profile(id.value()).value();
    CHECK(saved.name == QStringLiteral("Siti Rahmawati"));
    CHECK(saved.email == QStringLiteral("siti.r@example.com"));
    CHECK(saved.handles == QStringLiteral("instagram: @siti.r\nshopee: sitirahma"));
    CHECK(saved.tags == QStringList{QStringLiteral("reseller"), QStringLiteral("vip")});
    CHECK(saved.version == p.version + 1);
    CHECK(saved.updatedAt == f.clock.now());

    // p still carries the old version: someone else saved meanwhile.
    CHECK(CustomerService(*f.db, f.clock)
              .updateProfile(p, f.actor)
              .error()
              .contains(QStringLiteral("meanwhile")));
    CustomerProfile bad = saved;
    bad.email = QStringLiteral("siti at example");
    CHECK(CustomerService(*f.db, f.clock)
              .updateProfile(bad, f.actor)
              .error()
              .contains(QStringLiteral("e-mail")));
    bad.email.clear();
    bad.name = QStringLiteral(" ");
    CHECK(
        CustomerService(*f.db, f.clock).updateProfile(bad, f.actor).error().contains(QStringLiteral("name")));
    const Actor warehouse{1, QStringLiteral("joko"), Role::Warehouse};
    CHECK(CustomerService(*f.db, f.clock)
              .updateProfile(saved, warehouse)
              .error()
              .contains(QStringLiteral("CS")));
}

TEST_CASE("notes carry author and time, purchases are derived from orders, one timeline in time order")
{
    OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 10000000, 50);
    const qint64 first = f.placeOrder({{kaos, 2, std::nullopt, 0}}); // Siti, 200,000 + 15,000 shipping
    f.bringTo(first, OrderStage::Completed, PaymentMethod::Transfer);
    f.clock.advance(3600);
    const qint64 second = f.placeOrder({{kaos, 1, std::nullopt, 0}});
    f.bringTo(second, OrderStage::Paid, PaymentMethod::Transfer);
    f.clock.advance(3600);
    const qint64 cancelled = f.placeOrder({{kaos, 5, std::nullopt, 0}});
    f.bringTo(cancelled, OrderStage::Cancelled, PaymentMethod::Transfer);
    f.clock.advance(3600);
    const qint64 fresh = f.placeOrder({{kaos, 1, std::nullopt, 0}}); // new: not a purchase yet
    Q_UNUSED(fresh);
    const qint64 customer = OrderRepository(*f.db).get(first)->customerId.value();

    f.clock.advance(60);
    auto note =
        CustomerService(*f.db, f.clock).addNote(customer, QStringLiteral("Suka warna pastel"), f.actor);
    REQUIRE(note.ok());
    CHECK(CustomerService(*f.db, f.clock)
              .addNote(customer, QStringLiteral("  "), f.actor)
              .error()
              .contains(QStringLiteral("empty")));
    f.clock.advance(60);
    NewTicket t;
    t.customerId = customer;
    t.orderId = second;
    t.subject = QStringLiteral("Kapan dikirim?");
    REQUIRE(TicketService(*f.db, f.clock).create(t, f.actor).ok());

    CustomerRepository repo(*f.db, f.clock);
    auto notes = repo.notes(customer);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().authorName == QStringLiteral("Owner"));
    CHECK(notes->first().createdAt == f.clock.now() - 60);

    auto stats = repo.stats(customer);
    REQUIRE(stats.ok());
    CHECK(stats->purchaseCount == 2);
    CHECK(stats->purchaseTotal == (20000000 + 1500000) + (10000000 + 1500000));
    CHECK(stats->orderCount == 4);
    CHECK(stats->ticketCount == 1);
    CHECK(stats->firstPurchaseAt == OrderRepository(*f.db).get(first)->placedAt);

    auto timeline = repo.timeline(customer);
    REQUIRE(timeline.ok());
    QList<TimelineEntry::Kind> kinds;
    qint64 last = 0;
    for (const TimelineEntry &e : timeline.value()) {
        CHECK(e.at >= last);
        last = e.at;
        kinds << e.kind;
    }
    using K = TimelineEntry::Kind;
    CHECK(kinds ==
          QList<K>{K::Order, K::Payment, K::Order, K::Payment, K::Order, K::Order, K::Note, K::Ticket});
    CHECK(timeline->first().title == QStringLiteral("ORD-000001"));
    CHECK(timeline->at(6).detail == QStringLiteral("Suka warna pastel"));
    CHECK(timeline->last().title == QStringLiteral("TCK-000001"));
}
