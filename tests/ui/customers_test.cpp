// The customers tab as CS uses it: find a customer however the phone is written, edit the
// profile (and be told when someone else was faster), keep notes, read one timeline, merge two
// records of the same person.
#include "common/messagebanner.h"
#include "common/uiformat.h"
#include "customers/customerlistmodel.h"
#include "customers/customermergedialog.h"
#include "customers/customerpage.h"
#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "customers/customerstab.h"
#include "customers/customertimelineview.h"
#include "orders/orderdetailpanel.h"
#include "orders/orderrepository.h"
#include "orders/orderstab.h"
#include "tickets/ticketservice.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace rapi;
using namespace rapi::test;

namespace {

constexpr Money kRupiah = 100;

struct CustomerFixture : UiFixture
{
    CustomerFixture() { product = addProduct(QStringLiteral("KOPI-250"), 50000 * kRupiah, 500); }

    // An order for the customer with that name and phone (created when new); returns its id.
    qint64 orderFor(const QString &name, const QString &phone, OrderStage stage = OrderStage::Completed)
    {
        NewOrder order;
        order.channelId = channelId(QStringLiteral("whatsapp"));
        order.customerName = name;
        order.customerPhone = phone;
        order.lines = {{product, 1}};
        auto id = OrderService(*db, clock).create(order, actor);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        bringTo(id.value(), stage, PaymentMethod::Transfer);
        return id.value();
    }

    qint64 customerOf(qint64 orderId)
    {
        auto order = OrderRepository(*db).get(orderId);
        REQUIRE(order.ok());
        REQUIRE(order->customerId);
        return *order->customerId;
    }

    CustomerProfile profile(qint64 customerId)
    {
        auto p = CustomerRepository(*db, clock).profile(customerId);
        REQUIRE(p.ok());
        return p.value();
    }

    void setEmail(qint64 customerId, const QString &email)
    {
        CustomerProfile p = profile(customerId);
        p.email = email;
        REQUIRE(CustomerService(*db, clock).updateProfile(p, actor).ok());
    }

    CustomersTab *open()
    {
        openWindow();
        goToTab(MainWindow::Tab::Customers);
        return window->customersTab();
    }

    qint64 product = 0;
};

// Types into the search field and waits until the debounced search has filled the list.
void search(CustomersTab *tab, const QString &text, int expectedRows)
{
    QSignalSpy reset(tab->model(), &QAbstractItemModel::modelReset);
    typeInto(tab->searchEdit(), text);
    INFO("searching " << text.toStdString());
    REQUIRE(waitUntil([&] { return !reset.isEmpty(); }));
    CHECK(reset.count() == 1); // once after the last key, not per key
    REQUIRE(tab->model()->rowCount() == expectedRows);
}

void openCustomer(CustomersTab *tab, const QString &name)
{
    INFO("no row " << name.toStdString());
    REQUIRE(clickRow(tab->view(), CustomerListModel::Name, name));
    REQUIRE(labelText(tab->page(), QStringLiteral("customerNameLabel")) == name);
}

// The non-heading entries of the timeline as "KIND title".
QStringList entries(CustomerTimelineView *timeline)
{
    QStringList list;
    const QListWidget *items = timeline->entries();
    for (int row = 0; row < items->count(); ++row) {
        const QListWidgetItem *item = items->item(row);
        if (!item->data(CustomerTimelineView::HeadingRole).toBool())
            list << item->data(CustomerTimelineView::KindTextRole).toString() + QLatin1Char(' ') +
                        item->data(CustomerTimelineView::TitleRole).toString();
    }
    return list;
}

QString orderNumber(UiFixture &f, qint64 orderId)
{
    auto order = OrderRepository(*f.db).get(orderId);
    REQUIRE(order.ok());
    return order->number;
}

} // namespace

