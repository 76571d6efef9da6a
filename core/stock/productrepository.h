#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "stock/product.h"

#include <QList>

namespace rapi {

class Database;

struct ProductFilter
{
    QString text;          // SKU or name, case-insensitive substring
    bool criticalOnly = false;
    bool includeInactive = true;
};

// Products: the catalogue and its materialised stock figures. Stock itself changes only through
// StockLedger and OrderService.
class ProductRepository final
{
public:
    explicit ProductRepository(Database &db, const Clock &clock = Clock::system());

    Result<Product> get(qint64 id) const;
    Result<Product> getBySku(const QString &sku) const;
    Result<QList<Product>> list(const ProductFilter &filter) const;
    Result<qint64> criticalCount() const;

    // Creates a product; openingStock > 0 also records an `opening` movement.
    Result<qint64> create(const Product &product, qint64 openingStock, const Actor &actor);
    // Updates catalogue fields (not stock); refused when the version changed meanwhile.
    Status update(const Product &product, const Actor &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi
