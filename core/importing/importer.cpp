#include "importing/importer.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/writetransaction.h"
#include "importing/csvreader.h"
#include "importing/customerimporter.h"
#include "importing/orderimporter.h"
#include "importing/productimporter.h"
#include "importing/ticketimporter.h"

#include <optional>
#include <QFileInfo>

namespace rapi {

namespace {

Permission permissionFor(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Products:
        return Permission::EditProducts;
    case ImportKind::Orders:
        return Permission::ImportOrders;
    case ImportKind::Customers:
        return Permission::EditCustomers;
    case ImportKind::Tickets:
        return Permission::HandleTickets;
    }
    return Permission::ImportOrders;
}

QString entityOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Products:
        return QStringLiteral("product");
    case ImportKind::Orders:
        return QStringLiteral("order");
    case ImportKind::Customers:
        return QStringLiteral("customer");
    case ImportKind::Tickets:
        return QStringLiteral("ticket");
    }
    return QString();
}

} // namespace

Result<ImportReport> importCsv(Database &db, ImportKind kind, const QString &path,
                               const ImportOptions &options, const Actor &actor, const Clock &clock)
{
    if (Status allowed = permission::authorize(actor, permissionFor(kind)); !allowed)
        return Error{allowed.error()};
    CsvReader csv;
    if (Status status = csv.open(path); !status)
        return Error{status.error()};
    ImportReport report;
    // The importers commit into this transaction, so the audit entry exists exactly when the rows do.
    std::optional<WriteTransaction> tx;
    if (!options.dryRun) {
        tx.emplace(db);
        if (!tx->ok())
            return Error{tx->startStatus().error()};
    }
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
    if (tx && report.applied) {
        const QString summary = QStringLiteral("%1: %2 rows, %3 created, %4 updated")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(report.rowsRead)
                                    .arg(report.created)
                                    .arg(report.updated);
        if (Status audited = AuditLog(db).append(actor, clock.now(), QStringLiteral("import"), entityOf(kind),
                                                 std::nullopt, summary);
            !audited)
            return Error{audited.error()};
        if (Status committed = tx->commit(); !committed)
            return Error{committed.error()};
    }
    return report;
}

} // namespace rapi
