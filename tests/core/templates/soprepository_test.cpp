#include "customers/customerrepository.h"
#include "templates/soprepository.h"
#include "testdb.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>

using namespace rapi;

TEST_CASE("the current SOP for an order stage or a ticket category, versioned and restorable")
{
    auto db = test::openTestDatabase();
    ManualClock clock(1'790'000'000);
    SopRepository sops(*db, clock);
    const Actor owner = Actor::localOwner();

    auto none = sops.currentForOrderStage(OrderStage::Processing);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    CHECK(sops.createForOrderStage(QStringLiteral("Packing"), OrderStage::Processing,
                                   {QStringLiteral("x"), {}, {}}, owner)
              .error()
              .contains(QStringLiteral("done standard")));

    auto packing =
        sops.createForOrderStage(QStringLiteral("Packing"), OrderStage::Processing,
                                 {QStringLiteral("Barang sampai utuh"), QStringLiteral("1. Cek\n2. Bungkus"),
                                  QStringLiteral("Resi dicatat")},
                                 owner);
    REQUIRE(packing.ok());
    auto late = sops.createForTicketCategory(
        QStringLiteral("Paket terlambat"), QStringLiteral(" Keterlambatan "),
        {QStringLiteral("Pelanggan tenang"), QStringLiteral("Cek resi"), QStringLiteral("Status jelas")},
        owner);
    REQUIRE(late.ok());

    auto forStage = sops.currentForOrderStage(OrderStage::Processing);
    REQUIRE(forStage.ok());
    REQUIRE(forStage->has_value());
    CHECK((*forStage)->title == QStringLiteral("Packing"));
    CHECK((*forStage)->current.steps == QStringLiteral("1. Cek\n2. Bungkus"));
    CHECK_FALSE(sops.currentForOrderStage(OrderStage::Shipped)->has_value());
    auto forCategory = sops.currentForTicketCategory(QStringLiteral("keterlambatan"));
    REQUIRE(forCategory.ok());
    REQUIRE(forCategory->has_value());
    CHECK((*forCategory)->id == late.value());

    const qint64 v1 = (*forStage)->current.id;
    clock.advance(60);
    auto v2 = sops.save(packing.value(),
                        {QStringLiteral("Barang sampai utuh"), QStringLiteral("1. Cek\n2. Foto\n3. Bungkus"),
                         QStringLiteral("Resi dicatat")},
                        1, owner);
    REQUIRE(v2.ok());
    CHECK(
        sops.save(packing.value(), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 1, owner)
            .error()
            .contains(QStringLiteral("meanwhile")));
    CHECK(sops.currentForOrderStage(OrderStage::Processing)->value().current.number == 2);
    REQUIRE(sops.restore(packing.value(), v1, owner).ok());
    auto versions = sops.versions(packing.value());
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 3);
    CHECK(versions->first().steps == QStringLiteral("1. Cek\n2. Bungkus"));
    CHECK(versions->first().restoredFrom == v1);

    REQUIRE(sops.setActive(packing.value(), false, owner).ok());
    CHECK_FALSE(sops.currentForOrderStage(OrderStage::Processing)->has_value());
    CHECK(sops.list()->size() == 2);
}

TEST_CASE("a new SOP can be linked to the ticket categories tickets and SOPs already use")
{
    auto db = test::openTestDatabase();
    ManualClock clock(1'790'000'000);
    const Actor owner = Actor::localOwner();
    CHECK(SopRepository(*db, clock).ticketCategories()->isEmpty());
    auto customer =
        CustomerRepository(*db, clock).findOrCreate(QStringLiteral("Budi"), QStringLiteral("0813"));
    REQUIRE(customer.ok());
    NewTicket nt;
    nt.customerId = customer.value();
    nt.category = QStringLiteral("Retur");
    REQUIRE(TicketService(*db, clock).create(nt, owner).ok());
    nt.category = QStringLiteral("retur");
    REQUIRE(TicketService(*db, clock).create(nt, owner).ok());
    REQUIRE(SopRepository(*db, clock)
                .createForTicketCategory(QStringLiteral("Komplain"), QStringLiteral("Komplain  Produk"),
                                         {QStringLiteral("g"), QStringLiteral("s"), QStringLiteral("d")},
                                         owner)
                .ok());
    CHECK(SopRepository(*db, clock).ticketCategories().value() ==
          QStringList{QStringLiteral("komplain produk"), QStringLiteral("retur")});
}
