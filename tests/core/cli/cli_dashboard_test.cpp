// rapi-cli kpi (the dashboard's figures as JSON) and recap (the daily recap as text), on imported
// orders and tickets whose figures were worked out by hand.
#include "clisupport.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapi::test;

namespace {

const QByteArray kProducts = "sku,name,unit_price,cost,on_hand,reorder_point,reorder_qty,active\n"
                             "KAOS-01,Kaos Polos Hitam,85000,40000,20,5,10,1\n"
                             "TOTE-03,Tote Bag Kanvas,60000,25000,3,5,5,1\n";

// Stays (import rules, docs/cli.md): A-1 new 30 min, paid 0 s, processing since Mon 09:30;
// A-2 new 10 min, paid 0 s, processing 21 h 50 min, shipped since Thu 08:00; A-3 cancelled at
// once; A-4 (the week before) new 2 h, paid 0 s, processing 20 h, shipped since 11 November.
const QByteArray kOrders =
    "order_number;ordered_at;channel;status;paid_at;shipped_at;courier;tracking_number;sku;quantity;"
    "unit_price;discount\n"
    "A-1;2026-11-16 09:00;shopee;processing;2026-11-16 09:30;;;;KAOS-01;2;85000;5000\n"
    "A-1;2026-11-16 09:00;shopee;processing;2026-11-16 09:30;;;;TOTE-03;1;60000;\n"
    "A-2;2026-11-18 10:00;WhatsApp;shipped;2026-11-18 10:10;2026-11-19 08:00;JNE;JNE1;KAOS-01;1;85000;\n"
    "A-3;2026-11-20 10:00;Toko;cancelled;;;;;KAOS-01;1;85000;\n"
    "A-4;2026-11-10 10:00;shopee;shipped;2026-11-10 12:00;2026-11-11 08:00;JNE;JNE2;KAOS-01;1;85000;\n";

const QByteArray kTickets =
    "ticket_number,created_at,customer_name,touchpoint,category,priority,status,"
    "first_response_at,resolved_at\n"
    "T-1,2026-11-16 09:00,Siti,shipping,keterlambatan,normal,resolved,2026-11-16 09:30,"
    "2026-11-16 11:00\n"
    "T-2,2026-11-17 10:00,Budi,shipping,keterlambatan,normal,resolved,2026-11-17 10:05,"
    "2026-11-17 10:30\n"
    "T-3,2026-11-18 10:00,Rina,payment,transfer,high,open,,\n";

QString shop()
{
    const QString db = tempFilePath(QStringLiteral("dashboard.rapi"));
    for (const auto &[kind, name, csv] :
         {std::tuple{"products", "products.csv", kProducts}, std::tuple{"orders", "orders.csv", kOrders},
          std::tuple{"tickets", "tickets.csv", kTickets}}) {
        QStringList args = {QStringLiteral("--database"), db, QStringLiteral("import"), QLatin1String(kind),
                            writeFile(QLatin1String(name), csv)};
        if (QLatin1String(kind) == QLatin1String("orders"))
            args << QStringLiteral("--apply-stock");
        REQUIRE(cli(args).exitCode == 0);
    }
    return db;
}

} // namespace

