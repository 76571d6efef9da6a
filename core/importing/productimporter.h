#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "importing/importer.h"

namespace rapi {

class CsvReader;
class Database;

namespace importing {

// The products half of importCsv (docs/cli.md, "Products"): new SKUs become products with an
// opening movement, known SKUs get their catalogue fields updated and their on-hand corrected by
// one adjustment. Row issues go into the report; the Status fails for file or database errors.
Status importProducts(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                      const Clock &clock, ImportReport &report);

} // namespace importing
} // namespace rapi
