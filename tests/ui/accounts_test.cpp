// Accounts in the desktop app (SPEC §1, issue 5): the owner set-up on a database without
// passwords, signing in (wrong passwords, the wait after too many), the owner's Users page, the
// audit viewer, and what other roles see.
#include "accounts/accountservice.h"
#include "accounts/auditdialog.h"
#include "accounts/permission.h"
#include "accounts/signindialogs.h"
#include "accounts/userspage.h"
#include "audit/auditlog.h"
#include "common/messagebanner.h"
#include "common/money.h"
#include "customers/customerlistmodel.h"
#include "customers/customerpage.h"
#include "customers/customerstab.h"
#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "settings/settingsdialog.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rapi;
using namespace rapi::test;

namespace {

const QString kOwnerPassword = QStringLiteral("kopi-susu-2025");

struct AccountsFixture : UiFixture
{
    // The owner set up with a password; the window then works as them.
    Actor setUpOwner()
    {
        auto owner = AccountService(*db, clock).createOwner(QStringLiteral("sari"), kOwnerPassword);
        REQUIRE(owner.ok());
        context->actor = owner.value();
        return owner.value();
    }

    Actor addAndSignIn(const QString &name, Role role)
    {
        const Actor owner = context->actor;
        auto added = AccountService(*db, clock).addUser(name, role, QStringLiteral("rahasia-123"), owner);
        REQUIRE(added.ok());
        auto actor = AccountService(*db, clock).login(name, QStringLiteral("rahasia-123"));
        REQUIRE(actor.ok());
        return actor.value();
    }

    SettingsDialog *openSettings()
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->menuRole() == QAction::PreferencesRole)
                action->trigger();
        }
        auto *dialog = waitForVisible<SettingsDialog>(window.get(), QStringLiteral("settingsDialog"));
        REQUIRE(dialog);
        return dialog;
    }
};

void signIn(LoginDialog &dialog, const QString &name, const QString &password)
{
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), name);
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    pressOk(&dialog);
}

// Clicks Yes on the question box that the next action opens.
void answerYesSoon()
{
    QTimer::singleShot(50, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("a database without passwords asks for the owner account and then requires a login")
{
    AccountsFixture f;
    REQUIRE_FALSE(AccountService(*f.db, f.clock).loginRequired().value());
    OwnerSetupDialog dialog(*f.db, f.clock);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Sari"));
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("kopi-susu-2025"));
    typeInto(child<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral("kopi-susu-2026"));
    pressOk(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText() == QStringLiteral("The two passwords are not the same."));

    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("short"));
    typeInto(child<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral("short"));
    pressOk(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText() == QStringLiteral("A password needs at least 8 characters."));
    CHECK_FALSE(AccountService(*f.db, f.clock).loginRequired().value());

    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), kOwnerPassword);
    typeInto(child<QLineEdit>(&dialog, "repeatEdit"), kOwnerPassword);
    pressOk(&dialog);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.actor());
    CHECK(dialog.actor()->name == QStringLiteral("sari"));
    CHECK(dialog.actor()->role == Role::Owner);
    CHECK(AccountService(*f.db, f.clock).loginRequired().value());

    // From now on everyone signs in; the new password works.
    LoginDialog login(*f.db, f.clock);
    login.show();
    signIn(login, QStringLiteral("sari"), kOwnerPassword);
    CHECK(login.result() == QDialog::Accepted);
    REQUIRE(login.actor());
    CHECK(login.actor()->userId == 1);
}

