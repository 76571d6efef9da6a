#pragma once

#include "orders/order.h"

#include <optional>
#include <QHash>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace rapi {

struct AppContext;
class MessageBanner;
class SopPanel;

// Everything about one order beside the list: number, channel, customer, payment, lines with
// totals, shipping, the SOP of its current stage, the stage history, and one button for each
// stage the order may move to next. A move passes the version shown as expectedVersion, so a
// change made meanwhile elsewhere is refused and reported instead of overwritten; the panel then
// reloads.
class OrderDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailPanel(AppContext &context, QWidget *parent = nullptr);

    void showOrder(qint64 orderId);
    void clearOrder();
    // Loads the shown order again (keeps the message banner).
    void reload();

    std::optional<qint64> orderId() const;
    const std::optional<Order> &order() const { return m_order; }
    MessageBanner *banner() const { return m_banner; }

signals:
    // The order moved to another stage (stock and lists may have changed).
    void orderChanged(qint64 orderId);

private:
    void buildDetails(QWidget *page);
    void populate();
    void populateLines();
    void populateHistory();
    void populateActions();
    void requestTransition(OrderStage to);
    void applyTransition(qint64 orderId, int version, OrderStage to, const TransitionDetails &details);
    static QString actionText(OrderStage to);

    AppContext &m_context;
    std::optional<Order> m_order;
    QHash<OrderStage, qint64> m_thresholds;

    QStackedWidget *m_stack;
    QLabel *m_number = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_stuck = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_payment = nullptr;
    QLabel *m_shipping = nullptr;
    QLabel *m_notes = nullptr;
    QFormLayout *m_facts = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_subtotal = nullptr;
    QLabel *m_shippingFee = nullptr;
    QLabel *m_total = nullptr;
    QTableWidget *m_history = nullptr;
    SopPanel *m_sop = nullptr; // how to do the work of the order's current stage
    QWidget *m_actionBar = nullptr;
    QHBoxLayout *m_actions = nullptr;     // the way forward, in the bar below
    QHBoxLayout *m_sideActions = nullptr; // cancel / return, apart in the header
    QLabel *m_noActions = nullptr;
};

} // namespace rapi
