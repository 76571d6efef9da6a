#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace rapi {

class Database;

enum class ImportKind { Products, Orders, Customers, Tickets };

struct ImportOptions
{
    // Orders only: imported orders move and reserve stock as if they had gone through Rapi.
    bool applyStock = false;
    // Check and report without writing anything (the preview).
    bool dryRun = false;
    // Times without an offset are local to this zone (default: the business zone, Asia/Jakarta).
    QTimeZone zone;
};

// One bad cell or row: `row` is the 1-based line number in the file (the header is row 1).
struct ImportIssue
{
    int row = 0;
    QString column;
    QString reason;
};

struct ImportReport
{
    int rowsRead = 0;          // data rows, without the header
    int created = 0;           // products, orders, customers or tickets that are new
    int updated = 0;           // products or customers that changed
    int unchanged = 0;         // already present and identical (re-import)
    QList<ImportIssue> issues; // in file order; at most IssueList::kMaxListed of them
    int moreIssues = 0;        // further issues that were counted but not listed
    bool applied = false;      // false after a dry run, or when there were issues (nothing was written)
};

// CSV import of SPEC §10 / docs/cli.md: UTF-8 (BOM tolerated), ',' or ';' separated, RFC 4180
// quoting, header row required. All-or-nothing per file: any issue and nothing is written.
// Idempotent by SKU (products), order number (orders), phone or else name (customers) and ticket
// number (tickets).
// The Result fails for file-level problems (unreadable file, missing column); row problems are
// listed in the report's issues.
Result<ImportReport> importCsv(Database &db, ImportKind kind, const QString &path,
                               const ImportOptions &options, const Actor &actor,
                               const Clock &clock = Clock::system());

} // namespace rapi
