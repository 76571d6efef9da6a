#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace rapi {

struct AppContext;
class MessageBanner;

// A customer's history in one column (orders, payments, tickets, notes in time order) with the
// purchase figures above it. Used on the customer page and beside a ticket. Self-contained: it
// reads everything through CustomerRepository; double-clicking (or Enter on) an order, payment
// or ticket entry asks for it to be opened.
class CustomerTimelineView final : public QWidget
{
    Q_OBJECT

public:
    // Data of the list's items; day headings have HeadingRole set and no kind.
    enum EntryRole {
        KindRole = Qt::UserRole + 40, // TimelineEntry::Kind as int
        RefIdRole,                    // order, ticket or note id
        AtRole,                       // UTC seconds
        TitleRole,
        DetailRole,
        KindTextRole,
        TimeTextRole,
        HeadingRole,
    };

    explicit CustomerTimelineView(AppContext &context, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    void clear();
    // Reads the figures and entries again and scrolls to the newest entry.
    void reload();

    qint64 customerId() const { return m_customerId; }
    QListWidget *entries() const { return m_list; }

signals:
    void openOrder(qint64 orderId);
    void openTicket(qint64 ticketId);

private:
    QWidget *buildFigures();
    void loadFigures();
    void loadEntries();
    void activate(const QModelIndex &index);

    AppContext &m_context;
    qint64 m_customerId = 0;
    MessageBanner *m_banner = nullptr;
    QLabel *m_purchaseCount = nullptr;
    QLabel *m_purchaseTotal = nullptr;
    QLabel *m_firstPurchase = nullptr;
    QLabel *m_lastPurchase = nullptr;
    QLabel *m_counts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace rapi
