// The weekly report as CSV: one line per cell (docs/cli.md "report").
#include "reports/reportwriters.h"
#include "reports/weeklyreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace rapi::reportwriter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::WeeklyReport)
};

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void line(QString &out, const QString &section, const QString &row, const QString &column,
          const QString &value)
{
    out += quoted(section) + QLatin1Char(',') + quoted(row) + QLatin1Char(',') + quoted(column) +
           QLatin1Char(',') + quoted(value) + QStringLiteral("\r\n");
}

} // namespace

QByteArray csv(const WeeklyReport &report)
{
    QString out = QStringLiteral("section,row,column,value\r\n");
    const QString head = QStringLiteral("report");
    line(out, head, QStringLiteral("business_name"), QStringLiteral("value"), report.businessName);
    line(out, head, QStringLiteral("week"), QStringLiteral("value"), report.weekLabel);
    line(out, head, QStringLiteral("from"), QStringLiteral("value"), report.week.from.toString(Qt::ISODate));
    line(out, head, QStringLiteral("to"), QStringLiteral("value"), report.week.to.toString(Qt::ISODate));
    line(out, head, QStringLiteral("previous_week"), QStringLiteral("value"), report.previousWeekLabel);
    line(out, head, QStringLiteral("as_of"), QStringLiteral("value"),
         QDateTime::fromSecsSinceEpoch(report.asOf, Qt::UTC).toString(Qt::ISODate));
    for (const ReportSection &section : report.sections) {
        line(out, section.key, QString(), QStringLiteral("title"), section.title);
        if (!section.note.isEmpty())
            line(out, section.key, QString(), QStringLiteral("note"), section.note);
        for (const ReportRow &row : section.rows)
            for (qsizetype i = 0; i < row.cells.size() && i < section.columns.size(); ++i)
                line(out, section.key, row.key, section.columns.at(i).key,
                     reportformat::plain(row.cells.at(i)));
    }
    return out.toUtf8();
}

Status writeCsv(const WeeklyReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    file.write(csv(report));
    if (!file.commit())
        return Error{Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    return Status::success();
}

} // namespace rapi::reportwriter
