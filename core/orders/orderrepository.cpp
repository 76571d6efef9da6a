#include "orders/orderrepository.h"

#include "accounts/permission.h"

#include "db/database.h"
#include "db/dbquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::OrderRepository)
};

QString sortExpression(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::PlacedAt: return QStringLiteral("o.placed_at");
    case OrderSortKey::Number: return QStringLiteral("o.number");
    case OrderSortKey::Total: return QStringLiteral("(o.subtotal + o.shipping_fee)");
    case OrderSortKey::Stage: return QStringLiteral("o.stage");
    }
    Q_UNREACHABLE();
}

// The WHERE clause of a filter and its bound values, in order.
struct FilterSql
{
    QString where;
    QVariantList values;
    bool needsThreshold = false;
};

FilterSql filterSql(const OrderFilter &filter, qint64 now)
{
    FilterSql f;
    QStringList parts;
    if (filter.stage) {
        parts << QStringLiteral("o.stage = ?");
        f.values << orderstage::code(*filter.stage);
    }
    if (filter.channelId) {
        parts << QStringLiteral("o.channel_id = ?");
        f.values << *filter.channelId;
    }
    if (filter.placedFrom) {
        parts << QStringLiteral("o.placed_at >= ?");
        f.values << *filter.placedFrom;
    }
    if (filter.placedTo) {
        parts << QStringLiteral("o.placed_at < ?");
        f.values << *filter.placedTo;
    }
    if (filter.completedFrom) {
        parts << QStringLiteral("o.completed_at >= ?");
        f.values << *filter.completedFrom;
    }
    if (filter.completedTo) {
        parts << QStringLiteral("o.completed_at < ?");
        f.values << *filter.completedTo;
    }
    if (const QString text = filter.text.trimmed().toLower(); !text.isEmpty()) {
        // Customers first (a small table), then their orders through the customer index; the
        // order number is scanned only when the text could be part of one (it has a digit).
        const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
        const bool hasDigit = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        QString part = QStringLiteral("o.customer_id IN (SELECT id FROM customers WHERE lower(name) LIKE ?");
        f.values << pattern;
        if (hasDigit) {
            part += QStringLiteral(" OR phone LIKE ?) OR lower(o.number) LIKE ?");
            f.values << pattern << pattern;
        } else {
            part += QLatin1Char(')');
        }
        parts << QLatin1Char('(') + part + QLatin1Char(')');
    }
    if (filter.stuckOnly) {
        parts << QStringLiteral("o.stage_entered_at < ? - t.stuck_after_seconds");
        f.values << now;
        f.needsThreshold = true;
    }
    f.where = parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
    return f;
}

const QString kRowSelect = QStringLiteral(
    "SELECT o.id, o.number, o.placed_at, c.name, COALESCE(cu.name, ''), o.stage, o.stage_entered_at, "
    "o.subtotal + o.shipping_fee, "
    "CASE WHEN t.stuck_after_seconds IS NOT NULL AND o.stage_entered_at < ? - t.stuck_after_seconds "
    "THEN 1 ELSE 0 END "
    "FROM orders o JOIN channels c ON c.id = o.channel_id "
    "LEFT JOIN customers cu ON cu.id = o.customer_id "
    "LEFT JOIN stage_thresholds t ON t.stage = o.stage ");

QList<OrderRow> readRows(DbQuery &q)
{
    QList<OrderRow> rows;
    while (q.next()) {
        OrderRow row;
        row.id = q.int64(0);
        row.number = q.text(1);
        row.placedAt = q.int64(2);
        row.channelName = q.text(3);
        row.customerName = q.text(4);
        row.stage = orderstage::fromCode(q.text(5)).value_or(OrderStage::New);
        row.stageEnteredAt = q.int64(6);
        row.total = q.int64(7);
        row.stuck = q.int64(8) != 0;
        rows.append(row);
    }
    return rows;
}

} // namespace

