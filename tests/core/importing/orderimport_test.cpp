#include "importtestsupport.h"
#include "orders/orderrepository.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

const QByteArray kHeader =
    "order_number,ordered_at,channel,customer_name,customer_phone,status,payment_method,"
    "paid_at,shipped_at,completed_at,courier,tracking_number,sku,quantity,unit_price,discount,"
    "shipping_fee\n";

Order orderByNumber(Database &db, const QString &number)
{
    OrderRepository orders(db);
    auto id = orders.idForNumber(number);
    INFO(number.toStdString() << ": " << id.error().toStdString());
    REQUIRE(id.ok());
    auto order = orders.get(id.value());
    INFO(order.error().toStdString());
    REQUIRE(order.ok());
    return order.value();
}

} // namespace

TEST_CASE("importing orders writes orders, lines, customers and the stage history their times imply")
{
    ImportFixture f;
    f.addCatalogue();
    const TableCounts before = tableCounts(*f.db);
    const ImportReport report = f.importOrders(
        kHeader +
        "SO-1001,2026-11-16 09:15,shopee,Siti Rahmawati,0812-3456-7890,completed,marketplace,2026-11-16 "
        "09:20,"
        "2026-11-17 10:00,2026-11-19T16:30:00,JNE,JNE123,KAOS-01,2,85000,5000,15000\n"
        "SO-1001,2026-11-16 09:15,shopee,Siti Rahmawati,0812-3456-7890,completed,marketplace,2026-11-16 "
        "09:20,"
        "2026-11-17 10:00,2026-11-19T16:30:00,JNE,JNE123,HIJAB-02,1,45000.50,,15000\n"
        "SO-1002,2026-11-17T20:00:00+07:00,TikTok Shop,Budi,+62 812 3456 "
        "7890,awaiting_payment,,,,,,,TOTE-03,1,"
        "60000,,0\n"
        "SO-1003,2026-11-18 08:00:00Z,WHATSAPP,Dewi Lestari,,processing,COD,,,,,,KAOS-01,1,85000,,10000\n");
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.rowsRead == 4);
    CHECK(report.created == 3);
    CHECK(report.unchanged == 0);

    const TableCounts after = tableCounts(*f.db);
    CHECK(after.orders == before.orders + 3);
    CHECK(after.orderLines == before.orderLines + 4);
    CHECK(after.customers == before.customers + 2);       // SO-1002 has Siti's phone, written differently
    CHECK(after.stockMovements == before.stockMovements); // no --apply-stock: stock untouched
    CHECK(after.orderEvents == before.orderEvents + 5 + 2 + 2);

    const Order done = orderByNumber(*f.db, QStringLiteral("SO-1001"));
    CHECK(done.stage == OrderStage::Completed);
    CHECK(done.channelName == QStringLiteral("Shopee"));
    CHECK(done.paymentMethod == PaymentMethod::Marketplace);
    CHECK(done.customerName == QStringLiteral("Siti Rahmawati"));
    CHECK(done.customerPhone == QStringLiteral("081234567890"));
    CHECK(done.subtotal == 2 * 8500000 - 500000 + 4500050);
    CHECK(done.shippingFee == 1500000);
    CHECK(done.courier == QStringLiteral("JNE"));
    CHECK(done.trackingNumber == QStringLiteral("JNE123"));
    CHECK_FALSE(done.stockReserved);
    // Times without an offset are Jakarta time.
    CHECK(done.placedAt == jakarta(2026, 11, 16, 9, 15));
    CHECK(done.paidAt == jakarta(2026, 11, 16, 9, 20));
    CHECK(done.shippedAt == jakarta(2026, 11, 17, 10, 0));
    CHECK(done.completedAt == jakarta(2026, 11, 19, 16, 30));
    CHECK(done.stageEnteredAt == jakarta(2026, 11, 19, 16, 30));
    REQUIRE(done.lines.size() == 2);
    REQUIRE(done.events.size() == 5);
    const OrderStage path[] = {OrderStage::New, OrderStage::Paid, OrderStage::Processing, OrderStage::Shipped,
                               OrderStage::Completed};
    const qint64 at[] = {jakarta(2026, 11, 16, 9, 15), jakarta(2026, 11, 16, 9, 20),
                         jakarta(2026, 11, 16, 9, 20), jakarta(2026, 11, 17, 10, 0),
                         jakarta(2026, 11, 19, 16, 30)};
    for (int i = 0; i < 5; ++i) {
        INFO("event " << i);
        CHECK(done.events[i].to == path[i]);
        CHECK(done.events[i].at == at[i]);
        if (i > 0)
            CHECK(done.events[i].from == path[i - 1]);
    }
    CHECK_FALSE(done.events[0].from.has_value());

    const Order waiting = orderByNumber(*f.db, QStringLiteral("SO-1002"));
    CHECK(waiting.channelName == QStringLiteral("TikTok Shop"));
    CHECK(waiting.stage == OrderStage::AwaitingPayment);
    CHECK(waiting.customerId == done.customerId);
    CHECK(waiting.placedAt == jakarta(2026, 11, 17, 20, 0));
    CHECK(waiting.paymentMethod == PaymentMethod::Transfer); // empty payment_method
    CHECK_FALSE(waiting.paidAt.has_value());

    const Order cod = orderByNumber(*f.db, QStringLiteral("SO-1003"));
    CHECK(cod.stage == OrderStage::Processing);
    CHECK(cod.paymentMethod == PaymentMethod::Cod);
    CHECK(cod.placedAt == jakarta(2026, 11, 18, 15, 0)); // 08:00Z
    CHECK(cod.stageEnteredAt == cod.placedAt);
    REQUIRE(cod.events.size() == 2);
    CHECK(cod.events[1].to == OrderStage::Processing);
    CHECK(cod.events[1].from == OrderStage::New);
}

