#include "kpi/kpiservice.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "kpi/kpisummaries.h"
#include "orders/orderrepository.h"
#include "stock/productrepository.h"

namespace rapi {

KpiService::KpiService(Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(zone.isValid() ? zone : businesstime::defaultZone())
{}

Result<QList<Channel>> KpiService::channels() const
{
    return OrderRepository(m_db).channels();
}

Result<QList<OrderDayFigures>> KpiService::days(const Period &span) const
{
    if (Status zone = kpisummary::checkZone(span, m_zone); !zone)
        return Error{zone.error()};
    auto channelList = channels();
    if (!channelList)
        return Error{channelList.error()};
    auto rows = KpiSummaries(m_db).orderDays(span);
    if (!rows)
        return Error{rows.error()};

    QList<OrderDayFigures> days;
    for (QDate date = span.from; date < span.to; date = date.addDays(1)) {
        OrderDayFigures day;
        day.date = date;
        for (const Channel &c : channelList.value()) {
            day.ordersInByChannel.insert(c.code, 0);
            day.grossSalesByChannel.insert(c.code, 0);
        }
        days.append(day);
    }
    for (const OrderDayRow &row : rows.value()) {
        OrderDayFigures &day = days[span.from.daysTo(row.date)];
        day.ordersIn += row.ordersIn;
        day.ordersDone += row.ordersDone;
        day.grossSales += row.grossSales;
        day.ordersInByChannel[row.channel] += row.ordersIn;
        day.grossSalesByChannel[row.channel] += row.grossSales;
    }
    return days;
}

Result<OrderPeriodFigures> KpiService::periodFigures(const Period &period) const
{
    auto days = this->days(period);
    if (!days)
        return Error{days.error()};
    auto durations = KpiSummaries(m_db).stageDurations(period);
    if (!durations)
        return Error{durations.error()};

    OrderPeriodFigures f;
    f.period = period;
    f.days = std::move(days).value();
    for (const OrderDayFigures &day : std::as_const(f.days)) {
        f.ordersIn += day.ordersIn;
        f.ordersDone += day.ordersDone;
        f.grossSales += day.grossSales;
        for (auto it = day.ordersInByChannel.cbegin(); it != day.ordersInByChannel.cend(); ++it)
            f.ordersInByChannel[it.key()] += it.value();
        for (auto it = day.grossSalesByChannel.cbegin(); it != day.grossSalesByChannel.cend(); ++it)
            f.grossSalesByChannel[it.key()] += it.value();
    }
    for (auto it = durations->cbegin(); it != durations->cend(); ++it)
        f.stageTimes.insert(it.key(), {it->count(), it->averageSeconds(), it->medianSeconds()});
    return f;
}

Result<PipelineNow> KpiService::pipelineNow() const
{
    auto thresholds = OrderRepository(m_db).stuckThresholds();
    if (!thresholds)
        return Error{thresholds.error()};
    PipelineNow p;
    p.stuckAfterSeconds = thresholds.value();
    const qint64 now = m_clock.now();
    DbQuery pending(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE stage = ?"));
    DbQuery stuck(m_db,
                  QStringLiteral("SELECT count(*) FROM orders WHERE stage = ? AND stage_entered_at < ?"));
    for (OrderStage stage : orderstage::pending) {
        pending.bind(orderstage::code(stage));
        if (!pending.exec() || !pending.next())
            return pending.error();
        p.pending.insert(stage, pending.int64(0));
        qint64 stuckCount = 0;
        if (const auto threshold = p.stuckAfterSeconds.constFind(stage);
            threshold != p.stuckAfterSeconds.cend()) {
            stuck.bind(orderstage::code(stage)).bind(now - threshold.value());
            if (!stuck.exec() || !stuck.next())
                return stuck.error();
            stuckCount = stuck.int64(0);
        }
        p.stuck.insert(stage, stuckCount);
    }
    return p;
}

Result<qint64> KpiService::criticalStock() const
{
    return ProductRepository(m_db, m_clock).criticalCount();
}

Result<OrderKpis> KpiService::orderKpis(const Period &period) const
{
    auto days = this->days(period);
    if (!days)
        return Error{days.error()};
    auto pipeline = pipelineNow();
    if (!pipeline)
        return Error{pipeline.error()};
    auto critical = criticalStock();
    if (!critical)
        return Error{critical.error()};

    OrderKpis k;
    k.period = period;
    for (const OrderDayFigures &day : days.value()) {
        k.ordersIn += day.ordersIn;
        k.ordersDone += day.ordersDone;
        k.grossSales += day.grossSales;
        for (auto it = day.grossSalesByChannel.cbegin(); it != day.grossSalesByChannel.cend(); ++it)
            k.grossSalesByChannel[it.key()] += it.value();
    }
    k.pendingByStage = pipeline->pending;
    k.stuckByStage = pipeline->stuck;
    k.criticalStock = critical.value();
    return k;
}

std::optional<OrderStage> KpiService::bottleneck(const QMap<OrderStage, StageTime> &times,
                                                 const QHash<OrderStage, qint64> &stuckAfterSeconds)
{
    std::optional<OrderStage> worst;
    double worstShare = -1;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        const auto threshold = stuckAfterSeconds.constFind(it.key());
        if (!it->medianSeconds || threshold == stuckAfterSeconds.cend() || threshold.value() <= 0)
            continue;
        const double share = double(*it->medianSeconds) / double(threshold.value());
        if (share > worstShare) {
            worstShare = share;
            worst = it.key();
        }
    }
    return worst;
}

} // namespace rapi
