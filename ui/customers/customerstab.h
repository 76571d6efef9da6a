#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace rapi {

struct AppContext;
class CustomerListModel;
class CustomerPage;
class MessageBanner;

// The Customers tab (SPEC §4): search, the customer page with its timeline and notes, merge.
// The list holds at most a few hundred rows: the recently active customers while nothing is
// searched, else the matches of the full-text search as the person types.
class CustomersTab final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RecentLimit = 100;
    static constexpr int SearchLimit = 200;

    explicit CustomersTab(AppContext &context, QWidget *parent = nullptr);

    // Loads the list again and the shown customer, keeping unsaved edits.
    void refresh();
    void showCustomer(qint64 customerId);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    CustomerListModel *model() const { return m_model; }
    CustomerPage *page() const { return m_page; }

signals:
    void openOrder(qint64 orderId);
    void openTicket(qint64 ticketId);
    void customersChanged();

private:
    QWidget *buildSearchBar();
    void loadList();
    void selectShownCustomer();
    void currentRowChanged();

    AppContext &m_context;
    CustomerListModel *m_model;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    CustomerPage *m_page = nullptr;
    bool m_syncingSelection = false;
};

} // namespace rapi