TEST_CASE("cancelled and returned orders get their side exit at the latest known time")
{
    ImportFixture f;
    f.addCatalogue();
    const ImportReport report = f.importOrders(
        kHeader +
        "C-1,2026-11-16 09:00,counter,,,cancelled,transfer,2026-11-16 10:00,,,,,KAOS-01,1,85000,,0\n"
        "R-1,2026-11-16 09:00,instagram,Rina,08111,returned,transfer,,2026-11-17 "
        "09:00,,,,TOTE-03,1,60000,,0\n"
        "D-1,2026-11-16 09:00,tokopedia,Rina,08111,completed,cod,,2026-11-17 09:00,2026-11-18 "
        "12:00,SiCepat,SC1,"
        "TOTE-03,1,60000,,0\n");
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);

    const Order cancelled = orderByNumber(*f.db, QStringLiteral("C-1"));
    CHECK_FALSE(cancelled.customerId.has_value()); // neither name nor phone
    REQUIRE(cancelled.events.size() == 3);
    CHECK(cancelled.events[1].to == OrderStage::Paid);
    CHECK(cancelled.events[2].from == OrderStage::Paid);
    CHECK(cancelled.events[2].to == OrderStage::Cancelled);
    CHECK(cancelled.events[2].at == jakarta(2026, 11, 16, 10, 0));
    CHECK(cancelled.paidAt == jakarta(2026, 11, 16, 10, 0));

    const Order returned = orderByNumber(*f.db, QStringLiteral("R-1"));
    REQUIRE(returned.events.size() == 5);                        // new, paid, processing, shipped, returned
    CHECK(returned.events[1].at == jakarta(2026, 11, 16, 9, 0)); // no paid_at: ordered_at
    CHECK(returned.events[4].from == OrderStage::Shipped);
    CHECK(returned.events[4].to == OrderStage::Returned);
    CHECK(returned.events[4].at == jakarta(2026, 11, 17, 9, 0));
    CHECK(returned.shippedAt == jakarta(2026, 11, 17, 9, 0));
    CHECK_FALSE(returned.completedAt.has_value());

    const Order cod = orderByNumber(*f.db, QStringLiteral("D-1"));
    CHECK(cod.paidAt == jakarta(2026, 11, 18, 12, 0)); // cash on delivery: paid when completed
    CHECK(cod.customerId == returned.customerId);
}

