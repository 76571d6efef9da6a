#include "customers/customerrepository.h"
#include "db/dbquery.h"
#include "demo/demogenerator.h"
#include "demotestsupport.h"
#include "kpi/kpiservice.h"
#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "orders/orderstage.h"
#include "stock/productrepository.h"
#include "stock/stockledger.h"
#include "tasks/taskservice.h"
#include "testdb.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace rapi;
using namespace rapi::test;

TEST_CASE("the same seed and the same now give the same shop, another seed another")
{
    DemoShop a(demoOptions(1500));
    DemoShop b(demoOptions(1500));
    DemoShop c(demoOptions(1500, 7));
    const QByteArray digest = demoChecksum(*a.db);
    CHECK(demoChecksum(*b.db) == digest);
    CHECK(demoChecksum(*c.db) != digest);
    CHECK(scalar(*c.db, QStringLiteral("SELECT COUNT(*) FROM orders")) == 1500);
}

TEST_CASE("the fast SQLite path writes exactly what plain SQL writes, and leaves the schema as it was")
{
    auto fresh = openTestDatabase();
    const QStringList indexes = indexNames(*fresh);
    DemoShop fast(demoOptions(800));
    DemoOptions plainOptions = demoOptions(800);
    plainOptions.directSqlite = false;
    DemoShop plain(plainOptions);
    CHECK_FALSE(plain.summary.wroteDirectly);
#ifdef Q_OS_LINUX
    CHECK(fast.summary.wroteDirectly == fast.db->isSqlite());
#endif
    CHECK(demoChecksum(*plain.db) == demoChecksum(*fast.db));
    CHECK(indexNames(*fast.db) == indexes);
    if (fast.db->isSqlite()) {
        CHECK(scalar(*fast.db, QStringLiteral("PRAGMA foreign_keys")) == 1);
        DbQuery check(*fast.db);
        REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(check.next());
    }
}

TEST_CASE("a demo that fails half-way leaves the database as it was")
{
    auto db = openTestDatabase();
    const QStringList indexes = indexNames(*db);
    DbQuery q(*db);
    // Order 500 cannot be written; 400 orders were already committed by then.
    if (db->isSqlite()) {
        REQUIRE(q.exec(
            QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON orders WHEN NEW.number = 'ORD-000500' "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    } else {
        REQUIRE(
            q.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.number = "
                                  "'ORD-000500' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END "
                                  "$$ LANGUAGE plpgsql")));
        REQUIRE(
            q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION "
                                  "boom()")));
    }
    DemoOptions o = demoOptions(2000);
    o.ordersPerTransaction = 100;
    auto result = DemoGenerator(*db).generate(o);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("disk on fire")));
    for (const char *table : {"orders", "order_lines", "order_events", "products", "stock_movements",
                              "customers", "tickets", "ticket_messages", "ticket_events", "customer_notes"}) {
        INFO(table);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")) == 1); // the CS users it made are gone
    CHECK(indexNames(*db) == indexes);
    if (db->isSqlite())
        CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
}

TEST_CASE("the demo has exactly the orders asked for, also none or one")
{
    for (qint64 n : {qint64(0), qint64(1), qint64(37)}) {
        DemoShop shop(demoOptions(n));
        CHECK(shop.summary.orders == n);
        CHECK(scalar(*shop.db, QStringLiteral("SELECT COUNT(*) FROM orders")) == n);
        CHECK(scalar(*shop.db, QStringLiteral("SELECT COUNT(*) FROM products")) == 200);
        CHECK(scalar(*shop.db, QStringLiteral("SELECT COUNT(*) FROM customers")) == 50);
        CHECK(scalar(*shop.db, QStringLiteral("SELECT value FROM counters WHERE name = 'order_number'")) ==
              n);
        REQUIRE(StockLedger(*shop.db).check().ok());
        CHECK(StockLedger(*shop.db).check()->isEmpty());
    }
}

