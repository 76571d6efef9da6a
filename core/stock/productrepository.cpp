#include "stock/productrepository.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "stock/stockledger.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::ProductRepository)
};

const QString kColumns = QStringLiteral("id, sku, name, category, unit_price, cost, active, reorder_point, "
                                        "reorder_qty, on_hand, reserved, version");

Product readProduct(const DbQuery &q)
{
    Product p;
    p.id = q.int64(0);
    p.sku = q.text(1);
    p.name = q.text(2);
    p.category = q.text(3);
    p.unitPrice = q.int64(4);
    p.cost = q.int64(5);
    p.active = q.int64(6) != 0;
    p.reorderPoint = q.int64(7);
    p.reorderQty = q.int64(8);
    p.onHand = q.int64(9);
    p.reserved = q.int64(10);
    p.version = int(q.int64(11));
    return p;
}

Status validate(const Product &p)
{
    if (p.sku.trimmed().isEmpty())
        return Error{Tr::tr("A product needs a SKU.")};
    if (p.name.trimmed().isEmpty())
        return Error{Tr::tr("A product needs a name.")};
    if (p.unitPrice < 0 || p.cost < 0)
        return Error{Tr::tr("Price and cost cannot be negative.")};
    if (p.reorderPoint < 0 || p.reorderQty < 0)
        return Error{Tr::tr("Reorder point and reorder quantity cannot be negative.")};
    return {};
}

} // namespace

ProductRepository::ProductRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<Product> ProductRepository::get(qint64 id) const
{
    DbQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Product %1 does not exist.").arg(id)};
    return readProduct(q);
}

Result<Product> ProductRepository::getBySku(const QString &sku) const
{
    DbQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE sku = ?"));
    q.bind(sku.trimmed());
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("There is no product with SKU %1.").arg(sku)};
    return readProduct(q);
}

Result<QList<Product>> ProductRepository::list(const ProductFilter &filter) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE 1 = 1");
    if (!filter.includeInactive)
        sql += QStringLiteral(" AND active = 1");
    if (filter.criticalOnly)
        sql += QStringLiteral(" AND active = 1 AND on_hand - reserved <= reorder_point");
    if (!filter.text.trimmed().isEmpty())
        sql += QStringLiteral(" AND (lower(sku) LIKE ? OR lower(name) LIKE ?)");
    sql += QStringLiteral(" ORDER BY sku");
    DbQuery q(m_db, sql);
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = QLatin1Char('%') + filter.text.trimmed().toLower() + QLatin1Char('%');
        q.bind(pattern).bind(pattern);
    }
    if (!q.exec())
        return q.error();
    QList<Product> products;
    while (q.next())
        products.append(readProduct(q));
    return products;
}

Result<qint64> ProductRepository::criticalCount() const
{
    DbQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM products WHERE active = 1 AND on_hand - reserved <= reorder_point"))
        || !q.next())
        return q.error();
    return q.int64(0);
}

Result<qint64> ProductRepository::create(const Product &product, qint64 openingStock, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditProducts); !allowed)
        return Error{allowed.error()};
    if (Status status = validate(product); !status)
        return Error{status.error()};
    if (openingStock < 0)
        return Error{Tr::tr("Opening stock cannot be negative.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    DbQuery exists(m_db, QStringLiteral("SELECT id FROM products WHERE sku = ?"));
    exists.bind(product.sku.trimmed());
    if (!exists.exec())
        return exists.error();
    if (exists.next())
        return Error{Tr::tr("A product with SKU %1 already exists.").arg(product.sku.trimmed())};

    const qint64 now = m_clock.now();
    DbQuery q(m_db, QStringLiteral("INSERT INTO products (sku, name, category, unit_price, cost, active, reorder_point, "
                                   "reorder_qty, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "RETURNING id"));
    q.bind(product.sku.trimmed())
        .bind(product.name.trimmed())
        .bind(product.category.trimmed())
        .bind(product.unitPrice)
        .bind(product.cost)
        .bind(qint64(product.active ? 1 : 0))
        .bind(product.reorderPoint)
        .bind(product.reorderQty)
        .bind(now)
        .bind(now);
    const auto inserted = q.execReturningId();
    if (!inserted)
        return inserted;
    const qint64 id = inserted.value();
    if (openingStock > 0) {
        if (Status status = StockLedger::record(m_db, id, MovementKind::Opening, openingStock, Tr::tr("Opening stock"),
                                                std::nullopt, actor.userId, now);
            !status)
            return Error{status.error()};
    }
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("create"), QStringLiteral("product"), id,
                                  product.sku.trimmed() + QStringLiteral(" ") + product.name.trimmed());
        !status)
        return Error{status.error()};
    if (Status status = tx.commit(); !status)
        return Error{status.error()};
    return id;
}

Status ProductRepository::update(const Product &product, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditProducts); !allowed)
        return allowed;
    if (Status status = validate(product); !status)
        return status;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("UPDATE products SET sku = ?, name = ?, category = ?, unit_price = ?, cost = ?, "
                                   "active = ?, reorder_point = ?, reorder_qty = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(product.sku.trimmed())
        .bind(product.name.trimmed())
        .bind(product.category.trimmed())
        .bind(product.unitPrice)
        .bind(product.cost)
        .bind(qint64(product.active ? 1 : 0))
        .bind(product.reorderPoint)
        .bind(product.reorderQty)
        .bind(m_clock.now())
        .bind(product.id)
        .bind(product.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() == 0)
        return Error{Tr::tr("Someone else changed product %1 meanwhile. Nothing was saved; reload it and try again.")
                         .arg(product.sku)};
    if (Status status = AuditLog(m_db).append(
            actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("product"), product.id,
            product.sku.trimmed() + QStringLiteral(" ") + product.name.trimmed());
        !status)
        return status;
    return tx.commit();
}

} // namespace rapi
