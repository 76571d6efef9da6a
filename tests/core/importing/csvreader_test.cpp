#include "importing/csvreader.h"
#include "importing/importsupport.h"
#include "importing/orderhistory.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QFile>

using namespace rapi;
using namespace rapi::test;

namespace {

QString writeFile(const QString &name, const QByteArray &content)
{
    const QString path = tempFilePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
    return path;
}

struct Record
{
    int row;
    QStringList fields;
};

// Reads a whole file; REQUIREs it to open and to end without a parse error.
QList<Record> readAll(const QByteArray &content, CsvReader &csv)
{
    static int counter = 0;
    const Status opened = csv.open(writeFile(QStringLiteral("reader-%1.csv").arg(++counter), content));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    QList<Record> records;
    while (csv.next()) {
        Record r{csv.row(), {}};
        for (int i = 0; i < csv.fieldCount(); ++i)
            r.fields << csv.field(i).toString();
        records.append(r);
    }
    INFO(csv.error().toStdString());
    REQUIRE(csv.error().isEmpty());
    return records;
}

} // namespace

TEST_CASE("the CSV reader splits plain, quoted and multi-line fields and counts file lines")
{
    CsvReader csv;
    const auto records = readAll("sku,name,price\n"
                                 "A-1,Kaos,1000\n"
                                 "A-2,\"Kaos, hitam\",2000\n"
                                 "A-3,\"Kata \"\"bagus\"\"\",3000\n"
                                 "A-4,\"baris satu\nbaris dua\",4000\n"
                                 "A-5, spaces around ,5000\n"
                                 "A-6,,\n",
                                 csv);
    CHECK(csv.header() ==
          QStringList{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")});
    CHECK(csv.delimiter() == QLatin1Char(','));
    REQUIRE(records.size() == 6);
    CHECK(records[0].row == 2);
    CHECK(records[1].fields[1] == QStringLiteral("Kaos, hitam"));
    CHECK(records[2].fields[1] == QStringLiteral("Kata \"bagus\""));
    CHECK(records[3].fields[1] == QStringLiteral("baris satu\nbaris dua"));
    CHECK(records[3].row == 5);
    // The record after a two-line field starts on line 7.
    CHECK(records[4].row == 7);
    CHECK(records[4].fields[1] == QStringLiteral("spaces around"));
    CHECK(records[5].fields == QStringList{QStringLiteral("A-6"), QString(), QString()});
}

TEST_CASE("the CSV reader takes a BOM, semicolons, CRLF and skips blank rows")
{
    CsvReader csv;
    const auto records = readAll("\xEF\xBB\xBFsku;name;price\r\n"
                                 "A-1;\"Kaos; hitam\";1000,50\r\n"
                                 "\r\n"
                                 ";;\r\n"
                                 "A-2;Teh \xE2\x80\x9C"
                                 "Botol\xE2\x80\x9D;2000",
                                 csv);
    CHECK(csv.delimiter() == QLatin1Char(';'));
    CHECK(csv.header().first() == QStringLiteral("sku")); // no BOM glued to the first name
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields ==
          QStringList{QStringLiteral("A-1"), QStringLiteral("Kaos; hitam"), QStringLiteral("1000,50")});
    CHECK(records[1].row == 5);
    CHECK(records[1].fields[1] == QString::fromUtf8("Teh \xE2\x80\x9C"
                                                    "Botol\xE2\x80\x9D"));
}

TEST_CASE("the CSV reader streams records across its read chunks")
{
    // Well over one 4 MiB chunk, with quoted multi-line fields and multi-byte characters
    // landing on the chunk edges somewhere.
    QByteArray content = "n,text,more\n";
    const int rows = 70000;
    for (int i = 0; i < rows; ++i) {
        content += QByteArray::number(i) + ",\"caf\xC3\xA9, \"\"quoted\"\"\nline " + QByteArray::number(i) +
                   "\"," + QByteArray(40, 'x') + "\r\n";
    }
    REQUIRE(content.size() > 5 * 1024 * 1024);
    CsvReader csv;
    const auto records = readAll(content, csv);
    REQUIRE(records.size() == rows);
    for (int i = 0; i < rows; i += 997) {
        INFO(i);
        CHECK(records[i].row == 2 + 2 * i);
        CHECK(records[i].fields[0] == QString::number(i));
        CHECK(records[i].fields[1] == QStringLiteral("café, \"quoted\"\nline %1").arg(i));
    }
    CHECK(records.last().fields[2] == QString(40, QLatin1Char('x')));
}

TEST_CASE("the CSV reader reports malformed quoting with its line and field")
{
    SECTION("a quote that never closes")
    {
        CsvReader csv;
        REQUIRE(csv.open(writeFile(QStringLiteral("open-quote.csv"), "a,b\n1,2\n3,\"x\n4,5\n")).ok());
        REQUIRE(csv.next());
        CHECK_FALSE(csv.next());
        CHECK(csv.error().contains(QStringLiteral("never closed")));
        CHECK(csv.errorRow() == 3);
        CHECK(csv.errorField() == 1);
    }
    SECTION("text after a closing quote")
    {
        CsvReader csv;
        REQUIRE(csv.open(writeFile(QStringLiteral("after-quote.csv"), "a,b\n\"x\"y,2\n")).ok());
        CHECK_FALSE(csv.next());
        CHECK(csv.error().contains(QStringLiteral("closing quote")));
        CHECK(csv.errorRow() == 2);
        CHECK(csv.errorField() == 0);
    }
}

TEST_CASE("the CSV reader refuses empty, missing and non-UTF-8 files with a message")
{
    CsvReader empty;
    CHECK(empty.open(writeFile(QStringLiteral("empty.csv"), "\xEF\xBB\xBF\n"))
              .error()
              .contains(QStringLiteral("empty")));
    CsvReader missing;
    CHECK(missing.open(tempFilePath(QStringLiteral("no-such.csv")))
              .error()
              .contains(QStringLiteral("Cannot read")));
    CsvReader latin1;
    CHECK(latin1.open(writeFile(QStringLiteral("latin1.csv"), "sku,name\nA,Caf\xE9\n"))
              .error()
              .contains(QStringLiteral("UTF-8")));
}

TEST_CASE("times are read in ISO 8601 forms, local to the business zone unless they say otherwise")
{
    importing::TimeParser parser(businesstime::defaultZone());
    const qint64 utc = QDateTime(QDate(2026, 11, 20), QTime(7, 5), QTimeZone::utc()).toSecsSinceEpoch();
    CHECK(parser.parse(u"2026-11-20T14:05:00") == utc);
    CHECK(parser.parse(u"2026-11-20 14:05") == utc);
    CHECK(parser.parse(u"2026-11-20T14:05:00.250") == utc);
    CHECK(parser.parse(u"2026-11-20T07:05:00Z") == utc);
    CHECK(parser.parse(u"2026-11-20T14:05+07:00") == utc);
    CHECK(parser.parse(u"2026-11-20T15:05:00+0800") == utc);
    CHECK(parser.parse(u"2026-11-20T02:05:00-05") == utc);
    CHECK(parser.parse(u"2026-11-20") == utc - (14 * 3600 + 5 * 60));
    for (const char16_t *bad : {u"2026-02-30 10:00", u"2026-11-20 24:00", u"2026-11-20 10:60", u"20-11-2026",
                                u"2026/11/20", u"2026-11-20T10", u"2026-11-20 10:00 WIB", u"kemarin", u""}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(parser.parse(bad).has_value());
    }
}

TEST_CASE("local times on a daylight-saving change day use that moment's offset")
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    REQUIRE(berlin.isValid()); // tzdata is a build dependency (scripts/lib.sh)
    importing::TimeParser parser(berlin);
    for (const char16_t *text :
         {u"2026-03-29 01:30", u"2026-03-29 03:30", u"2026-03-28 12:00", u"2026-10-25 12:00"}) {
        const QDateTime expected =
            QDateTime::fromString(QString::fromUtf16(text), QStringLiteral("yyyy-MM-dd HH:mm"));
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(parser.parse(text) == QDateTime(expected.date(), expected.time(), berlin).toSecsSinceEpoch());
    }
}

