#include "accounts/accountservice.h"
#include "audit/auditlog.h"
#include "orderfixture.h"
#include "tasks/taskservice.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

struct TaskFixture : OrderFixture
{
    TaskService tasks{*db, clock};
    Actor dewi = addUser(QStringLiteral("dewi"), Role::Cs);
    Actor vera = addUser(QStringLiteral("vera"), Role::Vendor);

    Actor addUser(const QString &name, Role role)
    {
        auto id = AccountService(*db, clock).addUser(name, role, QStringLiteral("password-1"), actor);
        REQUIRE(id.ok());
        return Actor{*id, name, role};
    }

    qint64 task(const QString &title, const Actor &assignee, QDate due = {})
    {
        Task t;
        t.title = title;
        t.assigneeId = assignee.userId;
        t.due = due;
        auto id = tasks.create(t, actor);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("a task moves todo, doing, blocked with a reason, done, and links an order")
{
    TaskFixture f;
    const qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 10);
    Task t;
    t.title = QStringLiteral("  Call the courier about   ORD-000001 ");
    t.assigneeId = f.dewi.userId;
    t.due = QDate(2025, 11, 24);
    t.orderId = f.placeOrder({{product, 1, 6500000, 0}});
    auto id = f.tasks.create(t, f.actor);
    REQUIRE(id.ok());
    auto stored = f.tasks.get(*id, f.dewi);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Call the courier about ORD-000001"));
    CHECK(stored->status == TaskStatus::Todo);
    CHECK(stored->assigneeName == QStringLiteral("dewi"));
    CHECK(stored->due == QDate(2025, 11, 24));
    CHECK(stored->orderId == t.orderId);

    REQUIRE(f.tasks.setStatus(*id, TaskStatus::Doing, QString(), f.dewi).ok());
    CHECK(f.tasks.setStatus(*id, TaskStatus::Blocked, QStringLiteral("  "), f.dewi)
              .error()
              .contains(QStringLiteral("what blocks")));
    REQUIRE(
        f.tasks.setStatus(*id, TaskStatus::Blocked, QStringLiteral("courier does not answer"), f.dewi).ok());
    CHECK(f.tasks.get(*id, f.dewi)->blocker == QStringLiteral("courier does not answer"));
    f.clock.advance(600);
    REQUIRE(f.tasks.setStatus(*id, TaskStatus::Done, QString(), f.dewi).ok());
    const Task done = f.tasks.get(*id, f.dewi).value();
    CHECK(done.status == TaskStatus::Done);
    CHECK(done.blocker.isEmpty());
    CHECK(done.doneAt == f.clock.now());
    CHECK(f.tasks.setStatus(*id, TaskStatus::Todo, QString(), f.dewi, 1)
              .error()
              .contains(QStringLiteral("Someone else")));

    Task bad;
    bad.title = QStringLiteral("Check stock");
    bad.productId = 999999;
    CHECK(f.tasks.create(bad, f.actor).error().contains(QStringLiteral("product does not exist")));
    bad.productId.reset();
    bad.title.clear();
    CHECK(f.tasks.create(bad, f.actor).error().contains(QStringLiteral("needs a title")));
}

TEST_CASE("open tasks come by due date, and a vendor sees and moves only their own")
{
    TaskFixture f;
    const qint64 late = f.task(QStringLiteral("Photos for the catalogue"), f.vera, QDate(2025, 11, 20));
    const qint64 soon = f.task(QStringLiteral("Answer reviews"), f.dewi, QDate(2025, 11, 22));
    f.task(QStringLiteral("Someday"), f.dewi);
    const auto all = f.tasks.list({}, f.dewi);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == late);
    CHECK(all->at(1).id == soon);
    CHECK(all->at(2).title == QStringLiteral("Someday"));

    TaskFilter everything;
    everything.includeDone = true;
    const auto vendorView = f.tasks.list(everything, f.vera);
    REQUIRE(vendorView.ok());
    REQUIRE(vendorView->size() == 1);
    CHECK(vendorView->first().id == late);
    CHECK(f.tasks.get(soon, f.vera).error().contains(QStringLiteral("not assigned to you")));
    CHECK_FALSE(f.tasks.setStatus(soon, TaskStatus::Done, QString(), f.vera).ok());
    CHECK(f.tasks.get(soon, f.dewi)->status == TaskStatus::Todo);
    REQUIRE(f.tasks.setStatus(late, TaskStatus::Doing, QString(), f.vera).ok());
    Task own;
    own.title = QStringLiteral("My own idea");
    CHECK_FALSE(f.tasks.create(own, f.vera).ok());
}

TEST_CASE("one check-in per person per day, and the owner's weekly review notes")
{
    TaskFixture f;
    const QDate monday(2025, 11, 24);
    REQUIRE(f.tasks
                .checkIn(monday, QStringLiteral("Packed 30 orders"), QStringLiteral("Stocktake"), QString(),
                         f.dewi)
                .ok());
    REQUIRE(f.tasks
                .checkIn(monday, QStringLiteral("Packed 30 orders"),
                         QStringLiteral("Stocktake, then returns"), QStringLiteral("scanner broken"), f.dewi)
                .ok());
    REQUIRE(f.tasks.checkIn(monday, QString(), QStringLiteral("Product photos"), QString(), f.vera).ok());
    CHECK(f.tasks.checkIn(monday, QString(), QStringLiteral("   "), QString(), f.dewi)
              .error()
              .contains(QStringLiteral("focus")));

    const auto day = f.tasks.checkIns(monday, f.actor);
    REQUIRE(day.ok());
    REQUIRE(day->size() == 2);
    CHECK(day->at(0).userName == QStringLiteral("dewi"));
    CHECK(day->at(0).focusToday == QStringLiteral("Stocktake, then returns"));
    CHECK(day->at(0).blockers == QStringLiteral("scanner broken"));
    CHECK(f.tasks.checkIns(monday, f.vera)->size() == 1);
    CHECK(f.tasks.checkIns(monday.addDays(1), f.actor)->isEmpty());

    CHECK(TaskService::weekKey(QDate(2026, 12, 31)) == QStringLiteral("2026-W53"));
    REQUIRE(
        f.tasks.saveReview(monday, QStringLiteral("Returns doubled; check the packing SOP."), f.actor).ok());
    CHECK(f.tasks.review(monday.addDays(4), f.dewi).value() ==
          QStringLiteral("Returns doubled; check the packing SOP."));
    CHECK(f.tasks.saveReview(monday, QStringLiteral("mine"), f.dewi)
              .error()
              .contains(QStringLiteral("Only the owner")));

    AuditFilter filter;
    filter.entity = QStringLiteral("checkin");
    const auto audited = AuditLog(*f.db).list(filter, f.actor);
    REQUIRE(audited.ok());
    REQUIRE(audited->size() == 3);
    CHECK(audited->at(1).action == QStringLiteral("update"));
}
