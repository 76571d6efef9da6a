#include "importtestsupport.h"
#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "stock/productrepository.h"
#include "stock/stockledger.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

const QByteArray kHeader = "order_number,ordered_at,channel,status,paid_at,shipped_at,completed_at,courier,"
                           "tracking_number,sku,quantity,unit_price\n";

Product productBySku(Database &db, const QString &sku)
{
    auto product = ProductRepository(db).getBySku(sku);
    REQUIRE(product.ok());
    return product.value();
}

void requireLedgerConsistent(Database &db)
{
    auto discrepancies = StockLedger(db).check();
    REQUIRE(discrepancies.ok());
    CHECK(discrepancies->isEmpty());
}

} // namespace

TEST_CASE(
    "with --apply-stock, processing orders reserve and shipped ones sell, keeping the ledger consistent")
{
    ImportFixture f;
    f.addCatalogue(); // KAOS-01 20, HIJAB-02 10, TOTE-03 3
    ImportOptions options;
    options.applyStock = true;
    const ImportReport report = f.importOrders(
        kHeader +
            "P-1,2026-11-16 09:00,shopee,processing,2026-11-16 09:10,,,,,KAOS-01,5,85000\n"
            "P-1,2026-11-16 09:00,shopee,processing,2026-11-16 09:10,,,,,HIJAB-02,2,45000\n"
            "S-1,2026-11-16 09:00,shopee,shipped,,2026-11-17 08:00,,JNE,JNE1,KAOS-01,3,85000\n"
            "C-1,2026-11-16 09:00,shopee,completed,,2026-11-17 09:00,2026-11-19 09:00,,,TOTE-03,1,60000\n"
            "R-1,2026-11-16 09:00,shopee,returned,,2026-11-17 10:00,,,,TOTE-03,1,60000\n"
            "X-1,2026-11-16 09:00,shopee,cancelled,,,,,,KAOS-01,4,85000\n"
            "N-1,2026-11-16 09:00,shopee,new,,,,,,KAOS-01,4,85000\n",
        options);
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);

    const Product kaos = productBySku(*f.db, QStringLiteral("KAOS-01"));
    CHECK(kaos.onHand == 17);
    CHECK(kaos.reserved == 5);
    const Product hijab = productBySku(*f.db, QStringLiteral("HIJAB-02"));
    CHECK(hijab.onHand == 10);
    CHECK(hijab.reserved == 2);
    const Product tote = productBySku(*f.db, QStringLiteral("TOTE-03"));
    CHECK(tote.onHand == 1); // completed and returned both sold one; a return does not restock
    CHECK(tote.reserved == 0);
    requireLedgerConsistent(*f.db);

    OrderRepository orders(*f.db);
    const Order processing = orders.get(orders.idForNumber(QStringLiteral("P-1")).value()).value();
    CHECK(processing.stockReserved);
    const Order shipped = orders.get(orders.idForNumber(QStringLiteral("S-1")).value()).value();
    CHECK_FALSE(shipped.stockReserved);

    // One sale movement per shipped line, linked to its order, at the time it was shipped.
    CHECK(scalar(*f.db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")) == 3);
    auto movements = StockLedger(*f.db).movements(kaos.id);
    REQUIRE(movements.ok());
    const auto sale = std::find_if(movements->cbegin(), movements->cend(),
                                   [](const StockMovement &m) { return m.kind == MovementKind::Sale; });
    REQUIRE(sale != movements->cend());
    CHECK(sale->quantity == -3);
    CHECK(sale->orderId == shipped.id);
    CHECK(sale->at == jakarta(2026, 11, 17, 8, 0));
    CHECK(sale->reason.contains(QStringLiteral("S-1")));

    // The imported reservation behaves like one made in Rapi: shipping it turns it into a sale.
    TransitionDetails details;
    details.courier = QStringLiteral("JNE");
    details.trackingNumber = QStringLiteral("JNE2");
    const Status moved =
        OrderService(*f.db, f.clock).transition(processing.id, OrderStage::Shipped, details, f.actor);
    INFO(moved.error().toStdString());
    REQUIRE(moved.ok());
    CHECK(productBySku(*f.db, QStringLiteral("KAOS-01")).reserved == 0);
    CHECK(productBySku(*f.db, QStringLiteral("KAOS-01")).onHand == 12);
    requireLedgerConsistent(*f.db);
}

TEST_CASE("with --apply-stock, rows that need more than is available are refused naming the SKU")
{
    ImportFixture f;
    f.addCatalogue(); // TOTE-03 has 3
    const TableCounts before = tableCounts(*f.db);
    ImportOptions options;
    options.applyStock = true;
    const ImportReport report =
        f.importOrders(kHeader + "P-1,2026-11-16 09:00,shopee,processing,,,,,,TOTE-03,2,60000\n"
                                 "P-2,2026-11-16 09:05,shopee,completed,,,,,,TOTE-03,2,60000\n"
                                 "P-3,2026-11-16 09:10,shopee,processing,,,,,,KAOS-01,21,85000\n",
                       options);
    INFO(issuesText(report).toStdString());
    CHECK_FALSE(report.applied);
    CHECK(hasIssue(report, 3, QStringLiteral("quantity"), QStringLiteral("not enough stock of TOTE-03")));
    CHECK(hasIssue(report, 3, QStringLiteral("quantity"), QStringLiteral("1 available")));
    CHECK(hasIssue(report, 4, QStringLiteral("quantity"), QStringLiteral("not enough stock of KAOS-01")));
    CHECK(report.issues.size() == 2);
    CHECK(tableCounts(*f.db) == before);
    CHECK(productBySku(*f.db, QStringLiteral("TOTE-03")).reserved == 0);

    // Without --apply-stock the same orders are history only and go in.
    const ImportReport history =
        f.importOrders(kHeader + "P-1,2026-11-16 09:00,shopee,processing,,,,,,TOTE-03,2,60000\n"
                                 "P-3,2026-11-16 09:10,shopee,processing,,,,,,KAOS-01,21,85000\n");
    REQUIRE(history.applied);
    CHECK(productBySku(*f.db, QStringLiteral("KAOS-01")).reserved == 0);
    requireLedgerConsistent(*f.db);
}
