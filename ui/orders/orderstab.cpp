#include "orders/orderstab.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/roles.h"
#include "common/tables.h"
#include "common/theme.h"
#include "dashboard/activefilterbar.h"
#include "dashboard/periodtext.h"
#include "orders/neworderdialog.h"
#include "orders/orderdetailpanel.h"
#include "orders/orderlistmodel.h"

#include <QCheckBox>
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

OrdersTab::OrdersTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new OrderListModel(context.db, context.clock, this))
{
    setObjectName(QStringLiteral("ordersTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->setSpacing(8);
    layout->addWidget(buildFilterBar());
    m_activeBar = activefilter::create(this, &m_activeText, [this] { clearFilter(); });
    layout->addWidget(m_activeBar);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setModel(m_model);
    tables::setupList(m_view);
    m_view->horizontalHeader()->setSortIndicator(OrderListModel::PlacedAt, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    sizeColumns();
    m_detail = new OrderDetailPanel(context, m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({860, 500});
    layout->addWidget(m_splitter, 1);

    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &OrdersTab::keepSortIndicator);
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::sliderPressed, this, [this] { m_model->setDeferLoading(true); });
    connect(scrollBar, &QScrollBar::sliderReleased, this, [this] { m_model->setDeferLoading(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersTab::currentRowChanged);
    connect(m_model, &OrderListModel::modelReset, this, &OrdersTab::updateCount);
    connect(m_model, &OrderListModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_detail, &OrderDetailPanel::orderChanged, this, [this] {
        m_model->reload();
        syncSelection(true);
        emit ordersChanged();
    });

    m_model->reload();
    syncSelection(false);
}

QWidget *OrdersTab::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search order number, customer or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);

    m_stage = new QComboBox(bar);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All stages"), -1);
    for (OrderStage stage : orderstage::all)
        m_stage->addItem(orderstage::displayName(stage), int(stage));
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), qint64(0));
    if (auto channels = OrderRepository(m_context.db).channels()) {
        for (const Channel &channel : std::as_const(channels.value()))
            m_channel->addItem(channel.name, channel.id);
    }
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_stuckOnly = new QCheckBox(tr("Stuck only"), bar);
    m_stuckOnly->setObjectName(QStringLiteral("stuckOnlyCheck"));
    m_stuckOnly->setToolTip(tr("Only orders waiting longer than their stage's limit"));

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("orderCountLabel"));
    theme::makeMuted(m_count);

    auto *refresh = new QToolButton(bar);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Load the list again (F5)"));
    m_newOrder = new QPushButton(tr("New order…"), bar);
    m_newOrder->setObjectName(QStringLiteral("newOrderButton"));
    theme::makePrimary(m_newOrder);

    h->addWidget(m_search, 2);
    h->addWidget(m_stage);
    h->addWidget(m_channel);
    h->addWidget(m_stuckOnly);
    h->addSpacing(8);
    h->addWidget(m_count);
    h->addStretch(1);
    h->addWidget(refresh);
    h->addWidget(m_newOrder);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &OrdersTab::applyFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &OrdersTab::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrdersTab::applyFilter);
    connect(m_stuckOnly, &QCheckBox::toggled, this, &OrdersTab::applyFilter);
    connect(refresh, &QToolButton::clicked, this, &OrdersTab::refresh);
    connect(m_newOrder, &QPushButton::clicked, this, &OrdersTab::openNewOrder);
    m_newOrder->setVisible(permission::allows(m_context.actor.role, Permission::CreateOrders));
    return bar;
}

void OrdersTab::sizeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    tables::fitColumn(m_view, OrderListModel::Number, QStringLiteral("ORD-0000000"), true);
    tables::fitColumn(m_view, OrderListModel::PlacedAt, QStringLiteral("28/12/24 23.59 PM"));
    tables::fitColumn(m_view, OrderListModel::Channel, QStringLiteral("TikTok Shop"));
    // Room for the longest stage name in Indonesian plus the stuck icon.
    tables::fitColumn(m_view, OrderListModel::Stage,
                      QStringLiteral("Menunggu pembayaran") + QStringLiteral("WW"));
    tables::fitColumn(m_view, OrderListModel::Total, QStringLiteral("Rp 12.345.000"));
    header->setSectionResizeMode(OrderListModel::Customer, QHeaderView::Stretch);
}

