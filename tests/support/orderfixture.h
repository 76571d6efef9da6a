#pragma once

#include "common/clock.h"
#include "db/database.h"
#include "orders/orderservice.h"
#include "stock/productrepository.h"

#include <memory>

namespace rapi::test {

// A migrated test database with a manual clock and a few products; helpers to place orders
// and move them along a path.
struct OrderFixture
{
    OrderFixture();

    qint64 addProduct(const QString &sku, Money price, qint64 onHand, qint64 reorderPoint = 0);
    qint64 placeOrder(QList<NewOrderLine> lines, PaymentMethod method = PaymentMethod::Transfer,
                      const QString &channelCode = QStringLiteral("shopee"));
    qint64 channelId(const QString &code);
    Status move(qint64 orderId, OrderStage to, TransitionDetails details = {});
    // Moves an order from new along the usual path to `target`; REQUIREs every step to succeed.
    void bringTo(qint64 orderId, OrderStage target, PaymentMethod method);
    Product product(qint64 id);
    OrderStage stageOf(qint64 orderId);
    qint64 count(const QString &table);

    std::unique_ptr<Database> db;
    ManualClock clock{1763700000}; // 2025-11-21 04:40 UTC
    Actor actor = Actor::localOwner();
};

TransitionDetails shippedWith(const QString &courier = QStringLiteral("JNE"),
                              const QString &tracking = QStringLiteral("JNE123"));

} // namespace rapi::test
