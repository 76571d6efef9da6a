#include "importtestsupport.h"

#include <catch2/catch.hpp>
#include <QHash>

using namespace rapi;
using namespace rapi::test;

namespace {

const char *const kColumns[] = {"ticket_number",     "created_at",
                                "customer_name",     "customer_phone",
                                "order_number",      "channel",
                                "touchpoint",        "category",
                                "priority",          "status",
                                "first_response_at", "resolved_at",
                                "reopened_count",    "outgoing_messages",
                                "handle_seconds",    "csat"};

QByteArray header()
{
    QByteArrayList names;
    for (const char *name : kColumns)
        names << name;
    return names.join(',') + '\n';
}

// One CSV line with the given cells and every other column empty. A good resolved ticket unless
// a cell says otherwise.
QByteArray row(const QHash<QByteArray, QByteArray> &cells)
{
    const QHash<QByteArray, QByteArray> good = {
        {"ticket_number", "T-1"},
        {"created_at", "2026-11-16 09:00"},
        {"customer_name", "Siti"},
        {"customer_phone", "0812-3456-7890"},
        {"touchpoint", "shipping"},
        {"priority", "normal"},
        {"status", "resolved"},
        {"first_response_at", "2026-11-16 09:30"},
        {"resolved_at", "2026-11-16 11:00"},
        {"csat", "5"},
    };
    QByteArrayList line;
    for (const char *name : kColumns)
        line << cells.value(name, good.value(name));
    return line.join(',') + '\n';
}

} // namespace

