#include "commands.h"

#include "common/actor.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "importing/importer.h"
#include "kpi/kpiservice.h"
#include "stock/stockledger.h"

#include <memory>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapi::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::cli)
};

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
    auto db = Database::open(call.database, options);
    if (!db) {
        fail(call, db.error());
        return nullptr;
    }
    return std::move(db).value();
}

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

} // namespace

int runImport(const Invocation &call)
{
    const QString kindName = call.arguments.at(0);
    const QString path = call.arguments.at(1);
    ImportKind kind;
    if (kindName == QLatin1String("products"))
        kind = ImportKind::Products;
    else if (kindName == QLatin1String("orders"))
        kind = ImportKind::Orders;
    else
        return usage(call, Tr::tr("Import what? Use “import products FILE.csv” or “import orders FILE.csv”."));
    ImportOptions options;
    options.dryRun = call.parser.isSet(QStringLiteral("dry-run"));
    options.applyStock = call.parser.isSet(QStringLiteral("apply-stock"));
    if (options.applyStock && kind != ImportKind::Orders)
        return usage(call, Tr::tr("--apply-stock goes with “import orders” only."));

    // Checked before the database is opened, so a typo does not leave an empty new database.
    if (!QFileInfo(path).isFile())
        return fail(call, Tr::tr("The file “%1” does not exist.").arg(path));
    auto db = openDatabase(call, true);
    if (!db)
        return ExitFailed;

    auto result = importCsv(*db, kind, path, options, Actor::localOwner());
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
        return fail(call,
                    Tr::tr("Nothing was imported: the file has %n issue(s). Fix them and import the whole file "
                       "again.",
                           nullptr, int(issueCount)));
    if (options.dryRun)
        call.out << Tr::tr("Dry run: the file is fine; nothing was written.") << QLatin1Char('\n');
    return ExitOk;
}

int runKpi(const Invocation &call)
{
    const QString fromText = call.parser.value(QStringLiteral("from"));
    const QString toText = call.parser.value(QStringLiteral("to"));
    if (fromText.isEmpty() || toText.isEmpty())
        return usage(call, Tr::tr("kpi needs --from YYYY-MM-DD and --to YYYY-MM-DD."));
    const auto from = parseDate(fromText);
    if (!from)
        return fail(call, Tr::tr("--from “%1” is not a date like 2026-11-16.").arg(fromText));
    const auto to = parseDate(toText);
    if (!to)
        return fail(call, Tr::tr("--to “%1” is not a date like 2026-11-23.").arg(toText));
    if (*to <= *from)
        return fail(call, Tr::tr("--to must be after --from (--to is the first day not counted)."));

    auto db = openDatabase(call, false);
    if (!db)
        return ExitFailed;
    auto kpis = KpiService(*db).orderKpis(Period{*from, *to});
    if (!kpis)
        return fail(call, kpis.error());
    const OrderKpis &k = kpis.value();

    if (call.parser.isSet(QStringLiteral("json"))) {
        QJsonObject byChannel;
        for (auto it = k.grossSalesByChannel.cbegin(); it != k.grossSalesByChannel.cend(); ++it)
            byChannel.insert(it.key(), it.value());
        QJsonObject pending;
        for (auto it = k.pendingByStage.cbegin(); it != k.pendingByStage.cend(); ++it)
            pending.insert(orderstage::code(it.key()), it.value());
        QJsonObject stuck;
        for (auto it = k.stuckByStage.cbegin(); it != k.stuckByStage.cend(); ++it)
            stuck.insert(orderstage::code(it.key()), it.value());
        const QJsonObject json{
            {QStringLiteral("from"), fromText},
            {QStringLiteral("to"), toText},
            {QStringLiteral("orders_in"), k.ordersIn},
            {QStringLiteral("orders_done"), k.ordersDone},
            {QStringLiteral("gross_sales"), k.grossSales},
            {QStringLiteral("gross_sales_by_channel"), byChannel},
            {QStringLiteral("pending_by_stage"), pending},
            {QStringLiteral("stuck_by_stage"), stuck},
            {QStringLiteral("critical_stock"), k.criticalStock},
        };
        call.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    call.out << Tr::tr("Period: %1 to %2 (exclusive)").arg(fromText, toText) << QLatin1Char('\n')
             << Tr::tr("Orders in: %1").arg(k.ordersIn) << QLatin1Char('\n')
             << Tr::tr("Orders done: %1").arg(k.ordersDone) << QLatin1Char('\n')
             << Tr::tr("Gross sales: %1").arg(money::format(k.grossSales)) << QLatin1Char('\n');
    for (auto it = k.grossSalesByChannel.cbegin(); it != k.grossSalesByChannel.cend(); ++it)
        call.out << QStringLiteral("  %1: %2\n").arg(it.key(), money::format(it.value()));
    call.out << Tr::tr("Pending by stage (stuck):") << QLatin1Char('\n');
    for (auto it = k.pendingByStage.cbegin(); it != k.pendingByStage.cend(); ++it)
        call.out << QStringLiteral("  %1: %2 (%3)\n")
                        .arg(orderstage::displayName(it.key()))
                        .arg(it.value())
                        .arg(k.stuckByStage.value(it.key()));
    call.out << Tr::tr("Critical stock: %1").arg(k.criticalStock) << QLatin1Char('\n');
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

    auto db = openDatabase(call, true);
    if (!db)
        return ExitFailed;
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
    auto db = openDatabase(call, false);
    if (!db)
        return ExitFailed;
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
    return fail(
        call, Tr::tr("The stock figures of %n product(s) disagree with the ledger.", nullptr, int(discrepancies->size())));
}

} // namespace rapi::cli
