#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace rapi {
class Database;
} // namespace rapi

// Files the import benchmark reads: the demo shop as CSV in the format of docs/cli.md, and the
// rows an import wrote as a SQL script for the sqlite3 command-line shell (the raw baseline).
namespace rapi::bench {

// products.csv: sku, name, category, unit_price, cost, on_hand, reorder_point, reorder_qty, active.
Result<qint64> exportProductsCsv(const Database &db, const QString &path);

// orders.csv: one row per order line, the order's columns repeated; times local (Asia/Jakarta)
// without an offset, money in rupiah. Returns the number of data rows.
Result<qint64> exportOrdersCsv(const Database &db, const QString &path);

// A script that inserts every row of `tables` (ids included) as it is in `db`, inside one
// BEGIN … COMMIT, with the connection settings the importer works with: foreign keys on and a page
// cache of cacheKib KiB. rowsPerInsert = 1 writes one INSERT per row, the way `sqlite3 .dump`
// does; more writes multi-row INSERTs, the fastest plain SQL the shell can be fed. Returns the
// number of rows.
Result<qint64> writeInsertScript(const Database &db, const QStringList &tables, const QString &path,
                                 int rowsPerInsert, int cacheKib);

} // namespace rapi::bench
