#pragma once

#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"
#include "kpi/period.h"
#include "orders/order.h"
#include "orders/orderstage.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimeZone>

namespace rapi {

class Database;

// The figures of SPEC §8 that orders and stock give, for one period plus "now".
struct OrderKpis
{
    Period period;
    qint64 ordersIn = 0;
    qint64 ordersDone = 0;
    Money grossSales = 0;
    QMap<QString, Money> grossSalesByChannel; // channel code → amount (every channel, 0 included)
    QMap<OrderStage, qint64> pendingByStage;  // now, every pending stage present
    QMap<OrderStage, qint64> stuckByStage;    // now, every pending stage present
    qint64 criticalStock = 0;
};

// One day of a period: orders placed and gross sales per channel (every channel present), and
// the orders completed that day.
struct OrderDayFigures
{
    QDate date;
    qint64 ordersIn = 0;
    qint64 ordersDone = 0;
    Money grossSales = 0;
    QMap<QString, qint64> ordersInByChannel;
    QMap<QString, Money> grossSalesByChannel;
};

// Time in one stage, over the orders that left it in the period (SPEC §8).
struct StageTime
{
    qint64 left = 0;
    std::optional<qint64> averageSeconds; // exact
    std::optional<qint64> medianSeconds;  // within one duration bin (≤ 1/8), see DurationHistogram
};

// What happened in a period: orders in and done, gross sales (SPEC §8: Σ qty × price − discount
// of the orders placed in it and not cancelled, without shipping), each per channel and per day,
// and the time in each pending stage of the orders that left it.
struct OrderPeriodFigures
{
    Period period;
    qint64 ordersIn = 0;
    qint64 ordersDone = 0;
    Money grossSales = 0;
    QMap<QString, qint64> ordersInByChannel; // every channel present
    QMap<QString, Money> grossSalesByChannel;
    QList<OrderDayFigures> days;            // one per date of the period, in order
    QMap<OrderStage, StageTime> stageTimes; // every pending stage present
};

// The pipeline now: orders in each pending stage and those over the stage's stuck threshold.
struct PipelineNow
{
    QMap<OrderStage, qint64> pending;            // every pending stage present
    QMap<OrderStage, qint64> stuck;              // every pending stage present (0 without a threshold)
    QHash<OrderStage, qint64> stuckAfterSeconds; // the stages that have a threshold
};

// Order and stock KPIs from the summary tables of migration 4 and indexed queries. "Now" comes
// from the clock; periods are local dates in the business zone (which must be UTC+7, see
// kpisummary::checkZone). Stateless: any thread may use one with its own Database.
class KpiService final
{
public:
    KpiService(Database &db, const Clock &clock = Clock::system(), QTimeZone zone = QTimeZone());

    Result<OrderKpis> orderKpis(const Period &period) const;
    Result<OrderPeriodFigures> periodFigures(const Period &period) const;
    // The days of a span with every channel present, one entry per date.
    Result<QList<OrderDayFigures>> days(const Period &span) const;
    Result<PipelineNow> pipelineNow() const;
    Result<qint64> criticalStock() const;
    Result<QList<Channel>> channels() const;

    // The bottleneck of a period: the stage whose median stay is the largest share of its stuck
    // threshold (docs/architecture.md). Stages without a threshold or without orders that left
    // them are not candidates; empty when none is.
    static std::optional<OrderStage> bottleneck(const QMap<OrderStage, StageTime> &times,
                                                const QHash<OrderStage, qint64> &stuckAfterSeconds);

    const QTimeZone &zone() const { return m_zone; }

private:
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace rapi
