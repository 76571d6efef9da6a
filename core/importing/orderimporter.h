#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "importing/importer.h"

namespace rapi {

class CsvReader;
class Database;

namespace importing {

// The orders half of importCsv (docs/cli.md, "Orders"): one row per order line, the order's
// columns repeated on each of its lines. Row issues go into the report; the Status fails for
// file or database errors.
Status importOrders(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                    const Clock &clock, ImportReport &report);

} // namespace importing
} // namespace rapi
