#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "importing/importer.h"

namespace rapi {

class CsvReader;
class Database;

namespace importing {

// The customers half of importCsv (docs/cli.md, "Customers"): one row per customer, matched by
// normalised phone, else by name among customers without a phone. Non-empty cells overwrite the
// profile, tags are added to the ones the customer has, and the notes cell becomes one note
// (once). Row issues go into the report; the Status fails for file or database errors.
Status importCustomers(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                       const Clock &clock, ImportReport &report);

} // namespace importing
} // namespace rapi
