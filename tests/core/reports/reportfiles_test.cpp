// The weekly report's CSV and XLSX files, read back: the same figures as the model (and so as
// the dashboard), typed numbers and formats in the workbook, and refused writes that leave nothing.
#include "reportdemo.h"
#include "reports/reportwriters.h"
#include "reports/weeklyreport.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QHash>

using namespace rapi;
using namespace rapi::test;

namespace {

// RFC 4180 fields of one CSV text (quotes, doubled quotes, CRLF).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
        }
    }
    return rows;
}

} // namespace

TEST_CASE("weekly report CSV: one line per cell with the model's figures in file units")
{
    ReportDemo demo;
    const auto built = WeeklyReportBuilder(*demo.db, demo.clock).build(demo.week);
    REQUIRE(built.ok());
    const WeeklyReport &r = built.value();
    const QString path = tempFilePath(QStringLiteral("weekly.csv"));
    REQUIRE(reportwriter::writeCsv(r, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    REQUIRE(rows.size() > 100);
    CHECK(rows.first() == QStringList{QStringLiteral("section"), QStringLiteral("row"),
                                      QStringLiteral("column"), QStringLiteral("value")});
    QHash<QString, QString> values;
    for (const QStringList &row : rows) {
        REQUIRE(row.size() == 4);
        values.insert(row.at(0) + QLatin1Char('/') + row.at(1) + QLatin1Char('/') + row.at(2), row.at(3));
    }
    CHECK(values.value(QStringLiteral("report/week/value")) == QStringLiteral("2026-W47"));
    const ReportRow *gross = r.section(QStringLiteral("summary"))->row(QStringLiteral("gross_sales"));
    CHECK(values.value(QStringLiteral("summary/gross_sales/current")) ==
          money::toMajorString(gross->cells.at(1).integer));
    CHECK(values.value(QStringLiteral("summary/gross_sales/previous")) ==
          money::toMajorString(gross->cells.at(2).integer));
    // Labels with a comma survive the quoting.
    CHECK(values.value(QStringLiteral("summary/gross_sales_by_channel.shopee/label")) ==
          QStringLiteral("Gross sales, Shopee"));
    // Every cell of every section is there.
    for (const ReportSection &section : r.sections)
        for (const ReportRow &row : section.rows)
            for (int c = 0; c < row.cells.size(); ++c)
                CHECK(values.value(section.key + QLatin1Char('/') + row.key + QLatin1Char('/') +
                                   section.columns.at(c).key) == reportformat::plain(row.cells.at(c)));
}

TEST_CASE("weekly report XLSX: a sheet per section, numbers as numbers with Rupiah formats, charts")
{
    ReportDemo demo;
    const auto built = WeeklyReportBuilder(*demo.db, demo.clock).build(demo.week);
    REQUIRE(built.ok());
    const WeeklyReport &r = built.value();
    const QString path = tempFilePath(QStringLiteral("weekly.xlsx"));
    REQUIRE(reportwriter::writeXlsx(r, path).ok());

    const QByteArray workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
    REQUIRE_FALSE(workbook.isEmpty());
    CHECK(workbook.count("<sheet ") == r.sections.size() + 1); // the cover and one per section
    CHECK(workbook.contains("name=\"Key figures\""));

    // Sheet 2 is the summary: its table starts on row 5 (title, note, blank line, header).
    const QByteArray summary = unzipMember(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    REQUIRE_FALSE(summary.isEmpty());
    const ReportSection *s = r.section(QStringLiteral("summary"));
    for (int i = 0; i < s->rows.size(); ++i) {
        const ReportRow &row = s->rows.at(i);
        for (int c = 1; c <= 2; ++c) {
            const ReportValue &v = row.cells.at(c);
            const QString ref = QStringLiteral("%1%2").arg(QChar(QLatin1Char('A').unicode() + c)).arg(5 + i);
            INFO(row.key.toStdString() << " " << ref.toStdString());
            const QString stored = cellValue(summary, ref);
            switch (v.kind) {
            case ReportValueKind::Count:
                CHECK(stored.toLongLong() == v.integer);
                break;
            case ReportValueKind::Money: // rupiah, from cents
                CHECK(qRound64(stored.toDouble() * 100) == v.integer);
                break;
            case ReportValueKind::Percent: // a fraction with a % format
                CHECK(std::abs(stored.toDouble() * 100 - v.real) < 1e-9);
                break;
            case ReportValueKind::Duration: // days with an [h]:mm format
                CHECK(qRound64(stored.toDouble() * 86400) == v.integer);
                break;
            default:
                break;
            }
        }
    }
    const QByteArray styles = unzipMember(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("formatCode=\"&quot;Rp &quot;#,##0\""));
    CHECK(styles.contains("formatCode=\"0.0%\""));
    CHECK(styles.contains("formatCode=\"[h]:mm\""));
    CHECK(unzipMember(path, QStringLiteral("xl/charts/chart1.xml")).contains("<c:barChart>"));
    CHECK(unzipMember(path, QStringLiteral("xl/charts/chart2.xml")).contains("<c:lineChart>"));
}

TEST_CASE("weekly report files: a folder that does not exist is refused and nothing is written")
{
    auto db = openTestDatabase();
    const auto built = WeeklyReportBuilder(*db).build(QStringLiteral("2026-W47"));
    REQUIRE(built.ok());
    const QString path =
        QDir(tempFilePath(QStringLiteral("no-such-folder"))).filePath(QStringLiteral("r.xlsx"));
    const Status xlsx = reportwriter::writeXlsx(built.value(), path);
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.error().contains(path));
    const Status csv = reportwriter::writeCsv(built.value(), path);
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().contains(path));
    CHECK_FALSE(QFile::exists(path));
}