TEST_CASE("the stage history follows the pipeline and fills missing times with the latest earlier one")
{
    using importing::buildHistory;
    QList<importing::HistoryProblem> problems;
    importing::ImportedTimes t{1000, 2000, std::nullopt, 5000};
    const auto h = buildHistory(OrderStage::Completed, PaymentMethod::Transfer, t, &problems);
    REQUIRE(problems.isEmpty());
    REQUIRE(h.steps.size() == 5);
    CHECK(h.steps[0].to == OrderStage::New);
    CHECK_FALSE(h.steps[0].from.has_value());
    CHECK(h.steps[1].to == OrderStage::Paid);
    CHECK(h.steps[1].at == 2000);
    CHECK(h.steps[2].to == OrderStage::Processing);
    CHECK(h.steps[2].at == 2000);
    CHECK(h.steps[3].to == OrderStage::Shipped);
    CHECK(h.steps[3].at == 2000); // no shipped_at: the latest earlier time
    CHECK(h.steps[4].from == OrderStage::Shipped);
    CHECK(h.steps[4].at == 5000);
    CHECK(h.paidAt == 2000);
    CHECK(h.shippedAt == 2000);
    CHECK(h.completedAt == 5000);
    CHECK(h.stageEnteredAt == 5000);

    const auto cod =
        buildHistory(OrderStage::Completed, PaymentMethod::Cod, {1000, std::nullopt, 3000, 4000}, &problems);
    REQUIRE(problems.isEmpty());
    REQUIRE(cod.steps.size() == 4); // new → processing → shipped → completed, no paid stage
    CHECK(cod.steps[1].to == OrderStage::Processing);
    CHECK(cod.paidAt == 4000); // cash on delivery is paid on completion

    const auto cancelled =
        buildHistory(OrderStage::Cancelled, PaymentMethod::Transfer, {1000, 1500, {}, {}}, &problems);
    REQUIRE(cancelled.steps.size() == 3);
    CHECK(cancelled.steps[2].from == OrderStage::Paid);
    CHECK(cancelled.steps[2].at == 1500);

    buildHistory(OrderStage::Paid, PaymentMethod::Transfer, {1000, 900, 1200, {}}, &problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].column == QStringLiteral("shipped_at"));
    CHECK(problems[1].column == QStringLiteral("paid_at"));
    CHECK(problems[1].reason.contains(QStringLiteral("before ordered_at")));
}
