#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "importing/importer.h"

namespace rapi {

class CsvReader;
class Database;

namespace importing {

// The tickets half of importCsv (docs/cli.md, "Tickets"): one row per ticket, idempotent by
// ticket number. Customers not known yet are created from name and phone; every ticket gets the
// SLA bookkeeping of a ticket created in Rapi (targets of its priority, business seconds to the
// first response and resolution, due times), so the queue and the ticket KPIs count it like any
// other. Row issues go into the report; the Status fails for file or database errors.
Status importTickets(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                     const Clock &clock, ImportReport &report);

} // namespace importing
} // namespace rapi
