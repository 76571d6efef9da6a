#include "clisupport.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapi::test;

namespace {

const QByteArray kCustomers = "name,phone,email,address,tags,notes\n"
                              "Siti Rahmawati,0812-3456-7890,siti@example.com,Bandung,vip,Suka warna pastel\n"
                              "Budi Santoso,0813-2222-3333,,,reseller,\n";

// A week of tickets (Mon 9 – Sun 15 November 2026) and two from the Friday before, worked out by
// hand in the test below. Business hours Mon–Sat 08:00–17:00 WIB, the default SLA targets.
const QByteArray kTickets =
    "ticket_number,created_at,customer_name,customer_phone,order_number,channel,touchpoint,category,priority,"
    "status,first_response_at,resolved_at,reopened_count,outgoing_messages,handle_seconds,csat\n"
    "T-1,2026-11-09 09:00,Siti,0812-3456-7890,,whatsapp,shipping,keterlambatan,normal,resolved,"
    "2026-11-09 09:30,2026-11-09 11:00,0,1,600,5\n"
    "T-2,2026-11-09 10:00,Budi Santoso,+62 813 2222 3333,,shopee,payment,transfer,urgent,closed,"
    "2026-11-09 12:00,2026-11-10 10:00,0,3,1200,2\n"
    "T-3,2026-11-11 09:00,Rina,,,,shipping,,high,open,,,,,,\n"
    "T-4,2026-11-12 16:00,Siti Rahmawati,081234567890,,,after_sales,retur,low,pending,2026-11-12 "
    "16:30,,,1,,\n"
    "T-5,2026-11-14 10:00,Budi,0813 2222 3333,,,other,,normal,resolved,2026-11-14 10:10,2026-11-14 "
    "11:00,1,1,,\n"
    "T-6,2026-11-06 10:00,Rina,,,,product_use,,normal,escalated,2026-11-06 10:30,,,,,\n"
    "T-7,2026-11-06 15:00,Siti,0812-3456-7890,,,payment,,low,resolved,2026-11-06 15:10,2026-11-09 "
    "09:00,0,1,300,4\n";

QJsonObject kpiJson(const QString &db, const QString &from, const QString &to)
{
    const Run kpi = cli({QStringLiteral("--database"), db, QStringLiteral("kpi"), QStringLiteral("--from"),
                         from, QStringLiteral("--to"), to, QStringLiteral("--json")});
    REQUIRE(kpi.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(kpi.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isObject());
    return json.object();
}

} // namespace

TEST_CASE("rapi-cli imports customers and tickets, then reports the ticket KPIs as JSON")
{
    const QString db = tempFilePath(QStringLiteral("tickets.rapi"));
    const QString customers = writeFile(QStringLiteral("customers.csv"), kCustomers);
    const QStringList importCustomers = {QStringLiteral("--database"), db, QStringLiteral("import"),
                                         QStringLiteral("customers"), customers};
    const Run imported = cli(importCustomers);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(
        QStringLiteral("customers.csv: 2 rows read; 2 created, 0 updated, 0 unchanged.")));
    const Run customersAgain = cli(importCustomers);
    REQUIRE(customersAgain.exitCode == 0);
    CHECK(customersAgain.out.contains(QStringLiteral("0 created, 0 updated, 2 unchanged")));

    const QString tickets = writeFile(QStringLiteral("tickets.csv"), kTickets);
    const QStringList importTickets = {QStringLiteral("--database"), db, QStringLiteral("import"),
                                       QStringLiteral("tickets"), tickets};
    const Run dry = cli(importTickets + QStringList{QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("7 rows read; 7 created")));
    CHECK(dry.out.contains(QStringLiteral("nothing was written")));
    CHECK(kpiJson(db, QStringLiteral("2026-11-09"), QStringLiteral("2026-11-16"))
              .value(QStringLiteral("tickets_created"))
              .toInteger() == 0);
    const Run ticketsRun = cli(importTickets);
    REQUIRE(ticketsRun.exitCode == 0);
    CHECK(ticketsRun.out.contains(
        QStringLiteral("tickets.csv: 7 rows read; 7 created, 0 updated, 0 unchanged.")));
    const Run ticketsAgain = cli(importTickets);
    REQUIRE(ticketsAgain.exitCode == 0);
    CHECK(ticketsAgain.out.contains(QStringLiteral("0 created, 0 updated, 7 unchanged")));

