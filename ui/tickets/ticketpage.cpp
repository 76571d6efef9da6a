#include "tickets/ticketpage.h"

#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "sla/slasettings.h"
#include "tickets/ticketactiondialog.h"
#include "tickets/ticketconversation.h"
#include "tickets/ticketformat.h"
#include "tickets/tickethistorytable.h"
#include "tickets/ticketservice.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapi {

namespace {
QPushButton *linkButton(QWidget *parent, const char *objectName)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(
        QStringLiteral("QPushButton { color: #1f6fd1; border: none; padding: 0; text-align: left; }"
                       "QPushButton:hover { text-decoration: underline; }"));
    return button;
}

QLabel *chip(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    return label;
}

void styleChip(QLabel *label, const QColor &background, const QColor &text)
{
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 8px; }")
            .arg(background.name(), text.isValid() ? text.name() : QStringLiteral("#374151")));
}
} // namespace

TicketPage::TicketPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("ticketPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a ticket in the queue to work on it."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    theme::makeMuted(empty);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("ticketPageContent"));
    page->setStyleSheet(QStringLiteral("QWidget#ticketPageContent { background: white; }"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(16, 12, 16, 12);
    v->setSpacing(8);
    v->addWidget(buildHeader(page));
    v->addWidget(buildControls(page));
    m_banner = new MessageBanner(page);
    v->addWidget(m_banner);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("ticketTabs"));
    m_conversation = new TicketConversation(context, m_tabs);
    m_tabs->addTab(m_conversation, tr("Conversation"));
    m_history = new TicketHistoryTable(m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    v->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    connect(m_conversation, &TicketConversation::sendRequested, this, &TicketPage::send);
    connect(m_customerLink, &QPushButton::clicked, this, [this] {
        if (m_ticket)
            emit openCustomer(m_ticket->customerId);
    });
    connect(m_orderLink, &QPushButton::clicked, this, [this] {
        if (m_ticket && m_ticket->orderId)
            emit openOrder(*m_ticket->orderId);
    });
    setMinimumWidth(520);
}

QWidget *TicketPage::buildHeader(QWidget *page)
{
    auto *header = new QWidget(page);
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_number = new QLabel(header);
    m_number->setObjectName(QStringLiteral("ticketNumberLabel"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeTitle(m_number, 5);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("ticketStatusBadge"));
    m_priority = new QLabel(header);
    m_priority->setObjectName(QStringLiteral("ticketPriorityBadge"));
    top->addWidget(m_number);
    top->addWidget(m_status, 0, Qt::AlignVCenter);
    top->addWidget(m_priority, 0, Qt::AlignVCenter);
    top->addStretch();
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);
    top->addLayout(m_actions);
    v->addLayout(top);

    m_subject = new QLabel(header);
    m_subject->setObjectName(QStringLiteral("ticketSubjectLabel"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeTitle(m_subject, 1);
    v->addWidget(m_subject);

    auto *about = new QHBoxLayout;
    about->setSpacing(6);
    m_customerLink = linkButton(header, "ticketCustomerLink");
    m_customerLink->setToolTip(tr("Open the customer"));
    m_orderLink = linkButton(header, "ticketOrderLink");
    m_orderLink->setToolTip(tr("Open the order"));
    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("ticketFactsLabel"));
    theme::makeMuted(m_facts);
    about->addWidget(m_customerLink);
    about->addWidget(m_orderLink);
    about->addWidget(m_facts, 1);
    v->addLayout(about);

    auto *clocks = new QHBoxLayout;
    clocks->setSpacing(8);
    m_firstResponseClock = chip(header, "firstResponseClock");
    m_resolutionClock = chip(header, "resolutionClock");
    m_escalationHint = chip(header, "escalationHint");
    m_escalationHint->setText(tr("⚠ 80% of the target has passed: consider escalating."));
    styleChip(m_escalationHint, theme::stuckBackground(), theme::stuckText());
    clocks->addWidget(m_firstResponseClock);
    clocks->addWidget(m_resolutionClock);
    clocks->addWidget(m_escalationHint);
    clocks->addStretch();
    v->addLayout(clocks);
    return header;
}

QWidget *TicketPage::buildControls(QWidget *page)
{
    auto *controls = new QWidget(page);
    auto *h = new QHBoxLayout(controls);
    h->setContentsMargins(0, 4, 0, 4);
    h->setSpacing(6);

    m_assignee = new QComboBox(controls);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_priorityCombo = new QComboBox(controls);
    m_priorityCombo->setObjectName(QStringLiteral("priorityCombo"));
    for (TicketPriority p : ticketpriority::all)
        m_priorityCombo->addItem(ticketpriority::displayName(p), int(p));
    m_handleTime = new QLabel(controls);
    m_handleTime->setObjectName(QStringLiteral("handleTimeLabel"));
    m_handleMinutes = new QSpinBox(controls);
    m_handleMinutes->setObjectName(QStringLiteral("handleMinutesSpin"));
    m_handleMinutes->setRange(1, 24 * 60);
    m_handleMinutes->setValue(5);
    m_handleMinutes->setSuffix(tr(" min"));
    m_handleMinutes->setAlignment(Qt::AlignRight);
    auto *logTime = new QPushButton(tr("Log"), controls);
    logTime->setObjectName(QStringLiteral("logHandleTimeButton"));
    logTime->setToolTip(tr("Add these minutes to the time spent on this ticket"));
    m_csatCaption = new QLabel(tr("CSAT"), controls);
    m_csat = new QButtonGroup(this);
    m_csat->setExclusive(true);

    const auto caption = [controls](const QString &text) {
        auto *label = new QLabel(text, controls);
        theme::makeMuted(label);
        return label;
    };
    h->addWidget(caption(tr("Assignee")));
    h->addWidget(m_assignee);
    h->addSpacing(10);
    h->addWidget(caption(tr("Priority")));
    h->addWidget(m_priorityCombo);
    h->addSpacing(10);
    h->addWidget(caption(tr("Handle time")));
    h->addWidget(m_handleTime);
    h->addWidget(m_handleMinutes);
    h->addWidget(logTime);
    h->addSpacing(10);
    theme::makeMuted(m_csatCaption);
    h->addWidget(m_csatCaption);
    for (int score = 1; score <= 5; ++score) {
        auto *button = new QToolButton(controls);
        button->setObjectName(QStringLiteral("csat:%1").arg(score));
        button->setText(QString::number(score));
        button->setCheckable(true);
        button->setToolTip(tr("Customer satisfaction %1 of 5").arg(score));
        m_csat->addButton(button, score);
        h->addWidget(button);
    }
    h->addStretch();

    connect(m_assignee, &QComboBox::activated, this, &TicketPage::assignChosen);
    connect(m_priorityCombo, &QComboBox::activated, this, &TicketPage::priorityChosen);
    connect(logTime, &QPushButton::clicked, this, &TicketPage::logHandleTime);
    connect(m_csat, &QButtonGroup::idClicked, this, &TicketPage::csatChosen);
    return controls;
}

std::optional<qint64> TicketPage::ticketId() const
{
    return m_ticket ? std::optional<qint64>(m_ticket->id) : std::nullopt;
}

void TicketPage::showTicket(qint64 ticketId)
{
    if (m_ticket && m_ticket->id == ticketId) {
        reload();
        return;
    }
    m_banner->clear();
    auto ticket = TicketRepository(m_context.db).get(ticketId);
    if (!ticket) {
        m_ticket.reset();
        m_stack->setCurrentIndex(0);
        m_banner->showError(ticket.error());
        return;
    }
    m_ticket = std::move(ticket).value();
    populate();
    m_tabs->setCurrentIndex(0);
}

void TicketPage::clearTicket()
{
    m_ticket.reset();
    m_banner->clear();
    m_stack->setCurrentIndex(0);
}

void TicketPage::reload()
{
    if (!m_ticket)
        return;
    auto ticket = TicketRepository(m_context.db).get(m_ticket->id);
    if (!ticket) {
        m_banner->showError(ticket.error());
        return;
    }
    m_ticket = std::move(ticket).value();
    populate();
}

void TicketPage::populate()
{
    const Ticket &t = *m_ticket;
    if (auto calendar = SlaSettings(m_context.db).calendar())
        m_calendar = calendar.value();
    if (auto people = TicketRepository(m_context.db).assignees())
        m_assignees = people.value();
    m_stack->setCurrentIndex(1);
    m_number->setText(t.number);
    m_status->setText(ticketstatus::displayName(t.status));
    ticketformat::makeBadge(m_status, ticketformat::statusBackground(t.status),
                            ticketformat::statusText(t.status));
    m_priority->setText(ticketpriority::displayName(t.priority));
    ticketformat::makeBadge(m_priority, QColor(0xf3, 0xf4, 0xf6), ticketformat::priorityText(t.priority));
    m_subject->setText(t.subject);
    m_customerLink->setText(t.customerName);
    m_orderLink->setVisible(t.orderId.has_value());
    m_orderLink->setText(QStringLiteral("· ") + t.orderNumber);
    QStringList facts{touchpoint::displayName(t.touchpoint)};
    if (!t.category.isEmpty())
        facts << t.category;
    facts << tr("opened %1").arg(uiformat::dateTime(t.clock.createdAt));
    m_facts->setText(QStringLiteral("· ") + facts.join(QStringLiteral(" · ")));
    refreshClocks();
    populateActions();
    populateControls();
    m_conversation->showTicket(t);
    populateHistory();
    emit ticketShown(t.id);
}

void TicketPage::refreshClocks()
{
    if (!m_ticket)
        return;
    const TicketSla sla =
        ticketsla::evaluate(m_ticket->clock, m_ticket->status, m_calendar, m_context.clock.now());
    const auto show = [](QLabel *label, const QString &name, const SlaClockState &state) {
        QString text = tr("%1: %2").arg(name, ticketformat::slaLeft(state));
        if (!state.done && state.dueAt)
            text += QStringLiteral(" · ") + ticketformat::slaDue(state);
        label->setText(text);
        if (state.done)
            styleChip(label, QColor(0xf3, 0xf4, 0xf6),
                      state.left() >= 0 ? theme::positiveText() : theme::criticalText());
        else if (state.level != SlaLevel::Ok)
            styleChip(label, ticketformat::slaBackground(state.level), ticketformat::slaText(state.level));
        else
            styleChip(label, QColor(0xf3, 0xf4, 0xf6), state.running ? QColor() : theme::mutedText());
    };
    show(m_firstResponseClock, tr("First response"), sla.firstResponse);
    show(m_resolutionClock, tr("Resolution"), sla.resolution);
    m_escalationHint->setVisible(sla.suggestEscalation);
}

void TicketPage::populateActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // The button may be the one whose click got us here: delete it later, but make it
            // unfindable and invisible now.
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const TicketStatus from = m_ticket->status;
    // Resolving is the way forward; the others sit beside it in a fixed order.
    static constexpr TicketStatus order[] = {TicketStatus::Resolved, TicketStatus::Pending,
                                             TicketStatus::Escalated, TicketStatus::Open,
                                             TicketStatus::Closed};
    const QList<TicketStatus> next = ticketstatus::nextStatuses(from);
    for (TicketStatus to : order) {
        if (!next.contains(to))
            continue;
        QString text;
        switch (to) {
        case TicketStatus::Resolved:
            text = tr("Resolve…");
            break;
        case TicketStatus::Pending:
            text = tr("Wait for customer…");
            break;
        case TicketStatus::Escalated:
            text = tr("Escalate…");
            break;
        case TicketStatus::Open:
            text = ticketstatus::isDone(from) ? tr("Reopen…") : tr("Back to open…");
            break;
        case TicketStatus::Closed:
            text = tr("Close…");
            break;
        }
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("status:") + ticketstatus::code(to));
        if (to == TicketStatus::Resolved)
            theme::makePrimary(button);
        connect(button, &QPushButton::clicked, this, [this, to] {
            if (to == TicketStatus::Escalated)
                requestEscalation();
            else
                requestStatus(to);
        });
        m_actions->addWidget(button);
    }
}