void OrdersTab::applyFilter()
{
    m_searchTimer->stop();
    OrderFilter filter;
    if (const int stage = m_stage->currentData().toInt(); stage >= 0)
        filter.stage = OrderStage(stage);
    if (const qint64 channel = m_channel->currentData().toLongLong(); channel > 0)
        filter.channelId = channel;
    filter.text = m_search->text().trimmed();
    filter.stuckOnly = m_stuckOnly->isChecked();
    // The placed and completed ranges have no control of its own: they stay until cleared.
    filter.placedFrom = m_filter.placedFrom;
    filter.placedTo = m_filter.placedTo;
    filter.completedFrom = m_filter.completedFrom;
    filter.completedTo = m_filter.completedTo;
    m_filter = filter;
    updateActiveFilter();
    m_banner->clear();
    // A new list starts at its top (and never loads the middle pages of the old position).
    m_view->scrollToTop();
    m_model->setFilter(filter);
    syncSelection(false);
}

void OrdersTab::refresh()
{
    m_model->reload();
    syncSelection(true);
    m_detail->reload();
}

void OrdersTab::showFilter(const OrderFilter &filter)
{
    {
        const QSignalBlocker stageBlocker(m_stage);
        const QSignalBlocker channelBlocker(m_channel);
        const QSignalBlocker stuckBlocker(m_stuckOnly);
        const QSignalBlocker searchBlocker(m_search);
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(filter.stage ? int(*filter.stage) : -1)));
        m_channel->setCurrentIndex(qMax(0, m_channel->findData(filter.channelId.value_or(0))));
        m_stuckOnly->setChecked(filter.stuckOnly);
        m_search->setText(filter.text);
    }
    m_filter.placedFrom = filter.placedFrom;
    m_filter.placedTo = filter.placedTo;
    m_filter.completedFrom = filter.completedFrom;
    m_filter.completedTo = filter.completedTo;
    applyFilter();
}

void OrdersTab::clearFilter()
{
    showFilter(OrderFilter{});
}

void OrdersTab::updateActiveFilter()
{
    QStringList parts;
    if (m_filter.stage)
        parts << orderstage::displayName(*m_filter.stage);
    if (m_filter.channelId)
        parts << m_channel->currentText();
    if (m_filter.stuckOnly)
        parts << tr("stuck only");
    if (m_filter.placedFrom || m_filter.placedTo)
        parts << tr("placed %1").arg(periodtext::rangeUtc(m_filter.placedFrom, m_filter.placedTo));
    if (m_filter.completedFrom || m_filter.completedTo)
        parts << tr("completed %1").arg(periodtext::rangeUtc(m_filter.completedFrom, m_filter.completedTo));
    if (!m_filter.text.isEmpty())
        parts << tr("“%1”").arg(m_filter.text);
    activefilter::show(m_activeBar, m_activeText, parts);
}

void OrdersTab::updateCount()
{
    const int count = int(qMin<qint64>(m_model->totalCount(), std::numeric_limits<int>::max()));
    m_count->setText(tr("%Ln order(s)", nullptr, count));
}

void OrdersTab::currentRowChanged()
{
    if (m_syncingSelection)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(IdRole).toLongLong();
    if (id > 0)
        m_detail->showOrder(id);
}

void OrdersTab::syncSelection(bool keepShownOrder)
{
    // Keep the order the person is looking at selected if it is still in the (loaded part of
    // the) list. Otherwise show the list's first order, unless the person just worked on the
    // shown one (it stays in the panel even when it left the filtered list).
    m_syncingSelection = true;
    int row = -1;
    bool showFirst = !m_detail->orderId();
    if (const auto shown = m_detail->orderId()) {
        m_model->rowAt(0);
        row = m_model->cachedRowOf(*shown);
        showFirst = row < 0 && !keepShownOrder;
    }
    if (showFirst && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, OrderListModel::Number);
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

void OrdersTab::selectOrder(qint64 orderId)
{
    m_detail->showOrder(orderId);
    syncSelection(true);
}

void OrdersTab::keepSortIndicator(int column, Qt::SortOrder order)
{
    if (OrderListModel::sortKeyForColumn(column)) {
        m_view->scrollToTop();
        syncSelection(true);
        return;
    }
    // Channel and customer are not sort keys: leave the indicator where the list is sorted.
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(OrderListModel::columnForSortKey(m_model->sortKey()),
                             m_model->descending() ? Qt::DescendingOrder : Qt::AscendingOrder);
    Q_UNUSED(order);
}

void OrdersTab::openNewOrder()
{
    auto *dialog = new NewOrderDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->createdOrderId();
        m_model->reload();
        selectOrder(id);
        emit ordersChanged();
    });
    dialog->open();
}

} // namespace rapi
