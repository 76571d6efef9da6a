#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "importing/importer.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <span>

namespace rapi {
class Database;
}

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

// A non-negative whole number without signs or separators ("12"), or nothing.
std::optional<qint64> parseCount(QStringView text);

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
