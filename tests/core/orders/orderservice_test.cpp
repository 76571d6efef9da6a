#include "orderfixture.h"

#include "customers/customerrepository.h"
#include "orders/orderrepository.h"
#include "stock/stockledger.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

TEST_CASE("a new order gets a number, its lines, its totals, a customer and a creation event")
{
    OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 8900000, 10);
    const qint64 hijab = f.addProduct(QStringLiteral("HJB-01"), 12500000, 10);
    const qint64 id = f.placeOrder({{kaos, 2, std::nullopt, 1000000}, {hijab, 1, 12000000, 0}});

    auto order = OrderRepository(*f.db).get(id);
    REQUIRE(order.ok());
    CHECK(order->number == QStringLiteral("ORD-000001"));
    CHECK(order->stage == OrderStage::New);
    REQUIRE(order->lines.size() == 2);
    CHECK(order->lines[0].sku == QStringLiteral("KAOS-01"));
    CHECK(order->lines[0].total() == 2 * 8900000 - 1000000);
    CHECK(order->lines[1].unitPrice == 12000000); // a price typed for the line wins over the catalogue
    CHECK(order->subtotal == 16800000 + 12000000);
    CHECK(order->total() == 28800000 + 1500000);
    CHECK(order->customerName == QStringLiteral("Siti Rahmawati"));
    CHECK(order->customerPhone == QStringLiteral("081234567890"));
    REQUIRE(order->events.size() == 1);
    CHECK_FALSE(order->events[0].from.has_value());
    CHECK(order->events[0].to == OrderStage::New);
    CHECK(order->events[0].userName == QStringLiteral("Owner"));

    // The same phone written differently is the same customer.
    const qint64 second = f.placeOrder({{kaos, 1, std::nullopt, 0}});
    CHECK(OrderRepository(*f.db).get(second)->customerId == order->customerId);
    CHECK(OrderRepository(*f.db).get(second)->number == QStringLiteral("ORD-000002"));
    CHECK(CustomerRepository::normalisePhone(QStringLiteral("+62 812-3456-7890")) == QStringLiteral("081234567890"));
}

TEST_CASE("bad new orders are refused with a message and nothing is written")
{
    OrderFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 8900000, 10);
    Product old = f.product(f.addProduct(QStringLiteral("OLD-01"), 100000, 5));
    old.active = false;
    REQUIRE(ProductRepository(*f.db, f.clock).update(old, f.actor).ok());

    NewOrder base;
    base.channelId = f.channelId(QStringLiteral("whatsapp"));
    base.customerName = QStringLiteral("Budi Santoso");
    auto attempt = [&](NewOrder order) { return OrderService(*f.db, f.clock).create(order, f.actor); };

    NewOrder empty = base;
    CHECK(attempt(empty).error().contains(QStringLiteral("at least one line")));
    NewOrder zero = base;
    zero.lines = {{kaos, 0, std::nullopt, 0}};
    CHECK(attempt(zero).error().contains(QStringLiteral("quantity")));
    NewOrder tooMuchDiscount = base;
    tooMuchDiscount.lines = {{kaos, 1, std::nullopt, 9000000}};
    CHECK(attempt(tooMuchDiscount).error().contains(QStringLiteral("KAOS-01")));
    NewOrder inactive = base;
    inactive.lines = {{old.id, 1, std::nullopt, 0}};
    CHECK(attempt(inactive).error().contains(QStringLiteral("OLD-01")));
    NewOrder noChannel = base;
    noChannel.channelId = 999;
    noChannel.lines = {{kaos, 1, std::nullopt, 0}};
    CHECK(attempt(noChannel).error().contains(QStringLiteral("channel")));

    CHECK(f.count(QStringLiteral("orders")) == 0);
    CHECK(f.count(QStringLiteral("customers")) == 0);
}

