#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "db/database.h"
#include "importing/importer.h"

#include <memory>
#include <QByteArray>
#include <QString>

namespace rapi::test {

// Writes a CSV fixture into the test's temp dir and returns its path.
QString writeCsv(const QString &name, const QByteArray &content);

// Rows in the tables an import touches, to prove that a refused import wrote nothing and that a
// repeated one changed nothing.
struct TableCounts
{
    qint64 products = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 orderEvents = 0;
    qint64 stockMovements = 0;
    qint64 customers = 0;
    qint64 customerNotes = 0;
    qint64 tickets = 0;
    qint64 ticketEvents = 0;

    bool operator==(const TableCounts &) const = default;
};
TableCounts tableCounts(Database &db);
qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});

// "row 3, column sku: …" lines, for INFO() and substring checks.
QString issuesText(const ImportReport &report);
bool hasIssue(const ImportReport &report, int row, const QString &column, const QString &reasonPart);

// A database with a manual clock, and import helpers that REQUIRE the import itself to run.
struct ImportFixture
{
    ImportFixture();

    ImportReport import(ImportKind kind, const QByteArray &csv, ImportOptions options = {});
    ImportReport importProducts(const QByteArray &csv, ImportOptions options = {})
    {
        return import(ImportKind::Products, csv, options);
    }
    ImportReport importOrders(const QByteArray &csv, ImportOptions options = {})
    {
        return import(ImportKind::Orders, csv, options);
    }
    ImportReport importCustomers(const QByteArray &csv, ImportOptions options = {})
    {
        return import(ImportKind::Customers, csv, options);
    }
    ImportReport importTickets(const QByteArray &csv, ImportOptions options = {})
    {
        return import(ImportKind::Tickets, csv, options);
    }
    // Three products: KAOS-01 (stock 20), HIJAB-02 (stock 10), TOTE-03 (stock 3).
    void addCatalogue();

    std::unique_ptr<Database> db;
    ManualClock clock{1795000000}; // 2026-11-18 06:26 UTC
    Actor actor = Actor::localOwner();
    int files = 0;
};

// UTC seconds of a local time in Jakarta (UTC+7).
qint64 jakarta(int year, int month, int day, int hour, int minute, int second = 0);

} // namespace rapi::test
