// The Tasks tab as the team uses it: put work on the board with a link to what it is about, move
// it along (blocked needs a reason), spot overdue work, check in for the day, and what a vendor sees.
#include "accounts/accountservice.h"
#include "common/messagebanner.h"
#include "common/roles.h"
#include "common/theme.h"
#include "orders/orderrepository.h"
#include "tasks/taskcard.h"
#include "tasks/taskdialogs.h"
#include "tasks/taskservice.h"
#include "tasks/taskstab.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace rapi;
using namespace rapi::test;

namespace {

void pressSave(QDialog *dialog)
{
    click(child<QPushButton>(dialog, "saveButton"));
}

struct TaskUi : UiFixture
{
    TasksTab *openTasks()
    {
        openWindow();
        goToTab(MainWindow::Tab::Tasks);
        TasksTab *tab = window->tasksTab();
        REQUIRE(tab);
        REQUIRE(tab->isVisible());
        return tab;
    }

    qint64 task(const QString &title, std::optional<qint64> assignee, QDate due = {},
                const Actor *by = nullptr)
    {
        Task t;
        t.title = title;
        t.assigneeId = assignee;
        t.due = due;
        auto id = TaskService(*db, clock).create(t, by ? *by : actor);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    static QString cardText(TaskCard *card, const char *label)
    {
        auto *found = card->findChild<QLabel *>(QString::fromLatin1(label));
        return found ? found->text() : QString();
    }

    static QAction *moveAction(TaskCard *card, const QString &name)
    {
        for (QAction *action : card->moveActions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("a new task linked to an order shows in todo, and an unknown order number is refused")
{
    TaskUi f;
    const qint64 productId = f.addProduct(QStringLiteral("KOPI-250"), 50000, 10);
    const qint64 orderId = f.placeOrder({{productId, 1}});
    const QString number = OrderRepository(*f.db).get(orderId).value().number;
    TasksTab *tab = f.openTasks();
    REQUIRE(tab->cards(TaskStatus::Todo).isEmpty());

    click(child<QPushButton>(tab, "newTaskButton"));
    auto *dialog = waitForVisible<TaskDialog>(f.window.get(), QStringLiteral("taskDialog"));
    REQUIRE(dialog);
    typeInto(child<QLineEdit>(dialog, "taskTitleEdit"), QStringLiteral("Resend the parcel"));
    auto *kind = child<QComboBox>(dialog, "taskLinkKindCombo");
    kind->setCurrentIndex(kind->findData(int(TaskLinkKind::Order)));
    typeInto(child<QLineEdit>(dialog, "taskLinkEdit"), QStringLiteral("ORD-NOPE"));
    pressSave(dialog);
    auto *error = child<QLabel>(dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("ORD-NOPE")));
    CHECK(dialog->isVisible());
    CHECK(tab->cards(TaskStatus::Todo).isEmpty());

    typeInto(child<QLineEdit>(dialog, "taskLinkEdit"), number);
    pressSave(dialog);
    REQUIRE(waitUntil([&] { return !dialog->isVisible(); }));
    const auto todo = tab->cards(TaskStatus::Todo);
    REQUIRE(todo.size() == 1);
    CHECK(todo.first()->task().title == QStringLiteral("Resend the parcel"));
    CHECK(todo.first()->task().orderId == orderId);
    CHECK(TaskUi::cardText(todo.first(), "cardLink").contains(number));
    CHECK(tab->banner()->kind() == MessageBanner::Kind::Success);
}

TEST_CASE("blocking a task asks for the blocker: without it a message, with it the blocked column")
{
    TaskUi f;
    const qint64 id = f.task(QStringLiteral("Photograph new batik"), f.actor.userId);
    TasksTab *tab = f.openTasks();
    TaskCard *card = tab->card(id);
    REQUIRE(card);
    QAction *block = TaskUi::moveAction(card, QStringLiteral("blockAction"));
    REQUIRE(block);
    block->trigger();
    auto *dialog = waitForVisible<QDialog>(f.window.get(), QStringLiteral("blockDialog"));
    REQUIRE(dialog);
    click(child<QPushButton>(dialog, "confirmActionButton"));
    auto *error = child<QLabel>(dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(tab->cards(TaskStatus::Blocked).isEmpty());

    typeInto(child<QLineEdit>(dialog, "actionNoteEdit"), QStringLiteral("Waiting for the fabric"));
    click(child<QPushButton>(dialog, "confirmActionButton"));
    REQUIRE(waitUntil([&] { return !dialog->isVisible(); }));
    REQUIRE(tab->cards(TaskStatus::Blocked).size() == 1);
    CHECK(tab->cards(TaskStatus::Todo).isEmpty());
    CHECK(TaskUi::cardText(tab->card(id), "cardBlocker").contains(QStringLiteral("Waiting for the fabric")));

    // Start from blocked clears the blocker and moves it on.
    QAction *start = TaskUi::moveAction(tab->card(id), QStringLiteral("startAction"));
    REQUIRE(start);
    start->trigger();
    REQUIRE(waitUntil([&] { return tab->cards(TaskStatus::Doing).size() == 1; }));
    CHECK(TaskUi::cardText(tab->card(id), "cardBlocker").isEmpty());
}

TEST_CASE("the signed-in person's tasks come first on the board and in the list, the rest by due date")
{
    TaskUi f; // the clock stands on 2025-11-21
    AccountService accounts(*f.db, f.clock);
    auto owner = accounts.createOwner(QStringLiteral("sari"), QStringLiteral("rahasia-123"));
    REQUIRE(owner.ok());
    const Actor sari = owner.value();
    auto jokoId = accounts.addUser(QStringLiteral("joko"), Role::Cs, QStringLiteral("rahasia-123"), sari);
    REQUIRE(jokoId.ok());
    const qint64 jokos =
        f.task(QStringLiteral("Answer the Tokopedia chats"), jokoId.value(), QDate(2025, 11, 22), &sari);
    const qint64 nobodys =
        f.task(QStringLiteral("Tidy the stock room"), std::nullopt, QDate(2025, 11, 23), &sari);
    const qint64 saris =
        f.task(QStringLiteral("Approve the December promo"), sari.userId, QDate(2025, 11, 28), &sari);
    f.context->actor = sari;

    TasksTab *tab = f.openTasks();
    auto order = [&] {
        QList<qint64> ids;
        for (TaskCard *card : tab->cards(TaskStatus::Todo))
            ids << card->taskId();
        return ids;
    };
    CHECK(order() == QList<qint64>{saris, jokos, nobodys});
    CHECK(TaskUi::cardText(tab->card(saris), "cardAssignee") == QStringLiteral("sari (me)"));
    CHECK(TaskUi::cardText(tab->card(jokos), "cardAssignee") == QStringLiteral("joko"));
    CHECK(TaskUi::cardText(tab->card(nobodys), "cardAssignee") == QStringLiteral("Nobody yet"));
    CHECK(tab->table()->item(0, 0)->text() == QStringLiteral("Approve the December promo"));

    // Joko signs in on the same PC: now his task leads.
    auto joko = accounts.login(QStringLiteral("joko"), QStringLiteral("rahasia-123"));
    REQUIRE(joko.ok());
    f.context->actor = joko.value();
    tab->refresh();
    CHECK(order() == QList<qint64>{jokos, nobodys, saris});
    CHECK(TaskUi::cardText(tab->card(jokos), "cardAssignee") == QStringLiteral("joko (me)"));
    CHECK(tab->table()->item(0, 0)->text() == QStringLiteral("Answer the Tokopedia chats"));
}

TEST_CASE("a task past its due date is flagged overdue on the board and in the list")
{
    TaskUi f; // the clock stands on 2025-11-21
    const qint64 late =
        f.task(QStringLiteral("Pay the courier invoice"), f.actor.userId, QDate(2025, 11, 18));
    const qint64 fine = f.task(QStringLiteral("Plan December promo"), f.actor.userId, QDate(2025, 11, 30));
    TasksTab *tab = f.openTasks();
    REQUIRE(tab->card(late));
    CHECK(tab->card(late)->isOverdue());
    CHECK(TaskUi::cardText(tab->card(late), "cardDue").startsWith(QStringLiteral("Overdue")));
    CHECK_FALSE(tab->card(fine)->isOverdue());
    CHECK(TaskUi::cardText(tab->card(fine), "cardDue").startsWith(QStringLiteral("Due")));

    click(child<QWidget>(tab, "listToggle"));
    QTableWidget *table = tab->table();
    REQUIRE(table->isVisible());
    const int row = rowWithText(table->model(), 0, QStringLiteral("Pay the courier invoice"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, 0)->background().color() == theme::criticalBackground());
}

TEST_CASE("a check-in shows in today's team with the blocker highlighted, and prefills the next time")
{
    TaskUi f;
    TasksTab *tab = f.openTasks();
    click(child<QPushButton>(tab, "checkInButton"));
    auto *dialog = waitForVisible<CheckInDialog>(f.window.get(), QStringLiteral("checkInDialog"));
    REQUIRE(dialog);
    pressSave(dialog); // no focus yet
    CHECK(child<QLabel>(dialog, "errorLabel")->isVisible());

    typeInto(child<QPlainTextEdit>(dialog, "checkInFocusEdit"), QStringLiteral("Ship the Shopee backlog"));
    typeInto(child<QPlainTextEdit>(dialog, "checkInBlockersEdit"), QStringLiteral("Printer out of labels"));
    pressSave(dialog);
    REQUIRE(waitUntil([&] { return !dialog->isVisible(); }));

    QListWidget *team = tab->teamList();
    REQUIRE(team->count() == 1);
    CHECK(team->item(0)->text().contains(QStringLiteral("Ship the Shopee backlog")));
    CHECK(team->item(0)->text().contains(QStringLiteral("Printer out of labels")));
    CHECK(team->item(0)->data(CriticalRole).toBool());
    CHECK(team->item(0)->background().color() == theme::criticalBackground());

    click(child<QPushButton>(tab, "checkInButton"));
    auto *again = waitForVisible<CheckInDialog>(f.window.get(), QStringLiteral("checkInDialog"));
    REQUIRE(again);
    CHECK(child<QPlainTextEdit>(again, "checkInFocusEdit")->toPlainText() ==
          QStringLiteral("Ship the Shopee backlog"));
    again->reject();
}

TEST_CASE("a vendor sees only their own tasks and cannot create any")
{
    TaskUi f;
    auto owner =
        AccountService(*f.db, f.clock).createOwner(QStringLiteral("sari"), QStringLiteral("rahasia-123"));
    REQUIRE(owner.ok());
    const Actor sari = owner.value();
    auto vendorId =
        AccountService(*f.db, f.clock)
            .addUser(QStringLiteral("vendor.foto"), Role::Vendor, QStringLiteral("rahasia-123"), sari);
    REQUIRE(vendorId.ok());
    const qint64 theirs = f.task(QStringLiteral("Shoot the new catalogue"), vendorId.value(), {}, &sari);
    const qint64 other = f.task(QStringLiteral("Reconcile the bank"), sari.userId, {}, &sari);
    auto vendor =
        AccountService(*f.db, f.clock).login(QStringLiteral("vendor.foto"), QStringLiteral("rahasia-123"));
    REQUIRE(vendor.ok());
    f.context->actor = vendor.value();

    TasksTab *tab = f.openTasks();
    CHECK(tab->card(theirs));
    CHECK_FALSE(tab->card(other));
    CHECK_FALSE(child<QPushButton>(tab, "newTaskButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(tab, "reviewButton")->isVisible());
}

TEST_CASE("the owner's weekly review notes are saved for the current week")
{
    TaskUi f;
    TasksTab *tab = f.openTasks();
    click(child<QPushButton>(tab, "reviewButton"));
    auto *dialog = waitForVisible<ReviewDialog>(f.window.get(), QStringLiteral("reviewDialog"));
    REQUIRE(dialog);
    typeInto(child<QPlainTextEdit>(dialog, "reviewNotesEdit"),
             QStringLiteral("Packing stalled: one packer sick."));
    pressSave(dialog);
    REQUIRE(waitUntil([&] { return !dialog->isVisible(); }));
    auto notes = TaskService(*f.db, f.clock).review(QDate(2025, 11, 21), f.actor);
    REQUIRE(notes.ok());
    CHECK(notes.value() == QStringLiteral("Packing stalled: one packer sick."));
}

TEST_CASE("moving a card someone changed meanwhile is refused in the banner and the board reloads")
{
    TaskUi f;
    const qint64 id = f.task(QStringLiteral("Count the mugs"), f.actor.userId);
    TasksTab *tab = f.openTasks();
    REQUIRE(tab->card(id));
    // A colleague starts it while this board still shows it as todo.
    REQUIRE(TaskService(*f.db, f.clock).setStatus(id, TaskStatus::Doing, {}, f.actor).ok());
    QAction *done = TaskUi::moveAction(tab->card(id), QStringLiteral("doneAction"));
    REQUIRE(done);
    done->trigger();
    CHECK(tab->banner()->kind() == MessageBanner::Kind::Error);
    CHECK_FALSE(tab->banner()->text().isEmpty());
    REQUIRE(waitUntil([&] { return tab->cards(TaskStatus::Doing).size() == 1; }));
    CHECK(TaskService(*f.db, f.clock).get(id, f.actor).value().status == TaskStatus::Doing);
}