OrderRepository::OrderRepository(const Database &db) : m_db(db) {}

Result<Order> OrderRepository::get(qint64 orderId, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadOrders); !allowed)
        return Error{allowed.error()};
    auto order = get(orderId);
    if (order && !permission::allows(actor.role, Permission::ReadCustomerContact))
        order.value().customerPhone.clear();
    return order;
}

Result<Order> OrderRepository::get(qint64 orderId) const
{
    DbQuery q(m_db, QStringLiteral(
                        "SELECT o.id, o.number, o.channel_id, c.name, o.customer_id, COALESCE(cu.name, ''), "
                        "COALESCE(cu.phone, ''), o.stage, o.payment_method, o.placed_at, o.stage_entered_at, "
                        "o.paid_at, o.shipped_at, o.completed_at, o.courier, o.tracking_number, o.shipping_fee, "
                        "o.subtotal, o.stock_reserved, o.notes, o.version "
                        "FROM orders o JOIN channels c ON c.id = o.channel_id "
                        "LEFT JOIN customers cu ON cu.id = o.customer_id WHERE o.id = ?"));
    q.bind(orderId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Order %1 does not exist.").arg(orderId)};
    Order o;
    o.id = q.int64(0);
    o.number = q.text(1);
    o.channelId = q.int64(2);
    o.channelName = q.text(3);
    o.customerId = q.optionalInt64(4);
    o.customerName = q.text(5);
    o.customerPhone = q.text(6);
    o.stage = orderstage::fromCode(q.text(7)).value_or(OrderStage::New);
    o.paymentMethod = paymentmethod::fromCode(q.text(8)).value_or(PaymentMethod::Transfer);
    o.placedAt = q.int64(9);
    o.stageEnteredAt = q.int64(10);
    o.paidAt = q.optionalInt64(11);
    o.shippedAt = q.optionalInt64(12);
    o.completedAt = q.optionalInt64(13);
    o.courier = q.text(14);
    o.trackingNumber = q.text(15);
    o.shippingFee = q.int64(16);
    o.subtotal = q.int64(17);
    o.stockReserved = q.int64(18) != 0;
    o.notes = q.text(19);
    o.version = int(q.int64(20));

    DbQuery lines(m_db, QStringLiteral("SELECT l.id, l.product_id, p.sku, p.name, l.quantity, l.unit_price, l.discount "
                                       "FROM order_lines l JOIN products p ON p.id = l.product_id "
                                       "WHERE l.order_id = ? ORDER BY l.id"));
    lines.bind(orderId);
    if (!lines.exec())
        return lines.error();
    while (lines.next()) {
        o.lines.append({lines.int64(0), lines.int64(1), lines.text(2), lines.text(3), lines.int64(4), lines.int64(5),
                        lines.int64(6)});
    }

    DbQuery events(m_db, QStringLiteral("SELECT e.id, e.from_stage, e.to_stage, e.at, e.user_id, u.display_name, e.note "
                                        "FROM order_events e JOIN users u ON u.id = e.user_id "
                                        "WHERE e.order_id = ? ORDER BY e.at, e.id"));
    events.bind(orderId);
    if (!events.exec())
        return events.error();
    while (events.next()) {
        OrderEvent e;
        e.id = events.int64(0);
        if (!events.value(1).isNull())
            e.from = orderstage::fromCode(events.text(1));
        e.to = orderstage::fromCode(events.text(2)).value_or(OrderStage::New);
        e.at = events.int64(3);
        e.userId = events.int64(4);
        e.userName = events.text(5);
        e.note = events.text(6);
        o.events.append(e);
    }
    return o;
}

Result<qint64> OrderRepository::idForNumber(const QString &number) const
{
    DbQuery q(m_db, QStringLiteral("SELECT id FROM orders WHERE number = ?"));
    q.bind(number.trimmed());
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("There is no order %1.").arg(number.trimmed())};
    return q.int64(0);
}

