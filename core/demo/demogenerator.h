#pragma once

#include "common/result.h"

#include <functional>
#include <optional>
#include <QDate>

namespace rapi {

class Database;

// Builds a realistic, deterministic Indonesian shop: the same seed, `now` and options give the
// same business, row for row.
// Channels Shopee, Tokopedia, TikTok Shop, WhatsApp, Instagram and Toko; ~200 products in a few
// categories (some at critical stock); customers with Indonesian names, phone numbers and
// profiles, some with notes; orders over the last 12 weeks at every stage, some stuck; CS tickets
// at every touchpoint and status with their messages, SLA clocks as TicketService keeps them,
// some at risk or breached now; two CS users if there is none; the team's tasks, check-ins and
// last week's review notes (demotasks.h). Writes in large transactions with
// ids assigned in memory and indexes built at the end, so that millions of orders stay practical
// for benchmarks.
// docs/performance.md describes the business it makes and how fast.
struct DemoOptions
{
    qint64 orders = 20000;
    quint64 seed = 42;
    int products = 200;
    qint64 customers = 0; // 0: about one customer per 5 orders, at least 50
    // CS tickets (empty: about one per 8 orders) and customer notes (empty: about three per ten
    // customers, a few each on some of them).
    std::optional<qint64> tickets;
    std::optional<qint64> customerNotes;
    qint64 now = 0; // UTC seconds for "now"; 0: the current time
    int weeks = 12;
    // Orders written per transaction: big transactions are fast, and a few of them keep the
    // SQLite WAL file small even for millions of orders. After a failure the generator removes
    // what it had committed.
    qint64 ordersPerTransaction = 50000;
    // On SQLite, write through the driver's sqlite3 library directly when that is safely possible
    // (see docs/performance.md); false writes plain SQL as on PostgreSQL. The data is the same.
    bool directSqlite = true;
    // Called after every few thousand orders with the number written so far (progress display).
    std::function<void(qint64 ordersWritten)> progress;
};

struct DemoSummary
{
    qint64 products = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 orderEvents = 0;
    qint64 stockMovements = 0;
    qint64 criticalProducts = 0;
    qint64 tickets = 0;
    qint64 ticketMessages = 0;
    qint64 ticketEvents = 0;
    qint64 customerNotes = 0;
    qint64 tasks = 0;           // the team's board (demotasks.h)
    qint64 checkIns = 0;        // yesterday's and today's
    qint64 now = 0;             // the "now" the shop was built around
    bool wroteDirectly = false; // through the sqlite3 library directly (DemoOptions::directSqlite)
};

class DemoGenerator final
{
public:
    explicit DemoGenerator(Database &db);
    // Refused on a database that already holds orders or products.
    Result<DemoSummary> generate(const DemoOptions &options);

private:
    Database &m_db;
};

} // namespace rapi
