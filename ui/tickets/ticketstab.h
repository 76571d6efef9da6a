#pragma once

#include "tickets/ticketrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace rapi {

struct AppContext;
class CustomerTimelineView;
class MessageBanner;
class SopPanel;
class TicketPage;
class TicketQueueModel;

// The Tickets tab (SPEC §5): the queue with SLA time left (filtered by status, priority,
// touchpoint, assignee and text; the time left moves on every minute), a new ticket from a
// phone number, and the ticket page with the customer's timeline and the SOP of its category
// beside it.
class TicketsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsTab(AppContext &context, QWidget *parent = nullptr);

    // Counts and loads the queue again, keeping the shown ticket.
    void refresh();
    void showTicket(qint64 ticketId);
    void openNewTicket();
    // Shows exactly the tickets of a filter (the queue's controls plus category and created or
    // resolved range), e.g. a dashboard figure's; the bar above the queue says what is filtered
    // and clears it.
    void showFilter(const TicketFilter &filter);
    void clearFilter();
    const TicketFilter &filter() const { return m_filter; }

    TicketQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TicketPage *page() const { return m_page; }
    // Moves the SLA time left on (the minute timer calls it).
    void tick();

signals:
    void openOrder(qint64 orderId);
    void openCustomer(qint64 customerId);
    void ticketsChanged();

private:
    QWidget *buildFilterBar();
    QWidget *buildSidePanel();
    void applyFilter();
    void updateCount();
    void updateActiveFilter();
    void currentRowChanged();
    void syncSelection(bool keepShownTicket);
    void ticketShown(qint64 ticketId);
    void sizeColumns();

    AppContext &m_context;
    TicketQueueModel *m_model;
    QTableView *m_view = nullptr;
    TicketPage *m_page = nullptr;
    CustomerTimelineView *m_timeline = nullptr;
    SopPanel *m_sop = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_touchpoint = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_activeBar = nullptr;
    QLabel *m_activeText = nullptr;
    TicketFilter m_filter;
    QLabel *m_sopTitle = nullptr;
    QPushButton *m_newTicket = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    qint64 m_timelineCustomer = 0;
    bool m_syncingSelection = false;
};

} // namespace rapi