TEST_CASE("customers already in the database are kept, and new ones follow the demo's")
{
    auto db = openTestDatabase();
    CustomerRepository customers(*db);
    auto first =
        customers.findOrCreate(QStringLiteral("Ibu Sri (pelanggan lama)"), QStringLiteral("081311112222"));
    REQUIRE(first.ok());
    auto result = DemoGenerator(*db).generate(demoOptions(30));
    REQUIRE(result.ok());
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM customers")) == 51);
    CHECK(scalar(*db, QStringLiteral("SELECT MIN(id) FROM customers WHERE id <> %1").arg(first.value())) ==
          first.value() + 1);
    auto next = customers.findOrCreate(QStringLiteral("Pelanggan Baru"), QStringLiteral("081399998888"));
    REQUIRE(next.ok());
    CHECK(next.value() == first.value() + 51);
}

TEST_CASE("demo data is refused on a database that already has products or orders")
{
    DemoShop shop(demoOptions(20));
    auto again = DemoGenerator(*shop.db).generate(demoOptions(20));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already holds products or orders")));
    CHECK(scalar(*shop.db, QStringLiteral("SELECT COUNT(*) FROM orders")) == 20);

    auto db = openTestDatabase();
    Product p;
    p.sku = QStringLiteral("KOPI-1");
    p.name = QStringLiteral("Kopi");
    p.unitPrice = 2500000;
    REQUIRE(ProductRepository(*db).create(p, 3, Actor::localOwner()).ok());
    auto refused = DemoGenerator(*db).generate(demoOptions(20));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("nothing was changed")));
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM products")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM customers")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM stock_movements")) == 1);
}

