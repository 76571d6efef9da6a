// rapi-cli — Rapi without a window, for scripts and scheduled jobs: import CSV files, KPIs as
// JSON, the daily recap, a demo business, the integrity check. Parses the command line and hands over to the
// core; the commands and their output are a stable interface documented in docs/cli.md.
#include "commands.h"
#include "common/language.h"

#include <cstdio>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

namespace {

using namespace rapi::cli;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::cli)
};

struct Command
{
    const char *name;
    int (*run)(const Invocation &);
    int positional;      // arguments after the command name
    QStringList options; // the command's own options (besides --database and --lang)
};

QList<Command> commands()
{
    return {
        {"import", &runImport, 2, {QStringLiteral("dry-run"), QStringLiteral("apply-stock")}},
        {"kpi", &runKpi, 0, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("json")}},
        {"recap", &runRecap, 0, {QStringLiteral("date")}},
        {"demo", &runDemo, 0, {QStringLiteral("orders"), QStringLiteral("seed")}},
        {"check", &runCheck, 0, {}},
        {"backup", &runBackup, 0, {QStringLiteral("out")}},
        {"init", &runInit, 0, {QStringLiteral("owner")}},
        {"user", &runUser, -1, {QStringLiteral("role")}},
        {"audit", &runAudit, 0, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("csv")}},
        {"report", &runReport, 1, {QStringLiteral("week"), QStringLiteral("format"), QStringLiteral("out")}},
    };
}

QString usage()
{
    return Tr::tr(
        "Usage: rapi-cli --database FILE|URL [--lang id|en] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  import products FILE.csv [--dry-run]\n"
        "      Add or update products from a CSV file.\n"
        "  import orders FILE.csv [--apply-stock] [--dry-run]\n"
        "      Add orders from a CSV file (one row per order line).\n"
        "  import customers FILE.csv [--dry-run]\n"
        "      Add or update customers from a CSV file.\n"
        "  import tickets FILE.csv [--dry-run]\n"
        "      Add CS tickets from a CSV file (one row per ticket).\n"
        "  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]\n"
        "      Order, stock and ticket figures for [from, to); --to is exclusive.\n"
        "  recap [--date YYYY-MM-DD]\n"
        "      The daily recap of a day (default today) and of the state now.\n"
        "  demo --orders N [--seed S]\n"
        "      Fill an empty database with a demo shop.\n"
        "  check\n"
        "      Check the database and the stock ledger.\n"
        "  backup --out FILE\n"
        "      Write a consistent copy of a Rapi file while it is in use (owner only).\n"
        "  report weekly [--week 2026-W47] --format pdf|csv|xlsx --out FILE\n"
        "      The weekly report of an ISO week (default last week) beside the week before.\n"
        "  init --owner NAME\n"
        "      Create the owner account of a new database (password: RAPI_PASSWORD or asked).\n"
        "  user add NAME --role owner|cs|warehouse|finance|vendor | user list | user deactivate NAME\n"
        "      Manage accounts (owner only; a new password: RAPI_NEW_PASSWORD or asked).\n"
        "  audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]\n"
        "      The audit log (owner only).\n"
        "\n"
        "Once a database has accounts, every command needs --user NAME and the password\n"
        "(RAPI_PASSWORD or asked).\n"
        "\n"
        "--database is a Rapi file or a postgresql://user:password@host:port/dbname URL.\n"
        "Exit codes: 0 success, 1 bad input or refused, 2 wrong usage. See docs/cli.md.\n");
}

int usageError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("rapi-cli: ") << message << QLatin1Char('\n')
        << Tr::tr("Run “rapi-cli --help” for the commands.") << QLatin1Char('\n');
    return ExitUsage;
}

// --lang must be known before any message is produced, parse errors included.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return rapi::language::fromLocale(QLocale::system());
}

} // namespace

int main(int argc, char *argv[])
{
    // Only a PDF report paints (fonts, QPainter): that needs a QGuiApplication, on the offscreen
    // platform unless one is set, so rapi-cli still runs without a display. Everything else
    // stays a plain QCoreApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const bool gui = needsGui(rawArguments);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Rapi"));
    QCoreApplication::setApplicationName(QStringLiteral("rapi-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPI_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // stderr is for messages a script may read; progress notes ("migrated …") would be noise.
    // Warnings (a failing SQL statement) still show; QT_LOGGING_RULES can turn the rest back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));

    const QStringList arguments = QCoreApplication::arguments();
    if (const QString language = requestedLanguage(arguments); !rapi::language::install(language))
        return usageError(err, Tr::tr("Unknown language “%1”; use id or en.").arg(language));

    QCommandLineParser parser;
    const QList<QCommandLineOption> options = {
        {QStringLiteral("database"), QString(), QStringLiteral("file")},
        {QStringLiteral("lang"), QString(), QStringLiteral("code")},
        {QStringLiteral("dry-run"), QString()},
        {QStringLiteral("apply-stock"), QString()},
        {QStringLiteral("from"), QString(), QStringLiteral("date")},
        {QStringLiteral("to"), QString(), QStringLiteral("date")},
        {QStringLiteral("json"), QString()},
        {QStringLiteral("date"), QString(), QStringLiteral("date")},
        {QStringLiteral("orders"), QString(), QStringLiteral("count")},
        {QStringLiteral("seed"), QString(), QStringLiteral("number")},
        {QStringLiteral("user"), QString(), QStringLiteral("name")},
        {QStringLiteral("owner"), QString(), QStringLiteral("name")},
        {QStringLiteral("role"), QString(), QStringLiteral("role")},
        {QStringLiteral("csv"), QString()},
        {QStringLiteral("week"), QString(), QStringLiteral("week")},
        {QStringLiteral("format"), QString(), QStringLiteral("format")},
        {QStringLiteral("out"), QString(), QStringLiteral("file")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
        {QStringLiteral("version"), QString()},
    };
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("rapi-cli %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(
            err,
            Tr::tr("Name a command: import, kpi, recap, demo, check, backup, report, init, user or audit."));
    const QString name = positional.takeFirst();
    const QList<Command> known = commands();
    const auto command = std::find_if(known.begin(), known.end(),
                                      [&](const Command &c) { return name == QLatin1String(c.name); });
    if (command == known.end())
        return usageError(
            err,
            Tr::tr("Unknown command “%1”; use import, kpi, recap, demo, check, backup, report, init, user or audit.")
                .arg(name));
    if (command->positional >= 0 && positional.size() != command->positional)
        return usageError(
            err, command->positional == 0 ? Tr::tr("“%1” takes no further arguments (got “%2”).")
                                                .arg(name, positional.join(QLatin1Char(' ')))
                 : name == QLatin1String("report")
                     ? Tr::tr("Use: rapi-cli --database FILE report weekly --week 2026-W47 "
                              "--format pdf|csv|xlsx --out FILE")
                     : Tr::tr("Use: rapi-cli --database FILE import products|orders|customers|tickets "
                              "FILE.csv"));
    for (const QString &option : parser.optionNames()) {
        const bool global = option == QLatin1String("database") || option == QLatin1String("lang") ||
                            option == QLatin1String("user");
        if (!global && !command->options.contains(option))
            return usageError(err, Tr::tr("--%1 does not go with “%2”.").arg(option, name));
    }
    const QString database = parser.value(QStringLiteral("database"));
    if (database.isEmpty())
        return usageError(err,
                          Tr::tr("Say which database to use: --database FILE or --database postgresql://…"));

    const int code = command->run(Invocation{parser, database, positional, out, err});
    out.flush();
    err.flush();
    return code;
}
