// What each role sees and can press (SPEC §1): the window, tabs and buttons follow the signed-in
// person's role, and File ▸ Sign out hands the app to the next person. The core refuses the rest
// anyway (tests/core/accounts/permissions_test.cpp); here the point is that nobody is offered a
// button that would only be refused.
#include "accounts/accountservice.h"
#include "accounts/session.h"
#include "accounts/signindialogs.h"
#include "common/messagebanner.h"
#include "customers/customerlistmodel.h"
#include "customers/customerpage.h"
#include "customers/customerrepository.h"
#include "customers/customerstab.h"
#include "orders/orderdetailpanel.h"
#include "orders/orderservice.h"
#include "orders/orderstab.h"
#include "stock/productrepository.h"
#include "stock/stocktab.h"
#include "templates/sharetemplatedialog.h"
#include "templates/templatepreview.h"
#include "templates/templaterepository.h"
#include "templates/templatespage.h"
#include "templates/templatestab.h"
#include "testdb.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace rapi;
using namespace rapi::test;

namespace {

const QString kPassword = QStringLiteral("rahasia-123");

struct RolesUi : UiFixture
{
    RolesUi()
    {
        auto owner = AccountService(*db, clock).createOwner(QStringLiteral("sari"), kPassword);
        REQUIRE(owner.ok());
        context->actor = owner.value();
    }
    Actor addUser(const QString &name, Role role)
    {
        auto id = AccountService(*db, clock).addUser(name, role, kPassword, context->actor);
        REQUIRE(id.ok());
        return Actor{id.value(), name, role};
    }
    void signInAs(const Actor &actor)
    {
        window.reset();
        context->actor = actor;
        openWindow();
    }
    bool hasTab(MainWindow::Tab tab) const { return window->tabs()->indexOf(window->tabWidget(tab)) >= 0; }
    bool visibleButton(QWidget *root, const QString &name) const
    {
        return findVisible(root, QPushButton::staticMetaObject, name) != nullptr;
    }
};

// Answers the next login dialog (it runs modally, so from a timer) with `name`, or cancels it.
void answerLogin(const QString &name)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *login = qobject_cast<LoginDialog *>(w);
            if (!login || !login->isVisible())
                continue;
            timer->deleteLater();
            if (name.isEmpty()) {
                login->reject();
                return;
            }
            typeInto(child<QLineEdit>(login, "nameEdit"), name);
            typeInto(child<QLineEdit>(login, "passwordEdit"), kPassword);
            login->accept();
            return;
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("File > Sign out hands the app to the next person, with their role's window")
{
    RolesUi f;
    f.addUser(QStringLiteral("dewi"), Role::Cs);
    Session session(*f.db, f.context->actor, f.clock);
    session.window()->show();
    REQUIRE(QTest::qWaitForWindowExposed(session.window()));
    CHECK(session.window()->windowTitle().contains(QStringLiteral("sari")));
    QSignalSpy changed(&session, &Session::windowChanged);
    QSignalSpy ended(&session, &Session::ended);

    answerLogin(QStringLiteral("dewi"));
    session.window()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    REQUIRE(waitUntil([&] { return changed.count() == 1; }, 5000));
    MainWindow *next = session.window();
    REQUIRE(next->isVisible());
    CHECK(session.actor().name == QStringLiteral("dewi"));
    CHECK(next->windowTitle().contains(QStringLiteral("dewi")));
    CHECK_FALSE(next->findChild<QAction *>(QStringLiteral("auditLogAction"))->isVisible());
    CHECK(ended.isEmpty());

    // Nobody signs in next: the session ends (the app quits).
    answerLogin(QString());
    next->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    REQUIRE(waitUntil([&] { return ended.count() == 1; }, 5000));
    CHECK_FALSE(session.window()->isVisible());
}

TEST_CASE("the owner shares a brief with one vendor, who then reads only that, without editing")
{
    RolesUi f;
    const Actor vera = f.addUser(QStringLiteral("vera"), Role::Vendor);
    f.addUser(QStringLiteral("budi"), Role::Vendor);
    f.openWindow();
    f.goToTab(MainWindow::Tab::Templates);
    TemplatesPage *page = f.window->templatesTab()->templatesPage();
    const Template brief =
        TemplateRepository(*f.db).list(f.context->actor, TemplateKind::ContentBrief).value().first();
    page->selectItem(brief.id);
    REQUIRE(page->shareButton());
    click(page->shareButton());
    auto *dialog = waitForVisible<ShareTemplateDialog>(f.window.get());
    REQUIRE(dialog);
    QListWidget *vendors = dialog->vendors();
    REQUIRE(vendors->count() == 2);
    QListWidgetItem *veraItem = vendors->findItems(QStringLiteral("vera"), Qt::MatchExactly).value(0);
    REQUIRE(veraItem);
    QTest::mouseClick(vendors->viewport(), Qt::LeftButton, {},
                      vendors->visualItemRect(veraItem).topLeft() +
                          QPoint(10, vendors->visualItemRect(veraItem).height() / 2));
    if (veraItem->checkState() != Qt::Checked) // the click may land on the text, not the box
        veraItem->setCheckState(Qt::Checked);
    pressOk(dialog);
    REQUIRE(waitUntil([&] { return !dialog->isVisible(); }));
    CHECK(page->banner()->text() == QStringLiteral("Sharing saved: 1 vendor can read this template."));
    CHECK(TemplateRepository(*f.db).sharedWith(brief.id, f.context->actor).value() ==
          QList<qint64>{vera.userId});

    f.signInAs(vera);
    CHECK_FALSE(f.hasTab(MainWindow::Tab::Dashboard));
    CHECK_FALSE(f.hasTab(MainWindow::Tab::Stock));
    CHECK(f.hasTab(MainWindow::Tab::Tasks));
    f.goToTab(MainWindow::Tab::Templates);
    TemplatesTab *tab = f.window->templatesTab();
    page = tab->templatesPage();
    CHECK_FALSE(f.visibleButton(tab, QStringLiteral("sopsSwitch")));
    CHECK(page->list()->topLevelItemCount() == 1);
    REQUIRE(page->currentId() == brief.id);
    CHECK(page->shareButton() == nullptr);
    CHECK(page->editor()->isReadOnly());
    for (const char *name :
         {"newButton", "saveButton", "renameButton", "activeButton", "insertPlaceholderButton"})
        CHECK_FALSE(f.visibleButton(page, QString::fromLatin1(name)));
    // The preview uses the shop's own values: no order, ticket or customer to pick.
    CHECK_FALSE(child<QComboBox>(page->preview(), "previewSubjectKind")->isVisible());
    CHECK(labelText(page->preview(), QStringLiteral("previewSubjectLabel")) ==
          QStringLiteral("Shown with the shop's own values: your role does not see customers' data."));
}

TEST_CASE("a CS agent is not offered the warehouse's next step, and the warehouse takes no orders")
{
    RolesUi f;
    const Actor dewi = f.addUser(QStringLiteral("dewi"), Role::Cs);
    const Actor joko = f.addUser(QStringLiteral("joko"), Role::Warehouse);
    const qint64 kopi = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 10);
    const qint64 order = f.placeOrder({{kopi, 1, 6500000, 0}});
    REQUIRE(f.move(order, OrderStage::Paid).ok());