TEST_CASE("the demo shop has every stage, stuck orders, critical stock and a clean ledger")
{
    // One shop for all the checks below (no SECTIONs, which would build it again for each).
    const qint64 orders = 3000;
    DemoShop shop(demoOptions(orders));
    Database &db = *shop.db;
    const qint64 now = demoNow();
    CHECK(shop.summary.orders == orders);
    CHECK(shop.summary.customers == orders / 5);

    // every stage has orders, and some are stuck in each stage with a threshold
    {
        INFO("every stage has orders, and some are stuck in each stage with a threshold");
        QHash<QString, qint64> byStage;
        DbQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT stage, COUNT(*) FROM orders GROUP BY stage")));
        while (q.next())
            byStage.insert(q.text(0), q.int64(1));
        for (OrderStage stage : orderstage::all) {
            INFO(orderstage::code(stage).toStdString());
            CHECK(byStage.value(orderstage::code(stage)) > 0);
        }
        CHECK(byStage.value(QStringLiteral("completed")) > orders / 2);

        QHash<QString, qint64> stuck;
        REQUIRE(
            q.exec(QStringLiteral("SELECT o.stage, COUNT(*) FROM orders o JOIN stage_thresholds t ON "
                                  "t.stage = o.stage WHERE o.stage_entered_at < %1 - t.stuck_after_seconds "
                                  "GROUP BY o.stage")
                       .arg(now)));
        while (q.next())
            stuck.insert(q.text(0), q.int64(1));
        for (const char *stage : {"awaiting_payment", "paid", "processing", "shipped"}) {
            INFO(stage);
            CHECK(stuck.value(QLatin1String(stage)) > 0);
        }

        // The KPI strip sees the same.
        ManualClock clock(now);
        auto kpis = KpiService(db, clock).orderKpis(
            Period::isoWeekOf(businesstime::dateOf(now, businesstime::defaultZone())));
        REQUIRE(kpis.ok());
        CHECK(kpis->stuckByStage.value(OrderStage::Paid) == stuck.value(QStringLiteral("paid")));
        CHECK(kpis->pendingByStage.value(OrderStage::New) == byStage.value(QStringLiteral("new")));
        CHECK(kpis->ordersIn > 0);
    }

    // stock: ledger check empty, some products critical, never below zero at any moment
    {
        INFO("stock: ledger check empty, some products critical, never below zero at any moment");
        auto discrepancies = StockLedger(db).check();
        REQUIRE(discrepancies.ok());
        CHECK(discrepancies->isEmpty());
        const qint64 critical =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 1 AND "
                                      "on_hand - reserved <= reorder_point"));
        CHECK(critical >= 3);
        CHECK(critical <= 40);
        CHECK(critical == shop.summary.criticalProducts);
        CHECK(ProductRepository(*shop.db).criticalCount().value() == critical);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE active = 0")) > 0);
        CHECK(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE on_hand - reserved < 0 OR cost >= "
                                      "unit_price")) == 0);

        DbQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT product_id, quantity FROM stock_movements ORDER BY product_id, at, id")));
        qint64 product = -1;
        qint64 running = 0;
        qint64 negative = 0;
        while (q.next()) {
            if (q.int64(0) != product) {
                product = q.int64(0);
                running = 0;
            }
            running += q.int64(1);
            negative += running < 0 ? 1 : 0;
        }
        CHECK(negative == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'receive'")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'return'")) > 0);
    }

    // orders follow the rules: lines, totals, events, reservations and sales
    {
        INFO("orders follow the rules: lines, totals, events, reservations and sales");
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM orders o WHERE subtotal <> (SELECT "
                                    "COALESCE(SUM(quantity * unit_price - discount), -1) FROM order_lines l "
                                    "WHERE l.order_id = o.id)")) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM order_lines WHERE discount > quantity * unit_price")) ==
              0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_events e "
                             "WHERE e.order_id = o.id AND e.from_stage IS NULL AND e.to_stage = 'new' "
                             "AND e.at = o.placed_at)")) == 0);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM orders o WHERE stage_entered_at <> (SELECT MAX(at) "
                                    "FROM order_events e WHERE e.order_id = o.id) OR version <> (SELECT "
                                    "COUNT(*) FROM order_events e WHERE e.order_id = o.id)")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE (stage = 'processing') <> "
                                        "(stock_reserved = 1)")) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM orders WHERE shipped_at IS NOT NULL AND (courier = '' "
                             "OR tracking_number = '')")) == 0);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage IN ('shipped', 'completed') AND "
                                    "(shipped_at IS NULL OR paid_at IS NULL AND stage = 'completed')")) == 0);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM orders o WHERE (SELECT COALESCE(-SUM(quantity), 0) "
                                    "FROM stock_movements m WHERE m.order_id = o.id AND m.kind = 'sale') <> "
                                    "CASE WHEN shipped_at IS NULL THEN 0 ELSE (SELECT SUM(quantity) FROM "
                                    "order_lines l WHERE l.order_id = o.id) END")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE placed_at < %1 OR placed_at >= %2")
                             .arg(now - 12 * 7 * 86400)
                             .arg(now)) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM order_events WHERE at > %1").arg(now)) == 0);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM orders o JOIN channels c ON c.id = o.channel_id WHERE "
                             "c.code = 'counter' AND (o.shipping_fee <> 0 OR o.payment_method <> 'cash')")) ==
              0);

        // Every event continues from the stage before it, by a move the pipeline allows.
        DbQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT e.order_id, e.from_stage, e.to_stage, e.at, o.payment_method FROM "
                           "order_events e JOIN orders o ON o.id = e.order_id ORDER BY e.order_id, e.id")));
        qint64 order = -1;
        QString previous;
        qint64 previousAt = 0;
        int bad = 0;
        while (q.next()) {
            const auto method = paymentmethod::fromCode(q.text(4));
            REQUIRE(method);
            if (q.int64(0) != order) {
                order = q.int64(0);
                bad += q.value(1).isNull() && q.text(2) == QLatin1String("new") ? 0 : 1;
            } else {
                const auto from = orderstage::fromCode(q.text(1));
                const auto to = orderstage::fromCode(q.text(2));
                bad += from && to && q.text(1) == previous && q.int64(3) > previousAt &&
                               orderstage::isAllowed(*from, *to, *method)
                           ? 0
                           : 1;
            }
            previous = q.text(2);
            previousAt = q.int64(3);
        }
        CHECK(bad == 0);
    }

    // customers have Indonesian names and distinct mobile numbers
    {
        INFO("customers have Indonesian names and distinct mobile numbers");
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT phone) FROM customers")) == orders / 5);
        DbQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT name, phone FROM customers")));
        const QRegularExpression mobile(QStringLiteral("^08[1-9][0-9]{9}$"));
        int badPhones = 0;
        QSet<QString> firstNames;
        while (q.next()) {
            badPhones += mobile.match(q.text(1)).hasMatch() ? 0 : 1;
            firstNames.insert(q.text(0).section(QLatin1Char(' '), 0, 0));
        }
        CHECK(badPhones == 0);
        CHECK(firstNames.contains(QStringLiteral("Siti")));
        CHECK(firstNames.size() > 40);
    }

    // Shopee brings the most orders, and weekdays more than weekends
    {
        INFO("Shopee brings the most orders, and weekdays more than weekends");
        QHash<QString, qint64> byChannel;
        DbQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT c.code, COUNT(*) FROM orders o JOIN channels c ON c.id = "
                                      "o.channel_id GROUP BY c.code")));
        while (q.next())
            byChannel.insert(q.text(0), q.int64(1));
        REQUIRE(byChannel.size() == 6);
        for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
            if (it.key() != QLatin1String("shopee"))
                CHECK(it.value() < byChannel.value(QStringLiteral("shopee")));
        }
        qint64 perWeekday[8] = {};
        REQUIRE(q.exec(QStringLiteral("SELECT placed_at FROM orders")));
        while (q.next())
            ++perWeekday[businesstime::dateOf(q.int64(0), businesstime::defaultZone()).dayOfWeek()];
        CHECK(perWeekday[3] > perWeekday[7]);
        CHECK(perWeekday[2] > perWeekday[6]);
    }

    // after the demo, Rapi carries on: next order number and id follow
    {
        INFO("after the demo, Rapi carries on: next order number and id follow");
        ManualClock clock(now);
        NewOrder order;
        order.channelId = scalar(db, QStringLiteral("SELECT id FROM channels WHERE code = 'whatsapp'"));
        order.customerName = QStringLiteral("Budi Santoso");
        order.customerPhone = QStringLiteral("081200000001");
        NewOrderLine line;
        line.productId = scalar(db, QStringLiteral("SELECT MIN(id) FROM products WHERE active = 1"));
        line.quantity = 1;
        order.lines << line;
        auto id = OrderService(*shop.db, clock).create(order, Actor::localOwner());
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        CHECK(id.value() == orders + 1);
        auto created = OrderRepository(db).get(id.value());
        REQUIRE(created.ok());
        CHECK(created->number == QStringLiteral("ORD-003001"));
        CHECK(created->customerId.value_or(0) > orders / 5);
    }
}

