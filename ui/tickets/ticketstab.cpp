#include "tickets/ticketstab.h"

#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/roles.h"
#include "common/tables.h"
#include "common/theme.h"
#include "customers/customertimelineview.h"
#include "dashboard/activefilterbar.h"
#include "dashboard/periodtext.h"
#include "templates/soppanel.h"
#include "tickets/newticketdialog.h"
#include "tickets/ticketpage.h"
#include "tickets/ticketqueuemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapi {

namespace {
// Status filter entries besides the statuses themselves.
constexpr int kOpenTickets = -1;
constexpr int kAllStatuses = -2;
// Assignee filter entries besides the people.
constexpr qint64 kAnyone = -1;
constexpr qint64 kMine = -2;
constexpr qint64 kUnassigned = -3;
constexpr int kClockIntervalMs = 60 * 1000;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    theme::makeTitle(label, 1);
    return label;
}
} // namespace

TicketsTab::TicketsTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TicketQueueModel(context.db, context.clock, this))
{
    setObjectName(QStringLiteral("ticketsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->setSpacing(8);
    layout->addWidget(buildFilterBar());
    m_activeBar = activefilter::create(this, &m_activeText, [this] { clearFilter(); });
    layout->addWidget(m_activeBar);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    // The queue takes the full width (ten columns); the ticket and its context share the rest.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("ticketQueueView"));
    m_view->setModel(m_model);
    tables::setupList(m_view);
    sizeColumns();
    auto *work = new QSplitter(Qt::Horizontal, split);
    work->setChildrenCollapsible(false);
    m_page = new TicketPage(context, work);
    work->addWidget(m_page);
    work->addWidget(buildSidePanel());
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 1);
    work->setSizes({900, 420});
    split->addWidget(m_view);
    split->addWidget(work);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({240, 480});
    layout->addWidget(split, 1);

    QScrollBar *scrollBar = m_view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::sliderPressed, this, [this] { m_model->setDeferLoading(true); });
    connect(scrollBar, &QScrollBar::sliderReleased, this, [this] { m_model->setDeferLoading(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TicketsTab::currentRowChanged);
    connect(m_model, &TicketQueueModel::modelReset, this, &TicketsTab::updateCount);
    connect(m_model, &TicketQueueModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_page, &TicketPage::ticketChanged, this, [this] {
        m_model->reload();
        syncSelection(true);
        emit ticketsChanged();
    });
    connect(m_page, &TicketPage::ticketShown, this, &TicketsTab::ticketShown);
    connect(m_page, &TicketPage::openCustomer, this, &TicketsTab::openCustomer);
    connect(m_page, &TicketPage::openOrder, this, &TicketsTab::openOrder);
    connect(m_timeline, &CustomerTimelineView::openOrder, this, &TicketsTab::openOrder);
    connect(m_timeline, &CustomerTimelineView::openTicket, this, &TicketsTab::showTicket);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(kClockIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &TicketsTab::tick);
    m_clockTimer->start();

    applyFilter();
}

QWidget *TicketsTab::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("ticketSearchEdit"));
    m_search->setPlaceholderText(tr("Search ticket number, subject, category, customer or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open tickets"), kOpenTickets);
    m_status->setItemData(0, tr("Every ticket not resolved or closed"), Qt::ToolTipRole);
    for (TicketStatus status : ticketstatus::all)
        m_status->addItem(ticketstatus::displayName(status), int(status));
    m_status->addItem(tr("All statuses"), kAllStatuses);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_priority = new QComboBox(bar);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("All priorities"), -1);
    for (TicketPriority priority : ticketpriority::all)
        m_priority->addItem(ticketpriority::displayName(priority), int(priority));
    m_priority->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_touchpoint = new QComboBox(bar);
    m_touchpoint->setObjectName(QStringLiteral("touchpointFilter"));
    m_touchpoint->addItem(tr("All touchpoints"), -1);
    for (Touchpoint t : touchpoint::all)
        m_touchpoint->addItem(touchpoint::displayName(t), int(t));
    m_touchpoint->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_assignee = new QComboBox(bar);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->addItem(tr("Anyone"), kAnyone);
    m_assignee->addItem(tr("Mine"), kMine);
    m_assignee->addItem(tr("Unassigned"), kUnassigned);
    if (auto people = TicketRepository(m_context.db).assignees()) {
        for (const TicketAssignee &person : std::as_const(people.value()))
            m_assignee->addItem(person.name, person.id);
    }
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("ticketCountLabel"));
    theme::makeMuted(m_count);

    auto *refresh = new QToolButton(bar);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Load the queue again (F5)"));
    m_newTicket = new QPushButton(tr("New ticket…"), bar);
    m_newTicket->setObjectName(QStringLiteral("newTicketButton"));
    m_newTicket->setToolTip(tr("Log a ticket from a phone call or a message (Ctrl+Shift+T)"));
    theme::makePrimary(m_newTicket);

    h->addWidget(m_search, 2);
    h->addWidget(m_status);
    h->addWidget(m_priority);
    h->addWidget(m_touchpoint);
    h->addWidget(m_assignee);
    h->addSpacing(8);
    h->addWidget(m_count);
    h->addStretch(1);
    h->addWidget(refresh);
    h->addWidget(m_newTicket);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TicketsTab::applyFilter);
    for (QComboBox *combo : {m_status, m_priority, m_touchpoint, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketsTab::applyFilter);
    connect(refresh, &QToolButton::clicked, this, &TicketsTab::refresh);
    connect(m_newTicket, &QPushButton::clicked, this, &TicketsTab::openNewTicket);
    return bar;
}

