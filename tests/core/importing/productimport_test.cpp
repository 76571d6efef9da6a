#include "importing/importsupport.h"
#include "importtestsupport.h"
#include "stock/productrepository.h"
#include "stock/stockledger.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

Product productBySku(Database &db, const QString &sku)
{
    auto product = ProductRepository(db).getBySku(sku);
    INFO(product.error().toStdString());
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

TEST_CASE("importing products creates them with exact prices and an opening movement")
{
    ImportFixture f;
    const ImportReport report =
        f.importProducts("SKU,Name,Unit_Price,cost,on_hand,reorder_point,reorder_qty,active,supplier\n"
                         "KAOS-01,\"Kaos Polos, Hitam\",1250000.5,40000,20,5,10,1,CV Maju\n"
                         "HIJAB-02,Hijab Segi Empat,45000,20000,0,2,5,0,\n");
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.rowsRead == 2);
    CHECK(report.created == 2);
    CHECK(report.updated == 0);
    CHECK(report.unchanged == 0);

    const Product kaos = productBySku(*f.db, QStringLiteral("KAOS-01"));
    CHECK(kaos.name == QStringLiteral("Kaos Polos, Hitam"));
    CHECK(kaos.unitPrice == 125000050); // "1250000.5" exactly, in minor units
    CHECK(kaos.cost == 4000000);
    CHECK(kaos.onHand == 20);
    CHECK(kaos.reorderPoint == 5);
    CHECK(kaos.reorderQty == 10);
    CHECK(kaos.active);
    const Product hijab = productBySku(*f.db, QStringLiteral("HIJAB-02"));
    CHECK_FALSE(hijab.active);
    CHECK(hijab.onHand == 0);

    auto movements = StockLedger(*f.db).movements(kaos.id);
    REQUIRE(movements.ok());
    REQUIRE(movements->size() == 1);
    CHECK(movements->first().kind == MovementKind::Opening);
    CHECK(movements->first().quantity == 20);
    // No movement for a product that starts with nothing.
    CHECK(StockLedger(*f.db).movements(hijab.id)->isEmpty());
    requireLedgerConsistent(*f.db);
}

TEST_CASE("re-importing products updates what changed, adjusts stock through the ledger, and is idempotent")
{
    ImportFixture f;
    f.addCatalogue();
    const TableCounts before = tableCounts(*f.db);

    SECTION("the same file again changes nothing")
    {
        const ImportReport again =
            f.importProducts("sku,name,unit_price,cost,on_hand,reorder_point,reorder_qty,active\n"
                             "KAOS-01,Kaos Polos Hitam,85000,40000,20,5,10,1\n"
                             "HIJAB-02,Hijab Segi Empat,45000.50,20000,10,2,5,1\n"
                             "TOTE-03,Tote Bag Kanvas,60000,25000,3,1,5,1\n");
        REQUIRE(again.applied);
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 3);
        CHECK(tableCounts(*f.db) == before);
        CHECK(productBySku(*f.db, QStringLiteral("KAOS-01")).version == 1);
    }

    SECTION("changed fields are updated and a different on_hand becomes one adjustment")
    {
        const ImportReport changed = f.importProducts("sku;name;unit_price;on_hand\n"
                                                      "KAOS-01;Kaos Polos Hitam;90000;17\n"
                                                      "HIJAB-02;Hijab Segi Empat;45000.50;10\n"
                                                      "TOTE-03;Tote Bag Kanvas;60000;8\n");
        INFO(issuesText(changed).toStdString());
        REQUIRE(changed.applied);
        CHECK(changed.updated == 2);
        CHECK(changed.unchanged == 1);

        const Product kaos = productBySku(*f.db, QStringLiteral("KAOS-01"));
        CHECK(kaos.unitPrice == 9000000);
        CHECK(kaos.onHand == 17);
        CHECK(kaos.cost == 4000000); // no cost column: kept
        const Product tote = productBySku(*f.db, QStringLiteral("TOTE-03"));
        CHECK(tote.unitPrice == 6000000);
        CHECK(tote.onHand == 8);
        CHECK(tote.version == 1); // only its stock changed

        auto movements = StockLedger(*f.db).movements(kaos.id);
        REQUIRE(movements.ok());
        REQUIRE(movements->size() == 2);
        const auto adjustment =
            std::find_if(movements->cbegin(), movements->cend(),
                         [](const StockMovement &m) { return m.kind == MovementKind::Adjustment; });
        REQUIRE(adjustment != movements->cend());
        CHECK(adjustment->quantity == -3);
        CHECK(adjustment->reason == QStringLiteral("CSV import"));
        CHECK(tableCounts(*f.db).stockMovements == before.stockMovements + 2);
        requireLedgerConsistent(*f.db);
    }
}

