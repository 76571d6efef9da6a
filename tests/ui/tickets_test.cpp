// The tickets tab as a CS person uses it: log a ticket while the customer is on the phone, answer
// it from a template, resolve it and record the CSAT, filter the queue and watch the SLA clock.
#include "common/language.h"
#include "common/messagebanner.h"
#include "common/roles.h"
#include "common/theme.h"
#include "customers/customerrepository.h"
#include "db/dbquery.h"
#include "orders/orderrepository.h"
#include "templates/templaterepository.h"
#include "tickets/newticketdialog.h"
#include "tickets/templatepickerdialog.h"
#include "tickets/ticketactiondialog.h"
#include "tickets/ticketpage.h"
#include "tickets/ticketqueuemodel.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketstab.h"
#include "uitestsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rapi;
using namespace rapi::test;

namespace {

constexpr Money kRupiah = 100;
constexpr qint64 kMinute = 60;

struct TicketUi : UiFixture
{
    qint64 customer(const QString &name, const QString &phone)
    {
        auto id = CustomerRepository(*db, clock).findOrCreate(name, phone);
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 ticket(qint64 customerId, const QString &subject, TicketPriority priority = TicketPriority::Normal,
                  Touchpoint touchpoint = Touchpoint::Other, std::optional<qint64> orderId = std::nullopt)
    {
        NewTicket t;
        t.customerId = customerId;
        t.subject = subject;
        t.priority = priority;
        t.touchpoint = touchpoint;
        t.orderId = orderId;
        t.firstMessage = QStringLiteral("Halo kak, ") + subject;
        auto id = TicketService(*db, clock).create(t, actor);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    Ticket get(qint64 id)
    {
        auto t = TicketRepository(*db).get(id);
        REQUIRE(t.ok());
        return t.value();
    }

    TicketsTab *openTickets()
    {
        openWindow();
        goToTab(MainWindow::Tab::Tickets);
        return window->ticketsTab();
    }

    TicketPage *page() { return window->ticketsTab()->page(); }
};

NewTicketDialog *openNewTicketDialog(TicketsTab *tab)
{
    click(child<QPushButton>(tab, QStringLiteral("newTicketButton")));
    auto *dialog = waitForVisible<NewTicketDialog>(tab);
    REQUIRE(dialog);
    return dialog;
}

QStringList queueColumn(TicketsTab *tab, int column)
{
    QStringList values;
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        values << cellText(tab->model(), row, column);
    return values;
}

void chooseTemplate(TemplatePickerDialog *picker, const QString &name)
{
    auto *list = child<QListWidget>(picker, QStringLiteral("templateList"));
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    REQUIRE(list->currentItem() == items.first());
}

} // namespace

TEST_CASE("a ticket is logged from the phone number of an existing customer with the keyboard only")
{
    TicketUi f;
    const qint64 product = f.addProduct(QStringLiteral("KAOS-M"), 85000 * kRupiah, 10);
    const qint64 orderId = f.placeOrder({{product, 1}}); // Siti Rahmawati, 0812-3456-7890
    const auto order = OrderRepository(*f.db).get(orderId);
    REQUIRE(order.ok());
    REQUIRE(order->customerId);
    TicketsTab *tab = f.openTickets();
    NewTicketDialog *dialog = openNewTicketDialog(tab);

    auto *phone = child<QLineEdit>(dialog, QStringLiteral("phoneEdit"));
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == phone; }));
    QTest::keyClicks(phone, QStringLiteral("+62 812-3456-7890"));
    auto *match = child<QLabel>(dialog, QStringLiteral("customerMatchLabel"));
    REQUIRE(waitUntil([&] { return match->text().contains(QStringLiteral("Siti Rahmawati")); }));
    CHECK(match->text().contains(QStringLiteral("1 order")));
    CHECK_FALSE(child<QLineEdit>(dialog, QStringLiteral("customerNameEdit"))->isEnabled());

    // The one match needs no choosing and the name is known: Tab goes on to the customer's orders.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *orders = child<QComboBox>(dialog, QStringLiteral("orderCombo"));
    REQUIRE(QApplication::focusWidget() == orders);
    REQUIRE(orders->count() == 2);
    CHECK(orders->itemText(1).startsWith(order->number));
    QTest::keyClick(orders, Qt::Key_Down);
    CHECK(orders->currentData().toLongLong() == orderId);
    // A new order is waiting for payment: the touchpoint follows it.
    auto *touchpointCombo = child<QComboBox>(dialog, QStringLiteral("touchpointCombo"));
    CHECK(touchpointCombo->currentText() == touchpoint::displayName(Touchpoint::Payment));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == touchpointCombo);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("transfer not confirmed"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QComboBox>(dialog, QStringLiteral("priorityCombo")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Normal → High
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QLineEdit>(dialog, QStringLiteral("subjectEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Paid yesterday, still unpaid"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *message = child<QPlainTextEdit>(dialog, QStringLiteral("messageEdit"));
    REQUIRE(QApplication::focusWidget() == message);
    QTest::keyClicks(message, QStringLiteral("I transferred Rp 100.000"));
    QTest::keyClick(message, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(message, QStringLiteral("to BCA at 20:15"));
    QTest::keyClick(message, Qt::Key_Return);

    REQUIRE(waitUntil([&] { return !findVisible(tab, NewTicketDialog::staticMetaObject, {}); }));
    CHECK(f.count(QStringLiteral("customers")) == 1);
    REQUIRE(f.page()->ticketId());
    const Ticket t = f.get(*f.page()->ticketId());
    CHECK(t.customerId == *order->customerId);
    CHECK(t.orderId == orderId);
    CHECK(t.touchpoint == Touchpoint::Payment);
    CHECK(t.category == QStringLiteral("transfer not confirmed"));
    CHECK(t.priority == TicketPriority::High);
    CHECK(t.subject == QStringLiteral("Paid yesterday, still unpaid"));
    REQUIRE(t.messages.size() == 1);
    CHECK(t.messages[0].direction == MessageDirection::In);
    CHECK(t.messages[0].body == QStringLiteral("I transferred Rp 100.000\nto BCA at 20:15"));

    // The new ticket is in the queue and on the page, with its customer and order.
    CHECK(queueColumn(tab, TicketQueueModel::Number) == QStringList{t.number});
    CHECK(labelText(f.page(), QStringLiteral("ticketNumberLabel")) == t.number);
    CHECK(child<QPushButton>(f.page(), QStringLiteral("ticketCustomerLink"))->text() ==
          QStringLiteral("Siti Rahmawati"));
    CHECK(child<QPushButton>(f.page(), QStringLiteral("ticketOrderLink"))->text().contains(order->number));
}

TEST_CASE("a ticket for a new caller creates the customer from name and phone")
{
    TicketUi f;
    TicketsTab *tab = f.openTickets();
    NewTicketDialog *dialog = openNewTicketDialog(tab);
    auto *phone = child<QLineEdit>(dialog, QStringLiteral("phoneEdit"));
    typeInto(phone, QStringLiteral("0899-1111-2222"));
    auto *match = child<QLabel>(dialog, QStringLiteral("customerMatchLabel"));
    REQUIRE(waitUntil([&] { return match->text().contains(QStringLiteral("No customer")); }));
    auto *name = child<QLineEdit>(dialog, QStringLiteral("customerNameEdit"));
    CHECK(name->isEnabled());
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("orderCombo"))->isEnabled());

    // Without a name nothing is created and the dialog says what is missing.
    typeInto(child<QPlainTextEdit>(dialog, QStringLiteral("messageEdit")), QStringLiteral("Ukuran XL ada?"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Enter the new customer's name."));
    CHECK(dialog->isVisible());
    CHECK(f.count(QStringLiteral("customers")) == 0);
    CHECK(f.count(QStringLiteral("tickets")) == 0);

    typeInto(name, QStringLiteral("Dewi Lestari"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !findVisible(tab, NewTicketDialog::staticMetaObject, {}); }));
    auto found = CustomerRepository(*f.db, f.clock).find(QStringLiteral("089911112222"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).name == QStringLiteral("Dewi Lestari"));
    const Ticket t = f.get(*f.page()->ticketId());
    CHECK(t.customerId == found->at(0).id);
    // No subject typed: the first line of the message stands in for it.
    CHECK(t.subject == QStringLiteral("Ukuran XL ada?"));

    // The same number again finds her now.
    dialog = openNewTicketDialog(tab);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("phoneEdit")), QStringLiteral("0899 1111 2222"));
    REQUIRE(waitUntil([&] {
        return labelText(dialog, QStringLiteral("customerMatchLabel"))
            .contains(QStringLiteral("Dewi Lestari"));
    }));
}

TEST_CASE("a reply from a template sends the rendered text and records the template version")
{
    TicketUi f;
    const qint64 siti = f.customer(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    const qint64 id = f.ticket(siti, QStringLiteral("Where is my parcel?"));
    auto created =
        TemplateRepository(*f.db, f.clock)
            .create(TemplateKind::CsReply, QStringLiteral("Parcel question"),
                    QStringLiteral("Hello {{customer.name}}, about {{ticket.number}}: we are checking "
                                   "with the courier."),
                    f.actor);
    REQUIRE(created.ok());
    const Template chosen = TemplateRepository(*f.db, f.clock).get(created.value(), Actor::localOwner()).value();
    TicketsTab *tab = f.openTickets();
    REQUIRE(f.page()->ticketId() == id);

    click(child<QPushButton>(f.page(), QStringLiteral("templateButton")));
    auto *picker = waitForVisible<TemplatePickerDialog>(tab);
    REQUIRE(picker);
    chooseTemplate(picker, QStringLiteral("Parcel question"));
    const QString expected =
        QStringLiteral("Hello Siti Rahmawati, about TCK-000001: we are checking with the courier.");
    CHECK(child<QPlainTextEdit>(picker, QStringLiteral("templatePreview"))->toPlainText() == expected);
    click(child<QPushButton>(picker, QStringLiteral("insertTemplateButton")));
    REQUIRE(waitUntil([&] { return !findVisible(tab, TemplatePickerDialog::staticMetaObject, {}); }));

    auto *reply = child<QPlainTextEdit>(f.page(), QStringLiteral("replyEdit"));
    CHECK(reply->toPlainText() == expected);
    CHECK(labelText(f.page(), QStringLiteral("replyTemplateLabel"))
              .contains(QStringLiteral("Parcel question")));
    click(child<QPushButton>(f.page(), QStringLiteral("sendReplyButton")));

    const Ticket t = f.get(id);
    REQUIRE(t.messages.size() == 2);
    CHECK(t.messages[1].direction == MessageDirection::Out);
    CHECK(t.messages[1].body == expected);
    CHECK(t.messages[1].templateVersionId == chosen.current.id);
    CHECK(t.clock.firstResponseAt == f.clock.now());
    CHECK(reply->toPlainText().isEmpty());
    // The conversation shows both messages, the reply marked with its template.
    REQUIRE(waitUntil(
        [&] { return f.page()->findChildren<QFrame *>(QStringLiteral("messageBubble")).size() == 2; }));
    const QList<QLabel *> metas = f.page()->findChildren<QLabel *>(QStringLiteral("messageMeta"));
    CHECK(std::any_of(metas.cbegin(), metas.cend(), [](QLabel *meta) {
        return meta->text().contains(QStringLiteral("Parcel question (version 1)"));
    }));

    // The customer writes back: logged as incoming, without a template.
    typeInto(reply, QStringLiteral("Sudah sampai, terima kasih"));
    click(child<QPushButton>(f.page(), QStringLiteral("logIncomingButton")));
    const Ticket after = f.get(id);
    REQUIRE(after.messages.size() == 3);
    CHECK(after.messages[2].direction == MessageDirection::In);
    CHECK_FALSE(after.messages[2].templateVersionId);
}

TEST_CASE("a template with a placeholder that has no value for the ticket is refused, naming it")
{
    TicketUi f;
    const qint64 siti = f.customer(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    f.ticket(siti, QStringLiteral("Tracking number?"));
    REQUIRE(TemplateRepository(*f.db, f.clock)
                .create(TemplateKind::CsReply, QStringLiteral("Tracking"),
                        QStringLiteral(
                            "Hi {{customer.name}}, your tracking number is {{order.tracking_number}}."),
                        f.actor)
                .ok());
    TicketsTab *tab = f.openTickets();
    auto *reply = child<QPlainTextEdit>(f.page(), QStringLiteral("replyEdit"));
    typeInto(reply, QStringLiteral("Draft kept"));

    click(child<QPushButton>(f.page(), QStringLiteral("templateButton")));
    auto *picker = waitForVisible<TemplatePickerDialog>(tab);
    REQUIRE(picker);
    chooseTemplate(picker, QStringLiteral("Tracking"));
    auto *error = child<QLabel>(picker, QStringLiteral("templateErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("{{order.tracking_number}}")));
    CHECK_FALSE(error->text().contains(QStringLiteral("{{customer.name}}")));
    CHECK_FALSE(child<QPushButton>(picker, QStringLiteral("insertTemplateButton"))->isEnabled());
    picker->reject();
    CHECK(reply->toPlainText() == QStringLiteral("Draft kept"));
}

TEST_CASE(
    "a ticket is resolved with a note, a stale page is refused without losing the note, and CSAT follows")
{
    TicketUi f;
    const qint64 siti = f.customer(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    const qint64 id = f.ticket(siti, QStringLiteral("Wrong size"));
    TicketsTab *tab = f.openTickets();
    REQUIRE(f.page()->ticketId() == id);
    CHECK_FALSE(child<QAbstractButton>(f.page(), QStringLiteral("csat:5"))->isEnabled());

    child<QSpinBox>(f.page(), QStringLiteral("handleMinutesSpin"))->setValue(12);
    click(child<QPushButton>(f.page(), QStringLiteral("logHandleTimeButton")));
    CHECK(f.get(id).handleSeconds == 12 * kMinute);

    // Someone else moves the ticket while this page still shows it as open.
    REQUIRE(TicketService(*f.db, f.clock).changeStatus(id, TicketStatus::Pending, QString(), f.actor).ok());
    click(waitForVisible<QPushButton>(f.page(), QStringLiteral("status:resolved")));
    auto *dialog = waitForVisible<TicketActionDialog>(tab);
    REQUIRE(dialog);
    auto *note = child<QLineEdit>(dialog, QStringLiteral("actionNoteEdit"));
    typeInto(note, QStringLiteral("Exchanged for size L"));
    QTest::keyClick(note, Qt::Key_Return);
    auto *error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    CHECK(error->text().contains(QStringLiteral("Someone else changed")));
    CHECK(dialog->isVisible());
    CHECK(note->text() == QStringLiteral("Exchanged for size L"));
    // The page behind shows the ticket as it is now; confirming again resolves it.
    CHECK(labelText(f.page(), QStringLiteral("ticketStatusBadge")) ==
          ticketstatus::displayName(TicketStatus::Pending));
    QTest::keyClick(note, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !findVisible(tab, TicketActionDialog::staticMetaObject, {}); }));

    Ticket t = f.get(id);
    CHECK(t.status == TicketStatus::Resolved);
    CHECK(t.events.last().note == QStringLiteral("Exchanged for size L"));
    CHECK(labelText(f.page(), QStringLiteral("ticketStatusBadge")) ==
          ticketstatus::displayName(TicketStatus::Resolved));
    auto *history = child<QTableWidget>(f.page(), QStringLiteral("ticketHistoryTable"));
    REQUIRE(history->rowCount() == 4); // opened, handle time, pending, resolved; newest first
    CHECK(history->item(0, 1)->text() == ticketstatus::displayName(TicketStatus::Pending) +
                                             QStringLiteral(" → ") +
                                             ticketstatus::displayName(TicketStatus::Resolved));
    CHECK(history->item(0, 3)->text() == QStringLiteral("Exchanged for size L"));
    CHECK(history->item(2, 1)->text() == QStringLiteral("Handle time +12 minutes"));
    // Resolved tickets leave the open queue but stay on the page.
    CHECK(tab->model()->rowCount() == 0);
    CHECK(f.page()->ticketId() == id);

    auto *five = child<QAbstractButton>(f.page(), QStringLiteral("csat:5"));
    REQUIRE(five->isEnabled());
    click(five);
    CHECK(f.get(id).csat == 5);
    CHECK(child<QAbstractButton>(f.page(), QStringLiteral("csat:5"))->isChecked());

    // Replies are refused until the ticket is reopened; the draft stays in the box.
    auto *reply = child<QPlainTextEdit>(f.page(), QStringLiteral("replyEdit"));
    typeInto(reply, QStringLiteral("One more thing"));
    click(child<QPushButton>(f.page(), QStringLiteral("sendReplyButton")));
    CHECK(f.page()->banner()->text().contains(QStringLiteral("Reopen it")));
    CHECK(reply->toPlainText() == QStringLiteral("One more thing"));
    CHECK(f.get(id).messages.size() == 1);
}

TEST_CASE("an escalation needs a reason and may hand the ticket to someone")
{
    TicketUi f;
    const qint64 siti = f.customer(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    const qint64 id = f.ticket(siti, QStringLiteral("Refund"));
    TicketsTab *tab = f.openTickets();
    click(waitForVisible<QPushButton>(f.page(), QStringLiteral("status:escalated")));
    auto *dialog = waitForVisible<TicketActionDialog>(tab);
    REQUIRE(dialog);
    click(child<QPushButton>(dialog, QStringLiteral("confirmActionButton")));
    CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text() ==
          QStringLiteral("Say why the ticket is escalated."));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("actionNoteEdit")),
             QStringLiteral("Refund above Rp 500.000"));
    chooseByTyping(child<QComboBox>(dialog, QStringLiteral("actionAssigneeCombo")), QStringLiteral("Owner"));
    click(child<QPushButton>(dialog, QStringLiteral("confirmActionButton")));
    REQUIRE(waitUntil([&] { return !findVisible(tab, TicketActionDialog::staticMetaObject, {}); }));
    const Ticket t = f.get(id);
    CHECK(t.status == TicketStatus::Escalated);
    CHECK(t.assigneeId == f.actor.userId);
    CHECK(child<QComboBox>(f.page(), QStringLiteral("assigneeCombo"))->currentText() ==
          QStringLiteral("Owner"));
    CHECK(cellText(tab->model(), 0, TicketQueueModel::Assignee) == QStringLiteral("Owner"));
}

TEST_CASE("the queue filters by status, priority, touchpoint, assignee and text")
{
    TicketUi f;
    const qint64 siti = f.customer(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    const qint64 budi = f.customer(QStringLiteral("Budi Santoso"), QStringLiteral("085611112222"));
    const qint64 urgent =
        f.ticket(siti, QStringLiteral("Parcel lost"), TicketPriority::Urgent, Touchpoint::Shipping);
    f.ticket(budi, QStringLiteral("Invoice please"), TicketPriority::Low, Touchpoint::Payment);
    const qint64 done =
        f.ticket(budi, QStringLiteral("Size chart"), TicketPriority::Normal, Touchpoint::PrePurchase);
    TicketService service(*f.db, f.clock);
    REQUIRE(service.assign(urgent, f.actor.userId, f.actor).ok());
    REQUIRE(service.changeStatus(done, TicketStatus::Resolved, QString(), f.actor).ok());
    TicketsTab *tab = f.openTickets();
    const auto subjects = [&] { return queueColumn(tab, TicketQueueModel::Subject); };

    // Open tickets by default, the most urgent resolution first.
    CHECK(subjects() == QStringList{QStringLiteral("Parcel lost"), QStringLiteral("Invoice please")});
    CHECK(labelText(tab, QStringLiteral("ticketCountLabel")).startsWith(QStringLiteral("2 ")));
    auto *status = child<QComboBox>(tab, QStringLiteral("statusFilter"));
    chooseByTyping(status, QStringLiteral("All"));
    CHECK(subjects().size() == 3);
    chooseByTyping(status, QStringLiteral("Resolved"));
    CHECK(subjects() == QStringList{QStringLiteral("Size chart")});
    chooseByTyping(status, QStringLiteral("Open tickets"));

    auto *priority = child<QComboBox>(tab, QStringLiteral("priorityFilter"));
    chooseByTyping(priority, QStringLiteral("Urgent"));
    CHECK(subjects() == QStringList{QStringLiteral("Parcel lost")});
    chooseByTyping(priority, QStringLiteral("All"));

    auto *touchpointFilter = child<QComboBox>(tab, QStringLiteral("touchpointFilter"));
    chooseByTyping(touchpointFilter, QStringLiteral("Payment"));
    CHECK(subjects() == QStringList{QStringLiteral("Invoice please")});
    chooseByTyping(touchpointFilter, QStringLiteral("All"));

    auto *assignee = child<QComboBox>(tab, QStringLiteral("assigneeFilter"));
    chooseByTyping(assignee, QStringLiteral("Mine"));
    CHECK(subjects() == QStringList{QStringLiteral("Parcel lost")});
    chooseByTyping(assignee, QStringLiteral("Unassigned"));
    CHECK(subjects() == QStringList{QStringLiteral("Invoice please")});
    chooseByTyping(assignee, QStringLiteral("Anyone"));

    typeInto(child<QLineEdit>(tab, QStringLiteral("ticketSearchEdit")), QStringLiteral("budi"));
    REQUIRE(waitUntil([&] { return subjects() == QStringList{QStringLiteral("Invoice please")}; }));
    // Clicking a row shows that ticket on the page.
    REQUIRE(clickRow(tab->view(), TicketQueueModel::Subject, QStringLiteral("Invoice please")));
    CHECK(labelText(f.page(), QStringLiteral("ticketSubjectLabel")) == QStringLiteral("Invoice please"));
}

TEST_CASE("the SLA time left turns amber at 80% and red once breached, in business time")
{
    TicketUi f;
    // Friday 11:40 WIB; a normal ticket must be answered within 4 business hours.
    const qint64 siti = f.customer(QStringLiteral("Siti Rahmawati"), QStringLiteral("081234567890"));
    f.ticket(siti, QStringLiteral("Wrong colour"));
    TicketsTab *tab = f.openTickets();
    const auto slaCell = [&] { return tab->model()->index(0, TicketQueueModel::SlaLeft); };
    CHECK(slaCell().data().toString() == QStringLiteral("4 h 00 m left"));
    CHECK_FALSE(slaCell().data(Qt::BackgroundRole).isValid());

    // 3 h 15 m later: 81% of the target has passed.
    f.clock.advance(3 * 3600 + 15 * kMinute);
    tab->tick();
    CHECK(slaCell().data().toString() == QStringLiteral("45 m left"));
    CHECK(slaCell().data(Qt::BackgroundRole).value<QColor>() == theme::stuckBackground());
    CHECK(labelText(f.page(), QStringLiteral("firstResponseClock")).contains(QStringLiteral("45 m left")));
    CHECK(child<QLabel>(f.page(), QStringLiteral("escalationHint"))->isVisible());

    // Saturday 10:00: Friday until closing (5 h 20 m) and two hours on Saturday, not the night.
    f.clock.advance(2 * 3600 + 5 * kMinute + 17 * 3600);
    tab->tick();
    CHECK(slaCell().data().toString() == QStringLiteral("overdue 3 h 20 m"));
    CHECK(slaCell().data(Qt::BackgroundRole).value<QColor>() == theme::criticalBackground());
    CHECK(labelText(f.page(), QStringLiteral("firstResponseClock"))
              .contains(QStringLiteral("overdue 3 h 20 m")));
    // Moving the cached rows on agrees with reading them again.
    tab->refresh();
    CHECK(slaCell().data().toString() == QStringLiteral("overdue 3 h 20 m"));
}

// Not run by default: pictures of the tab and its dialogs for a person to look at.
//   RAPI_SCREENSHOT_DIR=/tmp/shots ui_tickets "[screenshot]"
TEST_CASE("pictures of the tickets tab", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("RAPI_SCREENSHOT_DIR");
    REQUIRE(!folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    for (const QString lang : {QStringLiteral("en"), QStringLiteral("id")}) {
        REQUIRE(language::install(lang));
        TicketUi f;
        const qint64 product = f.addProduct(QStringLiteral("KAOS-M"), 85000 * kRupiah, 10);
        const qint64 orderId = f.placeOrder({{product, 1}});
        f.bringTo(orderId, OrderStage::Shipped, PaymentMethod::Transfer);
        const auto order = OrderRepository(*f.db).get(orderId);
        REQUIRE(order.ok());
        f.ticket(*order->customerId, QStringLiteral("Paket belum sampai"), TicketPriority::High,
                 Touchpoint::Shipping, orderId);
        const QString prefix = QStringLiteral("%1/tickets-%2-").arg(folder, lang);
        TicketsTab *tab = f.openTickets();
        REQUIRE(f.window->grab().save(prefix + QStringLiteral("tab.png")));

        NewTicketDialog *dialog = openNewTicketDialog(tab);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("phoneEdit")),
                         QStringLiteral("0812 3456 7890"));
        REQUIRE(
            waitUntil([&] { return child<QComboBox>(dialog, QStringLiteral("orderCombo"))->count() == 2; }));
        REQUIRE(dialog->grab().save(prefix + QStringLiteral("new-existing.png")));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("phoneEdit")), QStringLiteral("0812 3456"));
        REQUIRE(waitUntil(
            [&] { return child<QComboBox>(dialog, QStringLiteral("customerCombo"))->isVisible(); }));
        REQUIRE(dialog->grab().save(prefix + QStringLiteral("new-caller.png")));
        dialog->reject();

        // The default CS reply needs the shop's name, which this database does not have.
        click(child<QPushButton>(f.page(), QStringLiteral("templateButton")));
        auto *picker = waitForVisible<TemplatePickerDialog>(tab);
        REQUIRE(picker);
        REQUIRE(picker->grab().save(prefix + QStringLiteral("template-refused.png")));
        picker->reject();
        click(waitForVisible<QPushButton>(f.page(), QStringLiteral("status:escalated")));
        auto *action = waitForVisible<TicketActionDialog>(tab);
        REQUIRE(action);
        REQUIRE(action->grab().save(prefix + QStringLiteral("escalate.png")));
        action->reject();
    }
    REQUIRE(language::install(QStringLiteral("en")));
}
