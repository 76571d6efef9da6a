#include "commands.h"

#include "common/actor.h"
#include "common/language.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "importing/importer.h"
#include "kpi/dashboardservice.h"
#include "maintenance/backup.h"
#include "reports/weeklyreport.h"
#include "stock/stockledger.h"

#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rapi::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::cli)
};

std::optional<QDate> parseDate(const QString &text)
{
    // Exactly YYYY-MM-DD: QDate alone would also take "2026-1-5" in some Qt versions.
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// A percentage or mean of SPEC §8 with nothing to divide by is null, not 0.
template<typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template<typename Key, typename Value, typename CodeOf>
QJsonObject byCode(const QMap<Key, Value> &map, CodeOf codeOf)
{
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(codeOf(it.key()), it.value());
    return json;
}

QString sameCode(const QString &code)
{
    return code;
}

void addTicketPeriod(QJsonObject &json, const TicketPeriodKpis &t)
{
    json.insert(QStringLiteral("tickets_created"), t.ticketsCreated);
    json.insert(QStringLiteral("tickets_resolved"), t.ticketsResolved);
    json.insert(QStringLiteral("sla_first_response_breaches"), t.slaFirstResponseBreaches);
    json.insert(QStringLiteral("sla_resolution_breaches"), t.slaResolutionBreaches);
    json.insert(QStringLiteral("fcr_percent"), orNull(t.fcrPercent));
    json.insert(QStringLiteral("aht_seconds"), orNull(t.ahtSeconds));
    json.insert(QStringLiteral("csat_percent"), orNull(t.csatPercent));
}

// The keys of one period (docs/cli.md): the same for the period asked and for "previous".
QJsonObject periodJson(const DashboardPeriod &p)
{
    const OrderPeriodFigures &o = p.orders;
    QJsonObject times;
    for (auto it = o.stageTimes.cbegin(); it != o.stageTimes.cend(); ++it)
        times.insert(orderstage::code(it.key()),
                     QJsonObject{{QStringLiteral("left"), it->left},
                                 {QStringLiteral("average_seconds"), orNull(it->averageSeconds)},
                                 {QStringLiteral("median_seconds"), orNull(it->medianSeconds)}});
    QJsonObject voice;
    for (const TouchpointTopics &tp : p.voiceOfCustomer) {
        QJsonArray top;
        for (const auto &[category, tickets] : tp.topCategories)
            top.append(
                QJsonObject{{QStringLiteral("category"), category}, {QStringLiteral("tickets"), tickets}});
        voice.insert(touchpoint::code(tp.touchpoint), QJsonObject{{QStringLiteral("tickets"), tp.tickets},
                                                                  {QStringLiteral("top_categories"), top}});
    }
    QJsonArray days;
    for (const OrderDayFigures &d : o.days)
        days.append(
            QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                        {QStringLiteral("orders_in"), d.ordersIn},
                        {QStringLiteral("orders_done"), d.ordersDone},
                        {QStringLiteral("gross_sales"), d.grossSales},
                        {QStringLiteral("orders_in_by_channel"), byCode(d.ordersInByChannel, sameCode)},
                        {QStringLiteral("gross_sales_by_channel"), byCode(d.grossSalesByChannel, sameCode)}});
    QJsonObject json{
        {QStringLiteral("from"), p.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), p.period.to.toString(Qt::ISODate)},
        {QStringLiteral("orders_in"), o.ordersIn},
        {QStringLiteral("orders_done"), o.ordersDone},
        {QStringLiteral("gross_sales"), o.grossSales},
        {QStringLiteral("gross_sales_by_channel"), byCode(o.grossSalesByChannel, sameCode)},
        {QStringLiteral("orders_in_by_channel"), byCode(o.ordersInByChannel, sameCode)},
        {QStringLiteral("days"), days},
        {QStringLiteral("time_in_stage"), times},
        {QStringLiteral("bottleneck"),
         p.bottleneck ? QJsonValue(orderstage::code(*p.bottleneck)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tickets_by_touchpoint"), voice},
    };
    addTicketPeriod(json, p.tickets);
    return json;
}

QJsonObject dashboardJson(const Dashboard &d)
{
    QJsonObject json = periodJson(d.current);
    json.insert(QStringLiteral("pending_by_stage"), byCode(d.pipeline.pending, orderstage::code));
    json.insert(QStringLiteral("stuck_by_stage"), byCode(d.pipeline.stuck, orderstage::code));
    json.insert(QStringLiteral("critical_stock"), d.criticalStock);
    json.insert(QStringLiteral("open_tickets"), d.openTickets.total);
    json.insert(QStringLiteral("open_tickets_by_touchpoint"),
                byCode(d.openTickets.byTouchpoint, touchpoint::code));
    json.insert(QStringLiteral("open_tickets_by_priority"),
                byCode(d.openTickets.byPriority, ticketpriority::code));
    json.insert(QStringLiteral("previous"), periodJson(d.previous));
    QJsonArray trend;
    for (const WeekTrend &w : d.weeklyTrend) {
        QJsonObject week{{QStringLiteral("week"), w.label},
                         {QStringLiteral("from"), w.week.from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), w.week.to.toString(Qt::ISODate)},
                         {QStringLiteral("orders_in"), w.ordersIn},
                         {QStringLiteral("gross_sales"), w.grossSales}};
        addTicketPeriod(week, w.tickets);
        trend.append(week);
    }
    json.insert(QStringLiteral("weekly_trend"), trend);
    return json;
}