    f.signInAs(dewi);
    f.goToTab(MainWindow::Tab::Orders);
    f.window->ordersTab()->selectOrder(order);
    OrderDetailPanel *detail = f.window->ordersTab()->detail();
    REQUIRE(waitUntil([&] {
        return labelText(detail, QStringLiteral("orderStageLabel")).contains(QStringLiteral("Paid"));
    }));
    CHECK_FALSE(f.visibleButton(detail, QStringLiteral("stage:processing")));
    CHECK_FALSE(f.visibleButton(detail, QStringLiteral("stage:cancelled")));
    CHECK(f.visibleButton(f.window->ordersTab(), QStringLiteral("newOrderButton")));
    CHECK(labelText(detail, QStringLiteral("noActionsLabel")) ==
          QStringLiteral(
              "The next step is not yours: Only the owner and warehouse staff can process and ship orders."));

    f.signInAs(joko);
    f.goToTab(MainWindow::Tab::Orders);
    f.window->ordersTab()->selectOrder(order);
    detail = f.window->ordersTab()->detail();
    REQUIRE(waitUntil([&] { return f.visibleButton(detail, QStringLiteral("stage:processing")); }));
    CHECK_FALSE(f.visibleButton(detail, QStringLiteral("stage:cancelled")));
    CHECK_FALSE(f.visibleButton(f.window->ordersTab(), QStringLiteral("newOrderButton")));
}

TEST_CASE("only the warehouse and the owner are offered receiving, adjusting and the stocktake")
{
    RolesUi f;
    const Actor fina = f.addUser(QStringLiteral("fina"), Role::Finance);
    const Actor joko = f.addUser(QStringLiteral("joko"), Role::Warehouse);
    const qint64 kopi = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 10);

    for (const Actor &actor : {fina, joko}) {
        INFO(actor.name.toStdString());
        const bool moves = actor.role == Role::Warehouse;
        f.signInAs(actor);
        f.goToTab(MainWindow::Tab::Stock);
        StockTab *stock = f.window->stockTab();
        stock->selectProduct(kopi);
        REQUIRE(waitUntil([&] { return f.visibleButton(stock, QStringLiteral("reorderButton")); }));
        QTest::qWait(50);
        CHECK(f.visibleButton(stock, QStringLiteral("receiveButton")) == moves);
        CHECK(f.visibleButton(stock, QStringLiteral("adjustButton")) == moves);
        CHECK(f.visibleButton(stock, QStringLiteral("stocktakeButton")) == moves);
        CHECK(f.window->findChild<QAction *>(QStringLiteral("stocktakeAction"))->isVisible() == moves);
    }
}