TEST_CASE("a wrong password is refused with a message and too many make the next attempts wait")
{
    AccountsFixture f;
    f.setUpOwner();
    LoginDialog login(*f.db, f.clock);
    login.show();
    REQUIRE(QTest::qWaitForWindowExposed(&login));

    signIn(login, QStringLiteral("sari"), QStringLiteral("teh-manis-2025"));
    CHECK(login.isVisible());
    CHECK_FALSE(login.actor());
    CHECK(login.errorText() == QStringLiteral("The user name or the password is wrong."));
    // The password field is emptied for the next try; the name stays.
    CHECK(child<QLineEdit>(&login, "passwordEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(&login, "nameEdit")->text() == QStringLiteral("sari"));

    for (int i = 0; i < 4; ++i)
        signIn(login, QStringLiteral("sari"), QStringLiteral("teh-manis-2025"));
    // Even the right password waits now.
    signIn(login, QStringLiteral("sari"), kOwnerPassword);
    CHECK(login.isVisible());
    CHECK_FALSE(login.actor());
    CHECK(login.errorText().startsWith(QStringLiteral("Too many wrong passwords for “sari”. Wait 3")));

    f.clock.advance(3600);
    signIn(login, QStringLiteral("sari"), kOwnerPassword);
    CHECK(login.result() == QDialog::Accepted);
    CHECK(login.actor());
}

TEST_CASE("the owner adds a CS user on the Users page and deactivates them")
{
    AccountsFixture f;
    const Actor owner = f.setUpOwner();
    f.openWindow();
    CHECK(f.window->windowTitle().contains(QStringLiteral("sari")));
    SettingsDialog *settings = f.openSettings();
    UsersPage *page = settings->usersPage();
    REQUIRE(page);
    settings->tabs()->setCurrentWidget(page);
    REQUIRE(page->table()->rowCount() == 1);

    click(child<QPushButton>(page, "addUserButton"));
    auto *add = waitForVisible<AddUserDialog>(page, QStringLiteral("addUserDialog"));
    REQUIRE(add);
    typeInto(child<QLineEdit>(add, "nameEdit"), QStringLiteral("Dewi"));
    chooseByTyping(child<QComboBox>(add, "roleCombo"), QStringLiteral("CS"));
    typeInto(child<QLineEdit>(add, "passwordEdit"), QStringLiteral("rahasia-123"));
    typeInto(child<QLineEdit>(add, "repeatEdit"), QStringLiteral("rahasia-123"));
    pressOk(add);
    REQUIRE(waitUntil([&] { return page->table()->rowCount() == 2; }));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    const int row = rowWithText(page->table()->model(), 0, QStringLiteral("dewi"));
    REQUIRE(row >= 0);
    CHECK(cellText(page->table()->model(), row, 1) == roles::displayName(Role::Cs));
    CHECK(cellText(page->table()->model(), row, 2) == QStringLiteral("Active"));
    auto dewi = AccountService(*f.db, f.clock).login(QStringLiteral("dewi"), QStringLiteral("rahasia-123"));
    REQUIRE(dewi.ok());
    CHECK(dewi->role == Role::Cs);

    // RAPI_UI_SHOTS=DIR saves a picture of the page for review.
    if (const QString shots = qEnvironmentVariable("RAPI_UI_SHOTS"); !shots.isEmpty())
        settings->grab().save(shots + QStringLiteral("/users-page.png"));

    page->selectUser(QStringLiteral("dewi"));
    answerYesSoon();
    click(child<QPushButton>(page, "deactivateButton"));
    REQUIRE(
        waitUntil([&] { return cellText(page->table()->model(), row, 2) == QStringLiteral("Deactivated"); }));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    CHECK_FALSE(
        AccountService(*f.db, f.clock).login(QStringLiteral("dewi"), QStringLiteral("rahasia-123")).ok());
    CHECK(owner.userId == 1);
}

TEST_CASE("the last owner can neither be demoted nor deactivate themselves and the page says why")
{
    AccountsFixture f;
    f.setUpOwner();
    UsersPage page(*f.context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.selectUser(QStringLiteral("sari"));

    chooseByTyping(child<QComboBox>(&page, "roleCombo"), QStringLiteral("CS"));
    click(child<QPushButton>(&page, "changeRoleButton"));
    CHECK(page.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(page.banner()->text() ==
          QStringLiteral("“sari” is the only owner; make someone else owner first."));

    answerYesSoon();
    click(child<QPushButton>(&page, "deactivateButton"));
    REQUIRE(waitUntil([&] { return page.banner()->text().contains(QStringLiteral("own account")); }));
    CHECK(page.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(page.banner()->text() == QStringLiteral("You cannot deactivate your own account."));
    auto owner = AccountService(*f.db, f.clock).findByName(QStringLiteral("sari"));
    REQUIRE(owner.ok());
    CHECK(owner->active);
    CHECK(owner->role == Role::Owner);
}

TEST_CASE("the audit viewer lists a login and exports CSV, which is itself audited")
{
    AccountsFixture f;
    f.setUpOwner();
    f.clock.advance(60);
    auto signedIn = AccountService(*f.db, f.clock).login(QStringLiteral("sari"), kOwnerPassword);
    REQUIRE(signedIn.ok());
    f.context->actor = signedIn.value();
    f.openWindow();
    auto *action = f.window->findChild<QAction *>(QStringLiteral("auditLogAction"));
    REQUIRE(action);
    REQUIRE(action->isVisible());
    action->trigger();
    auto *dialog = waitForVisible<AuditDialog>(f.window.get(), QStringLiteral("auditDialog"));
    REQUIRE(dialog);
    QAbstractItemModel *model = dialog->table()->model();
    // Newest first: the login, then the owner's creation.
    REQUIRE(model->rowCount() >= 2);
    CHECK(cellText(model, 0, 1) == QStringLiteral("sari"));
    CHECK(cellText(model, 0, 2) == QStringLiteral("login"));
    CHECK(cellText(model, 0, 3) == QStringLiteral("user"));
    CHECK(rowWithText(model, 2, QStringLiteral("create")) > 0);

    chooseByTyping(dialog->entityFilter(), QStringLiteral("order"));
    CHECK(model->rowCount() == 0);
    chooseByTyping(dialog->entityFilter(), QStringLiteral("user"));
    const int shown = model->rowCount();
    CHECK(shown >= 2);

    if (const QString shots = qEnvironmentVariable("RAPI_UI_SHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/audit-log.png"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(dialog->exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.startsWith(QStringLiteral("at,user,action,entity,entity_id,summary")));
    CHECK(csv.contains(QStringLiteral(",sari,login,user,1,")));
    AuditFilter exports;
    exports.action = QStringLiteral("export");
    auto logged = AuditLog(*f.db).list(exports, f.context->actor);
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().entity == QStringLiteral("audit"));
}

TEST_CASE("warehouse staff see a customer without phone and the owner's menus are hidden")
{
    AccountsFixture f;
    f.setUpOwner();
    const qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 5000000, 500); // Rp 50.000
    NewOrder order;
    order.channelId = f.channelId(QStringLiteral("whatsapp"));
    order.customerName = QStringLiteral("Siti Rahmawati");
    order.customerPhone = QStringLiteral("081234567890");
    order.lines = {{product, 1, std::nullopt}};
    REQUIRE(OrderService(*f.db, f.clock).create(order, f.context->actor).ok());

    f.context->actor = f.addAndSignIn(QStringLiteral("gudang"), Role::Warehouse);
    f.openWindow();
    CHECK(f.window->windowTitle().contains(QStringLiteral("gudang")));
    CHECK_FALSE(f.window->findChild<QAction *>(QStringLiteral("auditLogAction"))->isVisible());
    f.goToTab(MainWindow::Tab::Customers);
    CustomersTab *tab = f.window->customersTab();
    REQUIRE(waitUntil([&] { return tab->model()->rowCount() == 1; }));
    CHECK(tab->findChild<QTableView *>(QStringLiteral("customersView"))->isColumnHidden(1));
    REQUIRE(waitUntil([&] {
        return labelText(tab->page(), QStringLiteral("customerNameLabel")) ==
               QStringLiteral("Siti Rahmawati");
    }));
    CHECK(child<QLineEdit>(tab->page(), "phoneEdit")->text().isEmpty());
    CHECK_FALSE(child<QWidget>(tab->page(), "addNoteButton")->isVisible());

    SettingsDialog *settings = f.openSettings();
    CHECK(settings->usersPage() == nullptr);
}

TEST_CASE("a vendor sees no orders, customers or tickets tabs")
{
    AccountsFixture f;
    f.setUpOwner();
    f.context->actor = f.addAndSignIn(QStringLiteral("vendor.foto"), Role::Vendor);
    f.openWindow();
    QTabWidget *tabs = f.window->tabs();
    CHECK(tabs->indexOf(f.window->tabWidget(MainWindow::Tab::Orders)) < 0);
    CHECK(tabs->indexOf(f.window->tabWidget(MainWindow::Tab::Customers)) < 0);
    CHECK(tabs->indexOf(f.window->tabWidget(MainWindow::Tab::Tickets)) < 0);
    CHECK(tabs->indexOf(f.window->tabWidget(MainWindow::Tab::Templates)) >= 0);
}

TEST_CASE("File > Change password asks for the current password and refuses a wrong one")
{
    AccountsFixture f;
    f.setUpOwner();
    f.openWindow();
    auto *action = f.window->findChild<QAction *>(QStringLiteral("changePasswordAction"));
    REQUIRE(action);
    REQUIRE(action->isVisible());
    CHECK(f.window->findChild<QAction *>(QStringLiteral("signOutAction"))->isVisible());
    action->trigger();
    auto *dialog = waitForVisible<PasswordDialog>(f.window.get(), QStringLiteral("passwordDialog"));
    REQUIRE(dialog);

    typeInto(child<QLineEdit>(dialog, "currentEdit"), QStringLiteral("teh-manis-2025"));
    typeInto(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("es-jeruk-2026"));
    typeInto(child<QLineEdit>(dialog, "repeatEdit"), QStringLiteral("es-jeruk-2026"));
    pressOk(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText() == QStringLiteral("The current password is wrong. Nothing was changed."));

    typeInto(child<QLineEdit>(dialog, "currentEdit"), kOwnerPassword);
    pressOk(dialog);
    REQUIRE(waitUntil([&] { return f.window->findChild<PasswordDialog *>() == nullptr; }));
    CHECK_FALSE(AccountService(*f.db, f.clock).login(QStringLiteral("sari"), kOwnerPassword).ok());
    CHECK(AccountService(*f.db, f.clock).login(QStringLiteral("sari"), QStringLiteral("es-jeruk-2026")).ok());
}

TEST_CASE("the local owner of a database without passwords has no sign out or password to change")
{
    AccountsFixture f;
    f.openWindow();
    CHECK_FALSE(f.window->findChild<QAction *>(QStringLiteral("signOutAction"))->isVisible());
    CHECK_FALSE(f.window->findChild<QAction *>(QStringLiteral("changePasswordAction"))->isVisible());
    CHECK(f.window->findChild<QAction *>(QStringLiteral("auditLogAction"))->isVisible());
}