QWidget *TicketsTab::buildSidePanel()
{
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setChildrenCollapsible(false);
    auto *customer = new QWidget(side);
    auto *cv = new QVBoxLayout(customer);
    cv->setContentsMargins(8, 8, 0, 4);
    cv->addWidget(sectionTitle(tr("Customer history"), customer));
    m_timeline = new CustomerTimelineView(m_context, customer);
    cv->addWidget(m_timeline, 1);
    auto *sop = new QWidget(side);
    auto *sv = new QVBoxLayout(sop);
    sv->setContentsMargins(8, 4, 0, 8);
    m_sopTitle = sectionTitle(tr("SOP"), sop);
    m_sopTitle->setObjectName(QStringLiteral("sopTitleLabel"));
    sv->addWidget(m_sopTitle);
    m_sop = new SopPanel(m_context, sop);
    sv->addWidget(m_sop, 1);
    side->addWidget(customer);
    side->addWidget(sop);
    side->setSizes({260, 220});
    side->setMinimumWidth(300);
    return side;
}

void TicketsTab::sizeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    tables::fitColumn(m_view, TicketQueueModel::Number, QStringLiteral("TCK-0000000"), true);
    tables::fitColumn(m_view, TicketQueueModel::Customer, QStringLiteral("Siti Nurhaliza Rahma"));
    tables::fitColumn(m_view, TicketQueueModel::Touchpoint, QStringLiteral("Sebelum pembelian"));
    tables::fitColumn(m_view, TicketQueueModel::Category, QStringLiteral("barang rusak saat"));
    tables::fitColumn(m_view, TicketQueueModel::Priority, QStringLiteral("Mendesak"));
    tables::fitColumn(m_view, TicketQueueModel::Status, QStringLiteral("Dieskalasi"));
    tables::fitColumn(m_view, TicketQueueModel::Assignee, QStringLiteral("Belum ditugaskan"));
    tables::fitColumn(m_view, TicketQueueModel::Age, QStringLiteral("23 hours"));
    tables::fitColumn(m_view, TicketQueueModel::SlaLeft, QStringLiteral("terlambat 12 j 45 m"), true);
    header->setSectionResizeMode(TicketQueueModel::Subject, QHeaderView::Stretch);
}

void TicketsTab::applyFilter()
{
    m_searchTimer->stop();
    TicketFilter filter;
    if (const int status = m_status->currentData().toInt(); status == kOpenTickets)
        filter.openOnly = true;
    else if (status >= 0)
        filter.status = TicketStatus(status);
    if (const int priority = m_priority->currentData().toInt(); priority >= 0)
        filter.priority = TicketPriority(priority);
    if (const int t = m_touchpoint->currentData().toInt(); t >= 0)
        filter.touchpoint = Touchpoint(t);
    if (const qint64 assignee = m_assignee->currentData().toLongLong(); assignee == kMine)
        filter.assigneeId = m_context.actor.userId;
    else if (assignee == kUnassigned)
        filter.unassignedOnly = true;
    else if (assignee > 0)
        filter.assigneeId = assignee;
    filter.text = m_search->text().trimmed();
    // Category and ranges have no control of their own: they stay until cleared.
    filter.category = m_filter.category;
    filter.createdFrom = m_filter.createdFrom;
    filter.createdTo = m_filter.createdTo;
    filter.resolvedFrom = m_filter.resolvedFrom;
    filter.resolvedTo = m_filter.resolvedTo;
    filter.slaBreachedBy = m_filter.slaBreachedBy;
    m_filter = filter;
    updateActiveFilter();
    m_banner->clear();
    // A new list starts at its top (and never loads the middle pages of the old position).
    m_view->scrollToTop();
    m_model->setFilter(filter);
    syncSelection(false);
}

