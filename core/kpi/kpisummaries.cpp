#include "kpi/kpisummaries.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/dbquery.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::KpiSummaries)
};

constexpr qint64 unixEpochJulianDay = 2440588; // 1970-01-01

} // namespace

namespace kpisummary {

qint64 dayNumber(QDate date)
{
    return date.toJulianDay() - unixEpochJulianDay;
}

QDate dateOf(qint64 dayNumber)
{
    return QDate::fromJulianDay(dayNumber + unixEpochJulianDay);
}

Status checkZone(const Period &period, const QTimeZone &zone)
{
    for (QDate date : {period.from, period.to}) {
        if (businesstime::startOfDay(date, zone) != dayNumber(date) * 86400 - utcOffsetSeconds)
            return Error{
                Tr::tr("The dashboard counts days in UTC+7 (Asia/Jakarta); figures for the time zone "
                       "%1 are not available.")
                    .arg(QString::fromUtf8(zone.id()))};
    }
    return {};
}

} // namespace kpisummary

KpiSummaries::KpiSummaries(const Database &db) : m_db(db) {}

Result<QList<OrderDayRow>> KpiSummaries::orderDays(const Period &span) const
{
    DbQuery q(m_db, QStringLiteral("SELECT d.day, c.code, d.orders_in, d.gross_sales, d.orders_done "
                                   "FROM kpi_order_days d JOIN channels c ON c.id = d.channel_id "
                                   "WHERE d.day >= ? AND d.day < ? ORDER BY d.day, c.sort_order, c.id"));
    q.bind(kpisummary::dayNumber(span.from)).bind(kpisummary::dayNumber(span.to));
    if (!q.exec())
        return q.error();
    QList<OrderDayRow> rows;
    while (q.next())
        rows.append({kpisummary::dateOf(q.int64(0)), q.text(1), q.int64(2), q.int64(3), q.int64(4)});
    return rows;
}

Result<QMap<OrderStage, DurationHistogram>> KpiSummaries::stageDurations(const Period &period) const
{
    QMap<OrderStage, DurationHistogram> histograms;
    QStringList stages;
    for (OrderStage stage : orderstage::pending) {
        histograms.insert(stage, {});
        stages << QLatin1Char('\'') + orderstage::code(stage) + QLatin1Char('\'');
    }
    // The IN lists let SQLite walk the key (stage, bin, day) one bin at a time, so the groups come
    // out in key order and nothing is sorted.
    DbQuery q(m_db,
              QStringLiteral("SELECT stage, bin, SUM(orders), SUM(seconds) FROM kpi_stage_days "
                             "WHERE stage IN (%1) AND bin IN (SELECT from_seconds FROM kpi_duration_bins) "
                             "AND day >= ? AND day < ? GROUP BY stage, bin")
                  .arg(stages.join(QStringLiteral(", "))));
    q.bind(kpisummary::dayNumber(period.from)).bind(kpisummary::dayNumber(period.to));
    if (!q.exec())
        return q.error();
    while (q.next()) {
        if (const auto stage = orderstage::fromCode(q.text(0)))
            histograms[*stage].add(q.int64(1), q.int64(2), q.int64(3));
    }
    return histograms;
}

Result<QList<TicketDayRow>> KpiSummaries::ticketDays(const Period &span) const
{
    DbQuery q(m_db, QStringLiteral("SELECT day, created, late_first_responses, late_resolutions, resolved, "
                                   "first_contact_resolved, handled, handle_seconds, rated, satisfied "
                                   "FROM kpi_ticket_days WHERE day >= ? AND day < ? ORDER BY day"));
    q.bind(kpisummary::dayNumber(span.from)).bind(kpisummary::dayNumber(span.to));
    if (!q.exec())
        return q.error();
    QList<TicketDayRow> rows;
    while (q.next()) {
        TicketDayRow row;
        row.date = kpisummary::dateOf(q.int64(0));
        row.created = q.int64(1);
        row.lateFirstResponses = q.int64(2);
        row.lateResolutions = q.int64(3);
        row.resolved = q.int64(4);
        row.firstContactResolved = q.int64(5);
        row.handled = q.int64(6);
        row.handleSeconds = q.int64(7);
        row.rated = q.int64(8);
        row.satisfied = q.int64(9);
        rows.append(row);
    }
    return rows;
}

Result<QList<TopicRow>> KpiSummaries::ticketTopics(const Period &period) const
{
    DbQuery q(m_db, QStringLiteral("SELECT touchpoint, category, SUM(tickets) FROM kpi_ticket_topics "
                                   "WHERE day >= ? AND day < ? GROUP BY touchpoint, category "
                                   "HAVING SUM(tickets) > 0"));
    q.bind(kpisummary::dayNumber(period.from)).bind(kpisummary::dayNumber(period.to));
    if (!q.exec())
        return q.error();
    QList<TopicRow> rows;
    while (q.next()) {
        if (const auto tp = touchpoint::fromCode(q.text(0)))
            rows.append({*tp, q.text(1), q.int64(2)});
    }
    return rows;
}

} // namespace rapi
