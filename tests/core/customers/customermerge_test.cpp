#include "customers/customerservice.h"
#include "db/dbquery.h"
#include "orderfixture.h"
#include "orders/orderrepository.h"
#include "testdb.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

TEST_CASE("two records of the same person are merged, keeping all history on one")
{
    OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 10000000, 50);
    const qint64 order = f.placeOrder({{kaos, 1, std::nullopt, 0}});
    f.bringTo(order, OrderStage::Paid, PaymentMethod::Transfer);
    const qint64 keep = OrderRepository(*f.db).get(order)->customerId.value();

    // The same person came in again through an import with the phone typed differently and
    // stored before normalisation, plus an e-mail and a tag.
    DbQuery insert(*f.db,
                   QStringLiteral("INSERT INTO customers (name, phone, email, tags, handles, created_at) "
                                  "VALUES ('Siti R.', '081234567890', 'siti@example.com', 'vip', "
                                  "'instagram: @siti', 0) RETURNING id"));
    auto dup = insert.execReturningId();
    REQUIRE(dup.ok());
    REQUIRE(
        CustomerService(*f.db, f.clock).addNote(dup.value(), QStringLiteral("Alergi lateks"), f.actor).ok());
    NewTicket t;
    t.customerId = dup.value();
    auto ticket = TicketService(*f.db, f.clock).create(t, f.actor);
    REQUIRE(ticket.ok());

    auto duplicates = CustomerRepository(*f.db, f.clock).duplicatesOf(keep);
    REQUIRE(duplicates.ok());
    REQUIRE(duplicates->size() == 1);
    CHECK(duplicates->first().id == dup.value());

    CHECK(CustomerService(*f.db, f.clock)
              .merge(keep, keep, f.actor)
              .error()
              .contains(QStringLiteral("itself")));
    REQUIRE(CustomerService(*f.db, f.clock).merge(keep, dup.value(), f.actor).ok());

    CustomerRepository repo(*f.db, f.clock);
    const CustomerProfile kept = repo.profile(keep).value();
    CHECK(kept.name == QStringLiteral("Siti Rahmawati"));
    CHECK(kept.email == QStringLiteral("siti@example.com"));
    CHECK(kept.tags == QStringList{QStringLiteral("vip")});
    CHECK(kept.handles == QStringLiteral("instagram: @siti"));
    CHECK(repo.profile(dup.value())->mergedInto == keep);
    CHECK(TicketRepository(*f.db).get(ticket.value())->customerId == keep);
    auto notes = repo.notes(keep);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    CHECK(notes->at(0).body.contains(QStringLiteral("Siti R.")));
    CHECK(notes->at(1).body == QStringLiteral("Alergi lateks"));
    CHECK(repo.stats(keep)->purchaseCount == 1);
    CHECK(repo.stats(keep)->ticketCount == 1);
    CHECK(repo.stats(dup.value())->ticketCount == 0);

    // The merged record no longer shows, and new orders with that phone go to the kept one.
    auto found = repo.find(QStringLiteral("siti"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == keep);
    CHECK(repo.findOrCreate(QStringLiteral("Siti"), QStringLiteral("+62 812 3456 7890")).value() == keep);
    CHECK(repo.duplicatesOf(keep)->isEmpty());
    CHECK(CustomerService(*f.db, f.clock)
              .merge(keep, dup.value(), f.actor)
              .error()
              .contains(QStringLiteral("already")));
    NewTicket onMerged;
    onMerged.customerId = dup.value();
    CHECK(TicketService(*f.db, f.clock).create(onMerged, f.actor).error().contains(QStringLiteral("merged")));
}

TEST_CASE("findOrCreate resolves the phone or name of a merged record to the customer that survived")
{
    auto db = openTestDatabase();
    ManualClock clock(1795000000);
    const Actor owner = Actor::localOwner();
    CustomerRepository repo(*db, clock);
    CustomerService service(*db, clock);
    auto count = [&] {
        DbQuery q(*db, QStringLiteral("SELECT count(*) FROM customers"));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.int64(0);
    };
    const qint64 siti = repo.findOrCreate(QStringLiteral("Siti Rahmawati"), QStringLiteral("0812-3456-7890")).value();
    const qint64 secondPhone = repo.findOrCreate(QStringLiteral("Siti (WA 2)"), QStringLiteral("0857-1111-2222")).value();
    const qint64 noPhone = repo.findOrCreate(QStringLiteral("Siti R"), QString()).value();
    REQUIRE(service.merge(siti, secondPhone, owner).ok());
    REQUIRE(service.merge(siti, noPhone, owner).ok());
    const qint64 customers = count();

    // The kept record has its own phone; the merged one's phone and name still lead to it.
    CHECK(repo.findOrCreate(QStringLiteral("Siti"), QStringLiteral("+62 857 1111 2222")).value() == siti);
    CHECK(repo.findOrCreate(QStringLiteral("Siti R"), QString()).value() == siti);
    CHECK(count() == customers);

    // Merged again later: the chain ends at the live record.
    const qint64 newest = repo.findOrCreate(QStringLiteral("Siti Rahmawati"), QStringLiteral("0899-0000-1111")).value();
    REQUIRE(service.merge(newest, siti, owner).ok());
    CHECK(repo.findOrCreate(QString(), QStringLiteral("0857-1111-2222")).value() == newest);
    CHECK(repo.findOrCreate(QString(), QStringLiteral("0812-3456-7890")).value() == newest);

    // An unmerged customer with the phone comes before a merged one.
    DbQuery insert(*db, QStringLiteral("INSERT INTO customers (name, phone, created_at) "
                                       "VALUES ('Orang lain', '085711112222', 0) RETURNING id"));
    auto other = insert.execReturningId();
    REQUIRE(other.ok());
    CHECK(repo.findOrCreate(QString(), QStringLiteral("0857-1111-2222")).value() == other.value());
    CHECK(count() == customers + 2);
}
