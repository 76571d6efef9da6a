// rapi-cli report weekly: the three formats carry the figures of `rapi-cli kpi --json` for the
// same week (read back: CSV parsed, XLSX unzipped, PDF through pdftotext), and bad input is
// refused before anything is written.
#include "clisupport.h"
#include "common/money.h"
#include "kpi/period.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

using namespace rapi;
using namespace rapi::test;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The ISO week before the one holding today in Jakarta: the demo's last complete week.
Period lastWeek()
{
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Jakarta")).date();
    return Period::isoWeekOf(today).previous();
}

// Made once: each SECTION runs the test case again.
QString demoShop()
{
    const QString db = tempFilePath(QStringLiteral("report.rapi"));
    if (QFile::exists(db))
        return db;
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                 QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode == 0);
    return db;
}

QJsonObject kpiJson(const QString &db, const Period &week)
{
    const Run kpi = cli({QStringLiteral("--database"), db, QStringLiteral("kpi"), QStringLiteral("--from"),
                         week.from.toString(Qt::ISODate), QStringLiteral("--to"),
                         week.to.toString(Qt::ISODate), QStringLiteral("--json")});
    REQUIRE(kpi.exitCode == 0);
    return QJsonDocument::fromJson(kpi.out.toUtf8()).object();
}

Run report(const QString &language, const QString &db, const QString &week, const QString &format,
           const QString &out)
{
    return cliIn(language, {QStringLiteral("--database"), db, QStringLiteral("report"),
                            QStringLiteral("weekly"), QStringLiteral("--week"), week,
                            QStringLiteral("--format"), format, QStringLiteral("--out"), out});
}

// section/row/column → value of the report's CSV (its values never hold quotes or line breaks
// in these rows, so a split on the last commas is enough).
QHash<QString, QString> csvValues(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> values;
    const QRegularExpression line(QStringLiteral("^([a-z_]+),([^,]*),([a-z_.]+),(.*)$"));
    for (const QString &text : QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"))) {
        const auto m = line.match(text);
        if (m.hasMatch())
            values.insert(m.captured(1) + QLatin1Char('/') + m.captured(2) + QLatin1Char('/') + m.captured(3),
                          m.captured(4));
    }
    return values;
}

QString xlsxCell(const QByteArray &sheet, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*><v>([^<]*)</v>").arg(ref));
    return cell.match(QString::fromUtf8(sheet)).captured(1);
}

} // namespace

