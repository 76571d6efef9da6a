#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"
#include "kpi/period.h"

#include <optional>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace rapi {

class Database;

// What a report cell holds. Writers keep the kind: a count stays an integer, money stays minor
// units (cents of rupiah), a percentage one decimal, a duration seconds (docs/reports.md).
enum class ReportValueKind { Empty, Text, Count, Money, Percent, Duration, Date };

struct ReportValue
{
    ReportValueKind kind = ReportValueKind::Empty;
    qint64 integer = 0; // Count, Money (minor units), Duration (seconds), Date (Julian day)
    double real = 0;    // Percent (12.5 means 12.5 %)
    QString text;       // Text

    static ReportValue empty() { return {}; }
    static ReportValue ofText(const QString &text);
    static ReportValue count(qint64 value);
    static ReportValue money(Money value);
    static ReportValue percent(std::optional<double> value); // empty when there is nothing to divide by
    static ReportValue duration(std::optional<qint64> seconds);
    static ReportValue date(QDate date);

    bool isEmpty() const { return kind == ReportValueKind::Empty; }
    bool isNumber() const
    {
        return kind != ReportValueKind::Empty && kind != ReportValueKind::Text &&
               kind != ReportValueKind::Date;
    }
    // Count, Money and Duration as their integer, Percent as its value; 0 for the rest.
    // (A Date is not a number: it is not compared.)
    double number() const;
    bool operator==(const ReportValue &other) const = default;
};

struct ReportColumn
{
    QString key;   // stable, for the CSV ("current", "previous", "change_percent", …)
    QString title; // translated
};

struct ReportRow
{
    QString key;              // stable, for the CSV; the `rapi-cli kpi --json` key where there is one
    QList<ReportValue> cells; // one per column; the first is usually the row's label
};

// One section: a table with a title and an optional note under it. Comparing sections have the
// columns label, this week, previous week, change.
struct ReportSection
{
    QString key; // "summary", "pipeline", … (docs/reports.md)
    QString title;
    QString note;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;

    const ReportRow *row(const QString &rowKey) const;
};

// The series the charts draw, besides the tables.
struct ReportChannelDay
{
    QDate date;
    QList<qint64> orders;    // per channel, in WeeklyReport::channels order
    QList<Money> grossSales; // per channel
};

struct ReportStageTime
{
    QString stage; // translated stage name
    std::optional<qint64> medianCurrent;
    std::optional<qint64> medianPrevious;
    std::optional<qint64> stuckAfter; // the stage's stuck threshold, if any
};

struct ReportWeek
{
    QString label; // "2026-W47"
    qint64 ordersIn = 0;
    Money grossSales = 0;
};

// The weekly report (SPEC §10, issue 4): one ISO week beside the one before, as typed tables that
// the CSV and XLSX writers (core) and the PDF renderer (ui/reports) all read, so every format
// shows the same figures — the figures of DashboardService, i.e. of `rapi-cli kpi --json`.
// Sections are a list; the last three are the team rhythm: the week's review notes, its
// check-ins and its tasks (done, blocked, overdue).
struct WeeklyReport
{
    QString businessName;
    Period week;
    Period previousWeek;
    QString weekLabel;         // "2026-W47"
    QString previousWeekLabel; // "2026-W46"
    qint64 asOf = 0;           // "now" of the pipeline, stock and open-ticket figures, UTC seconds
    QStringList channels;      // channel names, in display order
    QList<ReportSection> sections;

    // Chart series.
    QList<ReportChannelDay> days;
    QList<ReportStageTime> stageTimes;
    QList<ReportWeek> trend;

    const ReportSection *section(const QString &key) const;
};

class WeeklyReportBuilder final
{
public:
    // At most this many stuck orders are listed (the oldest first); the section's note says how
    // many there are in all.
    static constexpr int maxStuckOrders = 200;

    // The team rhythm (check-ins, review notes, tasks) is read as `reader`: the owner's report by
    // default; a reader who may not see review notes gets an error, a vendor only their own.
    WeeklyReportBuilder(Database &db, const Clock &clock = Clock::system(), QTimeZone zone = QTimeZone(),
                        Actor reader = Actor::localOwner());

    Result<WeeklyReport> build(const Period &isoWeek) const;
    // "2026-W47" → the report; a clear message for anything else.
    Result<WeeklyReport> build(const QString &isoWeek) const;
    // The ISO week before the one holding today (the report a shop owner wants on Monday).
    Period lastWeek() const;

private:
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    Actor m_reader;
};

namespace reportformat {
// Plain text of a value for the CSV: money in major units ("1250000" or "1250000.50"), a
// percentage with one decimal, a duration in seconds, a date as 2026-11-16, empty for Empty.
QString plain(const ReportValue &value);
// The language-aware text of a value for people: "Rp 1.250.000", "1.234" / "1,234", "12,5 %",
// "2 d 3 h", "Sen 16 Nov"; "–" for Empty.
QString display(const ReportValue &value);
// A change in percent with its sign: "+12,5 %", "−3,0 %".
QString change(const ReportValue &value);
// "2 d 3 h", "5 h 12 min", "45 min", "30 s": precise enough to compare stages (also rapi-cli kpi).
QString duration(qint64 seconds);
} // namespace reportformat

} // namespace rapi
