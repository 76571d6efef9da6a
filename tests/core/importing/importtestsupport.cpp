#include "importtestsupport.h"

#include "db/dbquery.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace rapi::test {

QString writeCsv(const QString &name, const QByteArray &content)
{
    const QString path = tempFilePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
    return path;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
{
    DbQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.int64(0);
}

TableCounts tableCounts(Database &db)
{
    auto count = [&](const char *table) {
        return scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    };
    return {count("products"),       count("orders"),          count("order_lines"),
            count("order_events"),   count("stock_movements"), count("customers"),
            count("customer_notes"), count("tickets"),         count("ticket_events")};
}

QString issuesText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines << QStringLiteral("row %1, column %2: %3").arg(issue.row).arg(issue.column, issue.reason);
    return lines.join(QLatin1Char('\n'));
}

bool hasIssue(const ImportReport &report, int row, const QString &column, const QString &reasonPart)
{
    for (const ImportIssue &issue : report.issues) {
        if (issue.row == row && issue.column == column && issue.reason.contains(reasonPart))
            return true;
    }
    return false;
}

ImportFixture::ImportFixture() : db(openTestDatabase()) {}

ImportReport ImportFixture::import(ImportKind kind, const QByteArray &csv, ImportOptions options)
{
    const QString path = writeCsv(QStringLiteral("import-%1.csv").arg(++files), csv);
    auto report = importCsv(*db, kind, path, options, actor, clock);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

void ImportFixture::addCatalogue()
{
    const ImportReport report =
        importProducts("sku,name,unit_price,cost,on_hand,reorder_point,reorder_qty,active\n"
                       "KAOS-01,Kaos Polos Hitam,85000,40000,20,5,10,1\n"
                       "HIJAB-02,Hijab Segi Empat,45000.50,20000,10,2,5,1\n"
                       "TOTE-03,Tote Bag Kanvas,60000,25000,3,1,5,1\n");
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
}

qint64 jakarta(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(7 * 3600))
        .toSecsSinceEpoch();
}

} // namespace rapi::test