TEST_CASE("searching by a phone number written another way finds the customer")
{
    CustomerFixture f;
    f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("0812-3456-7890"));
    f.clock.advance(3600);
    f.orderFor(QStringLiteral("Budi Santoso"), QStringLiteral("0857 1111 2222"));
    CustomersTab *tab = f.open();

    // Nothing searched: the recently active customers, the latest first, and the first one shown.
    REQUIRE(tab->model()->rowCount() == 2);
    CHECK(cellText(tab->model(), 0, CustomerListModel::Name) == QStringLiteral("Budi Santoso"));
    CHECK(cellText(tab->model(), 1, CustomerListModel::Name) == QStringLiteral("Siti Rahmawati"));
    CHECK(labelText(tab->page(), QStringLiteral("customerNameLabel")) == QStringLiteral("Budi Santoso"));
    CHECK(labelText(tab, QStringLiteral("customerCountLabel")).contains(QStringLiteral("all 2")));

    search(tab, QStringLiteral("+62 812 3456 7890"), 1);
    CHECK(cellText(tab->model(), 0, CustomerListModel::Name) == QStringLiteral("Siti Rahmawati"));
    CHECK(cellText(tab->model(), 0, CustomerListModel::Phone) == QStringLiteral("081234567890"));
    // "1 customer found" once the English plural forms are loaded, "1 customer(s) found" before.
    CHECK(labelText(tab, QStringLiteral("customerCountLabel")).startsWith(QStringLiteral("1 customer")));
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CHECK(child<QLineEdit>(tab->page(), "phoneEdit")->text() == QStringLiteral("081234567890"));

    search(tab, QStringLiteral("6281234567890"), 1);
    search(tab, QStringLiteral("budi"), 1);
    CHECK(cellText(tab->model(), 0, CustomerListModel::Name) == QStringLiteral("Budi Santoso"));
    search(tab, QStringLiteral("0899"), 0);
    CHECK(labelText(tab, QStringLiteral("customerCountLabel")) ==
          QStringLiteral("No customer matches “0899”"));
    // The page keeps the customer the person was looking at.
    CHECK(labelText(tab->page(), QStringLiteral("customerNameLabel")) == QStringLiteral("Siti Rahmawati"));
    search(tab, QString(), 2);
}