TEST_CASE("rapi-cli report weekly: CSV, XLSX and PDF show the figures of kpi --json for the week")
{
    const QString db = demoShop();
    const Period week = lastWeek();
    const QString label = week.isoWeekLabel();
    const QJsonObject kpi = kpiJson(db, week);
    const QJsonObject previous = kpi.value(QStringLiteral("previous")).toObject();
    const qint64 ordersIn = kpi.value(QStringLiteral("orders_in")).toInteger();
    const qint64 gross = kpi.value(QStringLiteral("gross_sales")).toInteger();
    REQUIRE(ordersIn > 0);

    SECTION("CSV")
    {
        const QString out = tempFilePath(QStringLiteral("weekly.csv"));
        const Run csv = report(QStringLiteral("en"), db, label, QStringLiteral("csv"), out);
        REQUIRE(csv.exitCode == 0);
        CHECK(csv.out.contains(out));
        const auto values = csvValues(out);
        CHECK(values.value(QStringLiteral("report/week/value")) == label);
        CHECK(values.value(QStringLiteral("summary/orders_in/current")).toLongLong() == ordersIn);
        CHECK(values.value(QStringLiteral("summary/orders_in/previous")).toLongLong() ==
              previous.value(QStringLiteral("orders_in")).toInteger());
        CHECK(values.value(QStringLiteral("summary/gross_sales/current")) == money::toMajorString(gross));
        CHECK(values.value(QStringLiteral("summary/gross_sales/previous")) ==
              money::toMajorString(previous.value(QStringLiteral("gross_sales")).toInteger()));
        for (const QString &key :
             {QStringLiteral("tickets_created"), QStringLiteral("sla_first_response_breaches"),
              QStringLiteral("sla_resolution_breaches"), QStringLiteral("orders_done")})
            CHECK(values.value(QStringLiteral("summary/%1/current").arg(key)).toLongLong() ==
                  kpi.value(key).toInteger());
        const QJsonValue csat = kpi.value(QStringLiteral("csat_percent"));
        CHECK(values.value(QStringLiteral("summary/csat_percent/current")) ==
              (csat.isNull() ? QString() : QString::number(csat.toDouble(), 'f', 1)));
        CHECK(values.value(QStringLiteral("now/critical_stock/value")).toLongLong() ==
              kpi.value(QStringLiteral("critical_stock")).toInteger());
        CHECK(values.value(QStringLiteral("trend/%1/orders_in").arg(label)).toLongLong() == ordersIn);
    }
    SECTION("XLSX")
    {
        const QString out = tempFilePath(QStringLiteral("weekly.xlsx"));
        REQUIRE(report(QStringLiteral("en"), db, label, QStringLiteral("xlsx"), out).exitCode == 0);
        const QByteArray sheet = run(QStringLiteral("unzip"),
                                     {QStringLiteral("-p"), out, QStringLiteral("xl/worksheets/sheet2.xml")})
                                     .toUtf8();
        REQUIRE_FALSE(sheet.isEmpty());
        // Key figures: orders in on row 5, orders done on 6, gross sales (rupiah) on 7.
        CHECK(xlsxCell(sheet, QStringLiteral("B5")).toLongLong() == ordersIn);
        CHECK(xlsxCell(sheet, QStringLiteral("C5")).toLongLong() ==
              previous.value(QStringLiteral("orders_in")).toInteger());
        CHECK(xlsxCell(sheet, QStringLiteral("B6")).toLongLong() ==
              kpi.value(QStringLiteral("orders_done")).toInteger());
        CHECK(qRound64(xlsxCell(sheet, QStringLiteral("B7")).toDouble() * 100) == gross);
        CHECK(qRound64(xlsxCell(sheet, QStringLiteral("C7")).toDouble() * 100) ==
              previous.value(QStringLiteral("gross_sales")).toInteger());
    }
    SECTION("PDF, in English and Indonesian")
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("id")}) {
            const QString out = tempFilePath(QStringLiteral("weekly-%1.pdf").arg(language));
            REQUIRE(report(language, db, label, QStringLiteral("pdf"), out).exitCode == 0);
            const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
            INFO(language.toStdString());
            REQUIRE_FALSE(text.isEmpty());
            CHECK(text.contains(label));
            CHECK(text.contains(money::format(gross))); // "Rp 48.202.000"
            CHECK(text.contains(money::format(previous.value(QStringLiteral("gross_sales")).toInteger())));
            const QString info = run(QStringLiteral("pdfinfo"), {out});
            CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
            const int pages =
                QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
            REQUIRE(pages >= 2);
            if (language == QLatin1String("en"))
                CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        }
    }
}

TEST_CASE("rapi-cli report weekly: wrong usage and bad input are refused and write nothing")
{
    const QString db = tempFilePath(QStringLiteral("report-empty.rapi"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                 QStringLiteral("50")})
                .exitCode == 0);
    const QString out = tempFilePath(QStringLiteral("refused.csv"));

    const Run noOut = cli({QStringLiteral("--database"), db, QStringLiteral("report"),
                           QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));

    const Run badFormat =
        report(QStringLiteral("en"), db, QStringLiteral("2026-W47"), QStringLiteral("docx"), out);
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("“docx”")));

    const Run badWeek =
        report(QStringLiteral("en"), db, QStringLiteral("2026-W60"), QStringLiteral("csv"), out);
    CHECK(badWeek.exitCode == 1);
    CHECK(badWeek.err.contains(QStringLiteral("“2026-W60” is not an ISO week like 2026-W47")));

    const QString nowhere = tempFilePath(QStringLiteral("missing-folder")) + QStringLiteral("/r.pdf");
    const Run noFolder =
        report(QStringLiteral("en"), db, QStringLiteral("2026-W47"), QStringLiteral("pdf"), nowhere);
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));

    const Run monthly = cli({QStringLiteral("--database"), db, QStringLiteral("report"),
                             QStringLiteral("monthly"), QStringLiteral("--out"), out});
    CHECK(monthly.exitCode == 2);
    CHECK(monthly.err.contains(QStringLiteral("report weekly")));
    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(nowhere));

    // --format may be left out when the file name says it.
    const Run bySuffix = cli({QStringLiteral("--database"), db, QStringLiteral("report"),
                              QStringLiteral("weekly"), QStringLiteral("--out"), out});
    CHECK(bySuffix.exitCode == 0);
    CHECK(QFile::exists(out));
}
