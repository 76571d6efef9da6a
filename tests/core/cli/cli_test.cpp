#include "clisupport.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapi::test;

namespace {

const QByteArray kProducts = "sku,name,unit_price,cost,on_hand,reorder_point,reorder_qty,active\n"
                             "KAOS-01,Kaos Polos Hitam,85000,40000,20,5,10,1\n"
                             "TOTE-03,Tote Bag Kanvas,60000,25000,3,5,5,1\n";

} // namespace

TEST_CASE("rapi-cli refuses wrong usage with exit code 2")
{
    const QString db = tempFilePath(QStringLiteral("usage.rapi"));
    const Run unknown = cli({QStringLiteral("--database"), db, QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command “frobnicate”")));
    CHECK(unknown.err.contains(QStringLiteral("check, backup, report")));

    const Run nothing = cli({QStringLiteral("--database"), db});
    CHECK(nothing.exitCode == 2);
    const Run unknownOption =
        cli({QStringLiteral("--database"), db, QStringLiteral("check"), QStringLiteral("--fast")});
    CHECK(unknownOption.exitCode == 2);
    const Run wrongOption =
        cli({QStringLiteral("--database"), db, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(wrongOption.exitCode == 2);
    CHECK(wrongOption.err.contains(QStringLiteral("--json does not go with “check”")));
    const Run noDatabase = cli({QStringLiteral("check")});
    CHECK(noDatabase.exitCode == 2);
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("import orders FILE.csv")));
    CHECK_FALSE(QFileInfo::exists(db)); // nothing ran, so no database was created
}

TEST_CASE("rapi-cli import: a missing file or a bad CSV exits 1 with the reason, row and column")
{
    const QString db = tempFilePath(QStringLiteral("bad.rapi"));
    const Run missing = cli({QStringLiteral("--database"), db, QStringLiteral("import"),
                             QStringLiteral("products"), tempFilePath(QStringLiteral("no-such-file.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(db));

    const QString bad = writeFile(QStringLiteral("bad-products.csv"), "sku,name,unit_price\n"
                                                                      "A-1,Kaos,1000\n"
                                                                      "A-2,Hijab,12.000\n");
    const Run refused =
        cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("products"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("row 3, column unit_price: “12.000” is not an amount")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));

    const QString noColumn = writeFile(QStringLiteral("no-column.csv"), "sku,name\nA-1,Kaos\n");
    const Run fileLevel = cli(
        {QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("products"), noColumn});
    CHECK(fileLevel.exitCode == 1);
    CHECK(fileLevel.err.contains(QStringLiteral("unit_price")));

    const Run notADatabase = cli({QStringLiteral("--database"), bad, QStringLiteral("check")});
    CHECK(notADatabase.exitCode == 1);
    CHECK(notADatabase.err.contains(QStringLiteral("not a Rapi database")));

    const Run applyStockOnProducts = cli({QStringLiteral("--database"), db, QStringLiteral("import"),
                                          QStringLiteral("products"), bad, QStringLiteral("--apply-stock")});
    CHECK(applyStockOnProducts.exitCode == 2);
}

TEST_CASE("rapi-cli imports products and orders, then reports KPIs as JSON and passes the check")
{
    const QString db = tempFilePath(QStringLiteral("kpi.rapi"));
    const QString products = writeFile(QStringLiteral("products.csv"), kProducts);
    const Run imported = cli(
        {QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("products"), products});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 rows read; 2 created, 0 updated, 0 unchanged")));

    const QString orders = writeFile(
        QStringLiteral("orders.csv"),
        "\xEF\xBB\xBForder_number;ordered_at;channel;status;paid_at;shipped_at;courier;tracking_number;sku;"
        "quantity;"
        "unit_price;discount\n"
        "A-1;2026-11-16 09:00;shopee;processing;2026-11-16 09:30;;;;KAOS-01;2;85000;5000\n"
        "A-1;2026-11-16 09:00;shopee;processing;2026-11-16 09:30;;;;TOTE-03;1;60000;\n"
        "A-2;2026-11-18 10:00;WhatsApp;shipped;2026-11-18 10:10;2026-11-19 08:00;JNE;JNE1;KAOS-01;1;85000;\n"
        "A-3;2026-11-20 10:00;Toko;cancelled;;;;;KAOS-01;1;85000;\n"
        "A-4;2026-11-24 10:00;shopee;new;;;;;KAOS-01;1;85000;\n");
    const QStringList importOrders = {QStringLiteral("--database"), db,     QStringLiteral("import"),
                                      QStringLiteral("orders"),     orders, QStringLiteral("--apply-stock")};
    const Run dry = cli(importOrders + QStringList{QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("nothing was written")));
    const Run ordered = cli(importOrders);
    REQUIRE(ordered.exitCode == 0);
    CHECK(ordered.out.contains(QStringLiteral("5 rows read; 4 created, 0 updated, 0 unchanged")));
    const Run again = cli(importOrders);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 created, 0 updated, 4 unchanged")));

    const Run kpi = cli({QStringLiteral("--database"), db, QStringLiteral("kpi"), QStringLiteral("--from"),
                         QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
                         QStringLiteral("--json")});
    REQUIRE(kpi.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(kpi.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isObject());
    const QJsonObject k = json.object();
    CHECK(k.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-16"));
    CHECK(k.value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-23"));
    CHECK(k.value(QStringLiteral("orders_in")).toInteger() == 3); // A-4 is after the period
    CHECK(k.value(QStringLiteral("orders_done")).toInteger() == 0);
    // Not cancelled, placed in the period: A-1 (2×85000−5000+60000) and A-2 (85000), minor units.
    CHECK(k.value(QStringLiteral("gross_sales")).toInteger() == 22500000 + 8500000);
    const QJsonObject byChannel = k.value(QStringLiteral("gross_sales_by_channel")).toObject();
    CHECK(byChannel.value(QStringLiteral("shopee")).toInteger() == 22500000);
    CHECK(byChannel.value(QStringLiteral("whatsapp")).toInteger() == 8500000);
    CHECK(byChannel.value(QStringLiteral("counter")).toInteger() == 0);
    const QJsonObject pending = k.value(QStringLiteral("pending_by_stage")).toObject();
    CHECK(pending.value(QStringLiteral("processing")).toInteger() == 1);
    CHECK(pending.value(QStringLiteral("shipped")).toInteger() == 1);
    CHECK(pending.value(QStringLiteral("new")).toInteger() == 1);
    CHECK(pending.contains(QStringLiteral("awaiting_payment")));
    CHECK(k.value(QStringLiteral("stuck_by_stage")).toObject().contains(QStringLiteral("paid")));
    // TOTE-03: 3 on hand, 1 reserved by A-1, reorder point 5.
    CHECK(k.value(QStringLiteral("critical_stock")).toInteger() == 1);

    const Run check = cli({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("OK"));

    const Run badDate = cli({QStringLiteral("--database"), db, QStringLiteral("kpi"),
                             QStringLiteral("--from"), QStringLiteral("2026-11-31"), QStringLiteral("--to"),
                             QStringLiteral("2026-12-07"), QStringLiteral("--json")});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains(QStringLiteral("2026-11-31")));
    const Run backwards = cli({QStringLiteral("--database"), db, QStringLiteral("kpi"),
                               QStringLiteral("--from"), QStringLiteral("2026-11-23"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    CHECK(backwards.exitCode == 1);
    CHECK(backwards.err.contains(QStringLiteral("--to must be after --from")));
}