TEST_CASE("the demo team has work in every column, some overdue or linked, today's check-ins and last week's "
          "review")
{
    DemoShop shop(demoOptions(600));
    Database &db = *shop.db;
    ManualClock clock(demoNow());
    CHECK(shop.summary.tasks == 12);
    CHECK(shop.summary.checkIns == 5);

    const Actor owner = Actor::localOwner();
    TaskService tasks(db, clock);
    TaskFilter all;
    all.includeDone = true;
    auto board = tasks.list(all, owner);
    REQUIRE(board.ok());
    REQUIRE(board->size() == 12);
    QHash<TaskStatus, int> byStatus;
    int overdue = 0, linked = 0, unassigned = 0;
    const QDate today = businesstime::dateOf(demoNow(), businesstime::defaultZone());
    for (const Task &t : board.value()) {
        ++byStatus[t.status];
        overdue += t.status != TaskStatus::Done && t.due.isValid() && t.due < today ? 1 : 0;
        linked += t.orderId || t.ticketId || t.productId ? 1 : 0;
        unassigned += t.assigneeId ? 0 : 1;
        if (t.status == TaskStatus::Blocked)
            CHECK_FALSE(t.blocker.isEmpty());
        else
            CHECK(t.blocker.isEmpty());
    }
    for (TaskStatus status : {TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Blocked, TaskStatus::Done}) {
        INFO(taskstatus::code(status).toStdString());
        CHECK(byStatus.value(status) >= 2);
    }
    CHECK(overdue >= 2);
    CHECK(linked == 5);
    CHECK(unassigned == 2);
    // Both CS people have their own work (the "my tasks first" board has something to show them).
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT t.assignee_id) FROM tasks t JOIN users u ON "
                                    "u.id = t.assignee_id WHERE u.role = 'cs'")) == 2);

    auto checkIns = tasks.checkIns(today, owner);
    REQUIRE(checkIns.ok());
    CHECK(checkIns->size() == 2);
    CHECK(std::any_of(checkIns->begin(), checkIns->end(),
                      [](const CheckIn &c) { return !c.blockers.isEmpty(); }));
    CHECK(tasks.checkIns(today.addDays(-1), owner)->size() == 3);
    CHECK(tasks.review(today.addDays(-7), owner).value().contains(QStringLiteral("Minggu depan")));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'task'")) >= 12);
}
