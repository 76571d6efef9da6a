// The weekly report's team rhythm: the week's check-ins (not the days around it), the owner's
// review notes and the week's tasks, in the model and in the CSV and XLSX files.
#include "accounts/accountservice.h"
#include "reportdemo.h"
#include "reports/reportwriters.h"
#include "reports/weeklyreport.h"
#include "tasks/taskservice.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDateTime>

using namespace rapi;
using namespace rapi::test;

namespace {

qint64 at(QDate day, int hour) // local business time
{
    return QDateTime(day, QTime(hour, 0), businesstime::defaultZone()).toSecsSinceEpoch();
}

struct RhythmFixture
{
    std::unique_ptr<Database> db = openTestDatabase();
    ManualClock clock{at(QDate(2026, 11, 16), 9)};
    TaskService tasks{*db, clock};
    Actor owner = Actor::localOwner();
    Actor dewi = addUser(QStringLiteral("dewi"), Role::Cs);
    Actor budi = addUser(QStringLiteral("budi"), Role::Warehouse);

    Actor addUser(const QString &name, Role role)
    {
        auto id = AccountService(*db, clock).addUser(name, role, QStringLiteral("password-1"), owner);
        REQUIRE(id.ok());
        return Actor{*id, name, role};
    }
    void checkIn(QDate day, const Actor &who, const QString &focus, const QString &blockers = {})
    {
        REQUIRE(tasks.checkIn(day, QStringLiteral("Answered tickets"), focus, blockers, who).ok());
    }
    qint64 task(const QString &title, const Actor &assignee, QDate due = {})
    {
        Task t;
        t.title = title;
        t.assigneeId = assignee.userId;
        t.due = due;
        auto id = tasks.create(t, owner);
        REQUIRE(id.ok());
        return *id;
    }
    WeeklyReport build()
    {
        auto built = WeeklyReportBuilder(*db, clock).build(QStringLiteral("2026-W47"));
        INFO(built.error().toStdString());
        REQUIRE(built.ok());
        return built.value();
    }
};

} // namespace