void printTickets(QTextStream &out, const TicketPeriodKpis &t, const OpenTickets &open)
{
    const QString none = QStringLiteral("–");
    auto percent = [&](const std::optional<double> &value) {
        return value ? QStringLiteral("%1 %").arg(*value, 0, 'f', 1) : none;
    };
    out << Tr::tr("Tickets created: %1, resolved: %2").arg(t.ticketsCreated).arg(t.ticketsResolved) << '\n'
        << Tr::tr("Open tickets by touchpoint:") << '\n';
    for (auto it = open.byTouchpoint.cbegin(); it != open.byTouchpoint.cend(); ++it)
        out << QStringLiteral("  %1: %2\n").arg(touchpoint::displayName(it.key())).arg(it.value());
    out << Tr::tr("SLA breaches: first response %1, resolution %2")
               .arg(t.slaFirstResponseBreaches)
               .arg(t.slaResolutionBreaches)
        << '\n'
        << Tr::tr("FCR: %1, AHT: %2, CSAT: %3")
               .arg(percent(t.fcrPercent), t.ahtSeconds ? Tr::tr("%1 s").arg(*t.ahtSeconds) : none,
                    percent(t.csatPercent))
        << '\n';
}

void printPipeline(QTextStream &out, const PipelineNow &pipeline)
{
    for (auto it = pipeline.pending.cbegin(); it != pipeline.pending.cend(); ++it)
        out << QStringLiteral("  %1: %2 (%3)\n")
                   .arg(orderstage::displayName(it.key()))
                   .arg(it.value())
                   .arg(pipeline.stuck.value(it.key()));
}

std::optional<QDate> dateOption(const Invocation &call, const QString &name, const QString &example)
{
    const QString text = call.parser.value(name);
    const auto date = parseDate(text);
    if (!date)
        fail(call, Tr::tr("--%1 “%2” is not a date like %3.").arg(name, text, example));
    return date;
}

} // namespace

int fail(const Invocation &call, const QString &message)
{
    call.err << QStringLiteral("rapi-cli: ") << message << QLatin1Char('\n');
    return ExitFailed;
}

int usage(const Invocation &call, const QString &message)
{
    call.err << QStringLiteral("rapi-cli: ") << message << QLatin1Char('\n')
             << Tr::tr("Run “rapi-cli --help” for the commands.") << QLatin1Char('\n');
    return ExitUsage;
}