TEST_CASE("every bad order row is reported with its row and column, and nothing is written")
{
    ImportFixture f;
    f.addCatalogue();
    const TableCounts before = tableCounts(*f.db);
    // Row numbers are file lines: the quoted two-line name in the first data row makes the
    // second record start on line 4.
    const ImportReport report = f.importOrders(
        kHeader + "OK-1,2026-11-16 09:00,shopee,\"Siti\nRahma\",0812,new,,,,,,,KAOS-01,1,85000,,0\n"    // 2-3
                  "BAD-1,2026-13-01 10:00,shopee,A,,new,,,,,,,KAOS-01,1,85000,,0\n"                     // 4
                  "BAD-2,2026-11-16 10:00,lazada,A,,new,,,,,,,KAOS-01,1,85000,,0\n"                     // 5
                  "BAD-3,2026-11-16 10:00,shopee,A,,new,,,,,,,NOPE-99,1,85000,,0\n"                     // 6
                  "BAD-4,2026-11-16 10:00,shopee,A,,new,,,,,,,KAOS-01,0,85000,,0\n"                     // 7
                  "BAD-5,2026-11-16 10:00,shopee,A,,shipped,,,2026-11-17 10:00,,,,KAOS-01,1,85000,,0\n" // 8
                  "BAD-6,2026-11-16 10:00,shopee,A,,paid,,,,,,,KAOS-01,1,85000,,0\n"                    // 9
                  "BAD-6,2026-11-16 10:00,shopee,A,,paid,,,,,,,KAOS-01,2,85000,,0\n"                    // 10
                  "BAD-7,2026-11-16 10:00,shopee,A,,paid,,,,,,,KAOS-01,1,85000,,0\n"                    // 11
                  "BAD-7,2026-11-16 10:00,shopee,A,,paid,,,,,,,HIJAB-02,1,45000,,9000\n"                // 12
                  "BAD-8,2026-11-16 10:00,shopee,A,,new,,,,,,,KAOS-01,1,\"85.000,00\",,0\n"             // 13
                  "BAD-9,2026-11-16 10:00,shopee,A,,dikirim,,,,,,,KAOS-01,1,85000,,0\n"                 // 14
                  "BAD-10,2026-11-16 10:00,shopee,A,,paid,,2026-11-15 10:00,,,,,KAOS-01,1,85000,,0\n"   // 15
                  "BAD-11,2026-11-16 10:00,shopee,A,,new,,,,,,,KAOS-01,1,85000,90000,0\n");             // 16
    INFO(issuesText(report).toStdString());
    CHECK_FALSE(report.applied);
    CHECK(hasIssue(report, 4, QStringLiteral("ordered_at"),
                   QStringLiteral("“2026-13-01 10:00” is not a date")));
    CHECK(hasIssue(report, 5, QStringLiteral("channel"), QStringLiteral("unknown channel “lazada”")));
    CHECK(hasIssue(report, 5, QStringLiteral("channel"), QStringLiteral("tiktok (TikTok Shop)")));
    CHECK(hasIssue(report, 6, QStringLiteral("sku"), QStringLiteral("unknown SKU “NOPE-99”")));
    CHECK(hasIssue(report, 7, QStringLiteral("quantity"),
                   QStringLiteral("“0” is not a whole number of 1 or more")));
    CHECK(hasIssue(report, 8, QStringLiteral("courier"), QStringLiteral("shipped order needs a courier")));
    CHECK(hasIssue(report, 8, QStringLiteral("tracking_number"), QStringLiteral("tracking number")));
    CHECK(hasIssue(report, 10, QStringLiteral("sku"),
                   QStringLiteral("duplicate line: KAOS-01 is already on row 9")));
    CHECK(hasIssue(report, 12, QStringLiteral("shipping_fee"), QStringLiteral("row 11 of the same order")));
    CHECK(hasIssue(report, 13, QStringLiteral("unit_price"), QStringLiteral("“85.000,00” is not an amount")));
    CHECK(hasIssue(report, 14, QStringLiteral("status"), QStringLiteral("unknown status “dikirim”")));
    CHECK(hasIssue(report, 15, QStringLiteral("paid_at"), QStringLiteral("before ordered_at")));
    CHECK(hasIssue(report, 16, QStringLiteral("discount"), QStringLiteral("more than the line is worth")));
    CHECK(report.issues.size() == 12);
    CHECK(tableCounts(*f.db) == before);
}

TEST_CASE("an orders file without a required column is refused as a whole, naming the column")
{
    ImportFixture f;
    const QString path =
        writeCsv(QStringLiteral("no-sku.csv"), "order_number,ordered_at,channel,status,quantity,unit_price\n"
                                               "A-1,2026-11-16 09:00,shopee,new,1,1000\n");
    auto result = importCsv(*f.db, ImportKind::Orders, path, {}, f.actor, f.clock);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("no column sku")));
    CHECK(tableCounts(*f.db).orders == 0);
}

