// bench_orders: the figures behind docs/performance.md. Builds an N-order demo shop (default
// 1,000,000) in a SQLite file and measures demo generation, CSV import against the sqlite3 shell,
// the KPI strip, the orders list (first, middle and last page) and the desktop app's launch to first
// paint and memory. Prints figures with their targets; never fails on time.
//
//   bench_orders [--orders N | --quick] [--dir DIR] [--runs R] [--keep] [--skip-import] [--skip-app]
//                [--reuse] [--plain-sql]

#include "benchexport.h"
#include "benchsupport.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "demo/demogenerator.h"
#include "importing/importer.h"
#include "kpi/kpiservice.h"
#include "orders/orderrepository.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace rapi;
using namespace rapi::bench;

namespace {

struct Settings
{
    qint64 orders = 1000000;
    int runs = 20;
    QString dir;
    bool keep = false;
    bool skipImport = false;
    bool skipApp = false;
    bool plainSql = false;
    int pageSize = 100;
};

// Demo generation; returns "now" of the shop.
std::optional<qint64> generateDemo(const Settings &s, const QString &path)
{
    removeDatabaseFiles(path);
    auto db = openOrDie(path);
    if (!db)
        return std::nullopt;
    DemoOptions options;
    options.orders = s.orders;
    options.directSqlite = !s.plainSql;
    options.progress = [&](qint64 written) {
        if (written % 200000 == 0)
            fprintf(stderr, "  … %lld orders\n", static_cast<long long>(written));
    };
    const double start = nowMs();
    const double cpuStart = cpuMs();
    auto summary = DemoGenerator(*db).generate(options);
    const double ms = nowMs() - start;
    const double cpu = cpuMs() - cpuStart;
    if (!summary) {
        out() << "demo generation failed: " << summary.error() << Qt::endl;
        return std::nullopt;
    }
    db.reset();
    line(QStringLiteral("demo generation"),
         QStringLiteral(
             "%1 orders in %2 = %3 orders/s (%4 lines, %5 events, %6 movements, %7 customers, %8 notes, "
             "%9 tickets); file %10 MB")
             .arg(formatCount(summary->orders), formatMs(ms),
                  formatCount(qint64(double(summary->orders) * 1000 / ms)), formatCount(summary->orderLines),
                  formatCount(summary->orderEvents), formatCount(summary->stockMovements),
                  formatCount(summary->customers), formatCount(summary->customerNotes),
                  formatCount(summary->tickets))
             .arg(fileSize(path) / 1000000));
    line(QString(),
         QStringLiteral("(CPU time %1 = %2 orders per CPU second; the rest is waiting for the disk or "
                        "for other processes; %3)")
             .arg(formatMs(cpu), formatCount(qint64(double(summary->orders) * 1000 / cpu)),
                  summary->wroteDirectly ? QStringLiteral("written through sqlite3 directly")
                                         : QStringLiteral("written as plain SQL")));
    return summary->now;
}

void benchKpis(const Settings &s, Database &db, qint64 now)
{
    ManualClock clock(now);
    KpiService service(db, clock);
    const Period week = Period::isoWeekOf(businesstime::dateOf(now, service.zone()));
    OrderKpis kpis;
    auto t = measure(s.runs, [&] {
        auto r = service.orderKpis(week);
        if (r)
            kpis = r.value();
        return r.ok();
    });
    if (!t) {
        line(QStringLiteral("KPI strip (orderKpis, this week)"), QStringLiteral("failed"));
        return;
    }
    line(QStringLiteral("KPI strip (orderKpis, this week)"), timingText(*t, s.runs),
         target(t->medianMs, 16, QStringLiteral("target ≤ 16 ms")));
    qint64 pending = 0;
    qint64 stuck = 0;
    for (qint64 n : kpis.pendingByStage)
        pending += n;
    for (qint64 n : kpis.stuckByStage)
        stuck += n;
    line(QString(),
         QStringLiteral("(week %1: %2 orders in, %3 done, %4 pending, %5 stuck, %6 critical products)")
             .arg(week.from.toString(Qt::ISODate))
             .arg(kpis.ordersIn)
             .arg(kpis.ordersDone)
             .arg(pending)
             .arg(stuck)
             .arg(kpis.criticalStock));
}

void benchList(const Settings &s, Database &db, qint64 now)
{
    OrderRepository repo(db);
    const OrderFilter all;
    qint64 total = 0;
    auto count = measure(s.runs, [&] {
        auto r = repo.count(all, now);
        total = r ? r.value() : -1;
        return r.ok();
    });
    auto first = measure(s.runs, [&] {
        auto r = repo.page(all, OrderSortKey::PlacedAt, true, std::nullopt, s.pageSize, now);
        return r.ok() && !r->isEmpty();
    });
    auto last = measure(s.runs, [&] {
        auto r = repo.page(all, OrderSortKey::PlacedAt, false, std::nullopt, s.pageSize, now);
        return r.ok() && !r->isEmpty();
    });
    auto middle = measure(s.runs, [&] {
        auto r = repo.pageAt(all, OrderSortKey::PlacedAt, true, total / 2, s.pageSize, now);
        return r.ok() && !r->isEmpty();
    });
    OrderFilter stuckOnly;
    stuckOnly.stuckOnly = true;
    auto stuck = measure(s.runs, [&] {
        auto c = repo.count(stuckOnly, now);
        auto r = repo.page(stuckOnly, OrderSortKey::PlacedAt, true, std::nullopt, s.pageSize, now);
        return c.ok() && r.ok();
    });
    const QString limit = QStringLiteral("target ≤ 50 ms");
    auto report = [&](const QString &label, const std::optional<Timing> &t) {
        if (!t)
            return line(label, QStringLiteral("failed"));
        line(label, timingText(*t, s.runs), target(t->medianMs, 50, limit));
    };
    report(QStringLiteral("orders list: count (%1)").arg(formatCount(total)), count);
    report(QStringLiteral("orders list: first page (%1 rows)").arg(s.pageSize), first);
    report(QStringLiteral("orders list: last page"), last);
    report(QStringLiteral("orders list: pageAt middle"), middle);
    report(QStringLiteral("orders list: stuck filter, count+page"), stuck);
}

std::optional<double> importFile(Database &db, ImportKind kind, const QString &path, const QString &label)
{
    const double start = nowMs();
    auto report = importCsv(db, kind, path, ImportOptions{}, Actor::localOwner());
    const double ms = nowMs() - start;
    if (!report || !report->applied) {
        QString why = report ? QStringLiteral("%1 issues").arg(report->issues.size() + report->moreIssues)
                             : report.error();
        if (report && !report->issues.isEmpty())
            why += QStringLiteral(", first: row %1 %2: %3")
                       .arg(report->issues.first().row)
                       .arg(report->issues.first().column, report->issues.first().reason);
        line(label, QStringLiteral("failed: %1").arg(why));
        return std::nullopt;
    }
    line(label, QStringLiteral("%1 rows in %2 (%3 created)")
                    .arg(formatCount(report->rowsRead), formatMs(ms), formatCount(report->created)));
    return ms;
}

// The page cache importCsv sets for the length of an import (core/importing/importsupport.cpp);
// the shell gets the same, or the comparison would mostly measure the cache.
constexpr int importCacheKib = 262144;

void benchImport(const Settings &s, const QString &demoPath)
{
    const QString productsCsv = s.dir + QStringLiteral("/products.csv");
    const QString ordersCsv = s.dir + QStringLiteral("/orders.csv");
    {
        auto demo = openOrDie(demoPath);
        if (!demo)
            return;
        auto products = exportProductsCsv(*demo, productsCsv);
        auto rows = exportOrdersCsv(*demo, ordersCsv);
        if (!products || !rows) {
            line(QStringLiteral("CSV export"), QStringLiteral("failed"));
            return;
        }
        line(QStringLiteral("CSV export (input)"), QStringLiteral("%1 order lines, %2 MB")
                                                       .arg(formatCount(rows.value()))
                                                       .arg(fileSize(ordersCsv) / 1000000));
    }

    const QString importPath = s.dir + QStringLiteral("/import.rapi");
    const QString rawPath = s.dir + QStringLiteral("/raw.rapi");
    removeDatabaseFiles(importPath);
    removeDatabaseFiles(rawPath);
    std::optional<double> importMs;
    {
        auto db = openOrDie(importPath);
        if (!db || !importFile(*db, ImportKind::Products, productsCsv, QStringLiteral("import products CSV")))
            return;
        importMs =
            importFile(*db, ImportKind::Orders, ordersCsv, QStringLiteral("import orders CSV (importCsv)"));
    }
    {
        // The same starting point for the shell: schema and products as the importer had them.
        auto db = openOrDie(rawPath);
        if (!db ||
            !importFile(*db, ImportKind::Products, productsCsv, QStringLiteral("  (raw db: products)")))
            return;
    }
    if (!importMs)
        return;

    const QString sqlite3 = QStringLiteral("/usr/bin/sqlite3");
    if (!QFileInfo(sqlite3).isExecutable()) {
        line(QStringLiteral("sqlite3 raw load"),
             QStringLiteral("skipped: %1 not installed (package sqlite3)").arg(sqlite3));
        return;
    }
    // The rows exactly as the importer wrote them; customers, orders, lines and events.
    const QStringList tables = {QStringLiteral("customers"), QStringLiteral("orders"),
                                QStringLiteral("order_lines"), QStringLiteral("order_events")};
    std::optional<double> best;
    for (int rowsPerInsert : {1, 500}) {
        const QString script = s.dir + QStringLiteral("/raw-%1.sql").arg(rowsPerInsert);
        qint64 rows = 0;
        {
            auto imported = openOrDie(importPath);
            if (!imported)
                return;
            auto written = writeInsertScript(*imported, tables, script, rowsPerInsert, importCacheKib);
            if (!written) {
                line(QStringLiteral("sqlite3 raw load"),
                     QStringLiteral("script failed: %1").arg(written.error()));
                return;
            }
            rows = written.value();
        }
        // Each variant starts from the same copy of the products-only database.
        const QString target = s.dir + QStringLiteral("/raw-%1.rapi").arg(rowsPerInsert);
        removeDatabaseFiles(target);
        QFile::copy(rawPath, target);
        const ProcessResult r = runProcess(sqlite3, {QStringLiteral("-bail"), target}, {}, script);
        const QString label = rowsPerInsert == 1 ? QStringLiteral("sqlite3 shell, 1 INSERT per row")
                                                 : QStringLiteral("sqlite3 shell, 500 rows per INSERT");
        if (!r.started || r.exitCode != 0) {
            line(label, QStringLiteral("failed (exit %1): %2").arg(r.exitCode).arg(r.stderrText.left(300)));
            continue;
        }
        line(label, QStringLiteral("%1 rows (%2 MB of SQL) in %3 → importer/shell = %4×")
                        .arg(formatCount(rows))
                        .arg(fileSize(script) / 1000000)
                        .arg(formatMs(r.wallMs))
                        .arg(*importMs / r.wallMs, 0, 'f', 2));
        best = best ? std::min(*best, r.wallMs) : r.wallMs;
        if (!s.keep) {
            QFile::remove(script);
            removeDatabaseFiles(target);
        }
    }
    if (best)
        line(QStringLiteral("import vs fastest raw load"),
             QStringLiteral("%1×").arg(*importMs / *best, 0, 'f', 2),
             target(*importMs / *best, 2, QStringLiteral("target ≤ 2×")));
}

// The launcher behind runMeasured(): a fresh, small process that forks and runs the program and
// reports its wall time and peak memory. Needed because Linux carries a process's peak RSS across
// exec, and a child spawned straight from the benchmark starts out as big as the benchmark (with
// a million-order demo behind it, hundreds of MB), which would be reported as the app's own.
int measureChild(char **command)
{
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(command[0], command);
        _exit(127);
    }
    if (pid < 0)
        return 126;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    std::fprintf(stderr, "\nbench-child: wall-ms %.1f maxrss-kb %ld\n", nowMs() - start, usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// runProcess through the launcher above, with the figures it reports.
ProcessResult runMeasured(const QString &program, const QStringList &arguments, const QStringList &env)
{
    ProcessResult r = runProcess(QCoreApplication::applicationFilePath(),
                                 QStringList{QStringLiteral("--measure-child"), program} + arguments, env);
    const auto match = QRegularExpression(QStringLiteral("bench-child: wall-ms ([0-9.]+) maxrss-kb (\\d+)"))
                           .match(r.stderrText);
    if (match.hasMatch()) {
        r.wallMs = match.captured(1).toDouble();
        r.maxRssKb = match.captured(2).toLongLong();
    } else {
        r.maxRssKb = 0;
    }
    return r;
}

void benchApp(const Settings &s, const QString &demoPath)
{
    const QString app = QStringLiteral(RAPI_APP_PATH);
    if (!QFileInfo(app).isExecutable()) {
        line(QStringLiteral("app launch"), QStringLiteral("skipped: %1 is not built yet").arg(app));
        return;
    }
    const QString emptyPath = s.dir + QStringLiteral("/empty.rapi");
    removeDatabaseFiles(emptyPath);
    if (!openOrDie(emptyPath))
        return;
    const QStringList env = {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                             QStringLiteral("RAPI_TRACE_STARTUP=1")};
    const QRegularExpression paint(QStringLiteral("first-paint-ms:\\s*(\\d+(?:\\.\\d+)?)"));
    qint64 emptyRss = 0;
    for (const QString &db : {emptyPath, demoPath}) {
        const bool empty = db == emptyPath;
        const QString shot = s.dir + (empty ? QStringLiteral("/empty.png") : QStringLiteral("/orders.png"));
        // The first launch warms the page cache; the figures are from the second.
        ProcessResult r;
        for (int i = 0; i < 2; ++i)
            r = runMeasured(app,
                            {QStringLiteral("--database"), db, QStringLiteral("--tab"),
                             QStringLiteral("orders"), QStringLiteral("--no-login"), QStringLiteral("--screenshot"), shot},
                            env);
        const QString label =
            empty ? QStringLiteral("app launch, empty db") : QStringLiteral("app launch, demo db");
        if (!r.started || r.exitCode != 0) {
            line(label, QStringLiteral("failed (exit %1): %2").arg(r.exitCode).arg(r.stderrText.left(300)));
            continue;
        }
        const auto match = paint.match(r.stderrText);
        const double paintMs = match.hasMatch() ? match.captured(1).toDouble() : -1;
        const QString paintText = paintMs >= 0 ? formatMs(paintMs) : QStringLiteral("not reported");
        line(label,
             QStringLiteral("first paint %1, process %2, peak RSS %3 MB")
                 .arg(paintText, formatMs(r.wallMs))
                 .arg(double(r.maxRssKb) / 1024, 0, 'f', 1),
             paintMs >= 0 ? target(paintMs, 500, QStringLiteral("first paint ≤ 0.5 s")) : QString());
        if (empty)
            emptyRss = r.maxRssKb;
        else
            line(QStringLiteral("app memory over the empty db"),
                 QStringLiteral("+%1 MB").arg(double(r.maxRssKb - emptyRss) / 1024, 0, 'f', 1),
                 target(double(r.maxRssKb - emptyRss) / 1024, 30, QStringLiteral("target ≤ 30 MB")));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "--measure-child") == 0)
        return measureChild(argv + 2);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rapi's order benchmarks (docs/performance.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders in the demo shop (default 1000000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("20,000 orders, for a quick look.")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: a folder in /tmp)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Timed runs per figure (default 20)."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the databases and files.")});
    parser.addOption({QStringLiteral("skip-import"), QStringLiteral("Skip the CSV import figures.")});
    parser.addOption({QStringLiteral("skip-app"), QStringLiteral("Skip the desktop app figures.")});
    parser.addOption(
        {QStringLiteral("reuse"), QStringLiteral("Reuse DIR/demo.rapi from a run with --keep.")});
    parser.addOption({QStringLiteral("plain-sql"),
                      QStringLiteral("Generate the demo with plain SQL, not through sqlite3 directly.")});
    parser.process(app);

    Settings s;
    if (parser.isSet(QStringLiteral("quick")))
        s.orders = 20000;
    if (parser.isSet(QStringLiteral("orders")))
        s.orders = parser.value(QStringLiteral("orders")).toLongLong();
    if (parser.isSet(QStringLiteral("runs")))
        s.runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    s.keep = parser.isSet(QStringLiteral("keep"));
    s.skipImport = parser.isSet(QStringLiteral("skip-import"));
    s.skipApp = parser.isSet(QStringLiteral("skip-app"));
    s.plainSql = parser.isSet(QStringLiteral("plain-sql"));
    s.dir = parser.isSet(QStringLiteral("dir"))
                ? parser.value(QStringLiteral("dir"))
                : QDir::tempPath() + QStringLiteral("/rapi-bench-%1").arg(s.orders);
    if (s.orders <= 0 || !QDir().mkpath(s.dir)) {
        out() << "need --orders > 0 and a writable --dir" << Qt::endl;
        return 2;
    }
    s.dir = QDir(s.dir).absolutePath();

    line(QStringLiteral("machine"), QStringLiteral("%1, %2 cores; %3; Qt %4")
                                        .arg(cpuModel())
                                        .arg(std::thread::hardware_concurrency())
                                        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion())));
    line(QStringLiteral("load average (1, 5, 15 min)"), loadAverage());
    const QString demoPath = s.dir + QStringLiteral("/demo.rapi");
    // --reuse: measure an earlier run's demo (kept with --keep) again; "now" is then the present.
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && QFileInfo::exists(demoPath);
    if (reuse)
        line(QStringLiteral("demo generation"), QStringLiteral("skipped, reusing %1").arg(demoPath));
    const auto now =
        reuse ? std::optional<qint64>(QDateTime::currentSecsSinceEpoch()) : generateDemo(s, demoPath);
    if (!now)
        return 1;
    {
        // Opening checks the file (Database::open decides how thoroughly): part of every launch.
        const double openStart = nowMs();
        auto db = openOrDie(demoPath);
        if (!db)
            return 1;
        line(QStringLiteral("Database::open of the demo"), formatMs(nowMs() - openStart));
        DbQuery q(*db);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            line(QStringLiteral("SQLite"), q.text(0));
        benchKpis(s, *db, *now);
        benchList(s, *db, *now);
    }
    if (!s.skipApp)
        benchApp(s, demoPath);
    if (!s.skipImport)
        benchImport(s, demoPath);
    line(QStringLiteral("load average at the end"), loadAverage());
    if (!s.keep) {
        for (const QString &name : QDir(s.dir).entryList(QDir::Files))
            QFile::remove(s.dir + QLatin1Char('/') + name);
        QDir().rmdir(s.dir);
    }
    return 0;
}