// create: whether a missing SQLite file may be created (import and demo fill a new database;
// looking at figures or checking a file that is not there is a mistake worth telling).
std::unique_ptr<Database> openDatabase(const Invocation &call, bool create)
{
    Database::Options options;
    options.create = create;
    options.language = language::current(); // --lang: the default texts of a new database
    auto db = Database::open(call.database, options);
    if (!db) {
        fail(call, db.error());
        return nullptr;
    }
    return std::move(db).value();
}

int runImport(const Invocation &call)
{
    const QString kindName = call.arguments.at(0);
    const QString path = call.arguments.at(1);
    ImportKind kind;
    if (kindName == QLatin1String("products"))
        kind = ImportKind::Products;
    else if (kindName == QLatin1String("orders"))
        kind = ImportKind::Orders;
    else if (kindName == QLatin1String("customers"))
        kind = ImportKind::Customers;
    else if (kindName == QLatin1String("tickets"))
        kind = ImportKind::Tickets;
    else
        return usage(call, Tr::tr("Import what? Use “import products|orders|customers|tickets FILE.csv”."));
    ImportOptions options;
    options.dryRun = call.parser.isSet(QStringLiteral("dry-run"));
    options.applyStock = call.parser.isSet(QStringLiteral("apply-stock"));
    if (options.applyStock && kind != ImportKind::Orders)
        return usage(call, Tr::tr("--apply-stock goes with “import orders” only."));

    // Checked before the database is opened, so a typo does not leave an empty new database.
    if (!QFileInfo(path).isFile())
        return fail(call, Tr::tr("The file “%1” does not exist.").arg(path));
    auto session = openSession(call, true, std::nullopt);
    if (!session)
        return ExitFailed;
    Database *db = session->db.get();

    auto result = importCsv(*db, kind, path, options, session->actor);
    if (!result)
        return fail(call, result.error());
    const ImportReport &report = result.value();
    for (const ImportIssue &issue : report.issues) {
        if (issue.column.isEmpty())
            call.err << Tr::tr("row %1: %2").arg(issue.row).arg(issue.reason) << QLatin1Char('\n');
        else
            call.err << Tr::tr("row %1, column %2: %3").arg(issue.row).arg(issue.column, issue.reason)
                     << QLatin1Char('\n');
    }
    if (report.moreIssues > 0)
        call.err << Tr::tr("… and %n more issue(s).", nullptr, int(report.moreIssues)) << QLatin1Char('\n');

    call.out << Tr::tr("%1: %2 rows read; %3 created, %4 updated, %5 unchanged.")
                    .arg(QFileInfo(path).fileName())
                    .arg(report.rowsRead)
                    .arg(report.created)
                    .arg(report.updated)
                    .arg(report.unchanged)
             << QLatin1Char('\n');
    const qsizetype issueCount = report.issues.size() + report.moreIssues;
    if (issueCount > 0)
        return fail(
            call, Tr::tr("Nothing was imported: the file has %n issue(s). Fix them and import the whole file "
                         "again.",
                         nullptr, int(issueCount)));
    if (options.dryRun)
        call.out << Tr::tr("Dry run: the file is fine; nothing was written.") << QLatin1Char('\n');
    return ExitOk;
}