void TicketPage::populateControls()
{
    const Ticket &t = *m_ticket;
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const TicketAssignee &person : std::as_const(m_assignees))
        m_assignee->addItem(person.name, person.id);
    if (t.assigneeId && m_assignee->findData(*t.assigneeId) < 0)
        m_assignee->addItem(t.assigneeName, *t.assigneeId); // no longer active, still shown
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(t.assigneeId.value_or(0))));
    m_priorityCombo->setCurrentIndex(m_priorityCombo->findData(int(t.priority)));
    m_handleTime->setText(t.handleSeconds > 0 ? uiformat::duration(t.handleSeconds) : tr("none yet"));

    const bool rateable = ticketstatus::isDone(t.status);
    m_csat->setExclusive(false);
    for (QAbstractButton *button : m_csat->buttons()) {
        button->setChecked(t.csat && m_csat->id(button) == *t.csat);
        button->setEnabled(rateable);
    }
    m_csat->setExclusive(true);
    m_csatCaption->setToolTip(rateable ? tr("How satisfied the customer was, 1 to 5")
                                       : tr("Asked once the ticket is resolved"));
}

void TicketPage::populateHistory()
{
    m_history->showEvents(m_ticket->events, m_assignees);
    m_tabs->setTabText(1, tr("History (%1)").arg(m_ticket->events.size()));
}

