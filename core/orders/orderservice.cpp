#include "orders/orderservice.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "customers/customerrepository.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "orders/orderstock.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::OrderService)
};

} // namespace

Permission OrderService::permissionToEnter(OrderStage to)
{
    switch (to) {
    case OrderStage::New:
    case OrderStage::AwaitingPayment:
        return Permission::CreateOrders;
    case OrderStage::Paid:
    case OrderStage::Returned:
        return Permission::RecordPayments;
    case OrderStage::Processing:
    case OrderStage::Shipped:
    case OrderStage::Completed:
        return Permission::FulfilOrders;
    case OrderStage::Cancelled:
        return Permission::CancelOrders;
    }
    return Permission::CancelOrders;
}

namespace {

struct OrderState
{
    QString number;
    OrderStage stage = OrderStage::New;
    PaymentMethod method = PaymentMethod::Transfer;
    bool stockReserved = false;
    std::optional<qint64> paidAt;
    int version = 0;
};

Result<OrderState> loadState(Database &db, qint64 orderId)
{
    DbQuery q(db, QStringLiteral("SELECT number, stage, payment_method, stock_reserved, paid_at, version "
                                 "FROM orders WHERE id = ?"));
    q.bind(orderId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Order %1 does not exist.").arg(orderId)};
    OrderState s;
    s.number = q.text(0);
    s.stage = orderstage::fromCode(q.text(1)).value_or(OrderStage::New);
    s.method = paymentmethod::fromCode(q.text(2)).value_or(PaymentMethod::Transfer);
    s.stockReserved = q.int64(3) != 0;
    s.paidAt = q.optionalInt64(4);
    s.version = int(q.int64(5));
    return s;
}

Result<QString> nextOrderNumber(Database &db)
{
    // Imported orders keep their own numbers, so skip any generated number that is taken.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        DbQuery q(db, QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'order_number' RETURNING value"));
        const auto counter = q.execReturningId();
        if (!counter)
            return Error{counter.error()};
        const QString number = QStringLiteral("ORD-%1").arg(counter.value(), 6, 10, QLatin1Char('0'));
        DbQuery taken(db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"));
        taken.bind(number);
        if (!taken.exec())
            return taken.error();
        if (!taken.next())
            return number;
    }
    return Error{Tr::tr("No free order number could be found.")};
}

Status insertEvent(Database &db, qint64 orderId, std::optional<OrderStage> from, OrderStage to, qint64 at,
                   qint64 userId, const QString &note)
{
    DbQuery q(db, QStringLiteral("INSERT INTO order_events (order_id, from_stage, to_stage, at, user_id, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(orderId).bindNullableText(from ? orderstage::code(*from) : QString());
    q.bind(orderstage::code(to)).bind(at).bind(userId).bind(note.trimmed());
    if (!q.exec())
        return q.error();
    return {};
}

QString allowedList(OrderStage from, PaymentMethod method)
{
    QStringList names;
    for (OrderStage stage : orderstage::nextStages(from, method))
        names << orderstage::displayName(stage);
    return names.isEmpty() ? Tr::tr("none (the order is finished)") : names.join(QStringLiteral(", "));
}

} // namespace

OrderService::OrderService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<qint64> OrderService::create(const NewOrder &order, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::CreateOrders); !allowed)
        return Error{allowed.error()};
    if (order.lines.isEmpty())
        return Error{Tr::tr("An order needs at least one line.")};
    if (order.shippingFee < 0)
        return Error{Tr::tr("The shipping fee cannot be negative.")};
    for (const NewOrderLine &line : order.lines) {
        if (line.quantity <= 0)
            return Error{Tr::tr("Every line needs a quantity of at least 1.")};
        if (line.discount < 0 || (line.unitPrice && *line.unitPrice < 0))
            return Error{Tr::tr("Prices and discounts cannot be negative.")};
    }

    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    const qint64 now = m_clock.now();

    DbQuery channel(m_db, QStringLiteral("SELECT 1 FROM channels WHERE id = ?"));
    channel.bind(order.channelId);
    if (!channel.exec())
        return channel.error();
    if (!channel.next())
        return Error{Tr::tr("Choose the channel the order came from.")};

    std::optional<qint64> customerId = order.customerId;
    if (!customerId && (!order.customerName.trimmed().isEmpty() || !order.customerPhone.trimmed().isEmpty())) {
        auto found = CustomerRepository(m_db, m_clock).findOrCreate(order.customerName, order.customerPhone);
        if (!found)
            return Error{found.error()};
        customerId = found.value();
    }

    // Resolve prices first so the order's subtotal is known when it is inserted.
    struct ResolvedLine
    {
        qint64 productId;
        qint64 quantity;
        Money unitPrice;
        Money discount;
    };
    QList<ResolvedLine> lines;
    Money subtotal = 0;
    DbQuery product(m_db, QStringLiteral("SELECT sku, unit_price, active FROM products WHERE id = ?"));
    for (const NewOrderLine &line : order.lines) {
        product.bind(line.productId);
        if (!product.exec())
            return product.error();
        if (!product.next())
            return Error{Tr::tr("Product %1 does not exist.").arg(line.productId)};
        if (product.int64(2) == 0)
            return Error{Tr::tr("%1 is no longer sold (inactive).").arg(product.text(0))};
        const Money price = line.unitPrice.value_or(product.int64(1));
        if (line.discount > line.quantity * price)
            return Error{Tr::tr("The discount on %1 is more than the line is worth.").arg(product.text(0))};
        lines.append({line.productId, line.quantity, price, line.discount});
        subtotal += line.quantity * price - line.discount;
    }

    auto number = nextOrderNumber(m_db);
    if (!number)
        return Error{number.error()};
    DbQuery insert(m_db, QStringLiteral("INSERT INTO orders (number, channel_id, customer_id, stage, payment_method, "
                                        "placed_at, stage_entered_at, shipping_fee, subtotal, notes, created_by) "
                                        "VALUES (?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(number.value()).bind(order.channelId).bindNullableInt(customerId);
    insert.bind(paymentmethod::code(order.paymentMethod)).bind(now).bind(now).bind(order.shippingFee).bind(subtotal);
    insert.bind(order.notes.trimmed()).bind(actor.userId);
    const auto inserted = insert.execReturningId();
    if (!inserted)
        return inserted;
    const qint64 orderId = inserted.value();

    DbQuery lineInsert(m_db, QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit_price, "
                                            "discount) VALUES (?, ?, ?, ?, ?)"));
    for (const ResolvedLine &line : lines) {
        lineInsert.bind(orderId).bind(line.productId).bind(line.quantity).bind(line.unitPrice).bind(line.discount);
        if (!lineInsert.exec())
            return lineInsert.error();
    }
    if (Status status = insertEvent(m_db, orderId, std::nullopt, OrderStage::New, now, actor.userId, QString());
        !status)
        return Error{status.error()};
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("create"), QStringLiteral("order"), orderId,
                                  Tr::tr("%1, %n line(s)", nullptr, int(lines.size())).arg(*number));
        !status)
        return Error{status.error()};
    if (Status status = tx.commit(); !status)
        return Error{status.error()};
    return orderId;
}