TEST_CASE("a ticket import lists every bad row with its column and writes nothing")
{
    ImportFixture f;
    const TableCounts before = tableCounts(*f.db);
    QByteArray csv = header();
    csv += row({});                                                                        // 2: fine
    csv += row({{"ticket_number", "T-3"}, {"customer_phone", "08-ABC-12"}});               // 3
    csv += row({{"ticket_number", "T-4"}, {"customer_name", ""}, {"customer_phone", ""}}); // 4
    csv += row({{"ticket_number", "T-5"}, {"created_at", "16/11/2026 09:00"}});            // 5
    csv += row({{"ticket_number", "T-6"}, {"touchpoint", "complaint"}});                   // 6
    csv += row({{"ticket_number", "T-7"}, {"priority", "asap"}});                          // 7
    csv += row({{"ticket_number", "T-8"}, {"status", "done"}});                            // 8
    csv += row({{"ticket_number", "T-9"}, {"csat", "6"}});                                 // 9
    csv += row(
        {{"ticket_number", "T-10"}, {"status", "open"}, {"resolved_at", ""}}); // 10: CSAT on an open ticket
    csv += row({{"ticket_number", "T-11"}, {"order_number", "SO-404"}});       // 11
    csv += row({});                                                            // 12: T-1 again
    csv += row({{"ticket_number", "T-13"},
                {"resolved_at", "2026-11-15 11:00"},
                {"first_response_at", ""},
                {"csat", ""}});                                                         // 13
    csv += row({{"ticket_number", "T-14"}, {"first_response_at", "2026-11-16 08:59"}}); // 14
    csv += row({{"ticket_number", "T-15"}, {"resolved_at", ""}, {"csat", ""}});         // 15
    csv +=
        row({{"ticket_number", "T-16"}, {"status", "open"}, {"csat", ""}}); // 16: resolved_at on an open one
    csv += row({{"ticket_number", "T-17"}, {"outgoing_messages", "0"}});    // 17
    csv += row({{"ticket_number", "T-18"}, {"channel", "fax"}});            // 18
    csv += row({{"ticket_number", ""}});                                    // 19
    csv += row({{"ticket_number", "T-20"}, {"first_response_at", "2026-11-16 12:00"}});             // 20
    csv += row({{"ticket_number", "T-21"}, {"first_response_at", ""}, {"outgoing_messages", "3"}}); // 21
    csv += row({{"ticket_number", "T-22"}, {"reopened_count", "-1"}});                              // 22
    csv += row({{"ticket_number", "T-23"}, {"csat", "0"}});                                         // 23
    csv += "T-24,2026-11-16 09:00,Siti\n";                                                          // 24

    const ImportReport report = f.importTickets(csv);
    INFO(issuesText(report).toStdString());
    CHECK_FALSE(report.applied);
    CHECK(report.rowsRead == 23);
    CHECK(hasIssue(report, 3, QStringLiteral("customer_phone"),
                   QStringLiteral("“08-ABC-12” is not a phone number")));
    CHECK(hasIssue(report, 4, QStringLiteral("customer_name"), QStringLiteral("a ticket needs a customer")));
    CHECK(hasIssue(report, 5, QStringLiteral("created_at"),
                   QStringLiteral("“16/11/2026 09:00” is not a date and time")));
    CHECK(hasIssue(
        report, 6, QStringLiteral("touchpoint"),
        QStringLiteral("unknown touchpoint “complaint”; use one of: pre_purchase, payment, shipping, "
                       "after_sales, product_use, other")));
    CHECK(hasIssue(report, 7, QStringLiteral("priority"), QStringLiteral("unknown priority “asap”")));
    CHECK(hasIssue(report, 8, QStringLiteral("status"), QStringLiteral("unknown status “done”")));
    CHECK(hasIssue(report, 9, QStringLiteral("csat"), QStringLiteral("“6” is not a CSAT score")));
    CHECK(hasIssue(report, 10, QStringLiteral("csat"),
                   QStringLiteral("the status “open” is not resolved or closed")));
    CHECK(hasIssue(report, 11, QStringLiteral("order_number"), QStringLiteral("unknown order “SO-404”")));
    CHECK(hasIssue(report, 12, QStringLiteral("ticket_number"), QStringLiteral("T-1 is also on row 2")));
    CHECK(hasIssue(report, 13, QStringLiteral("resolved_at"), QStringLiteral("is before created_at")));
    CHECK(hasIssue(report, 14, QStringLiteral("first_response_at"), QStringLiteral("is before created_at")));
    CHECK(hasIssue(report, 15, QStringLiteral("resolved_at"),
                   QStringLiteral("is empty; a resolved ticket needs")));
    CHECK(hasIssue(report, 16, QStringLiteral("resolved_at"),
                   QStringLiteral("is filled in, but the status “open” is not resolved or closed")));
    CHECK(hasIssue(report, 17, QStringLiteral("outgoing_messages"),
                   QStringLiteral("is 0, but first_response_at")));
    CHECK(hasIssue(report, 18, QStringLiteral("channel"), QStringLiteral("unknown channel “fax”")));
    CHECK(hasIssue(report, 19, QStringLiteral("ticket_number"), QStringLiteral("is empty")));
    CHECK(hasIssue(report, 20, QStringLiteral("first_response_at"), QStringLiteral("is after resolved_at")));
    CHECK(hasIssue(report, 21, QStringLiteral("first_response_at"),
                   QStringLiteral("outgoing_messages says 3 replies were sent")));
    CHECK(
        hasIssue(report, 22, QStringLiteral("reopened_count"), QStringLiteral("“-1” is not a whole number")));
    CHECK(hasIssue(report, 23, QStringLiteral("csat"), QStringLiteral("“0” is not a CSAT score")));
    CHECK(hasIssue(report, 24, QString(), QStringLiteral("the row has 3 fields")));
    CHECK(report.issues.size() == 22);
    CHECK(tableCounts(*f.db) == before);

    // The same file as a dry run reports the same issues and writes nothing either.
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport preview = f.importTickets(csv, dry);
    CHECK(preview.issues.size() == report.issues.size());
    CHECK(tableCounts(*f.db) == before);
}

TEST_CASE("a ticket import refuses a file without its key columns and people who may not handle tickets")
{
    ImportFixture f;
    const QString noNumber = writeCsv(QStringLiteral("no-number.csv"), "created_at,customer_name\n"
                                                                       "2026-11-16 09:00,Siti\n");
    auto missing = importCsv(*f.db, ImportKind::Tickets, noNumber, {}, f.actor, f.clock);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("ticket_number")));

    const QString good = writeCsv(QStringLiteral("good.csv"), header() + row({}));
    const Actor finance{1, QStringLiteral("keuangan"), Role::Finance};
    auto refused = importCsv(*f.db, ImportKind::Tickets, good, {}, finance, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Only the owner and CS staff")));
    CHECK(tableCounts(*f.db).tickets == 0);
}