TEST_CASE("rapi-cli kpi --json reports the dashboard's figures with the previous period and the trend")
{
    const QString db = shop();
    const Run kpi = cli({QStringLiteral("--database"), db, QStringLiteral("kpi"), QStringLiteral("--from"),
                         QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
                         QStringLiteral("--json")});
    REQUIRE(kpi.exitCode == 0);
    const QJsonObject k = QJsonDocument::fromJson(kpi.out.toUtf8()).object();
    REQUIRE_FALSE(k.isEmpty());
    CHECK(k.value(QStringLiteral("orders_in")).toInteger() == 3);
    CHECK(k.value(QStringLiteral("orders_in_by_channel"))
              .toObject()
              .value(QStringLiteral("counter"))
              .toInteger() == 1);
    CHECK(k.value(QStringLiteral("gross_sales")).toInteger() == 22500000 + 8500000);
    const QJsonArray days = k.value(QStringLiteral("days")).toArray();
    REQUIRE(days.size() == 7);
    CHECK(days.at(2).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-18"));
    CHECK(days.at(2)
              .toObject()
              .value(QStringLiteral("gross_sales_by_channel"))
              .toObject()
              .value(QStringLiteral("whatsapp"))
              .toInteger() == 8500000);

    const QJsonObject times = k.value(QStringLiteral("time_in_stage")).toObject();
    const QJsonObject fresh = times.value(QStringLiteral("new")).toObject();
    CHECK(fresh.value(QStringLiteral("left")).toInteger() == 3);
    CHECK(fresh.value(QStringLiteral("median_seconds")).toInteger() == 600);
    CHECK(fresh.value(QStringLiteral("average_seconds")).toInteger() == 800);
    CHECK(times.value(QStringLiteral("processing"))
              .toObject()
              .value(QStringLiteral("median_seconds"))
              .toInteger() == 78600);
    CHECK(times.value(QStringLiteral("shipped")).toObject().value(QStringLiteral("median_seconds")).isNull());
    // Median ÷ threshold: paid 0, processing 78600 / 86400.
    CHECK(k.value(QStringLiteral("bottleneck")).toString() == QStringLiteral("processing"));

    const QJsonObject shipping = k.value(QStringLiteral("tickets_by_touchpoint"))
                                     .toObject()
                                     .value(QStringLiteral("shipping"))
                                     .toObject();
    CHECK(shipping.value(QStringLiteral("tickets")).toInteger() == 2);
    CHECK(shipping.value(QStringLiteral("top_categories"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("category"))
              .toString() == QStringLiteral("keterlambatan"));
    CHECK(k.value(QStringLiteral("tickets_created")).toInteger() == 3);

    const QJsonObject previous = k.value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-09"));
    CHECK(previous.value(QStringLiteral("orders_in")).toInteger() == 1);
    CHECK(previous.value(QStringLiteral("gross_sales")).toInteger() == 8500000);
    CHECK(previous.value(QStringLiteral("time_in_stage"))
              .toObject()
              .value(QStringLiteral("processing"))
              .toObject()
              .value(QStringLiteral("median_seconds"))
              .toInteger() == 72000);

    const QJsonArray trend = k.value(QStringLiteral("weekly_trend")).toArray();
    REQUIRE(trend.size() == 8);
    CHECK(trend.last().toObject().value(QStringLiteral("week")).toString() == QStringLiteral("2026-W47"));
    CHECK(trend.last().toObject().value(QStringLiteral("orders_in")).toInteger() == 3);
    CHECK(trend.at(6).toObject().value(QStringLiteral("gross_sales")).toInteger() == 8500000);
    CHECK(trend.last().toObject().value(QStringLiteral("fcr_percent")).toDouble() == 100.0);

    // The text form names the bottleneck too.
    const Run text =
        cli({QStringLiteral("--database"), db, QStringLiteral("kpi"), QStringLiteral("--from"),
             QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-23")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Bottleneck: Processing")));
    CHECK(text.out.contains(QStringLiteral("New: 3 left; average 13 min, median 10 min")));
}

TEST_CASE("rapi-cli recap prints the daily recap in either language and refuses bad dates")
{
    const QString db = shop();
    const QStringList monday = {QStringLiteral("--database"), db, QStringLiteral("recap"),
                                QStringLiteral("--date"), QStringLiteral("2026-11-16")};
    const Run en = cli(monday);
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("Daily recap for Monday, November 16, 2026")));
    CHECK(en.out.contains(QStringLiteral("Orders in: 1 (gross sales Rp 225.000)")));
    CHECK(en.out.contains(QStringLiteral("Orders done: 0")));
    CHECK(en.out.contains(QStringLiteral("Tickets created: 1, resolved: 1")));
    CHECK(en.out.contains(QStringLiteral("Stuck orders: ")));
    CHECK(en.out.contains(QStringLiteral("Processing: 1 (")));
    // TOTE-03: 3 on hand, 1 reserved by A-1, reorder point 5.
    CHECK(en.out.contains(QStringLiteral("Critical stock: 1")));
    CHECK(en.out.contains(QStringLiteral("TOTE-03 Tote Bag Kanvas: 2 available, reorder point 5")));
    CHECK(en.out.contains(QStringLiteral("Open tickets: 1, of which")));

    const Run id = cliIn(QStringLiteral("id"), monday);
    REQUIRE(id.exitCode == 0);
    CHECK(id.out.contains(QStringLiteral("Senin, 16 November 2026")));
    CHECK(id.out.contains(QStringLiteral("Rp 225.000")));
    CHECK(id.out.contains(QStringLiteral("Diproses: 1 (")));

    const Run bad = cli({QStringLiteral("--database"), db, QStringLiteral("recap"), QStringLiteral("--date"),
                         QStringLiteral("2026-02-30")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("--date “2026-02-30” is not a date")));
    const Run json =
        cli({QStringLiteral("--database"), db, QStringLiteral("recap"), QStringLiteral("--json")});
    CHECK(json.exitCode == 2);
    CHECK(json.err.contains(QStringLiteral("--json does not go with “recap”")));
    const Run missing = cli(
        {QStringLiteral("--database"), tempFilePath(QStringLiteral("none.rapi")), QStringLiteral("recap")});
    CHECK(missing.exitCode == 1);
    const Run today = cli({QStringLiteral("--database"), db, QStringLiteral("recap")});
    CHECK(today.exitCode == 0);
    CHECK(today.out.contains(QStringLiteral("Daily recap for ")));
}