Status OrderService::transition(qint64 orderId, OrderStage to, const TransitionDetails &details, const Actor &actor,
                                std::optional<int> expectedVersion)
{
    if (Status allowed = permission::authorize(actor, permissionToEnter(to)); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    auto loaded = loadState(m_db, orderId);
    if (!loaded)
        return loaded;
    const OrderState &state = loaded.value();
    if (expectedVersion && *expectedVersion != state.version)
        return Error{Tr::tr("Someone else changed order %1 meanwhile (it is now %2). Nothing was changed; look at it "
                        "again and retry.")
                         .arg(state.number, orderstage::displayName(state.stage))};
    if (!orderstage::isAllowed(state.stage, to, state.method))
        return Error{Tr::tr("Order %1 cannot go from “%2” to “%3”. Possible next steps: %4.")
                         .arg(state.number, orderstage::displayName(state.stage), orderstage::displayName(to),
                              allowedList(state.stage, state.method))};

    const qint64 now = m_clock.now();
    OrderStock stock(m_db, orderId, state.number, actor.userId, now);
    QString extraSet;
    QVariantList extraValues;
    bool reserved = state.stockReserved;

    switch (to) {
    case OrderStage::Paid:
        extraSet = QStringLiteral(", paid_at = ?");
        extraValues << now;
        break;
    case OrderStage::Processing:
        if (Status status = stock.reserve(); !status)
            return status;
        reserved = true;
        break;
    case OrderStage::Shipped: {
        if (details.courier.trimmed().isEmpty() || details.trackingNumber.trimmed().isEmpty())
            return Error{Tr::tr("To mark order %1 as shipped, enter the courier and the tracking number.").arg(state.number)};
        if (Status status = stock.ship(state.stockReserved); !status)
            return status;
        reserved = false;
        extraSet = QStringLiteral(", shipped_at = ?, courier = ?, tracking_number = ?");
        extraValues << now << details.courier.trimmed() << details.trackingNumber.trimmed();
        break;
    }
    case OrderStage::Completed:
        // Cash on delivery is paid when the courier hands the parcel over.
        extraSet = state.paidAt ? QStringLiteral(", completed_at = ?") : QStringLiteral(", completed_at = ?, paid_at = ?");
        extraValues << now;
        if (!state.paidAt)
            extraValues << now;
        break;
    case OrderStage::Cancelled:
        if (state.stockReserved) {
            if (Status status = stock.release(); !status)
                return status;
        }
        reserved = false;
        break;
    case OrderStage::Returned:
        if (details.restock) {
            if (Status status = stock.restock(); !status)
                return status;
        }
        break;
    case OrderStage::New:
    case OrderStage::AwaitingPayment:
        break;
    }

    DbQuery update(m_db, QStringLiteral("UPDATE orders SET stage = ?, stage_entered_at = ?, stock_reserved = ?, "
                                        "version = version + 1") +
                             extraSet + QStringLiteral(" WHERE id = ? AND version = ?"));
    update.bind(orderstage::code(to)).bind(now).bind(qint64(reserved ? 1 : 0));
    for (const QVariant &v : extraValues)
        update.bind(v);
    update.bind(orderId).bind(state.version);
    if (!update.exec())
        return update.error();
    if (update.numRowsAffected() != 1)
        return Error{Tr::tr("Someone else changed order %1 meanwhile. Nothing was changed; look at it again and retry.")
                         .arg(state.number)};
    if (Status status = insertEvent(m_db, orderId, state.stage, to, now, actor.userId, details.note); !status)
        return status;
    if (Status status = AuditLog(m_db).append(
            actor, now, QStringLiteral("update"), QStringLiteral("order"), orderId,
            AuditLog::change(state.number, orderstage::code(state.stage), orderstage::code(to)));
        !status)
        return status;
    return tx.commit();
}

Status OrderService::updateNotes(qint64 orderId, const QString &notes, const Actor &actor, int expectedVersion)
{
    if (Status allowed = permission::authorize(actor, Permission::AnnotateOrders); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("UPDATE orders SET notes = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(notes.trimmed()).bind(orderId).bind(expectedVersion);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("Someone else changed this order meanwhile. Nothing was saved; look at it again and retry.")};
    if (Status status =
            AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("order"),
                                  orderId, AuditLog::change(QStringLiteral("notes"), QString(), notes));
        !status)
        return status;
    return tx.commit();
}

} // namespace rapi