TEST_CASE("weekly report team rhythm: the week's check-ins, review notes and tasks")
{
    RhythmFixture f;
    f.checkIn(QDate(2026, 11, 15), f.dewi, QStringLiteral("Sunday before the week"));
    f.checkIn(QDate(2026, 11, 16), f.dewi, QStringLiteral("Reply to Tokopedia chats"));
    f.checkIn(QDate(2026, 11, 16), f.budi, QStringLiteral("Pack Shopee orders"),
              QStringLiteral("Out of bubble wrap"));
    f.checkIn(QDate(2026, 11, 22), f.budi, QStringLiteral("Stock count"));
    f.checkIn(QDate(2026, 11, 23), f.budi, QStringLiteral("Monday after the week"));
    REQUIRE(
        f.tasks.saveReview(QDate(2026, 11, 18), QStringLiteral("Good week, but packing is slow."), f.owner)
            .ok());
    REQUIRE(f.tasks.saveReview(QDate(2026, 11, 24), QStringLiteral("Next week's notes"), f.owner).ok());

    const qint64 done = f.task(QStringLiteral("Photograph new batik"), f.dewi, QDate(2026, 11, 20));
    const qint64 blocked = f.task(QStringLiteral("Restock tumblers"), f.budi, QDate(2026, 11, 30));
    const qint64 late = f.task(QStringLiteral("Call the courier"), f.budi, QDate(2026, 11, 19));
    const qint64 doneLate = f.task(QStringLiteral("Fix product page"), f.dewi, QDate(2026, 11, 18));
    f.clock.set(at(QDate(2026, 11, 18), 10));
    REQUIRE(f.tasks.setStatus(done, TaskStatus::Done, {}, f.owner).ok());
    REQUIRE(f.tasks.setStatus(blocked, TaskStatus::Blocked, QStringLiteral("Supplier closed"), f.owner).ok());
    f.clock.set(at(QDate(2026, 11, 24), 10)); // done, but only after the week: overdue at its end
    REQUIRE(f.tasks.setStatus(doneLate, TaskStatus::Done, {}, f.owner).ok());

    const WeeklyReport r = f.build();
    const ReportSection *checkins = r.section(QStringLiteral("checkins"));
    REQUIRE(checkins != nullptr);
    REQUIRE(checkins->rows.size() == 3); // not the Sunday before nor the Monday after
    CHECK(checkins->rows.at(0).key == QStringLiteral("2026-11-16.budi"));
    CHECK(checkins->rows.at(0).cells.at(2).text == QStringLiteral("Pack Shopee orders"));
    CHECK(checkins->rows.at(0).cells.at(4).text == QStringLiteral("Out of bubble wrap"));
    CHECK(checkins->rows.at(1).key == QStringLiteral("2026-11-16.dewi"));
    CHECK(checkins->rows.at(1).cells.at(4).isEmpty());
    CHECK(checkins->rows.at(2).key == QStringLiteral("2026-11-22.budi"));
    CHECK(checkins->note.contains(QStringLiteral("1 with blockers")));

    const ReportSection *review = r.section(QStringLiteral("review_notes"));
    REQUIRE(review != nullptr);
    REQUIRE(review->rows.size() == 1);
    CHECK(review->rows.first().cells.first().text == QStringLiteral("Good week, but packing is slow."));

    const ReportSection *work = r.section(QStringLiteral("week_tasks"));
    REQUIRE(work != nullptr);
    CHECK(work->row(QStringLiteral("done.%1").arg(done)) != nullptr);
    REQUIRE(work->row(QStringLiteral("blocked.%1").arg(blocked)) != nullptr);
    CHECK(work->row(QStringLiteral("blocked.%1").arg(blocked))->cells.at(4).text ==
          QStringLiteral("Supplier closed"));
    CHECK(work->row(QStringLiteral("overdue.%1").arg(late)) != nullptr);
    CHECK(work->row(QStringLiteral("overdue.%1").arg(doneLate)) != nullptr);
    CHECK(work->row(QStringLiteral("overdue.%1").arg(done)) == nullptr);    // done on time
    CHECK(work->row(QStringLiteral("overdue.%1").arg(blocked)) == nullptr); // due later
    CHECK(work->rows.size() == 4);

    const QString csv = QString::fromUtf8(reportwriter::csv(r));
    CHECK(csv.contains(QStringLiteral("checkins,2026-11-16.budi,focus_today,Pack Shopee orders\r\n")));
    CHECK(csv.contains(QStringLiteral("checkins,2026-11-16.budi,blockers,Out of bubble wrap\r\n")));
    CHECK(csv.contains(QStringLiteral("checkins,2026-11-22.budi,date,2026-11-22\r\n")));
    CHECK(csv.contains(QStringLiteral("review_notes,notes,notes,\"Good week, but packing is slow.\"\r\n")));
    CHECK_FALSE(csv.contains(QStringLiteral("Monday after the week")));
    CHECK_FALSE(csv.contains(QStringLiteral("Next week's notes")));

    const QString path = tempFilePath(QStringLiteral("rhythm.xlsx"));
    REQUIRE(reportwriter::writeXlsx(r, path).ok());
    const QByteArray workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains("name=\"Team rhythm check-ins\""));
    CHECK(workbook.contains("name=\"Team rhythm review notes\""));
    const QByteArray strings = unzipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains("Pack Shopee orders"));
    CHECK(strings.contains("Out of bubble wrap"));
    CHECK(strings.contains("Good week, but packing is slow."));
    CHECK(strings.contains("Supplier closed"));
    CHECK_FALSE(strings.contains("Sunday before the week"));
}

TEST_CASE("weekly report team rhythm: an empty week says so in every format")
{
    RhythmFixture f;
    const WeeklyReport r = f.build();
    const ReportSection *checkins = r.section(QStringLiteral("checkins"));
    REQUIRE(checkins != nullptr);
    CHECK(checkins->rows.isEmpty());
    CHECK(checkins->note == QStringLiteral("No check-ins this week."));
    CHECK(r.section(QStringLiteral("review_notes"))->note ==
          QStringLiteral("No review notes for this week."));
    CHECK(r.section(QStringLiteral("week_tasks"))->rows.isEmpty());
    const QString csv = QString::fromUtf8(reportwriter::csv(r));
    CHECK(csv.contains(QStringLiteral("checkins,,note,No check-ins this week.\r\n")));
    const QString path = tempFilePath(QStringLiteral("empty-rhythm.xlsx"));
    REQUIRE(reportwriter::writeXlsx(r, path).ok());
    CHECK(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")).contains("No check-ins this week."));
}

TEST_CASE("weekly report team rhythm: a reader who may not see review notes gets no report")
{
    RhythmFixture f;
    const Actor vera = f.addUser(QStringLiteral("vera"), Role::Vendor);
    const auto built =
        WeeklyReportBuilder(*f.db, f.clock, QTimeZone(), vera).build(QStringLiteral("2026-W47"));
    CHECK_FALSE(built.ok());
    CHECK_FALSE(built.error().isEmpty());
}
