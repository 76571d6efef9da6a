#include "importing/importer.h"

#include "importing/csvreader.h"
#include "importing/orderimporter.h"
#include "importing/productimporter.h"

namespace rapi {

Result<ImportReport> importCsv(Database &db, ImportKind kind, const QString &path,
                               const ImportOptions &options, const Actor &actor, const Clock &clock)
{
    CsvReader csv;
    if (Status status = csv.open(path); !status)
        return Error{status.error()};
    ImportReport report;
    const Status status = kind == ImportKind::Products
                              ? importing::importProducts(db, csv, options, actor, clock, report)
                              : importing::importOrders(db, csv, options, actor, clock, report);
    if (!status)
        return Error{status.error()};
    return report;
}

} // namespace rapi
