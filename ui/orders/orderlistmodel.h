#pragma once

#include "orders/orderrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rapi {

class Clock;

// The orders list as a table that stays instant at a million orders: rowCount is the filtered
// count, and rows are loaded in pages of PageSize on demand with keyset paging (the page after a
// cached neighbour's last row, or before its first row), from the end in reverse for the last
// page, and by offset only when jumping into the middle. At most MaxCachedPages pages are kept,
// so memory stays flat however far the person scrolls.
class OrderListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, PlacedAt, Channel, Customer, Stage, Total, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 10;

    OrderListModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The sort key behind a column, or none for a column the list cannot be sorted by.
    static std::optional<OrderSortKey> sortKeyForColumn(int column);
    static int columnForSortKey(OrderSortKey key);

    const OrderFilter &filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);
    OrderSortKey sortKey() const { return m_sortKey; }
    bool descending() const { return m_descending; }

    // Counts again and drops every cached page (after a change or to pick up new orders).
    void reload();
    // The row, loading its page if needed; empty past the end or when loading failed.
    const OrderRow *rowAt(int row) const;
    // The row of an order among the cached pages, or -1.
    int cachedRowOf(qint64 orderId) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    // While the person drags the scroll bar, rows whose page is not cached show empty instead of
    // loading every page flown over; the pages under the final position load when it is released.
    void setDeferLoading(bool defer);
    qint64 totalCount() const { return m_count; }

signals:
    // Loading a count or a page failed; the message is meant for the person.
    void loadFailed(const QString &message);

private:
    bool loadPage(int page) const;
    void touch(int page) const;
    void reportError(const QString &message) const;
    QVariant displayValue(const OrderRow &row, int column) const;
    QVariant rawValue(const OrderRow &row, int column) const;
    QString stuckToolTip(const OrderRow &row) const;

    const Database &m_db;
    const Clock &m_clock;
    OrderRepository m_repository;
    OrderFilter m_filter;
    OrderSortKey m_sortKey = OrderSortKey::PlacedAt;
    bool m_descending = true;
    qint64 m_count = 0;
    // "Now" for one loaded state of the list, so counts, pages and stuck flags agree.
    qint64 m_now = 0;
    QHash<OrderStage, qint64> m_thresholds;
    mutable QHash<int, QList<OrderRow>> m_pages;
    mutable QList<int> m_recentPages; // least recently used first
    mutable int m_failedPage = -1;
    bool m_deferLoading = false;
};

} // namespace rapi