TEST_CASE("processing reserves stock, a shortfall is refused naming every short SKU")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 5);
    const qint64 b = f.addProduct(QStringLiteral("B-2"), 100000, 1);
    const qint64 c = f.addProduct(QStringLiteral("C-3"), 100000, 0);

    // Two lines of the same product count together.
    const qint64 ok = f.placeOrder({{a, 2, std::nullopt, 0}, {a, 1, std::nullopt, 0}}, PaymentMethod::Cod);
    REQUIRE(f.move(ok, OrderStage::Processing).ok());
    CHECK(f.product(a).reserved == 3);
    CHECK(f.product(a).available() == 2);
    CHECK(f.product(a).onHand == 5);

    const qint64 short_ = f.placeOrder({{a, 3, std::nullopt, 0}, {b, 1, std::nullopt, 0}, {c, 2, std::nullopt, 0}},
                                       PaymentMethod::Cod);
    const Status refused = f.move(short_, OrderStage::Processing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("A-1 (needs 3, available 2)")));
    CHECK(refused.error().contains(QStringLiteral("C-3 (needs 2, available 0)")));
    CHECK_FALSE(refused.error().contains(QStringLiteral("B-2")));
    CHECK(f.stageOf(short_) == OrderStage::New);
    CHECK(f.product(a).reserved == 3);
    CHECK(f.product(b).reserved == 0);

    // Cancelling releases the reservation; then the other order fits except for C-3.
    REQUIRE(f.move(ok, OrderStage::Cancelled).ok());
    CHECK(f.product(a).reserved == 0);
    const Status again = f.move(short_, OrderStage::Processing);
    CHECK(again.error().contains(QStringLiteral("C-3")));
    CHECK_FALSE(again.error().contains(QStringLiteral("A-1")));
}

TEST_CASE("shipped needs courier and tracking and turns the reservation into a sale")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 5);
    const qint64 order = f.placeOrder({{a, 2, std::nullopt, 0}});
    f.bringTo(order, OrderStage::Processing, PaymentMethod::Transfer);

    const Status noTracking = f.move(order, OrderStage::Shipped, shippedWith(QStringLiteral("JNE"), QString()));
    CHECK(noTracking.error().contains(QStringLiteral("tracking number")));
    CHECK(f.move(order, OrderStage::Shipped, shippedWith(QString(), QStringLiteral("X1"))).error().contains(
        QStringLiteral("courier")));
    CHECK(f.stageOf(order) == OrderStage::Processing);

    REQUIRE(f.move(order, OrderStage::Shipped, shippedWith(QStringLiteral("J&T"), QStringLiteral("JT0099"))).ok());
    const Product p = f.product(a);
    CHECK(p.onHand == 3);
    CHECK(p.reserved == 0);
    auto shipped = OrderRepository(*f.db).get(order);
    CHECK(shipped->courier == QStringLiteral("J&T"));
    CHECK(shipped->trackingNumber == QStringLiteral("JT0099"));
    CHECK(shipped->shippedAt == f.clock.now());
    auto moves = StockLedger(*f.db, f.clock).movements(a);
    REQUIRE(moves.ok());
    REQUIRE(moves->size() == 2);
    CHECK(moves->at(0).kind == MovementKind::Sale);
    CHECK(moves->at(0).quantity == -2);
    CHECK(moves->at(0).orderId == order);
    CHECK(StockLedger(*f.db, f.clock).check()->isEmpty());
}

