#pragma once

#include "tickets/ticketrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rapi {

class Clock;
class Database;

// The ticket queue as a table that stays fast at half a million tickets: rowCount is the
// filtered count and rows are read in pages of PageSize when the view asks for them (at most
// MaxCachedPages kept). The order is the core's: the most urgent resolution first.
//
// The SLA time left moves on without reading the database again: tick() advances the cached
// rows' running clocks by the business time since they were evaluated (ticketsla::advance).
class TicketQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Subject,
        Customer,
        Touchpoint,
        Category,
        Priority,
        Status,
        Assignee,
        Age,
        SlaLeft,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 10;

    TicketQueueModel(Database &db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TicketFilter &filter() const { return m_filter; }
    void setFilter(const TicketFilter &filter);
    // Reads the SLA settings, counts again and drops every cached page.
    void reload();
    // Moves the time left and the age of the cached rows on to the clock's now.
    void tick();

    const TicketRow *rowAt(int row) const;
    int cachedRowOf(qint64 ticketId) const;
    qint64 totalCount() const { return m_count; }
    // While the scroll bar is dragged, uncached rows stay empty; they load when it is released.
    void setDeferLoading(bool defer);

signals:
    void loadFailed(const QString &message);

private:
    bool loadPage(int page) const;
    void touch(int page) const;
    void reportError(const QString &message) const;
    QVariant displayValue(const TicketRow &row, int column) const;
    QVariant rawValue(const TicketRow &row, int column) const;
    QString slaToolTip(const TicketRow &row) const;

    Database &m_db;
    const Clock &m_clock;
    TicketRepository m_repository;
    TicketFilter m_filter;
    BusinessCalendar m_calendar;
    qint64 m_count = 0;
    // The moment the cached rows' SLA and age are shown for.
    qint64 m_now = 0;
    mutable QHash<int, QList<TicketRow>> m_pages;
    mutable QList<int> m_recentPages; // least recently used first
    mutable int m_failedPage = -1;
    bool m_deferLoading = false;
};

} // namespace rapi
