#pragma once

#include "kpi/dashboardservice.h"
#include "orders/orderrepository.h"
#include "tickets/ticketrepository.h"

#include <optional>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace rapi {

struct AppContext;
class BarList;
class ChannelDayChart;
class CriticalStockList;
class DashboardLoader;
class KpiCard;
class MessageBanner;
class TrendChart;

// The Dashboard tab (SPEC §8, docs/ui.md "Dashboard"): a period (today, this week, last week,
// this month or a custom range) and the one before it; the figures as cards; orders and gross
// sales per day by channel; the pipeline with time in stage, stuck orders and the bottleneck;
// open tickets and the voice of the customer by touchpoint; the weekly ticket trend. Figures load
// in a worker thread (DashboardLoader) and every figure opens the list behind it.
class DashboardTab final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardTab(AppContext &context, QWidget *parent = nullptr);

    // Loads the figures of the chosen period again (in the background when the database allows).
    void refresh();
    void setPeriod(PeriodPreset preset);
    // A custom range, both days included; refused with a message in the tab's banner.
    void setCustomRange(QDate first, QDate last);
    const Period &period() const { return m_period; }
    PeriodPreset preset() const { return m_preset; }
    bool isLoading() const;
    // What is shown (empty before the first load).
    const std::optional<Dashboard> &shown() const { return m_shown; }

    KpiCard *ordersInCard() const;
    KpiCard *ordersDoneCard() const;
    KpiCard *grossSalesCard() const;
    KpiCard *criticalStockCard() const;
    class DashboardCards *cards() const { return m_cards; }
    BarList *pipeline() const { return m_pipeline; }
    BarList *channelSales() const { return m_channelSales; }
    BarList *openTicketList() const { return m_openTickets; }
    BarList *voiceOfCustomer() const { return m_voice; }
    ChannelDayChart *dayChart() const { return m_dayChart; }
    TrendChart *trend() const { return m_trend; }
    CriticalStockList *criticalStockList() const { return m_critical; }
    QComboBox *periodCombo() const { return m_presetCombo; }

signals:
    void openOrders(const rapi::OrderFilter &filter);
    void openCriticalStock();
    // One product of the critical stock panel, in the Stock tab's critical list.
    void openProduct(qint64 productId);
    void openTickets(const rapi::TicketFilter &filter);
    // A load finished and its figures are shown.
    void loaded();

private:
    QWidget *buildHeader();
    void presetChosen();
    void customChanged();
    void show(const Dashboard &dashboard);
    void showPipeline(const Dashboard &dashboard);
    void showChannels(const Dashboard &dashboard);
    void showTickets(const Dashboard &dashboard);
    void setLoadingShown(bool loading);
    void activate(const QString &link);
    void cardClicked(int card);
    TicketFilter breachedIn(const Period &period) const;
    std::optional<qint64> channelId(const QString &code) const;

    AppContext &m_context;
    DashboardLoader *m_loader;
    PeriodPreset m_preset = PeriodPreset::ThisWeek;
    Period m_period;
    std::optional<Dashboard> m_shown;
    QComboBox *m_presetCombo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_loading = nullptr;
    QLabel *m_updated = nullptr;
    MessageBanner *m_banner = nullptr;
    class DashboardCards *m_cards = nullptr;
    ChannelDayChart *m_dayChart = nullptr;
    BarList *m_channelSales = nullptr;
    BarList *m_pipeline = nullptr;
    QLabel *m_bottleneck = nullptr;
    BarList *m_openTickets = nullptr;
    BarList *m_voice = nullptr;
    TrendChart *m_trend = nullptr;
    CriticalStockList *m_critical = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace rapi
