#pragma once

#include "kpi/kpiservice.h"
#include "kpi/ticketkpis.h"
#include "stock/product.h"

#include <optional>
#include <QList>

namespace rapi {

class Database;

// Everything the dashboard shows about one period (SPEC §8): orders, sales, time in stage with
// the bottleneck, the ticket KPIs and the voice of the customer.
struct DashboardPeriod
{
    Period period;
    OrderPeriodFigures orders;
    TicketPeriodKpis tickets;
    QList<TouchpointTopics> voiceOfCustomer; // every touchpoint, top 3 categories each
    // The stage whose median stay is the largest share of its stuck threshold (KpiService::bottleneck).
    std::optional<OrderStage> bottleneck;
};

// One ISO week of the trend.
struct WeekTrend
{
    Period week;
    QString label; // "2026-W47"
    qint64 ordersIn = 0;
    Money grossSales = 0;
    TicketPeriodKpis tickets; // SLA breaches, FCR, AHT, CSAT of the week
};

// A full dashboard refresh: the period, the one before it for comparison, what is true now,
// and the weekly trend.
struct Dashboard
{
    qint64 asOf = 0;         // "now", UTC seconds
    QList<Channel> channels; // in display order; the keys of the per-channel maps are their codes
    DashboardPeriod current;
    DashboardPeriod previous; // Period::previous() of the current one
    // Now, so without a previous value.
    PipelineNow pipeline;
    qint64 criticalStock = 0;
    // The most urgent criticalShown of them: the lowest available stock relative to the reorder
    // point first (available / reorder point, a reorder point of 0 counting as 1), then the
    // largest shortfall, then by SKU.
    QList<Product> criticalProducts;
    OpenTickets openTickets;
    // The trendWeeks ISO weeks up to the one holding the period's last day, oldest first.
    QList<WeekTrend> weeklyTrend;
};

// The daily recap (SPEC §9): one day's orders and tickets, and the state of things now.
struct DailyRecap
{
    QDate date;
    qint64 asOf = 0;
    qint64 ordersIn = 0;
    qint64 ordersDone = 0;
    Money grossSales = 0;
    TicketPeriodKpis tickets; // created, resolved and SLA breaches of that day's tickets
    // Now:
    PipelineNow pipeline;
    qint64 stuck = 0;                // over every stage
    QList<Product> criticalProducts; // by SKU
    OpenTickets openTickets;
    qint64 openBreached = 0; // open tickets whose current SLA target is breached
};

// Composes the dashboard from KpiService and TicketKpiService, so the dashboard, the weekly
// report and `rapi-cli kpi` show the same figures. Reads only (summary tables and indexes);
// stateless, so a worker thread may refresh with its own Database while the window stays live.
class DashboardService final
{
public:
    static constexpr int trendWeeks = 8;
    static constexpr int criticalShown = 8;

    DashboardService(Database &db, const Clock &clock = Clock::system(), QTimeZone zone = QTimeZone());

    // The business date of "now".
    QDate today() const;
    Result<Dashboard> load(const Period &period) const;
    Result<DailyRecap> recap(QDate date) const;

    // The change from `previous` to `current` in percent, one decimal; empty when previous is 0.
    static std::optional<double> changePercent(double current, double previous);
    // Orders critical products most urgent first (see Dashboard::criticalProducts).
    static void sortByUrgency(QList<Product> &products);

private:
    Result<QList<Product>> criticalProducts() const; // by SKU
    Result<DashboardPeriod> periodOf(const Period &period, const TicketPeriodKpis &tickets,
                                     const QHash<OrderStage, qint64> &thresholds) const;

    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    KpiService m_orders;
    TicketKpiService m_tickets;
};

} // namespace rapi
