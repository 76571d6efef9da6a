#include "kpi/dashboardservice.h"

#include "db/database.h"
#include "stock/productrepository.h"

#include <algorithm>
#include <cmath>

namespace rapi {

DashboardService::DashboardService(Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(zone.isValid() ? zone : businesstime::defaultZone()),
      m_orders(db, clock, m_zone), m_tickets(db, clock, m_zone)
{}

QDate DashboardService::today() const
{
    return businesstime::dateOf(m_clock.now(), m_zone);
}

std::optional<double> DashboardService::changePercent(double current, double previous)
{
    if (previous == 0)
        return std::nullopt;
    return std::round((current - previous) * 1000.0 / std::abs(previous)) / 10.0;
}

void DashboardService::sortByUrgency(QList<Product> &products)
{
    // available / reorder point compared without division: a / r < b / s  <=>  a * s < b * r (r, s > 0).
    std::sort(products.begin(), products.end(), [](const Product &a, const Product &b) {
        const qint64 ra = std::max<qint64>(1, a.reorderPoint);
        const qint64 rb = std::max<qint64>(1, b.reorderPoint);
        const qint64 left = a.available() * rb;
        const qint64 right = b.available() * ra;
        if (left != right)
            return left < right;
        const qint64 shortA = a.reorderPoint - a.available();
        const qint64 shortB = b.reorderPoint - b.available();
        if (shortA != shortB)
            return shortA > shortB;
        return a.sku < b.sku;
    });
}

Result<QList<Product>> DashboardService::criticalProducts() const
{
    ProductFilter critical;
    critical.criticalOnly = true;
    return ProductRepository(m_db, m_clock).list(critical);
}

Result<DashboardPeriod> DashboardService::periodOf(const Period &period, const TicketPeriodKpis &tickets,
                                                   const QHash<OrderStage, qint64> &thresholds) const
{
    auto orders = m_orders.periodFigures(period);
    if (!orders)
        return Error{orders.error()};
    auto voice = m_tickets.voiceOfCustomer(period);
    if (!voice)
        return Error{voice.error()};
    DashboardPeriod p;
    p.period = period;
    p.orders = std::move(orders).value();
    p.tickets = tickets;
    p.voiceOfCustomer = std::move(voice).value();
    p.bottleneck = KpiService::bottleneck(p.orders.stageTimes, thresholds);
    return p;
}

Result<Dashboard> DashboardService::load(const Period &period) const
{
    if (!period.isValid())
        return Error{Period::custom(period.from, period.to).error()};
    Dashboard d;
    d.asOf = m_clock.now();
    auto channels = m_orders.channels();
    if (!channels)
        return Error{channels.error()};
    d.channels = std::move(channels).value();
    auto pipeline = m_orders.pipelineNow();
    if (!pipeline)
        return Error{pipeline.error()};
    d.pipeline = std::move(pipeline).value();
    auto critical = m_orders.criticalStock();
    if (!critical)
        return Error{critical.error()};
    d.criticalStock = critical.value();
    auto products = criticalProducts();
    if (!products)
        return Error{products.error()};
    d.criticalProducts = std::move(products).value();
    sortByUrgency(d.criticalProducts);
    if (d.criticalProducts.size() > criticalShown)
        d.criticalProducts.resize(criticalShown);
    auto open = m_tickets.openTickets();
    if (!open)
        return Error{open.error()};
    d.openTickets = std::move(open).value();

    // The trend's weeks end with the one holding the period's last day.
    const Period lastWeek = Period::isoWeekOf(period.to.addDays(-1));
    const Period trendSpan{lastWeek.from.addDays(-7 * (trendWeeks - 1)), lastWeek.to};
    QList<Period> ticketPeriods = {period, period.previous()};
    for (QDate monday = trendSpan.from; monday < trendSpan.to; monday = monday.addDays(7))
        ticketPeriods.append(Period::isoWeekOf(monday));
    auto tickets = m_tickets.periodKpis(ticketPeriods);
    if (!tickets)
        return Error{tickets.error()};

    auto current = periodOf(period, tickets->at(0), d.pipeline.stuckAfterSeconds);
    if (!current)
        return Error{current.error()};
    d.current = std::move(current).value();
    auto previous = periodOf(period.previous(), tickets->at(1), d.pipeline.stuckAfterSeconds);
    if (!previous)
        return Error{previous.error()};
    d.previous = std::move(previous).value();

    auto days = m_orders.days(trendSpan);
    if (!days)
        return Error{days.error()};
    for (qsizetype i = 2; i < ticketPeriods.size(); ++i) {
        WeekTrend w;
        w.week = ticketPeriods.at(i);
        w.label = w.week.isoWeekLabel();
        w.tickets = tickets->at(i);
        for (const OrderDayFigures &day : days.value()) {
            if (w.week.contains(day.date)) {
                w.ordersIn += day.ordersIn;
                w.grossSales += day.grossSales;
            }
        }
        d.weeklyTrend.append(w);
    }
    return d;
}

Result<DailyRecap> DashboardService::recap(QDate date) const
{
    if (!date.isValid())
        return Error{Period::custom(date, date).error()};
    const Period day = Period::day(date);
    DailyRecap r;
    r.date = date;
    r.asOf = m_clock.now();
    auto days = m_orders.days(day);
    if (!days)
        return Error{days.error()};
    r.ordersIn = days->first().ordersIn;
    r.ordersDone = days->first().ordersDone;
    r.grossSales = days->first().grossSales;
    auto tickets = m_tickets.periodKpis({day});
    if (!tickets)
        return Error{tickets.error()};
    r.tickets = tickets->first();

    auto pipeline = m_orders.pipelineNow();
    if (!pipeline)
        return Error{pipeline.error()};
    r.pipeline = std::move(pipeline).value();
    for (qint64 n : std::as_const(r.pipeline.stuck))
        r.stuck += n;
    auto products = criticalProducts();
    if (!products)
        return Error{products.error()};
    r.criticalProducts = std::move(products).value();
    auto open = m_tickets.openTickets();
    if (!open)
        return Error{open.error()};
    r.openTickets = std::move(open).value();
    auto breached = m_tickets.openBreached();
    if (!breached)
        return Error{breached.error()};
    r.openBreached = breached.value();
    return r;
}

} // namespace rapi