bool TicketPage::applied(const Status &status)
{
    if (!status) {
        m_banner->showError(status.error());
        reload();
        return false;
    }
    m_banner->clear();
    const qint64 id = m_ticket->id;
    reload();
    emit ticketChanged(id);
    return true;
}

void TicketPage::requestStatus(TicketStatus to)
{
    if (!m_ticket)
        return;
    QString title;
    QString confirm;
    switch (to) {
    case TicketStatus::Resolved:
        title = tr("Resolve %1");
        confirm = tr("Resolve");
        break;
    case TicketStatus::Pending:
        title = tr("Wait for the customer on %1");
        confirm = tr("Set pending");
        break;
    case TicketStatus::Open:
        title = ticketstatus::isDone(m_ticket->status) ? tr("Reopen %1") : tr("Back to open: %1");
        confirm = ticketstatus::isDone(m_ticket->status) ? tr("Reopen") : tr("Set open");
        break;
    case TicketStatus::Closed:
        title = tr("Close %1");
        confirm = tr("Close");
        break;
    case TicketStatus::Escalated:
        requestEscalation();
        return;
    }
    const qint64 id = m_ticket->id;
    auto *dialog = new TicketActionDialog(
        title.arg(m_ticket->number), tr("Note (optional)"), confirm,
        [this, id, to](const QString &note, std::optional<qint64>) {
            // The version shown: if someone changed the ticket meanwhile, the core refuses.
            const std::optional<int> version =
                m_ticket && m_ticket->id == id ? std::optional<int>(m_ticket->version) : std::nullopt;
            const Status status = TicketService(m_context.db, m_context.clock)
                                      .changeStatus(id, to, note, m_context.actor, version);
            // Either way the page shows the ticket as it is now; a refusal stays in the dialog.
            if (status)
                applied(status);
            else
                reload();
            return status;
        },
        std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TicketPage::requestEscalation()
{
    if (!m_ticket)
        return;
    const qint64 id = m_ticket->id;
    auto *dialog = new TicketActionDialog(
        tr("Escalate %1").arg(m_ticket->number), tr("Reason"), tr("Escalate"),
        [this, id](const QString &reason, std::optional<qint64> assignee) {
            const Status status =
                TicketService(m_context.db, m_context.clock).escalate(id, reason, assignee, m_context.actor);
            if (status)
                applied(status);
            else
                reload();
            return status;
        },
        m_assignees, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TicketPage::send(MessageDirection direction, const QString &body,
                      std::optional<qint64> templateVersionId)
{
    if (!m_ticket)
        return;
    auto id = TicketService(m_context.db, m_context.clock)
                  .addMessage(m_ticket->id, direction, body, m_context.actor, templateVersionId);
    // On a refusal the text stays in the reply box.
    if (id)
        m_conversation->clearReply();
    applied(Status(id));
}

void TicketPage::assignChosen()
{
    if (!m_ticket)
        return;
    const qint64 chosen = m_assignee->currentData().toLongLong();
    const std::optional<qint64> assignee = chosen > 0 ? std::optional<qint64>(chosen) : std::nullopt;
    if (assignee == m_ticket->assigneeId)
        return;
    applied(TicketService(m_context.db, m_context.clock).assign(m_ticket->id, assignee, m_context.actor));
}

void TicketPage::priorityChosen()
{
    if (!m_ticket)
        return;
    const auto priority = TicketPriority(m_priorityCombo->currentData().toInt());
    if (priority == m_ticket->priority)
        return;
    applied(
        TicketService(m_context.db, m_context.clock).setPriority(m_ticket->id, priority, m_context.actor));
}

void TicketPage::logHandleTime()
{
    if (!m_ticket)
        return;
    applied(TicketService(m_context.db, m_context.clock)
                .logHandleTime(m_ticket->id, qint64(m_handleMinutes->value()) * 60, m_context.actor));
}

void TicketPage::csatChosen(int score)
{
    if (!m_ticket || m_ticket->csat == score)
        return;
    applied(TicketService(m_context.db, m_context.clock).setCsat(m_ticket->id, score, m_context.actor));
}

} // namespace rapi