TEST_CASE("contact data is edited and saved and a bad e-mail is refused without losing the edit")
{
    CustomerFixture f;
    const qint64 siti =
        f.customerOf(f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890")));
    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CustomerPage *page = tab->page();
    auto *save = child<QPushButton>(page, "saveButton");
    CHECK_FALSE(save->isEnabled());

    typeInto(child<QLineEdit>(page, "emailEdit"), QStringLiteral("siti@"));
    typeInto(child<QPlainTextEdit>(page, "handlesEdit"), QStringLiteral("instagram: @siti.r"));
    typeInto(child<QLineEdit>(page, "tagsEdit"), QStringLiteral("VIP, reseller"));
    click(save);
    CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(page->banner()->text() == QStringLiteral("“siti@” is not an e-mail address."));
    CHECK(child<QLineEdit>(page, "emailEdit")->text() == QStringLiteral("siti@"));
    CHECK(child<QLineEdit>(page, "tagsEdit")->text() == QStringLiteral("VIP, reseller"));
    CHECK(f.profile(siti).email.isEmpty());
    CHECK(f.profile(siti).version == 1);

    typeInto(child<QLineEdit>(page, "emailEdit"), QStringLiteral("siti@example.com"));
    click(save);
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    const CustomerProfile saved = f.profile(siti);
    CHECK(saved.email == QStringLiteral("siti@example.com"));
    CHECK(saved.handles == QStringLiteral("instagram: @siti.r"));
    CHECK(saved.tags == QStringList{QStringLiteral("reseller"), QStringLiteral("vip")});
    CHECK(saved.version == 2);
    // The form shows what was stored (tags normalised) and has nothing left to save.
    CHECK(child<QLineEdit>(page, "tagsEdit")->text() == QStringLiteral("reseller, vip"));
    CHECK_FALSE(save->isEnabled());
    // The new e-mail is searchable at once.
    search(tab, QStringLiteral("siti@example.com"), 1);
}

TEST_CASE("a stale edit is refused, the typed changes stay, and the other change is not overwritten")
{
    CustomerFixture f;
    const qint64 siti =
        f.customerOf(f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890")));
    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CustomerPage *page = tab->page();

    // Someone at another PC renames her while the page is open.
    CustomerProfile other = f.profile(siti);
    other.name = QStringLiteral("Siti Rahmawati Nasution");
    REQUIRE(CustomerService(*f.db, f.clock).updateProfile(other, f.actor).ok());

    typeInto(child<QPlainTextEdit>(page, "addressEdit"), QStringLiteral("Jl. Melati 5, Medan"));
    click(child<QPushButton>(page, "saveButton"));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(page->banner()->text().startsWith(
        QStringLiteral("Someone else changed Siti Rahmawati Nasution meanwhile")));
    CHECK(child<QPlainTextEdit>(page, "addressEdit")->toPlainText() == QStringLiteral("Jl. Melati 5, Medan"));
    CHECK(f.profile(siti).name == QStringLiteral("Siti Rahmawati Nasution"));
    CHECK(f.profile(siti).address.isEmpty());

    // Looking at another customer and back keeps the unsaved edits.
    f.orderFor(QStringLiteral("Budi Santoso"), QStringLiteral("085711112222"));
    tab->refresh();
    openCustomer(tab, QStringLiteral("Budi Santoso"));
    REQUIRE(clickRow(tab->view(), CustomerListModel::Name, QStringLiteral("Siti Rahmawati Nasution")));
    CHECK(child<QPlainTextEdit>(page, "addressEdit")->toPlainText() == QStringLiteral("Jl. Melati 5, Medan"));
    CHECK(page->hasUnsavedChanges());

    // Discard shows the latest state; the edit made on it saves.
    click(child<QPushButton>(page, "discardButton"));
    CHECK(child<QLineEdit>(page, "nameEdit")->text() == QStringLiteral("Siti Rahmawati Nasution"));
    typeInto(child<QPlainTextEdit>(page, "addressEdit"), QStringLiteral("Jl. Melati 5, Medan"));
    click(child<QPushButton>(page, "saveButton"));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    CHECK(f.profile(siti).name == QStringLiteral("Siti Rahmawati Nasution"));
    CHECK(f.profile(siti).address == QStringLiteral("Jl. Melati 5, Medan"));
}

TEST_CASE("a person who is neither owner nor CS gets a read-only form, and a late refusal keeps the edit")
{
    CustomerFixture f;
    const qint64 siti =
        f.customerOf(f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890")));
    f.context->actor.role = Role::Finance;
    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CustomerPage *page = tab->page();
    CHECK(child<QLineEdit>(page, "emailEdit")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(page, "saveButton")->isVisible());
    // Notes are written only by those who edit customers: the box is not offered at all.
    CHECK_FALSE(child<QPlainTextEdit>(page, "noteEdit")->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "addNoteButton")->isVisible());

    // A CS agent whose role is taken away while the form is open: the core refuses the save, the
    // banner says why and the typed text stays.
    f.context->actor.role = Role::Cs;
    f.window.reset();
    tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    page = tab->page();
    typeInto(child<QLineEdit>(page, "emailEdit"), QStringLiteral("siti@example.com"));
    f.context->actor.role = Role::Warehouse;
    click(child<QPushButton>(page, "saveButton"));
    CHECK(page->banner()->text() == QStringLiteral("Only the owner and CS staff can change customer data."));
    CHECK(child<QLineEdit>(page, "emailEdit")->text() == QStringLiteral("siti@example.com"));
    CHECK(f.profile(siti).email.isEmpty());
    CHECK(f.count(QStringLiteral("customer_notes")) == 0);
}

TEST_CASE("an added note appears in the timeline with its author and time")
{
    CustomerFixture f;
    f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CustomerPage *page = tab->page();
    auto *addNote = child<QPushButton>(page, "addNoteButton");
    CHECK_FALSE(addNote->isEnabled());

    f.clock.advance(600);
    typeInto(child<QPlainTextEdit>(page, "noteEdit"), QStringLiteral("Prefers delivery after 5 pm"));
    click(addNote);
    CHECK(page->banner()->text().isEmpty());
    CHECK(child<QPlainTextEdit>(page, "noteEdit")->toPlainText().isEmpty());

    const QListWidget *items = page->timeline()->entries();
    const QListWidgetItem *last = items->item(items->count() - 1);
    CHECK(last->data(CustomerTimelineView::KindRole).toInt() == int(TimelineEntry::Kind::Note));
    CHECK(last->data(CustomerTimelineView::TitleRole).toString() == QStringLiteral("Owner"));
    CHECK(last->data(CustomerTimelineView::DetailRole).toString() ==
          QStringLiteral("Prefers delivery after 5 pm"));
    CHECK(last->data(CustomerTimelineView::AtRole).toLongLong() == f.clock.now());
    CHECK(last->data(CustomerTimelineView::TimeTextRole).toString() == uiformat::time(f.clock.now()));

    // Note text is searchable.
    search(tab, QStringLiteral("delivery"), 1);
}

TEST_CASE("the timeline shows orders, payments and tickets in time order with derived figures")
{
    CustomerFixture f;
    const qint64 first = f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"),
                                    OrderStage::AwaitingPayment);
    const qint64 siti = f.customerOf(first);
    f.clock.advance(3600);
    NewTicket ticket;
    ticket.customerId = siti;
    ticket.orderId = first;
    ticket.subject = QStringLiteral("Where is my transfer confirmation?");
    ticket.touchpoint = Touchpoint::Payment;
    auto ticketId = TicketService(*f.db, f.clock).create(ticket, f.actor);
    REQUIRE(ticketId.ok());
    f.clock.advance(3600);
    REQUIRE(f.move(first, OrderStage::Paid).ok());
    f.clock.advance(86400);
    const qint64 second =
        f.orderFor(QStringLiteral("Siti"), QStringLiteral("0812 3456 7890"), OrderStage::Cancelled);
    REQUIRE(f.customerOf(second) == siti);

    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CustomerTimelineView *timeline = tab->page()->timeline();
    const QString one = orderNumber(f, first);
    const QString two = orderNumber(f, second);
    CHECK(entries(timeline) == QStringList{QStringLiteral("ORDER ") + one,
                                           QStringLiteral("TICKET TCK-000001"),
                                           QStringLiteral("PAYMENT ") + one, QStringLiteral("ORDER ") + two});
    // Cancelled orders are not purchases.
    CHECK(labelText(timeline, QStringLiteral("purchaseCountLabel")) == QStringLiteral("1"));
    CHECK(labelText(timeline, QStringLiteral("purchaseTotalLabel")) == QStringLiteral("Rp 50.000"));
}

TEST_CASE("merging two duplicates moves the whole history onto the kept record")
{
    CustomerFixture f;
    const qint64 firstOrder = f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    const qint64 siti = f.customerOf(firstOrder);
    f.clock.advance(3600);
    const qint64 secondOrder = f.orderFor(QStringLiteral("Siti R."), QStringLiteral("089900001111"));
    const qint64 duplicate = f.customerOf(secondOrder);
    REQUIRE(duplicate != siti);
    REQUIRE(CustomerService(*f.db, f.clock)
                .addNote(duplicate, QStringLiteral("Asked for gift wrap"), f.actor)
                .ok());
    f.setEmail(siti, QStringLiteral("siti@example.com"));
    f.setEmail(duplicate, QStringLiteral("Siti@Example.com"));

    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    CustomerPage *page = tab->page();
    REQUIRE(child<QWidget>(page, "duplicatesBox")->isVisible());
    CHECK(labelText(page, QStringLiteral("duplicateLabel")) == QStringLiteral("Siti R. · 089900001111"));
    click(waitForVisible<QPushButton>(page, QStringLiteral("mergeDuplicateButton")));
    auto *dialog = waitForVisible<CustomerMergeDialog>(f.window.get());
    REQUIRE(dialog);
    const QString summary = labelText(dialog, QStringLiteral("mergeSummaryLabel"));
    CHECK(summary.contains(
        QStringLiteral("All orders (1), tickets (0) and notes (1) of Siti R. (#%1)").arg(duplicate)));
    CHECK(summary.contains(QStringLiteral("cannot be undone")));
    click(child<QPushButton>(dialog, "mergeButton"));
    REQUIRE(
        waitUntil([&] { return !findVisible(f.window.get(), CustomerMergeDialog::staticMetaObject, {}); }));

    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    CHECK(*page->customerId() == siti);
    const QStringList history = entries(page->timeline());
    CHECK(history.contains(QStringLiteral("ORDER ") + orderNumber(f, firstOrder)));
    CHECK(history.contains(QStringLiteral("ORDER ") + orderNumber(f, secondOrder)));
    CHECK(history.contains(QStringLiteral("NOTE Owner")));
    CHECK(labelText(page->timeline(), QStringLiteral("purchaseCountLabel")) == QStringLiteral("2"));
    CHECK_FALSE(child<QWidget>(page, "duplicatesBox")->isVisible());
    CHECK(f.profile(duplicate).mergedInto == siti);
    // The merged record no longer shows in the list.
    CHECK(tab->model()->rowCount() == 1);
    CHECK(tab->model()->rowOf(duplicate) < 0);
}

TEST_CASE("any customer found by search can be merged, keeping the other record")
{
    CustomerFixture f;
    const qint64 budi =
        f.customerOf(f.orderFor(QStringLiteral("Budi Santoso"), QStringLiteral("085711112222")));
    f.clock.advance(60);
    const qint64 walkIn =
        f.customerOf(f.orderFor(QStringLiteral("Pak Budi"), QStringLiteral("081200003333")));
    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Pak Budi"));
    CustomerPage *page = tab->page();
    CHECK_FALSE(child<QWidget>(page, "duplicatesBox")->isVisible());

    click(child<QPushButton>(page, "mergeWithButton"));
    auto *dialog = waitForVisible<CustomerMergeDialog>(f.window.get());
    REQUIRE(dialog);
    CHECK_FALSE(child<QPushButton>(dialog, "mergeButton")->isEnabled());
    typeInto(child<QLineEdit>(dialog, "mergeSearchEdit"), QStringLiteral("santoso"));
    auto *candidates = child<QListWidget>(dialog, "mergeCandidateList");
    REQUIRE(waitUntil([&] { return candidates->count() == 1; }));
    QTest::mouseClick(candidates->viewport(), Qt::LeftButton, {},
                      candidates->visualItemRect(candidates->item(0)).center());
    click(child<QRadioButton>(dialog, "keepOtherRadio"));
    CHECK(labelText(dialog, QStringLiteral("mergeSummaryLabel"))
              .contains(QStringLiteral("Merging keeps Budi Santoso")));
    click(child<QPushButton>(dialog, "mergeButton"));
    REQUIRE(
        waitUntil([&] { return !findVisible(f.window.get(), CustomerMergeDialog::staticMetaObject, {}); }));

    CHECK(*page->customerId() == budi);
    CHECK(labelText(page, QStringLiteral("customerNameLabel")) == QStringLiteral("Budi Santoso"));
    CHECK(f.profile(walkIn).mergedInto == budi);
    CHECK(labelText(page->timeline(), QStringLiteral("purchaseCountLabel")) == QStringLiteral("2"));
}

TEST_CASE("double-clicking an order in the timeline opens it on the orders tab")
{
    CustomerFixture f;
    const qint64 orderId = f.orderFor(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    CustomersTab *tab = f.open();
    openCustomer(tab, QStringLiteral("Siti Rahmawati"));
    QSignalSpy opened(tab, &CustomersTab::openOrder);
    QListWidget *items = tab->page()->timeline()->entries();
    QListWidgetItem *order = nullptr;
    for (int row = 0; row < items->count() && !order; ++row) {
        if (items->item(row)->data(CustomerTimelineView::KindRole).toInt() ==
                int(TimelineEntry::Kind::Order) &&
            !items->item(row)->data(CustomerTimelineView::HeadingRole).toBool())
            order = items->item(row);
    }
    REQUIRE(order);
    items->scrollToItem(order);
    // A person's double-click: the first click (press, release), then the second press arrives as
    // the double-click event.
    const QPoint centre = items->visualItemRect(order).center();
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, centre);
    CHECK(opened.isEmpty());
    QTest::mouseDClick(items->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == orderId);
    CHECK(f.window->tabs()->currentWidget() == f.window->ordersTab());
    CHECK(f.window->ordersTab()->detail()->orderId() == orderId);
}
