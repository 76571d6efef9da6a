#include "orderfixture.h"

#include "db/dbquery.h"
#include "orders/orderrepository.h"
#include "testdb.h"

#include <catch2/catch.hpp>

namespace rapi::test {

OrderFixture::OrderFixture() : db(openTestDatabase()) {}

qint64 OrderFixture::addProduct(const QString &sku, Money price, qint64 onHand, qint64 reorderPoint)
{
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("Produk ") + sku;
    p.unitPrice = price;
    p.cost = price / 2;
    p.reorderPoint = reorderPoint;
    p.reorderQty = 10;
    auto id = ProductRepository(*db, clock).create(p, onHand, actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 OrderFixture::channelId(const QString &code)
{
    auto channels = OrderRepository(*db).channels();
    REQUIRE(channels.ok());
    for (const Channel &c : channels.value()) {
        if (c.code == code)
            return c.id;
    }
    FAIL("no channel " << code.toStdString());
    return 0;
}

qint64 OrderFixture::placeOrder(QList<NewOrderLine> lines, PaymentMethod method, const QString &channelCode)
{
    NewOrder order;
    order.channelId = channelId(channelCode);
    order.customerName = QStringLiteral("Siti Rahmawati");
    order.customerPhone = QStringLiteral("0812-3456-7890");
    order.paymentMethod = method;
    order.shippingFee = 1500000;
    order.lines = std::move(lines);
    auto id = OrderService(*db, clock).create(order, actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

Status OrderFixture::move(qint64 orderId, OrderStage to, TransitionDetails details)
{
    clock.advance(60);
    return OrderService(*db, clock).transition(orderId, to, details, actor);
}

void OrderFixture::bringTo(qint64 orderId, OrderStage target, PaymentMethod method)
{
    QList<OrderStage> path;
    const bool cod = method == PaymentMethod::Cod;
    switch (target) {
    case OrderStage::New: break;
    case OrderStage::AwaitingPayment: path = {OrderStage::AwaitingPayment}; break;
    case OrderStage::Paid: path = {OrderStage::AwaitingPayment, OrderStage::Paid}; break;
    case OrderStage::Processing:
        path = cod ? QList{OrderStage::Processing} : QList{OrderStage::Paid, OrderStage::Processing};
        break;
    case OrderStage::Shipped:
        path = cod ? QList{OrderStage::Processing, OrderStage::Shipped}
                   : QList{OrderStage::Paid, OrderStage::Processing, OrderStage::Shipped};
        break;
    case OrderStage::Completed:
        path = cod ? QList{OrderStage::Processing, OrderStage::Shipped, OrderStage::Completed}
                   : QList{OrderStage::Paid, OrderStage::Processing, OrderStage::Shipped, OrderStage::Completed};
        break;
    case OrderStage::Cancelled: path = {OrderStage::Cancelled}; break;
    case OrderStage::Returned:
        path = cod ? QList{OrderStage::Processing, OrderStage::Shipped, OrderStage::Returned}
                   : QList{OrderStage::Paid, OrderStage::Processing, OrderStage::Shipped, OrderStage::Returned};
        break;
    }
    for (OrderStage step : path) {
        const Status status = move(orderId, step, step == OrderStage::Shipped ? shippedWith() : TransitionDetails{});
        INFO("to " << orderstage::code(step).toStdString() << ": " << status.error().toStdString());
        REQUIRE(status.ok());
    }
    REQUIRE(stageOf(orderId) == target);
}

Product OrderFixture::product(qint64 id)
{
    auto p = ProductRepository(*db, clock).get(id);
    REQUIRE(p.ok());
    return p.value();
}

OrderStage OrderFixture::stageOf(qint64 orderId)
{
    auto order = OrderRepository(*db).get(orderId);
    REQUIRE(order.ok());
    return order->stage;
}

qint64 OrderFixture::count(const QString &table)
{
    DbQuery q(*db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.int64(0);
}

TransitionDetails shippedWith(const QString &courier, const QString &tracking)
{
    TransitionDetails d;
    d.courier = courier;
    d.trackingNumber = tracking;
    return d;
}

} // namespace rapi::test
