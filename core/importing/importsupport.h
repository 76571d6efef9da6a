#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "importing/importer.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <span>

namespace rapi {
class CsvReader;
class Database;
} // namespace rapi

namespace rapi::importing {

// Translated text of the importers (one context, so translators see them together).
// The translation context of every importer message ("rapi::Importer"); a struct so that lupdate
// sees the same context the code uses at run time.
struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::Importer)
};

// One column an importer knows: its header name and whether the file must have it.
struct ColumnSpec
{
    const char *name;
    bool required;
};

// Header positions of the known columns, in the importer's column order; -1 for an optional
// column the file does not have. Names match case-insensitively; unknown columns are ignored.
// Fails, naming them, when required columns are missing or a known column appears twice.
Result<QList<int>> resolveColumns(const QStringList &header, std::span<const ColumnSpec> columns);

// Collects row issues for the report. Past kMaxListed it only counts, so a file that is wrong
// on every one of its million lines cannot exhaust memory.
class IssueList final
{
public:
    static constexpr int kMaxListed = 10000;

    explicit IssueList(ImportReport &report) : m_report(report) {}
    void add(int row, const QString &column, const QString &reason);
    bool any() const { return m_count > 0; }

private:
    ImportReport &m_report;
    qint64 m_count = 0;
};

class TimeParser;

// An importer's view of the current CSV record: cells by the importer's column index and issues
// named by column. next() skips (and reports) records whose field count differs from the header
// and, at the end, reports a malformed record; so an importer only reads its cells.
class ColumnReader final
{
public:
    ColumnReader(CsvReader &csv, std::span<const ColumnSpec> columns, ImportReport &report);

    // Finds the columns in the header; fails (a file-level error) as resolveColumns() does.
    Status resolve();
    // The next record with as many fields as the header, counted in the report's rowsRead.
    bool next();

    int row() const;
    // The cell of a known column; empty when the file has no such column.
    QStringView cell(int column) const;
    QLatin1String name(int column) const { return QLatin1String(m_columns[size_t(column)].name); }
    const QString &headerName(int field) const;

    // Lists an issue on the current row and column (none: the whole row) and marks the row bad.
    void bad(int column, const QString &reason);
    void badRow(const QString &reason);
    // No issue on the current row so far.
    bool rowOk() const { return m_rowOk; }
    IssueList &issues() { return m_issues; }

    // Typed cells: an empty optional cell gives nothing; an empty required one or a bad value
    // is listed as an issue (and gives nothing).
    std::optional<qint64> time(int column, TimeParser &parser, bool required);
    std::optional<qint64> count(int column);
    // A phone number normalised like CustomerRepository::normalisePhone; empty when the cell is.
    QString phone(int column);

private:
    CsvReader &m_csv;
    std::span<const ColumnSpec> m_columns;
    ImportReport &m_report;
    IssueList m_issues;
    QList<int> m_pos;
    bool m_rowOk = true;
};

// While alive, gives SQLite a page cache large enough for a big import (256 MiB instead of the
// app's 16 MiB): a million-order file otherwise spills index pages to disk and reads them back
// for every insert, which is most of the import's time. The old size is restored afterwards.
// Does nothing on PostgreSQL, whose server manages its own memory.
class ImportCacheSize final
{
public:
    explicit ImportCacheSize(Database &db);
    ~ImportCacheSize();
    ImportCacheSize(const ImportCacheSize &) = delete;
    ImportCacheSize &operator=(const ImportCacheSize &) = delete;

private:
    Database &m_db;
    std::optional<qint64> m_previous;
};

// Customers' contact data and tickets are the owner's and CS staff's (SPEC §1); the customer and
// ticket imports refuse anybody else before reading a row.
Status requireCustomerAccess(const Actor &actor);

// A non-negative whole number without signs or separators ("12"), or nothing.
std::optional<qint64> parseCount(QStringView text);

// The reason given for a cell that TimeParser cannot read.
QString notATimeReason(QStringView text);

// A phone number as people write it ("0812-3456 7890", "+62 812 3456 7890", "(021) 555 1234"),
// normalised with CustomerRepository::normalisePhone, or the reason why it is not one: only
// digits, spaces and + - . ( ) / are allowed, and 7 to 15 digits.
Result<QString> parsePhone(QStringView text);

// ISO 8601 times as spreadsheets and marketplaces write them: "2026-11-20T14:05:00",
// "2026-11-20 14:05", a bare date (midnight), optional fractions of a second, and "Z", "+07:00",
// "+0700" or "+07" offsets. Without an offset the time is local to the zone. The zone's offset is
// cached per day (unless the day has a transition), which keeps QDateTime out of the hot path.
class TimeParser final
{
public:
    explicit TimeParser(QTimeZone zone);
    // UTC seconds since the epoch, or nothing when the text is not such a time.
    std::optional<qint64> parse(QStringView text);

private:
    qint64 localToUtc(qint64 julianDay, int secondsOfDay);

    struct DayOffset
    {
        int offset = 0;
        bool uniform = true; // no transition on that day: one offset for all of it
    };
    QTimeZone m_zone;
    QHash<qint64, DayOffset> m_days;
};

} // namespace rapi::importing
