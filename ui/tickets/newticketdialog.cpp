#include "tickets/newticketdialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "orders/orderrepository.h"
#include "templates/soprepository.h"
#include "tickets/ticketservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rapi {

namespace {
constexpr int kMinimumDigits = 4;
constexpr int kMaxMatches = 6;
constexpr int kSubjectFromMessage = 80;

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, colour);
    widget->setPalette(p);
}

// The touchpoint an order's stage usually means, for a ticket about that order.
Touchpoint touchpointFor(OrderStage stage)
{
    switch (stage) {
    case OrderStage::New:
    case OrderStage::AwaitingPayment:
        return Touchpoint::Payment;
    case OrderStage::Paid:
    case OrderStage::Processing:
    case OrderStage::Shipped:
        return Touchpoint::Shipping;
    case OrderStage::Completed:
    case OrderStage::Cancelled:
    case OrderStage::Returned:
        return Touchpoint::AfterSales;
    }
    return Touchpoint::Other;
}
} // namespace

NewTicketDialog::NewTicketDialog(AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *form = m_form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("e.g. 0812 3456 7890"));
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("customerMatchLabel"));
    m_match->setWordWrap(true);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_customer->setToolTip(tr("Customers whose phone number starts with what you typed"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerNameEdit"));
    m_name->setPlaceholderText(tr("Name of a new customer"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_touchpoint = new QComboBox(this);
    m_touchpoint->setObjectName(QStringLiteral("touchpointCombo"));
    for (Touchpoint t : touchpoint::all)
        m_touchpoint->addItem(touchpoint::displayName(t), int(t));
    m_touchpoint->setCurrentIndex(m_touchpoint->findData(int(Touchpoint::Other)));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    if (auto categories = SopRepository(m_context.db, m_context.clock).ticketCategories())
        m_category->addItems(categories.value());
    m_category->setCurrentIndex(-1);
    m_category->lineEdit()->setPlaceholderText(tr("e.g. damaged item"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (TicketPriority p : ticketpriority::all)
        m_priority->addItem(ticketpriority::displayName(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(TicketPriority::Normal)));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setPlaceholderText(tr("What it is about, in a few words"));
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setPlaceholderText(tr("What the customer says (Shift+Enter for a new line)"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(90);
    m_message->installEventFilter(this);
    m_category->lineEdit()->installEventFilter(this);

    form->addRow(tr("Phone"), m_phone);
    form->addRow(QString(), m_match);
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("Touchpoint"), m_touchpoint);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Message"), m_message);
    layout->addLayout(form, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    setTextColour(m_error, theme::criticalText());
    m_error->hide();
    layout->addWidget(m_error);

    m_create = dialogparts::addConfirmButtons(this, layout, tr("Create ticket"),
                                              QStringLiteral("createTicketButton"));

    setTabOrder(m_phone, m_customer);
    setTabOrder(m_customer, m_name);
    setTabOrder(m_name, m_order);
    setTabOrder(m_order, m_touchpoint);
    setTabOrder(m_touchpoint, m_category);
    setTabOrder(m_category, m_priority);
    setTabOrder(m_priority, m_subject);
    setTabOrder(m_subject, m_message);
    setTabOrder(m_message, m_create);

    m_lookupTimer = new QTimer(this);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(150);
    connect(m_phone, &QLineEdit::textEdited, m_lookupTimer, qOverload<>(&QTimer::start));
    connect(m_lookupTimer, &QTimer::timeout, this, &NewTicketDialog::lookUpPhone);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &NewTicketDialog::customerChosen);
    connect(m_order, &QComboBox::currentIndexChanged, this, &NewTicketDialog::suggestTouchpoint);
    connect(m_touchpoint, &QComboBox::activated, this, [this] { m_touchpointTouched = true; });

    lookUpPhone();
    resize(560, 520);
    m_phone->setFocus();
}

void NewTicketDialog::lookUpPhone()
{
    m_lookupTimer->stop();
    const QString phone = CustomerRepository::normalisePhone(m_phone->text());
    if (phone == m_lookedUp && m_customer->count() > 0)
        return;
    m_lookedUp = phone;
    QList<Customer> exact;
    QList<Customer> similar;
    if (phone.size() >= kMinimumDigits) {
        auto found =
            CustomerRepository(m_context.db, m_context.clock).find(phone, m_context.actor, kMaxMatches);
        if (!found) {
            showError(found.error());
            return;
        }
        for (const Customer &c : std::as_const(found.value()))
            (CustomerRepository::normalisePhone(c.phone) == phone ? exact : similar).append(c);
    }
    const QSignalBlocker blocker(m_customer);
    m_customer->clear();
    const auto label = [](const Customer &c) {
        return c.phone.isEmpty() ? c.name : QStringLiteral("%1 · %2").arg(c.name, c.phone);
    };
    // The phone identifies a customer: with an exact match there is no "new customer" to create.
    for (const Customer &c : std::as_const(exact))
        m_customer->addItem(label(c), c.id);
    if (exact.isEmpty()) {
        m_customer->addItem(tr("New customer"), qint64(0));
        for (const Customer &c : std::as_const(similar))
            m_customer->addItem(label(c), c.id);
    }
    m_customer->setCurrentIndex(0);
    // One possibility needs no choosing.
    m_form->setRowVisible(m_customer, m_customer->count() > 1);
    customerChosen();
}

std::optional<qint64> NewTicketDialog::chosenCustomerId() const
{
    const qint64 id = m_customer->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void NewTicketDialog::customerChosen()
{
    const auto id = chosenCustomerId();
    const bool wasExisting = !m_name->isEnabled();
    m_name->setEnabled(!id);
    if (id) {
        m_name->setText(m_customer->currentText().section(QStringLiteral(" · "), 0, 0));
        CustomerStats stats;
        if (auto s = CustomerRepository(m_context.db, m_context.clock).stats(*id))
            stats = s.value();
        m_match->setText(tr("✓ %1 — %2, %3")
                             .arg(m_name->text(), tr("%Ln order(s)", nullptr, int(stats.orderCount)),
                                  tr("%Ln ticket(s)", nullptr, int(stats.ticketCount))));
        setTextColour(m_match, theme::positiveText());
    } else {
        if (wasExisting)
            m_name->clear();
        if (m_lookedUp.size() < kMinimumDigits)
            m_match->setText(tr("Type the phone number to find the customer."));
        else if (m_customer->count() > 1)
            m_match->setText(tr("No customer has exactly this number: enter the name to add one, or pick a "
                                "customer with a similar number."));
        else
            m_match->setText(tr("No customer with this number yet: enter the name to add one."));
        setTextColour(m_match, theme::mutedText());
    }
    loadOrders(id.value_or(0));
}

void NewTicketDialog::loadOrders(qint64 customerId)
{
    const QSignalBlocker blocker(m_order);
    m_order->clear();
    m_order->addItem(customerId ? tr("No order") : tr("No orders yet"), qint64(0));
    m_order->setEnabled(customerId != 0);
    if (!customerId)
        return;
    auto timeline = CustomerRepository(m_context.db, m_context.clock).timeline(customerId);
    if (!timeline) {
        showError(timeline.error());
        return;
    }
    // Newest first: a call is usually about the latest order.
    const QList<TimelineEntry> &entries = timeline.value();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->kind == TimelineEntry::Kind::Order)
            m_order->addItem(
                QStringLiteral("%1 · %2 · %3 · %4")
                    .arg(it->title, uiformat::date(it->at), it->detail, uiformat::money(it->amount)),
                it->refId);
    }
}

void NewTicketDialog::suggestTouchpoint()
{
    const qint64 orderId = m_order->currentData().toLongLong();
    if (m_touchpointTouched || orderId <= 0)
        return;
    if (auto order = OrderRepository(m_context.db).get(orderId, m_context.actor))
        m_touchpoint->setCurrentIndex(m_touchpoint->findData(int(touchpointFor(order->stage))));
}

void NewTicketDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool NewTicketDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && watched == m_message && (key->modifiers() & Qt::ShiftModifier)) {
            m_message->insertPlainText(QStringLiteral("\n"));
            return true;
        }
        if (enter && (watched == m_message || watched == m_category->lineEdit())) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewTicketDialog::accept()
{
    // A fast typist may press Enter before the lookup ran: never create a duplicate customer.
    if (m_lookupTimer->isActive() || CustomerRepository::normalisePhone(m_phone->text()) != m_lookedUp)
        lookUpPhone();
    m_error->hide();

    const QString message = m_message->toPlainText().trimmed();
    QString subject = m_subject->text().simplified();
    if (subject.isEmpty())
        subject = message.section(QLatin1Char('\n'), 0, 0).simplified().left(kSubjectFromMessage);
    if (subject.isEmpty()) {
        showError(tr("Write a subject or the customer's message."));
        m_subject->setFocus();
        return;
    }
    std::optional<qint64> customerId = chosenCustomerId();
    if (!customerId) {
        const QString name = m_name->text().simplified();
        if (name.isEmpty()) {
            showError(m_phone->text().trimmed().isEmpty() ? tr("Type the customer's phone number or name.")
                                                          : tr("Enter the new customer's name."));
            (m_phone->text().trimmed().isEmpty() ? m_phone : m_name)->setFocus();
            return;
        }
        auto created = CustomerRepository(m_context.db, m_context.clock).findOrCreate(name, m_phone->text());
        if (!created) {
            showError(created.error());
            return;
        }
        customerId = created.value();
    }

    NewTicket ticket;
    ticket.customerId = *customerId;
    if (const qint64 orderId = m_order->currentData().toLongLong(); orderId > 0)
        ticket.orderId = orderId;
    ticket.touchpoint = Touchpoint(m_touchpoint->currentData().toInt());
    ticket.category = m_category->currentText().simplified();
    ticket.priority = TicketPriority(m_priority->currentData().toInt());
    ticket.subject = subject;
    ticket.firstMessage = message;
    auto id = TicketService(m_context.db, m_context.clock).create(ticket, m_context.actor);
    if (!id) {
        showError(id.error());
        return;
    }
    m_createdId = id.value();
    QDialog::accept();
}

} // namespace rapi