Result<QList<Channel>> OrderRepository::channels() const
{
    DbQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, code, name FROM channels ORDER BY sort_order, id")))
        return q.error();
    QList<Channel> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2)});
    return list;
}

Result<qint64> OrderRepository::count(const OrderFilter &filter, qint64 now) const
{
    const FilterSql f = filterSql(filter, now);
    QString sql = QStringLiteral("SELECT count(*) FROM orders o ");
    if (f.needsThreshold)
        sql += QStringLiteral("JOIN stage_thresholds t ON t.stage = o.stage ");
    DbQuery q(m_db, sql + QStringLiteral("WHERE ") + f.where);
    for (const QVariant &v : f.values)
        q.bind(v);
    if (!q.exec() || !q.next())
        return q.error();
    return q.int64(0);
}

Result<QList<OrderRow>> OrderRepository::page(const OrderFilter &filter, OrderSortKey key, bool descending,
                                              const std::optional<OrderCursor> &after, int limit, qint64 now) const
{
    const FilterSql f = filterSql(filter, now);
    const QString expr = sortExpression(key);
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = kRowSelect + QStringLiteral("WHERE ") + f.where;
    if (after) {
        sql += QStringLiteral(" AND (") + expr + QStringLiteral(", o.id) ") +
               (descending ? QStringLiteral("<") : QStringLiteral(">")) + QStringLiteral(" (?, ?)");
    }
    sql += QStringLiteral(" ORDER BY ") + expr + dir + QStringLiteral(", o.id") + dir + QStringLiteral(" LIMIT ?");
    DbQuery q(m_db, sql);
    q.bind(now);
    for (const QVariant &v : f.values)
        q.bind(v);
    if (after)
        q.bind(after->sortValue).bind(after->id);
    q.bind(limit);
    if (!q.exec())
        return q.error();
    return readRows(q);
}

Result<QList<OrderRow>> OrderRepository::pageAt(const OrderFilter &filter, OrderSortKey key, bool descending,
                                                qint64 offset, int limit, qint64 now) const
{
    // OFFSET walks the skipped rows: walk only ids (an index scan), then join the page's rows.
    const FilterSql f = filterSql(filter, now);
    const QString order = QStringLiteral(" ORDER BY ") + sortExpression(key) +
                          (descending ? QStringLiteral(" DESC, o.id DESC") : QStringLiteral(" ASC, o.id ASC"));
    QString inner = QStringLiteral("SELECT o.id FROM orders o ");
    if (f.needsThreshold)
        inner += QStringLiteral("JOIN stage_thresholds t ON t.stage = o.stage ");
    inner += QStringLiteral("WHERE ") + f.where + order + QStringLiteral(" LIMIT ? OFFSET ?");
    DbQuery q(m_db, kRowSelect + QStringLiteral("WHERE o.id IN (") + inner + QStringLiteral(")") + order);
    q.bind(now);
    for (const QVariant &v : f.values)
        q.bind(v);
    q.bind(limit).bind(offset);
    if (!q.exec())
        return q.error();
    return readRows(q);
}

OrderCursor OrderRepository::cursorOf(const OrderRow &row, OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::PlacedAt: return {row.placedAt, row.id};
    case OrderSortKey::Number: return {row.number, row.id};
    case OrderSortKey::Total: return {row.total, row.id};
    case OrderSortKey::Stage: return {orderstage::code(row.stage), row.id};
    }
    Q_UNREACHABLE();
}

Result<QHash<OrderStage, qint64>> OrderRepository::stuckThresholds() const
{
    DbQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT stage, stuck_after_seconds FROM stage_thresholds")))
        return q.error();
    QHash<OrderStage, qint64> thresholds;
    while (q.next()) {
        if (const auto stage = orderstage::fromCode(q.text(0)))
            thresholds.insert(*stage, q.int64(1));
    }
    return thresholds;
}

} // namespace rapi