TEST_CASE("importing the same orders twice changes nothing the second time")
{
    ImportFixture f;
    f.addCatalogue();
    const QByteArray file =
        kHeader + "A-1,2026-11-16 09:00,shopee,Siti,0812,paid,,2026-11-16 09:30,,,,,KAOS-01,1,85000,,0\n"
                  "A-1,2026-11-16 09:00,shopee,Siti,0812,paid,,2026-11-16 09:30,,,,,TOTE-03,1,60000,,0\n"
                  "A-2,2026-11-16 10:00,counter,,,completed,cash,,,,,,HIJAB-02,2,45000,,0\n";
    ImportOptions options;
    options.applyStock = true;
    const ImportReport first = f.importOrders(file, options);
    INFO(issuesText(first).toStdString());
    REQUIRE(first.applied);
    CHECK(first.created == 2);
    const TableCounts after = tableCounts(*f.db);

    const ImportReport second = f.importOrders(file, options);
    INFO(issuesText(second).toStdString());
    REQUIRE(second.applied);
    CHECK(second.rowsRead == 3);
    CHECK(second.created == 0);
    CHECK(second.unchanged == 2);
    CHECK(tableCounts(*f.db) == after);

    // A file mixing known and new orders adds only the new ones.
    const ImportReport third =
        f.importOrders(file + "A-3,2026-11-17 10:00,shopee,,,new,,,,,,,KAOS-01,1,85000,,0\n");
    CHECK(third.created == 1);
    CHECK(third.unchanged == 2);
    CHECK(tableCounts(*f.db).orders == after.orders + 1);
}

TEST_CASE("lines of one order may be spread over the file, the order is written once")
{
    ImportFixture f;
    f.addCatalogue();
    const ImportReport report =
        f.importOrders(kHeader + "S-1,2026-11-16 09:00,shopee,,,new,,,,,,,KAOS-01,1,85000,,0\n"
                                 "S-2,2026-11-16 09:05,shopee,,,new,,,,,,,KAOS-01,1,85000,,0\n"
                                 "S-1,2026-11-16 09:00,shopee,,,new,,,,,,,HIJAB-02,2,45000,1000,0\n"
                                 "S-1,2026-11-16 09:00,shopee,,,new,,,,,,,KAOS-01,3,85000,,0\n");
    INFO(issuesText(report).toStdString());
    CHECK(report.created == 2);
    // The third S-1 line repeats KAOS-01 from the first one: a duplicate even when apart.
    CHECK(hasIssue(report, 5, QStringLiteral("sku"), QStringLiteral("already on row 2 of order S-1")));
    REQUIRE(report.issues.size() == 1);

    const ImportReport fixed =
        f.importOrders(kHeader + "S-1,2026-11-16 09:00,shopee,,,new,,,,,,,KAOS-01,1,85000,,0\n"
                                 "S-2,2026-11-16 09:05,shopee,,,new,,,,,,,KAOS-01,1,85000,,0\n"
                                 "S-1,2026-11-16 09:00,shopee,,,new,,,,,,,HIJAB-02,2,45000,1000,0\n");
    INFO(issuesText(fixed).toStdString());
    REQUIRE(fixed.applied);
    const Order s1 = orderByNumber(*f.db, QStringLiteral("S-1"));
    CHECK(s1.lines.size() == 2);
    CHECK(s1.subtotal == 8500000 + 2 * 4500000 - 100000);
    CHECK(s1.events.size() == 1);
}

TEST_CASE("a dry run of orders checks and counts but writes nothing")
{
    ImportFixture f;
    f.addCatalogue();
    const TableCounts before = tableCounts(*f.db);
    ImportOptions dry;
    dry.dryRun = true;
    dry.applyStock = true;
    const ImportReport report = f.importOrders(
        kHeader +
            "A-1,2026-11-16 09:00,shopee,Siti,0812,processing,,2026-11-16 09:30,,,,,KAOS-01,2,85000,,0\n",
        dry);
    INFO(issuesText(report).toStdString());
    CHECK(report.issues.isEmpty());
    CHECK(report.created == 1);
    CHECK_FALSE(report.applied);
    CHECK(tableCounts(*f.db) == before);
    CHECK(scalar(*f.db, QStringLiteral("SELECT reserved FROM products WHERE sku = 'KAOS-01'")) == 0);
}