TEST_CASE("finance reads a customer's form without editing it, and warehouse sees no contact rows")
{
    RolesUi f;
    const Actor fina = f.addUser(QStringLiteral("fina"), Role::Finance);
    const Actor joko = f.addUser(QStringLiteral("joko"), Role::Warehouse);
    const qint64 siti = CustomerRepository(*f.db, f.clock)
                            .findOrCreate(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"))
                            .value();

    f.signInAs(fina);
    f.goToTab(MainWindow::Tab::Customers);
    CustomersTab *tab = f.window->customersTab();
    tab->showCustomer(siti);
    CustomerPage *page = tab->page();
    REQUIRE(waitUntil(
        [&] { return child<QLineEdit>(page, "phoneEdit")->text() == QStringLiteral("081234567890"); }));
    CHECK(child<QLineEdit>(page, "phoneEdit")->isVisible());
    CHECK(child<QLineEdit>(page, "nameEdit")->isReadOnly());
    QTest::keyClicks(child<QLineEdit>(page, "nameEdit"), QStringLiteral("x"));
    CHECK(child<QLineEdit>(page, "nameEdit")->text() == QStringLiteral("Siti Rahmawati"));
    for (const char *name : {"saveButton", "discardButton", "mergeWithButton", "addNoteButton"})
        CHECK_FALSE(f.visibleButton(page, QString::fromLatin1(name)));

    f.signInAs(joko);
    f.goToTab(MainWindow::Tab::Customers);
    tab = f.window->customersTab();
    CHECK(child<QLineEdit>(tab, "customerSearchEdit")->placeholderText() == QStringLiteral("Search by name"));
    // A phone number finds nobody for the warehouse; the name does, without the phone.
    typeInto(child<QLineEdit>(tab, "customerSearchEdit"), QStringLiteral("081234567890"));
    QTest::keyClick(child<QLineEdit>(tab, "customerSearchEdit"), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return tab->model()->rowCount() == 0; }));
    typeInto(child<QLineEdit>(tab, "customerSearchEdit"), QStringLiteral("rahma"));
    QTest::keyClick(child<QLineEdit>(tab, "customerSearchEdit"), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return tab->model()->rowCount() == 1; }));
    CHECK(cellText(tab->model(), 0, CustomerListModel::Phone).isEmpty());
    tab->showCustomer(siti);
    page = tab->page();
    REQUIRE(waitUntil([&] {
        return labelText(page, QStringLiteral("customerNameLabel")) == QStringLiteral("Siti Rahmawati");
    }));
    for (const char *name : {"phoneEdit", "emailEdit", "handlesEdit", "preferencesEdit"})
        CHECK_FALSE(page->findChild<QWidget *>(QString::fromLatin1(name))->isVisible());
    CHECK(child<QPlainTextEdit>(page, "addressEdit")->isVisible());
}

TEST_CASE("the owner backs the database up from the File menu, others are not offered it")
{
    RolesUi f;
    const qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 65000, 14);
    f.openWindow();
    auto *action = f.window->findChild<QAction *>(QStringLiteral("backupAction"));
    REQUIRE(action);
    CHECK(action->isVisible());

    const QString path = tempFilePath(QStringLiteral("ui-backup.rapi"));
    REQUIRE(f.window->backUpTo(path));
    CHECK(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Backup saved: ")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("ui-backup.rapi")));
    auto copy = Database::open(path, Database::Options{.create = false});
    REQUIRE(copy.ok());
    CHECK(ProductRepository(*copy.value(), f.clock).get(product)->sku == QStringLiteral("KOPI-250"));

    // The same name again: the core's refusal in a message box, and the first copy stays.
    const qint64 size = QFileInfo(path).size();
    CHECK_FALSE(f.window->backUpTo(path));
    auto *box = waitForVisible<QMessageBox>(f.window.get(), QStringLiteral("backupErrorBox"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("already exists")));
    box->accept();
    CHECK(QFileInfo(path).size() == size);

    f.signInAs(f.addUser(QStringLiteral("dina"), Role::Finance));
    action = f.window->findChild<QAction *>(QStringLiteral("backupAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isVisible());
}