void TicketsTab::showFilter(const TicketFilter &filter)
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker priorityBlocker(m_priority);
        const QSignalBlocker touchpointBlocker(m_touchpoint);
        const QSignalBlocker assigneeBlocker(m_assignee);
        const int status = filter.status     ? int(*filter.status)
                           : filter.openOnly ? kOpenTickets
                                             : kAllStatuses;
        m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
        m_priority->setCurrentIndex(
            qMax(0, m_priority->findData(filter.priority ? int(*filter.priority) : -1)));
        m_touchpoint->setCurrentIndex(
            qMax(0, m_touchpoint->findData(filter.touchpoint ? int(*filter.touchpoint) : -1)));
        const qint64 assignee = filter.unassignedOnly ? kUnassigned : filter.assigneeId.value_or(kAnyone);
        m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
        m_search->setText(filter.text);
    }
    m_filter = filter;
    applyFilter();
}

void TicketsTab::clearFilter()
{
    // The queue's everyday view: open tickets.
    TicketFilter open;
    open.openOnly = true;
    showFilter(open);
}

void TicketsTab::updateActiveFilter()
{
    QStringList parts;
    if (m_filter.status)
        parts << ticketstatus::displayName(*m_filter.status);
    if (!m_filter.status && !m_filter.openOnly)
        parts << tr("all statuses");
    if (m_filter.priority)
        parts << ticketpriority::displayName(*m_filter.priority);
    if (m_filter.touchpoint)
        parts << touchpoint::displayName(*m_filter.touchpoint);
    if (m_filter.category)
        parts << (m_filter.category->isEmpty() ? tr("no category")
                                               : tr("category “%1”").arg(*m_filter.category));
    if (m_filter.assigneeId || m_filter.unassignedOnly)
        parts << m_assignee->currentText();
    if (m_filter.slaBreachedBy)
        parts << tr("SLA breached");
    if (m_filter.createdFrom || m_filter.createdTo)
        parts << tr("created %1").arg(periodtext::rangeUtc(m_filter.createdFrom, m_filter.createdTo));
    if (m_filter.resolvedFrom || m_filter.resolvedTo)
        parts << tr("resolved %1").arg(periodtext::rangeUtc(m_filter.resolvedFrom, m_filter.resolvedTo));
    if (!m_filter.text.isEmpty())
        parts << tr("“%1”").arg(m_filter.text);
    activefilter::show(m_activeBar, m_activeText, parts);
}

void TicketsTab::refresh()
{
    m_model->reload();
    syncSelection(true);
    m_page->reload();
}

void TicketsTab::tick()
{
    m_model->tick();
    m_page->refreshClocks();
}

void TicketsTab::updateCount()
{
    const int count = int(qMin<qint64>(m_model->totalCount(), std::numeric_limits<int>::max()));
    m_count->setText(tr("%Ln ticket(s)", nullptr, count));
}

void TicketsTab::currentRowChanged()
{
    if (m_syncingSelection)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(IdRole).toLongLong();
    if (id > 0)
        m_page->showTicket(id);
}

void TicketsTab::syncSelection(bool keepShownTicket)
{
    // Keep the ticket the person is looking at selected if it is still in the (loaded part of
    // the) queue. Otherwise show the queue's first ticket, unless the person just worked on the
    // shown one (it stays on the page even when it left the filtered queue, e.g. once resolved).
    m_syncingSelection = true;
    int row = -1;
    bool showFirst = !m_page->ticketId();
    if (const auto shown = m_page->ticketId()) {
        m_model->rowAt(0);
        row = m_model->cachedRowOf(*shown);
        showFirst = row < 0 && !keepShownTicket;
    }
    if (showFirst && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, TicketQueueModel::Number);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncingSelection = false;
    if (showFirst && row == 0)
        currentRowChanged();
}

void TicketsTab::ticketShown(qint64 ticketId)
{
    Q_UNUSED(ticketId)
    const auto &ticket = m_page->ticket();
    if (!ticket) {
        m_timeline->clear();
        m_sop->clear();
        m_timelineCustomer = 0;
        return;
    }
    if (ticket->customerId == m_timelineCustomer) {
        m_timeline->reload();
    } else {
        m_timelineCustomer = ticket->customerId;
        m_timeline->showCustomer(ticket->customerId);
    }
    m_sopTitle->setText(ticket->category.isEmpty() ? tr("SOP") : tr("SOP · %1").arg(ticket->category));
    m_sop->showForTicketCategory(ticket->category);
}

void TicketsTab::showTicket(qint64 ticketId)
{
    m_page->showTicket(ticketId);
    syncSelection(true);
}

void TicketsTab::openNewTicket()
{
    auto *dialog = new NewTicketDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->createdTicketId();
        m_model->reload();
        showTicket(id);
        emit ticketsChanged();
    });
    dialog->open();
}

} // namespace rapi