TEST_CASE("a return can restock, cancelling before processing touches no stock")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    const qint64 restocked = f.placeOrder({{a, 2, std::nullopt, 0}});
    f.bringTo(restocked, OrderStage::Completed, PaymentMethod::Transfer);
    CHECK(f.product(a).onHand == 8);
    TransitionDetails restock;
    restock.restock = true;
    restock.note = QStringLiteral("Ukuran tidak pas");
    REQUIRE(f.move(restocked, OrderStage::Returned, restock).ok());
    CHECK(f.product(a).onHand == 10);

    const qint64 kept = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(kept, OrderStage::Shipped, PaymentMethod::Transfer);
    REQUIRE(f.move(kept, OrderStage::Returned).ok());
    CHECK(f.product(a).onHand == 9); // damaged goods were not put back

    const qint64 cancelled = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(cancelled, OrderStage::Paid, PaymentMethod::Transfer);
    REQUIRE(f.move(cancelled, OrderStage::Cancelled).ok());
    CHECK(f.product(a).onHand == 9);
    CHECK(f.product(a).reserved == 0);
    CHECK(StockLedger(*f.db, f.clock).check()->isEmpty());

    auto order = OrderRepository(*f.db).get(restocked);
    CHECK(order->events.last().note == QStringLiteral("Ukuran tidak pas"));
    CHECK(order->events.last().from == OrderStage::Completed);
}

TEST_CASE("cash on delivery goes to processing unpaid and is marked paid on completion")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    const qint64 order = f.placeOrder({{a, 1, std::nullopt, 0}}, PaymentMethod::Cod);
    f.bringTo(order, OrderStage::Shipped, PaymentMethod::Cod);
    CHECK_FALSE(OrderRepository(*f.db).get(order)->paidAt.has_value());
    REQUIRE(f.move(order, OrderStage::Completed).ok());
    auto done = OrderRepository(*f.db).get(order);
    CHECK(done->paidAt == f.clock.now());
    CHECK(done->completedAt == f.clock.now());

    // A prepaid order keeps the time it was paid.
    const qint64 prepaid = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(prepaid, OrderStage::Paid, PaymentMethod::Transfer);
    const qint64 paidAt = f.clock.now();
    REQUIRE(f.move(prepaid, OrderStage::Processing).ok());
    REQUIRE(f.move(prepaid, OrderStage::Shipped, shippedWith()).ok());
    REQUIRE(f.move(prepaid, OrderStage::Completed).ok());
    CHECK(OrderRepository(*f.db).get(prepaid)->paidAt == paidAt);
}

TEST_CASE("every transition is an event with from, to, time, user and note")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    const qint64 order = f.placeOrder({{a, 1, std::nullopt, 0}});
    const qint64 placed = f.clock.now();
    TransitionDetails note;
    note.note = QStringLiteral("Sudah transfer BCA");
    f.clock.advance(3600);
    REQUIRE(OrderService(*f.db, f.clock).transition(order, OrderStage::Paid, note, f.actor).ok());
    auto o = OrderRepository(*f.db).get(order);
    REQUIRE(o->events.size() == 2);
    CHECK(o->events[1].from == OrderStage::New);
    CHECK(o->events[1].to == OrderStage::Paid);
    CHECK(o->events[1].at == placed + 3600);
    CHECK(o->events[1].userId == f.actor.userId);
    CHECK(o->events[1].note == QStringLiteral("Sudah transfer BCA"));
    CHECK(o->stageEnteredAt == placed + 3600);
    CHECK(o->paidAt == placed + 3600);
}

TEST_CASE("a change made by someone else meanwhile is detected, not overwritten")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 10);
    const qint64 order = f.placeOrder({{a, 1, std::nullopt, 0}});
    const int seen = OrderRepository(*f.db).get(order)->version;

    // Another person moves the order first.
    REQUIRE(f.move(order, OrderStage::AwaitingPayment).ok());
    const Status stale =
        OrderService(*f.db, f.clock).transition(order, OrderStage::Cancelled, {}, f.actor, seen);
    CHECK(stale.error().contains(QStringLiteral("Someone else changed")));
    CHECK(f.stageOf(order) == OrderStage::AwaitingPayment);
    CHECK_FALSE(OrderService(*f.db, f.clock).updateNotes(order, QStringLiteral("x"), f.actor, seen).ok());

    const int current = OrderRepository(*f.db).get(order)->version;
    CHECK(OrderService(*f.db, f.clock).transition(order, OrderStage::Paid, {}, f.actor, current).ok());
}
