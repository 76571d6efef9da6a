#include "orders/orderstage.h"

#include <QCoreApplication>

namespace rapi {

namespace orderstage {

QString code(OrderStage stage)
{
    switch (stage) {
    case OrderStage::New: return QStringLiteral("new");
    case OrderStage::AwaitingPayment: return QStringLiteral("awaiting_payment");
    case OrderStage::Paid: return QStringLiteral("paid");
    case OrderStage::Processing: return QStringLiteral("processing");
    case OrderStage::Shipped: return QStringLiteral("shipped");
    case OrderStage::Completed: return QStringLiteral("completed");
    case OrderStage::Cancelled: return QStringLiteral("cancelled");
    case OrderStage::Returned: return QStringLiteral("returned");
    }
    Q_UNREACHABLE();
}

std::optional<OrderStage> fromCode(QStringView text)
{
    for (OrderStage stage : all) {
        if (text == code(stage))
            return stage;
    }
    return std::nullopt;
}

QString displayName(OrderStage stage)
{
    switch (stage) {
    case OrderStage::New: return QCoreApplication::translate("rapi::OrderStage", "New");
    case OrderStage::AwaitingPayment: return QCoreApplication::translate("rapi::OrderStage", "Awaiting payment");
    case OrderStage::Paid: return QCoreApplication::translate("rapi::OrderStage", "Paid");
    case OrderStage::Processing: return QCoreApplication::translate("rapi::OrderStage", "Processing");
    case OrderStage::Shipped: return QCoreApplication::translate("rapi::OrderStage", "Shipped");
    case OrderStage::Completed: return QCoreApplication::translate("rapi::OrderStage", "Completed");
    case OrderStage::Cancelled: return QCoreApplication::translate("rapi::OrderStage", "Cancelled");
    case OrderStage::Returned: return QCoreApplication::translate("rapi::OrderStage", "Returned");
    }
    Q_UNREACHABLE();
}

bool isTerminal(OrderStage stage)
{
    return stage == OrderStage::Completed || stage == OrderStage::Cancelled || stage == OrderStage::Returned;
}

QList<OrderStage> nextStages(OrderStage from, PaymentMethod method)
{
    const bool cod = method == PaymentMethod::Cod;
    switch (from) {
    case OrderStage::New:
        // Marketplaces collect payment before the shop sees the order, so new → paid is allowed.
        if (cod)
            return {OrderStage::Processing, OrderStage::Cancelled};
        return {OrderStage::AwaitingPayment, OrderStage::Paid, OrderStage::Cancelled};
    case OrderStage::AwaitingPayment: return {OrderStage::Paid, OrderStage::Cancelled};
    case OrderStage::Paid: return {OrderStage::Processing, OrderStage::Cancelled};
    case OrderStage::Processing: return {OrderStage::Shipped, OrderStage::Cancelled};
    case OrderStage::Shipped: return {OrderStage::Completed, OrderStage::Returned};
    case OrderStage::Completed: return {OrderStage::Returned};
    case OrderStage::Cancelled:
    case OrderStage::Returned: return {};
    }
    Q_UNREACHABLE();
}

bool isAllowed(OrderStage from, OrderStage to, PaymentMethod method)
{
    return nextStages(from, method).contains(to);
}

} // namespace orderstage

namespace paymentmethod {

QString code(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer: return QStringLiteral("transfer");
    case PaymentMethod::Cod: return QStringLiteral("cod");
    case PaymentMethod::Marketplace: return QStringLiteral("marketplace");
    case PaymentMethod::Cash: return QStringLiteral("cash");
    }
    Q_UNREACHABLE();
}

std::optional<PaymentMethod> fromCode(QStringView text)
{
    for (PaymentMethod m : {PaymentMethod::Transfer, PaymentMethod::Cod, PaymentMethod::Marketplace, PaymentMethod::Cash}) {
        if (text == code(m))
            return m;
    }
    return std::nullopt;
}

QString displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer: return QCoreApplication::translate("rapi::PaymentMethod", "Bank transfer");
    case PaymentMethod::Cod: return QCoreApplication::translate("rapi::PaymentMethod", "Cash on delivery (COD)");
    case PaymentMethod::Marketplace: return QCoreApplication::translate("rapi::PaymentMethod", "Marketplace");
    case PaymentMethod::Cash: return QCoreApplication::translate("rapi::PaymentMethod", "Cash");
    }
    Q_UNREACHABLE();
}

} // namespace paymentmethod
} // namespace rapi
