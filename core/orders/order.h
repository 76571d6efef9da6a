#pragma once

#include "common/money.h"
#include "orders/orderstage.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapi {

struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    QString productName;
    qint64 quantity = 0;
    Money unitPrice = 0;
    Money discount = 0; // an amount for the whole line

    Money total() const { return quantity * unitPrice - discount; }
};

struct OrderEvent
{
    qint64 id = 0;
    std::optional<OrderStage> from; // empty for the creation event
    OrderStage to = OrderStage::New;
    qint64 at = 0;
    qint64 userId = 0;
    QString userName;
    QString note;
};

struct Order
{
    qint64 id = 0;
    QString number;
    qint64 channelId = 0;
    QString channelName;
    std::optional<qint64> customerId;
    QString customerName;
    QString customerPhone;
    OrderStage stage = OrderStage::New;
    PaymentMethod paymentMethod = PaymentMethod::Transfer;
    qint64 placedAt = 0;
    qint64 stageEnteredAt = 0;
    std::optional<qint64> paidAt;
    std::optional<qint64> shippedAt;
    std::optional<qint64> completedAt;
    QString courier;
    QString trackingNumber;
    Money shippingFee = 0;
    Money subtotal = 0; // Σ line totals
    bool stockReserved = false;
    QString notes;
    int version = 1;
    QList<OrderLine> lines;
    QList<OrderEvent> events;

    Money total() const { return subtotal + shippingFee; }
};

// What a person enters for a new order.
struct NewOrderLine
{
    qint64 productId = 0;
    qint64 quantity = 0;
    std::optional<Money> unitPrice; // the product's price when empty
    Money discount = 0;
};

struct NewOrder
{
    qint64 channelId = 0;
    std::optional<qint64> customerId;
    QString customerName; // used with customerPhone to find or create a customer when no id
    QString customerPhone;
    PaymentMethod paymentMethod = PaymentMethod::Transfer;
    Money shippingFee = 0;
    QString notes;
    QList<NewOrderLine> lines;
};

// Details a transition may need: courier and tracking for shipped, restock for returned.
struct TransitionDetails
{
    QString note;
    QString courier;
    QString trackingNumber;
    bool restock = false;
};

struct Channel
{
    qint64 id = 0;
    QString code;
    QString name;
};

} // namespace rapi
