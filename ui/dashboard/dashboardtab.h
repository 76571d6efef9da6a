#pragma once

#include "orders/orderstage.h"

#include <optional>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace rapi {

struct AppContext;
class KpiCard;
class MessageBanner;

// The Dashboard tab: this ISO week's figures from KpiService::orderKpis (orders in, orders done,
// gross sales with its split per channel), the orders waiting in each stage with how many are
// stuck, and the critical stock count. A waiting or critical figure opens the list behind it.
class DashboardTab final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardTab(AppContext &context, QWidget *parent = nullptr);

    void refresh();

    KpiCard *ordersInCard() const { return m_ordersIn; }
    KpiCard *ordersDoneCard() const { return m_ordersDone; }
    KpiCard *grossSalesCard() const { return m_grossSales; }
    KpiCard *criticalStockCard() const { return m_criticalStock; }
    KpiCard *stageCard(OrderStage stage) const { return m_stageCards.value(stage); }

signals:
    void openOrders(std::optional<rapi::OrderStage> stage, bool stuckOnly);
    void openCriticalStock();

private:
    AppContext &m_context;
    QLabel *m_period;
    QLabel *m_updated;
    MessageBanner *m_banner;
    KpiCard *m_ordersIn;
    KpiCard *m_ordersDone;
    KpiCard *m_grossSales;
    KpiCard *m_criticalStock;
    QMap<OrderStage, KpiCard *> m_stageCards;
    QGridLayout *m_channels;
    QWidget *m_channelBox;
};

} // namespace rapi
