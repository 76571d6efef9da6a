#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rapi {

// The order pipeline of SPEC §2: new → awaiting_payment → paid → processing → shipped → completed,
// with the side exits cancelled (before shipped) and returned (from shipped or completed).
enum class OrderStage { New, AwaitingPayment, Paid, Processing, Shipped, Completed, Cancelled, Returned };

enum class PaymentMethod { Transfer, Cod, Marketplace, Cash };

namespace orderstage {

constexpr OrderStage all[] = {OrderStage::New,     OrderStage::AwaitingPayment, OrderStage::Paid,
                              OrderStage::Processing, OrderStage::Shipped,      OrderStage::Completed,
                              OrderStage::Cancelled,  OrderStage::Returned};
// Stages an order can still leave (pending work); "pending by stage" counts these.
constexpr OrderStage pending[] = {OrderStage::New, OrderStage::AwaitingPayment, OrderStage::Paid,
                                  OrderStage::Processing, OrderStage::Shipped};

// The stable code stored in the database and used in files: "awaiting_payment".
QString code(OrderStage stage);
std::optional<OrderStage> fromCode(QStringView code);
// The translated name shown to people: "Menunggu pembayaran".
QString displayName(OrderStage stage);
bool isTerminal(OrderStage stage);

// Whether the pipeline allows from → to for this payment method (the rule only; stock and
// shipping details are checked by OrderService).
bool isAllowed(OrderStage from, OrderStage to, PaymentMethod method);
// The stages an order may move to next, in the order the buttons are shown.
QList<OrderStage> nextStages(OrderStage from, PaymentMethod method);

} // namespace orderstage

namespace paymentmethod {
QString code(PaymentMethod method);
std::optional<PaymentMethod> fromCode(QStringView code);
QString displayName(PaymentMethod method);
} // namespace paymentmethod

} // namespace rapi
