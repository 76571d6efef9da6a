#include "orderfixture.h"

#include "db/dbquery.h"
#include "stock/stockledger.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

TEST_CASE("on hand is the sum of the ledger: opening, receive, adjustment")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 12);
    StockLedger ledger(*f.db, f.clock);
    REQUIRE(ledger.receive(a, 30, QStringLiteral("PO-17 dari supplier"), f.actor).ok());
    REQUIRE(ledger.adjust(a, -2, QStringLiteral("Rusak"), f.actor).ok());
    CHECK(f.product(a).onHand == 40);
    auto moves = ledger.movements(a);
    REQUIRE(moves->size() == 3);
    CHECK(moves->at(0).kind == MovementKind::Adjustment);
    CHECK(moves->at(0).reason == QStringLiteral("Rusak"));
    CHECK(moves->at(1).kind == MovementKind::Receive);
    CHECK(moves->at(2).kind == MovementKind::Opening);
    CHECK(moves->at(2).quantity == 12);
    CHECK(moves->at(0).userName == QStringLiteral("Owner"));
    CHECK(ledger.check()->isEmpty());
}

TEST_CASE("bad stock changes are refused with a message and change nothing")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 3);
    StockLedger ledger(*f.db, f.clock);
    CHECK(ledger.receive(a, 0, QString(), f.actor).error().contains(QStringLiteral("more than zero")));
    CHECK(ledger.adjust(a, -1, QStringLiteral("  "), f.actor).error().contains(QStringLiteral("reason")));
    CHECK(ledger.adjust(a, -4, QStringLiteral("Hilang"), f.actor).error().contains(QStringLiteral("negative")));
    CHECK(ledger.adjust(a, 0, QStringLiteral("x"), f.actor).error().contains(QStringLiteral("zero")));
    CHECK(ledger.receive(424242, 1, QString(), f.actor).error().contains(QStringLiteral("does not exist")));
    CHECK(f.product(a).onHand == 3);
    CHECK(f.count(QStringLiteral("stock_movements")) == 1);
    Product dup;
    dup.sku = QStringLiteral("A-1");
    dup.name = QStringLiteral("Duplicate");
    CHECK(ProductRepository(*f.db, f.clock).create(dup, 0, f.actor).error().contains(QStringLiteral("already exists")));
}

TEST_CASE("critical stock and the reorder list follow available stock")
{
    OrderFixture f;
    const qint64 low = f.addProduct(QStringLiteral("LOW-1"), 100000, 3, 5);   // 3 ≤ 5: critical
    const qint64 edge = f.addProduct(QStringLiteral("EDGE-1"), 100000, 5, 5); // 5 ≤ 5: critical
    const qint64 fine = f.addProduct(QStringLiteral("FINE-1"), 100000, 20, 5);
    ProductRepository products(*f.db, f.clock);
    CHECK(products.criticalCount().value() == 2);
    CHECK_FALSE(f.product(fine).isCritical());

    // Reserving 15 of FINE-1 leaves 5 available: now critical too.
    const qint64 order = f.placeOrder({{fine, 15, std::nullopt, 0}}, PaymentMethod::Cod);
    REQUIRE(f.move(order, OrderStage::Processing).ok());
    CHECK(products.criticalCount().value() == 3);
    ProductFilter critical;
    critical.criticalOnly = true;
    CHECK(products.list(critical)->size() == 3);

    auto reorder = StockLedger(*f.db, f.clock).reorderList();
    REQUIRE(reorder->size() == 3);
    CHECK(reorder->at(0).product.sku == QStringLiteral("LOW-1")); // furthest below its point first
    CHECK(reorder->at(0).suggestedQty == 10); // shortfall 3 < the usual batch of 10
    Product big = f.product(low);
    big.reorderPoint = 30;
    REQUIRE(products.update(big, f.actor).ok());
    CHECK(StockLedger(*f.db, f.clock).reorderList()->at(0).suggestedQty == 28); // back to 31 available
    Q_UNUSED(edge);

    // An inactive product is never critical.
    Product retired = f.product(edge);
    retired.active = false;
    REQUIRE(products.update(retired, f.actor).ok());
    CHECK(products.criticalCount().value() == 2);
}

TEST_CASE("a stocktake records counted quantities as adjustments")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    const qint64 b = f.addProduct(QStringLiteral("B-1"), 100000, 4);
    StockLedger ledger(*f.db, f.clock);
    auto adjusted = ledger.stocktake({{a, 8}, {b, 4}}, QStringLiteral("Opname November"), f.actor);
    REQUIRE(adjusted.ok());
    CHECK(adjusted.value() == 1); // B-1 was right already
    CHECK(f.product(a).onHand == 8);
    CHECK(ledger.movements(a)->at(0).quantity == -2);
    CHECK(ledger.movements(a)->at(0).reason == QStringLiteral("Opname November"));
    CHECK(ledger.movements(b)->size() == 1);
    CHECK_FALSE(ledger.stocktake({{a, -1}}, QString(), f.actor).ok());
    CHECK(ledger.check()->isEmpty());
}

TEST_CASE("the consistency check finds on-hand or reserved figures that disagree with the ledger")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    const qint64 order = f.placeOrder({{a, 4, std::nullopt, 0}}, PaymentMethod::Cod);
    REQUIRE(f.move(order, OrderStage::Processing).ok());
    StockLedger ledger(*f.db, f.clock);
    CHECK(ledger.check()->isEmpty());

    DbQuery tamper(*f.db);
    REQUIRE(tamper.exec(QStringLiteral("UPDATE products SET on_hand = 11, reserved = 1")));
    auto found = ledger.check();
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).sku == QStringLiteral("A-1"));
    CHECK(found->at(0).onHand == 11);
    CHECK(found->at(0).ledgerSum == 10);
    CHECK(found->at(0).reserved == 1);
    CHECK(found->at(0).reservationSum == 4);
}

TEST_CASE("a product edit based on an old version is refused")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    ProductRepository products(*f.db, f.clock);
    Product mine = f.product(a);
    Product theirs = f.product(a);
    theirs.unitPrice = 120000;
    REQUIRE(products.update(theirs, f.actor).ok());
    mine.name = QStringLiteral("Nama baru");
    CHECK(products.update(mine, f.actor).error().contains(QStringLiteral("Someone else changed")));
    CHECK(f.product(a).unitPrice == 120000);
    CHECK(f.product(a).name == QStringLiteral("Produk A-1"));
}
