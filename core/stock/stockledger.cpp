#include "stock/stockledger.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "stock/productrepository.h"

#include <algorithm>
#include <QCoreApplication>

namespace rapi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::StockLedger)
};
} // namespace

StockLedger::StockLedger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status StockLedger::record(Database &db, qint64 productId, MovementKind kind, qint64 quantity, const QString &reason,
                           std::optional<qint64> orderId, qint64 userId, qint64 at)
{
    DbQuery u(db, QStringLiteral("UPDATE products SET on_hand = on_hand + ?, updated_at = ? WHERE id = ?"));
    u.bind(quantity).bind(at).bind(productId);
    if (!u.exec())
        return u.error();
    if (u.numRowsAffected() != 1)
        return Error{Tr::tr("Product %1 does not exist.").arg(productId)};
    DbQuery q(db, QStringLiteral("INSERT INTO stock_movements (product_id, kind, quantity, reason, order_id, user_id, "
                                 "at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(productId).bind(movementkind::code(kind)).bind(quantity).bind(reason).bindNullableInt(orderId);
    q.bind(userId).bind(at);
    if (!q.exec())
        return q.error();
    return {};
}

Status StockLedger::receive(qint64 productId, qint64 quantity, const QString &reason, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::MoveStock); !allowed)
        return allowed;
    if (quantity <= 0)
        return Error{Tr::tr("The received quantity must be more than zero.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const QString why = reason.trimmed().isEmpty() ? Tr::tr("Goods received") : reason.trimmed();
    if (Status status = record(m_db, productId, MovementKind::Receive, quantity, why, std::nullopt, actor.userId,
                               m_clock.now());
        !status)
        return status;
    if (Status status =
            AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("create"), QStringLiteral("stock"),
                                  productId, Tr::tr("received %1: %2").arg(quantity).arg(why));
        !status)
        return status;
    return tx.commit();
}

Status StockLedger::adjust(qint64 productId, qint64 delta, const QString &reason, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::MoveStock); !allowed)
        return allowed;
    if (delta == 0)
        return Error{Tr::tr("An adjustment must change the stock (the quantity is zero).")};
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("An adjustment needs a reason (for example: broken, lost, found in stocktake).")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("SELECT on_hand, sku FROM products WHERE id = ?"));
    q.bind(productId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Product %1 does not exist.").arg(productId)};
    if (q.int64(0) + delta < 0)
        return Error{Tr::tr("%1 has %2 on hand; removing %3 would make it negative.")
                         .arg(q.text(1))
                         .arg(q.int64(0))
                         .arg(-delta)};
    if (Status status = record(m_db, productId, MovementKind::Adjustment, delta, reason.trimmed(), std::nullopt,
                               actor.userId, m_clock.now());
        !status)
        return status;
    if (Status status = AuditLog(m_db).append(
            actor, m_clock.now(), QStringLiteral("create"), QStringLiteral("stock"), productId,
            Tr::tr("adjusted %1 %2: %3").arg(q.text(1)).arg(delta).arg(reason.trimmed()));
        !status)
        return status;
    return tx.commit();
}

Result<int> StockLedger::stocktake(const QList<StocktakeCount> &counts, const QString &reason, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::MoveStock); !allowed)
        return Error{allowed.error()};
    for (const StocktakeCount &count : counts) {
        if (count.countedQty < 0)
            return Error{Tr::tr("A counted quantity cannot be negative.")};
    }
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    const qint64 now = m_clock.now();
    const QString why = reason.trimmed().isEmpty() ? Tr::tr("Stocktake") : reason.trimmed();
    int adjusted = 0;
    DbQuery q(m_db, QStringLiteral("SELECT on_hand FROM products WHERE id = ?"));
    for (const StocktakeCount &count : counts) {
        q.bind(count.productId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error{Tr::tr("Product %1 does not exist.").arg(count.productId)};
        const qint64 delta = count.countedQty - q.int64(0);
        if (delta == 0)
            continue;
        if (Status status =
                record(m_db, count.productId, MovementKind::Adjustment, delta, why, std::nullopt, actor.userId, now);
            !status)
            return Error{status.error()};
        ++adjusted;
    }
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("stock"), std::nullopt,
                                  Tr::tr("stocktake: %n product(s) adjusted", nullptr, adjusted));
        !status)
        return Error{status.error()};
    if (Status status = tx.commit(); !status)
        return Error{status.error()};
    return adjusted;
}

Result<QList<StockMovement>> StockLedger::movements(qint64 productId, int limit) const
{
    DbQuery q(m_db, QStringLiteral("SELECT m.id, m.kind, m.quantity, m.reason, m.order_id, m.user_id, u.display_name, "
                                   "m.at FROM stock_movements m JOIN users u ON u.id = m.user_id "
                                   "WHERE m.product_id = ? ORDER BY m.at DESC, m.id DESC LIMIT ?"));
    q.bind(productId).bind(limit);
    if (!q.exec())
        return q.error();
    QList<StockMovement> list;
    while (q.next()) {
        StockMovement m;
        m.id = q.int64(0);
        m.productId = productId;
        m.kind = movementkind::fromCode(q.text(1)).value_or(MovementKind::Adjustment);
        m.quantity = q.int64(2);
        m.reason = q.text(3);
        m.orderId = q.optionalInt64(4);
        m.userId = q.int64(5);
        m.userName = q.text(6);
        m.at = q.int64(7);
        list.append(m);
    }
    return list;
}

Result<QList<ReorderSuggestion>> StockLedger::reorderList() const
{
    ProductFilter critical;
    critical.criticalOnly = true;
    auto products = ProductRepository(m_db, m_clock).list(critical);
    if (!products)
        return Error{products.error()};
    QList<ReorderSuggestion> list;
    for (const Product &p : products.value()) {
        // Bring available stock back above the reorder point, and order at least the usual batch.
        const qint64 shortfall = p.reorderPoint - p.available() + 1;
        list.append({p, std::max(shortfall, p.reorderQty)});
    }
    // Furthest below its reorder point first.
    std::stable_sort(list.begin(), list.end(), [](const ReorderSuggestion &a, const ReorderSuggestion &b) {
        return a.product.available() - a.product.reorderPoint < b.product.available() - b.product.reorderPoint;
    });
    return list;
}

Result<QList<StockDiscrepancy>> StockLedger::check() const
{
    DbQuery q(m_db, QStringLiteral(
                        "SELECT p.id, p.sku, p.on_hand, COALESCE(m.total, 0), p.reserved, COALESCE(r.total, 0) "
                        "FROM products p "
                        "LEFT JOIN (SELECT product_id, SUM(quantity) AS total FROM stock_movements "
                        "           GROUP BY product_id) m ON m.product_id = p.id "
                        "LEFT JOIN (SELECT l.product_id, SUM(l.quantity) AS total FROM order_lines l "
                        "           JOIN orders o ON o.id = l.order_id WHERE o.stock_reserved = 1 "
                        "           GROUP BY l.product_id) r ON r.product_id = p.id "
                        "WHERE p.on_hand <> COALESCE(m.total, 0) OR p.reserved <> COALESCE(r.total, 0) "
                        "ORDER BY p.sku"));
    if (!q.exec())
        return q.error();
    QList<StockDiscrepancy> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5)});
    return list;
}

} // namespace rapi
