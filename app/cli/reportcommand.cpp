// rapi-cli report weekly: the weekly report (SPEC §10) as PDF, CSV or XLSX (docs/cli.md).
#include "commands.h"
#include "db/database.h"
#include "reports/reportwriters.h"
#include "reports/weeklyreport.h"
#include "reports/weeklyreportpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rapi::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::cli)
};

// --format, or the --out file's extension when --format is not given.
QString formatOf(const Invocation &call)
{
    if (call.parser.isSet(QStringLiteral("format")))
        return call.parser.value(QStringLiteral("format")).toLower();
    return QFileInfo(call.parser.value(QStringLiteral("out"))).suffix().toLower();
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    if (!arguments.contains(QLatin1String("report")))
        return false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--format") && i + 1 < arguments.size() &&
             arguments.at(i + 1).toLower() == QLatin1String("pdf")) ||
            a.toLower() == QLatin1String("--format=pdf"))
            return true;
        if ((a == QLatin1String("--out") && i + 1 < arguments.size() &&
             arguments.at(i + 1).toLower().endsWith(QLatin1String(".pdf"))) ||
            (a.startsWith(QLatin1String("--out=")) && a.toLower().endsWith(QLatin1String(".pdf"))))
            return true;
    }
    return false;
}

int runReport(const Invocation &call)
{
    if (call.arguments.at(0) != QLatin1String("weekly"))
        return usage(call,
                     Tr::tr("Which report? Use “report weekly --week 2026-W47 --format pdf|csv|xlsx --out "
                            "FILE”."));
    const QString out = call.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(call, Tr::tr("report needs --out FILE (where to save the report)."));
    const QString format = formatOf(call);
    if (format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return usage(call, Tr::tr("Unknown format “%1”; use --format pdf, csv or xlsx.").arg(format));
    // Checked before the database is opened: a typo in the folder is the most likely mistake.
    const QFileInfo target(out);
    if (!target.absoluteDir().exists())
        return fail(
            call,
            Tr::tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(call, Tr::tr("“%1” is a folder; name the file to write.").arg(out));

    auto session = openSession(call, false, Permission::ExportReports);
    if (!session)
        return ExitFailed;
    const WeeklyReportBuilder builder(*session->db, Clock::system(), QTimeZone(), session->actor);
    auto report = call.parser.isSet(QStringLiteral("week"))
                      ? builder.build(call.parser.value(QStringLiteral("week")))
                      : builder.build(builder.lastWeek());
    if (!report)
        return fail(call, report.error());

    Status written;
    if (format == QLatin1String("csv"))
        written = reportwriter::writeCsv(report.value(), out);
    else if (format == QLatin1String("xlsx"))
        written = reportwriter::writeXlsx(report.value(), out);
    else
        written = WeeklyReportPages(report.value()).writePdf(out);
    if (!written)
        return fail(call, written.error());
    auditExport(*session, QStringLiteral("report"),
                QStringLiteral("weekly %1 %2 → %3").arg(report->weekLabel, format, QFileInfo(out).fileName()));
    call.out << Tr::tr("Weekly report %1 written to %2.").arg(report->weekLabel, out) << QLatin1Char('\n');
    return ExitOk;
}

} // namespace rapi::cli