TEST_CASE("bad product rows are all reported and nothing is written")
{
    ImportFixture f;
    f.addCatalogue();
    const TableCounts before = tableCounts(*f.db);
    const ImportReport report = f.importProducts("sku,name,unit_price,cost,on_hand,active\n"
                                                 "NEW-01,Produk Baru,12000,5000,4,1\n" // fine on its own
                                                 "NEW-02,Produk Dua,12.000,5000,4,1\n" // grouping dot
                                                 "NEW-03,Produk Tiga,1000,abc,4,1\n"
                                                 "NEW-04,,1000,500,-2,ya\n"
                                                 "NEW-01,Produk Lagi,1000,500,1,2\n"
                                                 "KAOS-01,Kaos Polos Hitam,-5,40000,1.5,1\n");
    INFO(issuesText(report).toStdString());
    CHECK_FALSE(report.applied);
    CHECK(hasIssue(report, 3, QStringLiteral("unit_price"), QStringLiteral("“12.000” is not an amount")));
    CHECK(hasIssue(report, 4, QStringLiteral("cost"), QStringLiteral("“abc” is not an amount")));
    CHECK(hasIssue(report, 5, QStringLiteral("name"), QStringLiteral("is empty")));
    CHECK(hasIssue(report, 5, QStringLiteral("on_hand"), QStringLiteral("whole number")));
    CHECK(hasIssue(report, 6, QStringLiteral("sku"), QStringLiteral("also on row 2")));
    CHECK(hasIssue(report, 7, QStringLiteral("unit_price"), QStringLiteral("negative")));
    CHECK(hasIssue(report, 7, QStringLiteral("on_hand"), QStringLiteral("“1.5”")));
    CHECK(report.issues.size() == 7);
    CHECK(tableCounts(*f.db) == before);
    CHECK(productBySku(*f.db, QStringLiteral("KAOS-01")).unitPrice == 8500000);
}

TEST_CASE("a products file without a required column is refused as a whole, naming the column")
{
    ImportFixture f;
    const QString path = writeCsv(QStringLiteral("no-price.csv"), "sku,name,cost\nA-1,Kaos,1000\n");
    auto result = importCsv(*f.db, ImportKind::Products, path, {}, f.actor, f.clock);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("unit_price")));
    CHECK(tableCounts(*f.db).products == 0);
}

TEST_CASE("a dry run of products counts what would happen and writes nothing")
{
    ImportFixture f;
    f.addCatalogue();
    const TableCounts before = tableCounts(*f.db);
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport report = f.importProducts("sku,name,unit_price,on_hand\n"
                                                 "KAOS-01,Kaos Polos Hitam,85000,25\n"
                                                 "NEW-01,Produk Baru,1000,1\n",
                                                 dry);
    CHECK_FALSE(report.applied);
    CHECK(report.issues.isEmpty());
    CHECK(report.created == 1);
    CHECK(report.updated == 1);
    CHECK(tableCounts(*f.db) == before);
    CHECK(productBySku(*f.db, QStringLiteral("KAOS-01")).onHand == 20);
}

TEST_CASE("a file wrong on every row lists the first issues and counts the rest")
{
    ImportFixture f;
    QByteArray csv = "sku,name,unit_price\n";
    const int rows = importing::IssueList::kMaxListed + 25;
    for (int i = 0; i < rows; ++i)
        csv += "SKU-" + QByteArray::number(i) + ",Produk,harga\n";
    const ImportReport report = f.importProducts(csv);
    CHECK_FALSE(report.applied);
    CHECK(report.rowsRead == rows);
    CHECK(report.issues.size() == importing::IssueList::kMaxListed);
    CHECK(report.moreIssues == 25);
    CHECK(report.issues.last().row == importing::IssueList::kMaxListed + 1);
    CHECK(tableCounts(*f.db).products == 0);
}
