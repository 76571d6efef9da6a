#include "kpi/kpiservice.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "orders/orderrepository.h"

namespace rapi {

Period Period::isoWeekOf(QDate date)
{
    const QDate start = businesstime::isoWeekStart(date);
    return {start, start.addDays(7)};
}

Period Period::day(QDate date)
{
    return {date, date.addDays(1)};
}

KpiService::KpiService(const Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(zone.isValid() ? zone : businesstime::defaultZone())
{
}

Result<OrderKpis> KpiService::orderKpis(const Period &period) const
{
    OrderKpis k;
    k.period = period;
    const qint64 from = businesstime::startOfDay(period.from, m_zone);
    const qint64 to = businesstime::startOfDay(period.to, m_zone);
    const qint64 now = m_clock.now();

    DbQuery q(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE placed_at >= ? AND placed_at < ?"));
    q.bind(from).bind(to);
    if (!q.exec() || !q.next())
        return q.error();
    k.ordersIn = q.int64(0);

    q.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE completed_at >= ? AND completed_at < ?"));
    q.bind(from).bind(to);
    if (!q.exec() || !q.next())
        return q.error();
    k.ordersDone = q.int64(0);

    q.prepare(QStringLiteral("SELECT c.code, COALESCE(s.total, 0) FROM channels c LEFT JOIN "
                             "(SELECT channel_id, SUM(subtotal) AS total FROM orders "
                             " WHERE placed_at >= ? AND placed_at < ? AND stage <> 'cancelled' GROUP BY channel_id) s "
                             "ON s.channel_id = c.id"));
    q.bind(from).bind(to);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        k.grossSalesByChannel.insert(q.text(0), q.int64(1));
        k.grossSales += q.int64(1);
    }

    auto thresholds = OrderRepository(m_db).stuckThresholds();
    if (!thresholds)
        return Error{thresholds.error()};
    DbQuery pending(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE stage = ?"));
    DbQuery stuck(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE stage = ? AND stage_entered_at < ?"));
    for (OrderStage stage : orderstage::pending) {
        pending.bind(orderstage::code(stage));
        if (!pending.exec() || !pending.next())
            return pending.error();
        k.pendingByStage.insert(stage, pending.int64(0));
        qint64 stuckCount = 0;
        if (const auto threshold = thresholds->constFind(stage); threshold != thresholds->cend()) {
            stuck.bind(orderstage::code(stage)).bind(now - threshold.value());
            if (!stuck.exec() || !stuck.next())
                return stuck.error();
            stuckCount = stuck.int64(0);
        }
        k.stuckByStage.insert(stage, stuckCount);
    }

    q.prepare(QStringLiteral("SELECT count(*) FROM products WHERE active = 1 AND on_hand - reserved <= reorder_point"));
    if (!q.exec() || !q.next())
        return q.error();
    k.criticalStock = q.int64(0);
    return k;
}

} // namespace rapi