int runKpi(const Invocation &call)
{
    if (call.parser.value(QStringLiteral("from")).isEmpty() ||
        call.parser.value(QStringLiteral("to")).isEmpty())
        return usage(call, Tr::tr("kpi needs --from YYYY-MM-DD and --to YYYY-MM-DD."));
    const auto from = dateOption(call, QStringLiteral("from"), QStringLiteral("2026-11-16"));
    if (!from)
        return ExitFailed;
    const auto to = dateOption(call, QStringLiteral("to"), QStringLiteral("2026-11-23"));
    if (!to)
        return ExitFailed;
    if (*to <= *from)
        return fail(call, Tr::tr("--to must be after --from (--to is the first day not counted)."));

    auto session = openSession(call, false, Permission::ExportReports);
    if (!session)
        return ExitFailed;
    Database *db = session->db.get();
    auto dashboard = DashboardService(*db).load(Period{*from, *to});
    if (!dashboard)
        return fail(call, dashboard.error());
    const Dashboard &d = dashboard.value();

    if (call.parser.isSet(QStringLiteral("json"))) {
        call.out << QString::fromUtf8(QJsonDocument(dashboardJson(d)).toJson(QJsonDocument::Indented));
        auditExport(
            *session, QStringLiteral("kpi"),
            QStringLiteral("%1 – %2 JSON").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return ExitOk;
    }

    const OrderPeriodFigures &k = d.current.orders;
    call.out
        << Tr::tr("Period: %1 to %2 (exclusive)").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
        << QLatin1Char('\n') << Tr::tr("Orders in: %1").arg(k.ordersIn) << QLatin1Char('\n')
        << Tr::tr("Orders done: %1").arg(k.ordersDone) << QLatin1Char('\n')
        << Tr::tr("Gross sales: %1").arg(money::format(k.grossSales)) << QLatin1Char('\n');
    for (auto it = k.grossSalesByChannel.cbegin(); it != k.grossSalesByChannel.cend(); ++it)
        call.out << QStringLiteral("  %1: %2\n").arg(it.key(), money::format(it.value()));
    call.out << Tr::tr("Pending by stage (stuck):") << QLatin1Char('\n');
    printPipeline(call.out, d.pipeline);
    call.out << Tr::tr("Time in stage (orders that left it in the period):") << QLatin1Char('\n');
    for (auto it = k.stageTimes.cbegin(); it != k.stageTimes.cend(); ++it) {
        call.out << QStringLiteral("  %1: ").arg(orderstage::displayName(it.key()));
        if (it->left == 0)
            call.out << QStringLiteral("–\n");
        else
            call.out << Tr::tr("%1 left; average %2, median %3")
                            .arg(it->left)
                            .arg(reportformat::duration(*it->averageSeconds),
                                 reportformat::duration(*it->medianSeconds))
                     << QLatin1Char('\n');
    }
    if (d.current.bottleneck)
        call.out << Tr::tr("Bottleneck: %1").arg(orderstage::displayName(*d.current.bottleneck))
                 << QLatin1Char('\n');
    call.out << Tr::tr("Critical stock: %1").arg(d.criticalStock) << QLatin1Char('\n');
    printTickets(call.out, d.current.tickets, d.openTickets);
    auditExport(*session, QStringLiteral("kpi"),
                QStringLiteral("%1 – %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    return ExitOk;
}

int runRecap(const Invocation &call)
{
    std::optional<QDate> date;
    if (call.parser.isSet(QStringLiteral("date"))) {
        date = dateOption(call, QStringLiteral("date"), QStringLiteral("2026-11-23"));
        if (!date)
            return ExitFailed;
    }
    auto session = openSession(call, false, Permission::ExportReports);
    if (!session)
        return ExitFailed;
    Database *db = session->db.get();
    const DashboardService service(*db);
    auto recap = service.recap(date.value_or(service.today()));
    if (!recap)
        return fail(call, recap.error());
    const DailyRecap &r = recap.value();
    QTextStream &out = call.out;
    out << Tr::tr("Daily recap for %1").arg(QLocale().toString(r.date, QLocale::LongFormat)) << '\n'
        << Tr::tr("Orders in: %1 (gross sales %2)").arg(r.ordersIn).arg(money::format(r.grossSales)) << '\n'
        << Tr::tr("Orders done: %1").arg(r.ordersDone) << '\n'
        << Tr::tr("Tickets created: %1, resolved: %2")
               .arg(r.tickets.ticketsCreated)
               .arg(r.tickets.ticketsResolved)
        << '\n'
        << Tr::tr("SLA breaches of that day's tickets: first response %1, resolution %2")
               .arg(r.tickets.slaFirstResponseBreaches)
               .arg(r.tickets.slaResolutionBreaches)
        << '\n'
        << Tr::tr("Now, %1:")
               .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(r.asOf, businesstime::defaultZone()),
                                       QLocale::ShortFormat))
        << '\n'
        << Tr::tr("Stuck orders: %1. Pending by stage (stuck):").arg(r.stuck) << '\n';
    printPipeline(out, r.pipeline);
    out << Tr::tr("Critical stock: %1").arg(r.criticalProducts.size()) << '\n';
    for (const Product &p : r.criticalProducts)
        out << QStringLiteral("  %1 %2: ").arg(p.sku, p.name)
            << Tr::tr("%1 available, reorder point %2").arg(p.available()).arg(p.reorderPoint) << '\n';
    out << Tr::tr("Open tickets: %1, of which %2 past their SLA target")
               .arg(r.openTickets.total)
               .arg(r.openBreached)
        << '\n';
    auditExport(*session, QStringLiteral("recap"), QString());
    return ExitOk;
}

int runDemo(const Invocation &call)
{
    const QString ordersText = call.parser.value(QStringLiteral("orders"));
    if (ordersText.isEmpty())
        return usage(call, Tr::tr("demo needs --orders N."));
    DemoOptions options;
    bool ok = false;
    options.orders = ordersText.toLongLong(&ok);
    if (!ok || options.orders < 0)
        return fail(call, Tr::tr("--orders “%1” is not a whole number of 0 or more.").arg(ordersText));
    if (call.parser.isSet(QStringLiteral("seed"))) {
        const QString seedText = call.parser.value(QStringLiteral("seed"));
        options.seed = seedText.toULongLong(&ok);
        if (!ok)
            return fail(call, Tr::tr("--seed “%1” is not a whole number.").arg(seedText));
    }

    auto session = openSession(call, true, Permission::Maintain);
    if (!session)
        return ExitFailed;
    Database *db = session->db.get();
    auto summary = DemoGenerator(*db).generate(options);
    if (!summary)
        return fail(call, summary.error());
    call.out << Tr::tr("Demo shop created: %1 products, %2 customers, %3 orders with %4 lines.")
                    .arg(summary->products)
                    .arg(summary->customers)
                    .arg(summary->orders)
                    .arg(summary->orderLines)
             << QLatin1Char('\n');
    return ExitOk;
}

int runCheck(const Invocation &call)
{
    // Opening checks small files and files left by a crash; `check` always reads every page.
    auto session = openSession(call, false, Permission::Maintain);
    if (!session)
        return ExitFailed;
    Database *db = session->db.get();
    if (db->isSqlite()) {
        if (Status integrity = db->checkIntegrity(); !integrity)
            return fail(call, integrity.error());
    }
    auto discrepancies = StockLedger(*db).check();
    if (!discrepancies)
        return fail(call, discrepancies.error());
    if (discrepancies->isEmpty()) {
        call.out << QStringLiteral("OK\n");
        return ExitOk;
    }
    for (const StockDiscrepancy &d : discrepancies.value()) {
        if (d.onHand != d.ledgerSum)
            call.out << Tr::tr("%1: on hand is %2, but its stock movements add up to %3.")
                            .arg(d.sku)
                            .arg(d.onHand)
                            .arg(d.ledgerSum)
                     << QLatin1Char('\n');
        if (d.reserved != d.reservationSum)
            call.out << Tr::tr("%1: reserved is %2, but the orders holding a reservation need %3.")
                            .arg(d.sku)
                            .arg(d.reserved)
                            .arg(d.reservationSum)
                     << QLatin1Char('\n');
    }
    return fail(call, Tr::tr("The stock figures of %n product(s) disagree with the ledger.", nullptr,
                             int(discrepancies->size())));
}

int runBackup(const Invocation &call)
{
    const QString out = call.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(call, Tr::tr("backup needs --out FILE (where to write the copy)."));
    auto session = openSession(call, false, Permission::Maintain);
    if (!session)
        return ExitFailed;
    auto size = backup::writeCopy(*session->db, out, session->actor);
    if (!size)
        return fail(call, size.error());
    call.out << Tr::tr("Backup written: %1 (%2 KB).")
                    .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                    .arg((size.value() + 1023) / 1024)
             << QLatin1Char('\n');
    return ExitOk;
}

} // namespace rapi::cli
