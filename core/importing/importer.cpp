#include "importing/importer.h"

#include "importing/csvreader.h"
#include "importing/customerimporter.h"
#include "importing/orderimporter.h"
#include "importing/productimporter.h"
#include "importing/ticketimporter.h"

namespace rapi {

Result<ImportReport> importCsv(Database &db, ImportKind kind, const QString &path,
                               const ImportOptions &options, const Actor &actor, const Clock &clock)
{
    CsvReader csv;
    if (Status status = csv.open(path); !status)
        return Error{status.error()};
    ImportReport report;
    Status status;
    switch (kind) {
    case ImportKind::Products:
        status = importing::importProducts(db, csv, options, actor, clock, report);
        break;
    case ImportKind::Orders:
        status = importing::importOrders(db, csv, options, actor, clock, report);
        break;
    case ImportKind::Customers:
        status = importing::importCustomers(db, csv, options, actor, clock, report);
        break;
    case ImportKind::Tickets:
        status = importing::importTickets(db, csv, options, actor, clock, report);
        break;
    }
    if (!status)
        return Error{status.error()};
    return report;
}

} // namespace rapi
