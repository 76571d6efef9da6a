#include "importing/orderwriter.h"

#include "customers/customerrepository.h"
#include "db/database.h"

namespace rapi::importing {

OrderWriter::OrderWriter(Database &db, qint64 userId, qint64 now)
    : m_db(db), m_userId(userId), m_now(now), m_insertOrder(db), m_insertLine(db), m_insertEvent(db),
      m_addSubtotal(db), m_addReserved(db), m_customers(db)
{}

Status OrderWriter::prepare()
{
    const std::pair<DbQuery *, QString> statements[] = {
        {&m_insertOrder,
         QStringLiteral(
             "INSERT INTO orders (number, channel_id, customer_id, stage, payment_method, placed_at, "
             "stage_entered_at, paid_at, shipped_at, completed_at, courier, tracking_number, shipping_fee, "
             "subtotal, stock_reserved, notes, created_by) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")},
        {&m_insertLine,
         QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit_price, discount) "
                        "VALUES (?, ?, ?, ?, ?)")},
        {&m_insertEvent,
         QStringLiteral("INSERT INTO order_events (order_id, from_stage, to_stage, at, user_id, note) "
                        "VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_addSubtotal, QStringLiteral("UPDATE orders SET subtotal = subtotal + ? WHERE id = ?")},
        {&m_addReserved, QStringLiteral("UPDATE products SET reserved = reserved + ? WHERE id = ?")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return query->error();
    }
    return m_customers.load();
}

Result<std::optional<qint64>> OrderWriter::customer(const QString &name, const QString &phone)
{
    return m_customers.findOrCreate(name.simplified(), CustomerRepository::normalisePhone(phone), m_now);
}

Result<qint64> OrderWriter::insertOrder(const ImportedOrder &order)
{
    const OrderHistory &h = *order.history;
    DbQuery &q = m_insertOrder;
    q.bind(order.number)
        .bind(order.channelId)
        .bindNullableInt(order.customerId)
        .bind(orderstage::code(order.stage));
    q.bind(paymentmethod::code(order.method)).bind(order.placedAt).bind(h.stageEnteredAt);
    q.bindNullableInt(h.paidAt).bindNullableInt(h.shippedAt).bindNullableInt(h.completedAt);
    q.bind(order.courier).bind(order.trackingNumber).bind(order.shippingFee).bind(order.subtotal);
    q.bind(qint64(order.stockReserved ? 1 : 0)).bind(order.notes).bind(m_userId);
    if (!q.exec() || !q.next())
        return q.error();
    const qint64 id = q.int64(0);
    q.raw().finish();
    return id;
}

Status OrderWriter::insertLine(qint64 orderId, qint64 productId, qint64 quantity, Money unitPrice,
                               Money discount)
{
    m_insertLine.bind(orderId).bind(productId).bind(quantity).bind(unitPrice).bind(discount);
    if (!m_insertLine.exec())
        return m_insertLine.error();
    return {};
}

Status OrderWriter::insertEvents(qint64 orderId, const OrderHistory &history, const QString &note)
{
    for (const StageStep &step : history.steps) {
        m_insertEvent.bind(orderId).bindNullableText(step.from ? orderstage::code(*step.from) : QString());
        m_insertEvent.bind(orderstage::code(step.to)).bind(step.at).bind(m_userId).bind(note);
        if (!m_insertEvent.exec())
            return m_insertEvent.error();
    }
    return {};
}

Status OrderWriter::addToSubtotal(qint64 orderId, Money amount)
{
    m_addSubtotal.bind(amount).bind(orderId);
    if (!m_addSubtotal.exec())
        return m_addSubtotal.error();
    return {};
}

Status OrderWriter::addReserved(qint64 productId, qint64 quantity)
{
    m_addReserved.bind(quantity).bind(productId);
    if (!m_addReserved.exec())
        return m_addReserved.error();
    return {};
}

} // namespace rapi::importing
