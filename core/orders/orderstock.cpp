#include "orders/orderstock.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "stock/stockledger.h"

#include <QCoreApplication>

namespace rapi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::OrderStock)
};
} // namespace

OrderStock::OrderStock(Database &db, qint64 orderId, QString orderNumber, qint64 userId, qint64 at)
    : m_db(db), m_orderId(orderId), m_number(std::move(orderNumber)), m_userId(userId), m_at(at)
{
}

Result<QList<OrderStock::Need>> OrderStock::needs() const
{
    DbQuery q(m_db, QStringLiteral("SELECT l.product_id, p.sku, SUM(l.quantity), p.on_hand, p.reserved "
                                   "FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = ? "
                                   "GROUP BY l.product_id, p.sku, p.on_hand, p.reserved ORDER BY p.sku"));
    q.bind(m_orderId);
    if (!q.exec())
        return q.error();
    QList<Need> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.int64(2), q.int64(3), q.int64(4)});
    return list;
}

Status OrderStock::reserve()
{
    auto loaded = needs();
    if (!loaded)
        return loaded;
    QStringList short_;
    for (const Need &n : loaded.value()) {
        const qint64 available = n.onHand - n.reserved;
        if (available < n.quantity)
            short_ << Tr::tr("%1 (needs %2, available %3)").arg(n.sku).arg(n.quantity).arg(available);
    }
    if (!short_.isEmpty())
        return Error{Tr::tr("Not enough stock to process order %1: %2. Receive stock or change the order first.")
                         .arg(m_number, short_.join(QStringLiteral(", ")))};
    // The condition repeats the check so that a concurrent reservation on a server cannot
    // overbook the same units between our read and our write.
    DbQuery q(m_db, QStringLiteral("UPDATE products SET reserved = reserved + ? WHERE id = ? AND on_hand - reserved >= ?"));
    for (const Need &n : loaded.value()) {
        q.bind(n.quantity).bind(n.productId).bind(n.quantity);
        if (!q.exec())
            return q.error();
        if (q.numRowsAffected() != 1)
            return Error{Tr::tr("Not enough stock to process order %1: %2 was just taken by another order.")
                             .arg(m_number, n.sku)};
    }
    return {};
}

Status OrderStock::changeReserved(const QList<Need> &needs, int sign)
{
    DbQuery q(m_db, QStringLiteral("UPDATE products SET reserved = reserved + ? WHERE id = ?"));
    for (const Need &n : needs) {
        q.bind(sign * n.quantity).bind(n.productId);
        if (!q.exec())
            return q.error();
    }
    return {};
}

Status OrderStock::ship(bool releaseReservation)
{
    auto loaded = needs();
    if (!loaded)
        return loaded;
    QStringList short_;
    for (const Need &n : loaded.value()) {
        if (n.onHand < n.quantity)
            short_ << Tr::tr("%1 (needs %2, on hand %3)").arg(n.sku).arg(n.quantity).arg(n.onHand);
    }
    if (!short_.isEmpty())
        return Error{Tr::tr("Order %1 cannot be shipped, the stock says the goods are not there: %2. Check the stock "
                        "(stocktake) first.")
                         .arg(m_number, short_.join(QStringLiteral(", ")))};
    if (releaseReservation) {
        if (Status status = changeReserved(loaded.value(), -1); !status)
            return status;
    }
    const QString reason = Tr::tr("Order %1 shipped").arg(m_number);
    for (const Need &n : loaded.value()) {
        if (Status status =
                StockLedger::record(m_db, n.productId, MovementKind::Sale, -n.quantity, reason, m_orderId, m_userId, m_at);
            !status)
            return status;
    }
    return {};
}

Status OrderStock::release()
{
    auto loaded = needs();
    if (!loaded)
        return loaded;
    return changeReserved(loaded.value(), -1);
}

Status OrderStock::restock()
{
    auto loaded = needs();
    if (!loaded)
        return loaded;
    const QString reason = Tr::tr("Order %1 returned").arg(m_number);
    for (const Need &n : loaded.value()) {
        if (Status status =
                StockLedger::record(m_db, n.productId, MovementKind::Return, n.quantity, reason, m_orderId, m_userId, m_at);
            !status)
            return status;
    }
    return {};
}

} // namespace rapi
