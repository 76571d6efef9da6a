#pragma once

#include "orders/orderrepository.h"
#include "orders/orderstage.h"

#include <optional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace rapi {

struct AppContext;
class MessageBanner;
class OrderDetailPanel;
class OrderListModel;

// The Orders tab: a filter bar (stage, channel, text, stuck only), the lazily paged list sorted
// by a clicked header, and the selected order's details with its next steps beside it.
class OrdersTab final : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersTab(AppContext &context, QWidget *parent = nullptr);

    // Counts and loads the list again, keeping the shown order.
    void refresh();
    // Shows exactly the orders of a filter (stage, channel, stuck, text, placed range), e.g. a
    // dashboard figure's; the bar above the list says what is filtered and clears it.
    void showFilter(const OrderFilter &filter);
    // Back to every order.
    void clearFilter();
    const OrderFilter &filter() const { return m_filter; }
    void openNewOrder();
    void selectOrder(qint64 orderId);

    OrderListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    OrderDetailPanel *detail() const { return m_detail; }

signals:
    // Orders changed here (a new order, a stage move); stock figures may have changed too.
    void ordersChanged();

private:
    QWidget *buildFilterBar();
    void applyFilter();
    void updateCount();
    void updateActiveFilter();
    void currentRowChanged();
    void syncSelection(bool keepShownOrder);
    void keepSortIndicator(int column, Qt::SortOrder order);
    void sizeColumns();

    AppContext &m_context;
    OrderListModel *m_model;
    QTableView *m_view = nullptr;
    OrderDetailPanel *m_detail = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_stuckOnly = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_activeBar = nullptr;
    QLabel *m_activeText = nullptr;
    OrderFilter m_filter;
    QPushButton *m_newOrder = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_syncingSelection = false;
};

} // namespace rapi
