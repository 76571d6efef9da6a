#include "orders/orderlistmodel.h"

#include "common/clock.h"
#include "common/roles.h"
#include "common/theme.h"
#include "common/uiformat.h"

#include <algorithm>
#include <QApplication>
#include <QFont>
#include <QMetaObject>
#include <QStyle>

namespace rapi {

OrderListModel::OrderListModel(const Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock), m_repository(db)
{}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Order");
    case PlacedAt:
        return tr("Placed");
    case Channel:
        return tr("Channel");
    case Customer:
        return tr("Customer");
    case Stage:
        return tr("Stage");
    case Total:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const OrderRow *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, column);
    case RawValueRole:
        return rawValue(*row, column);
    case IdRole:
        return row->id;
    case StuckRole:
        return row->stuck;
    case Qt::TextAlignmentRole:
        return column == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Stage)
            return row->stuck ? theme::stuckText() : theme::stageText(int(row->stage));
        if (column == Customer && row->customerName.isEmpty())
            return theme::mutedText();
        return {};
    case Qt::BackgroundRole:
        if (column == Stage && row->stuck)
            return theme::stuckBackground();
        return {};
    case Qt::DecorationRole:
        if (column == Stage && row->stuck)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (column == Number) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Stage && row->stuck)
            return stuckToolTip(*row);
        return {};
    default:
        return {};
    }
}

QVariant OrderListModel::displayValue(const OrderRow &row, int column) const
{
    switch (Column(column)) {
    case Number:
        return row.number;
    case PlacedAt:
        return uiformat::dateTime(row.placedAt);
    case Channel:
        return row.channelName;
    case Customer:
        return row.customerName.isEmpty() ? QStringLiteral("—") : row.customerName;
    case Stage:
        return orderstage::displayName(row.stage);
    case Total:
        return uiformat::money(row.total);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderListModel::rawValue(const OrderRow &row, int column) const
{
    switch (Column(column)) {
    case Number:
        return row.number;
    case PlacedAt:
        return row.placedAt;
    case Channel:
        return row.channelName;
    case Customer:
        return row.customerName;
    case Stage:
        return orderstage::code(row.stage);
    case Total:
        return row.total;
    case ColumnCount:
        break;
    }
    return {};
}

QString OrderListModel::stuckToolTip(const OrderRow &row) const
{
    const qint64 inStage = m_now - row.stageEnteredAt;
    const QString stage = orderstage::displayName(row.stage);
    if (const auto limit = m_thresholds.constFind(row.stage); limit != m_thresholds.constEnd())
        return tr("Stuck: in “%1” for %2 (limit %3)")
            .arg(stage, uiformat::duration(inStage), uiformat::duration(*limit));
    return tr("Stuck: in “%1” for %2").arg(stage, uiformat::duration(inStage));
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyForColumn(column);
    if (!key)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*key == m_sortKey && descending == m_descending)
        return;
    m_sortKey = *key;
    m_descending = descending;
    reload();
}

std::optional<OrderSortKey> OrderListModel::sortKeyForColumn(int column)
{
    switch (Column(column)) {
    case Number:
        return OrderSortKey::Number;
    case PlacedAt:
        return OrderSortKey::PlacedAt;
    case Stage:
        return OrderSortKey::Stage;
    case Total:
        return OrderSortKey::Total;
    case Channel:
    case Customer:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

int OrderListModel::columnForSortKey(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Number:
        return Number;
    case OrderSortKey::PlacedAt:
        return PlacedAt;
    case OrderSortKey::Stage:
        return Stage;
    case OrderSortKey::Total:
        return Total;
    }
    return PlacedAt;
}

void OrderListModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrderListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_failedPage = -1;
    m_now = m_clock.now();
    if (auto thresholds = m_repository.stuckThresholds())
        m_thresholds = thresholds.value();
    auto count = m_repository.count(m_filter, m_now);
    m_count = count ? count.value() : 0;
    endResetModel();
    if (!count)
        reportError(count.error());
}

const OrderRow *OrderListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (m_deferLoading || !loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else {
        touch(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void OrderListModel::setDeferLoading(bool defer)
{
    m_deferLoading = defer;
    if (!defer && m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1));
}

int OrderListModel::cachedRowOf(qint64 orderId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == orderId)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

bool OrderListModel::loadPage(int page) const
{
    // A page that failed once is not retried on every repaint; reload() clears this.
    if (page == m_failedPage)
        return false;
    const qint64 first = qint64(page) * PageSize;
    const int size = int(qMin<qint64>(PageSize, m_count - first));
    const int lastPage = int((m_count - 1) / PageSize);
    Result<QList<OrderRow>> rows = QList<OrderRow>{};
    bool reversed = false;

    if (page == 0) {
        rows = m_repository.page(m_filter, m_sortKey, m_descending, std::nullopt, size, m_now);
    } else if (auto previous = m_pages.constFind(page - 1);
               previous != m_pages.constEnd() && !previous->isEmpty()) {
        rows = m_repository.page(m_filter, m_sortKey, m_descending,
                                 OrderRepository::cursorOf(previous->last(), m_sortKey), size, m_now);
    } else if (auto next = m_pages.constFind(page + 1); next != m_pages.constEnd() && !next->isEmpty()) {
        rows = m_repository.page(m_filter, m_sortKey, !m_descending,
                                 OrderRepository::cursorOf(next->first(), m_sortKey), size, m_now);
        reversed = true;
    } else if (page == lastPage) {
        rows = m_repository.page(m_filter, m_sortKey, !m_descending, std::nullopt, size, m_now);
        reversed = true;
    } else {
        rows = m_repository.pageAt(m_filter, m_sortKey, m_descending, first, size, m_now);
    }

    if (!rows) {
        m_failedPage = page;
        reportError(rows.error());
        return false;
    }
    QList<OrderRow> loaded = std::move(rows).value();
    if (reversed)
        std::reverse(loaded.begin(), loaded.end());
    m_pages.insert(page, std::move(loaded));
    touch(page);
    while (m_recentPages.size() > MaxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    return true;
}

void OrderListModel::touch(int page) const
{
    if (!m_recentPages.isEmpty() && m_recentPages.last() == page)
        return;
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
}

void OrderListModel::reportError(const QString &message) const
{
    // data() is const and may run while the view paints: tell the listeners afterwards.
    auto *self = const_cast<OrderListModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

} // namespace rapi