    const QJsonObject k = kpiJson(db, QStringLiteral("2026-11-09"), QStringLiteral("2026-11-16"));
    CHECK(k.value(QStringLiteral("tickets_created")).toInteger() == 5);  // T-1 … T-5
    CHECK(k.value(QStringLiteral("tickets_resolved")).toInteger() == 4); // T-1, T-2, T-5, T-7
    CHECK(k.value(QStringLiteral("open_tickets")).toInteger() == 3);     // T-3, T-4 (pending), T-6
    const QJsonObject byTouchpoint = k.value(QStringLiteral("open_tickets_by_touchpoint")).toObject();
    CHECK(byTouchpoint.size() == 6);
    CHECK(byTouchpoint.value(QStringLiteral("shipping")).toInteger() == 1);
    CHECK(byTouchpoint.value(QStringLiteral("after_sales")).toInteger() == 1);
    CHECK(byTouchpoint.value(QStringLiteral("product_use")).toInteger() == 1);
    CHECK(byTouchpoint.value(QStringLiteral("payment")).toInteger() == 0);
    CHECK(byTouchpoint.value(QStringLiteral("pre_purchase")).toInteger() == 0);
    const QJsonObject byPriority = k.value(QStringLiteral("open_tickets_by_priority")).toObject();
    CHECK(byPriority.value(QStringLiteral("high")).toInteger() == 1);
    CHECK(byPriority.value(QStringLiteral("low")).toInteger() == 1);
    CHECK(byPriority.value(QStringLiteral("normal")).toInteger() == 1);
    CHECK(byPriority.value(QStringLiteral("urgent")).toInteger() == 0);
    // First response: T-2 after 2 h on a 1 h target; T-3 never answered, due Wed 11:00.
    CHECK(k.value(QStringLiteral("sla_first_response_breaches")).toInteger() == 2);
    // Resolution: T-2 after 9 business hours on 8; T-3 unresolved, its 16 h ran out Thu 16:00.
    CHECK(k.value(QStringLiteral("sla_resolution_breaches")).toInteger() == 2);
    // Resolved in the period: T-1 and T-7 one reply and never reopened; T-2 three replies; T-5 reopened.
    CHECK(k.value(QStringLiteral("fcr_percent")).toDouble() == 50.0);
    CHECK(k.value(QStringLiteral("aht_seconds")).toInteger() == 700);  // (600 + 1200 + 300) / 3
    CHECK(k.value(QStringLiteral("csat_percent")).toDouble() == 66.7); // 5 and 4 of 5, 2, 4
    CHECK(k.value(QStringLiteral("orders_in")).toInteger() == 0);      // the order figures are still there

    // A week without tickets: nothing to divide by gives null, not 0.
    const QJsonObject empty = kpiJson(db, QStringLiteral("2026-10-05"), QStringLiteral("2026-10-12"));
    CHECK(empty.value(QStringLiteral("tickets_created")).toInteger() == 0);
    CHECK(empty.value(QStringLiteral("tickets_resolved")).toInteger() == 0);
    CHECK(empty.value(QStringLiteral("sla_first_response_breaches")).toInteger() == 0);
    CHECK(empty.value(QStringLiteral("open_tickets")).toInteger() == 3); // open tickets are "now"
    for (const char *key : {"fcr_percent", "aht_seconds", "csat_percent"}) {
        INFO(key);
        REQUIRE(empty.contains(QLatin1String(key)));
        CHECK(empty.value(QLatin1String(key)).isNull());
    }

    const Run people =
        cli({QStringLiteral("--database"), db, QStringLiteral("kpi"), QStringLiteral("--from"),
             QStringLiteral("2026-11-09"), QStringLiteral("--to"), QStringLiteral("2026-11-16")});
    REQUIRE(people.exitCode == 0);
    CHECK(people.out.contains(QStringLiteral("Tickets created: 5, resolved: 4")));
    CHECK(people.out.contains(QStringLiteral("FCR: 50.0 %, AHT: 700 s, CSAT: 66.7 %")));
}

TEST_CASE("rapi-cli refuses a ticket file with issues as a whole and names row and column")
{
    const QString db = tempFilePath(QStringLiteral("bad-tickets.rapi"));
    const QString bad =
        writeFile(QStringLiteral("bad-tickets.csv"),
                  "ticket_number,created_at,customer_name,touchpoint,status,resolved_at,csat\n"
                  "T-1,2026-11-09 09:00,Siti,shipping,resolved,2026-11-09 10:00,5\n"
                  "T-2,2026-11-09 09:00,Budi,complaint,resolved,2026-11-09 08:00,7\n");
    const Run refused =
        cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("tickets"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("row 3, column touchpoint: unknown touchpoint “complaint”")));
    CHECK(refused.err.contains(QStringLiteral("row 3, column resolved_at: is before created_at")));
    CHECK(refused.err.contains(QStringLiteral("row 3, column csat: “7” is not a CSAT score")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported: the file has 3 issue")));
    const QJsonObject k = kpiJson(db, QStringLiteral("2026-11-09"), QStringLiteral("2026-11-16"));
    CHECK(k.value(QStringLiteral("tickets_created")).toInteger() == 0);

    const Run applyStock = cli({QStringLiteral("--database"), db, QStringLiteral("import"),
                                QStringLiteral("tickets"), bad, QStringLiteral("--apply-stock")});
    CHECK(applyStock.exitCode == 2);
    const Run unknownKind =
        cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("suppliers"), bad});
    CHECK(unknownKind.exitCode == 2);
    CHECK(unknownKind.err.contains(QStringLiteral("products|orders|customers|tickets")));
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("import tickets FILE.csv")));
}
