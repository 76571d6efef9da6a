#include "kpi/ticketkpis.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "sla/slasettings.h"

#include <cmath>

namespace rapi {

namespace {

Result<qint64> countOf(const Database &db, const QString &sql, const QVariantList &values)
{
    DbQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec() || !q.next())
        return q.error();
    return q.int64(0);
}

// Tickets created in [from, to) that have no answer (resolution) yet although its due time lies
// before the cutoff. The due time is when the target was reached; the breach needs business
// time after it (a target ending at 17:00 is not breached by the quiet night that follows).
Result<qint64> unansweredBreaches(const Database &db, const BusinessCalendar &calendar,
                                  const QString &doneColumn, const QString &dueColumn, qint64 from, qint64 to,
                                  qint64 cutoff)
{
    DbQuery q(db, QStringLiteral("SELECT ") + dueColumn +
                      QStringLiteral(
                          ", clock_stopped_at FROM tickets WHERE created_at >= ? AND created_at < ? AND ") +
                      doneColumn + QStringLiteral(" IS NULL AND ") + dueColumn + QStringLiteral(" < ?"));
    q.bind(from).bind(to).bind(cutoff);
    if (!q.exec())
        return q.error();
    qint64 count = 0;
    while (q.next()) {
        const qint64 due = q.int64(0);
        const qint64 until = std::min(cutoff, q.optionalInt64(1).value_or(cutoff));
        if (calendar.businessSeconds(due, until) > 0)
            ++count;
    }
    return count;
}

} // namespace

TicketKpiService::TicketKpiService(Database &db, const Clock &clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(zone.isValid() ? zone : businesstime::defaultZone())
{}

std::optional<double> TicketKpiService::percent(qint64 part, qint64 total)
{
    if (total <= 0)
        return std::nullopt;
    return std::round(double(part) * 1000.0 / double(total)) / 10.0;
}

Result<TicketKpis> TicketKpiService::ticketKpis(const Period &period) const
{
    TicketKpis k;
    k.period = period;
    const qint64 from = businesstime::startOfDay(period.from, m_zone);
    const qint64 to = businesstime::startOfDay(period.to, m_zone);
    const qint64 now = m_clock.now();
    const qint64 cutoff = std::min(to, now);

    auto created =
        countOf(m_db, QStringLiteral("SELECT count(*) FROM tickets WHERE created_at >= ? AND created_at < ?"),
                {from, to});
    if (!created)
        return Error{created.error()};
    k.ticketsCreated = created.value();

    for (Touchpoint tp : touchpoint::all)
        k.openByTouchpoint.insert(tp, 0);
    for (TicketPriority p : ticketpriority::all)
        k.openByPriority.insert(p, 0);
    DbQuery open(m_db,
                 QStringLiteral("SELECT touchpoint, priority, count(*) FROM tickets "
                                "WHERE status NOT IN ('resolved', 'closed') GROUP BY touchpoint, priority"));
    if (!open.exec())
        return open.error();
    while (open.next()) {
        const qint64 n = open.int64(2);
        if (const auto tp = touchpoint::fromCode(open.text(0)))
            k.openByTouchpoint[*tp] += n;
        if (const auto p = ticketpriority::fromCode(open.text(1)))
            k.openByPriority[*p] += n;
        k.openTickets += n;
    }

    auto calendar = SlaSettings(m_db).calendar();
    if (!calendar)
        return Error{calendar.error()};
    auto lateAnswers =
        countOf(m_db,
                QStringLiteral("SELECT count(*) FROM tickets WHERE created_at >= ? AND created_at < ? "
                               "AND first_response_seconds > first_response_target"),
                {from, to});
    auto unanswered = unansweredBreaches(m_db, calendar.value(), QStringLiteral("first_response_seconds"),
                                         QStringLiteral("first_response_due_at"), from, to, cutoff);
    auto lateResolutions =
        countOf(m_db,
                QStringLiteral("SELECT count(*) FROM tickets WHERE created_at >= ? AND "
                               "created_at < ? AND resolution_seconds > resolution_target"),
                {from, to});
    auto unresolved = unansweredBreaches(m_db, calendar.value(), QStringLiteral("resolution_seconds"),
                                         QStringLiteral("resolution_due_at"), from, to, cutoff);
    for (const auto *r : {&lateAnswers, &unanswered, &lateResolutions, &unresolved}) {
        if (!*r)
            return Error{r->error()};
    }
    k.slaFirstResponseBreaches = lateAnswers.value() + unanswered.value();
    k.slaResolutionBreaches = lateResolutions.value() + unresolved.value();

    DbQuery resolved(
        m_db, QStringLiteral("SELECT count(*), "
                             "SUM(CASE WHEN outgoing_count = 1 AND reopen_count = 0 THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN handle_seconds > 0 THEN 1 ELSE 0 END), SUM(handle_seconds), "
                             "SUM(CASE WHEN csat IS NOT NULL THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END) "
                             "FROM tickets WHERE resolved_at >= ? AND resolved_at < ?"));
    resolved.bind(from).bind(to);
    if (!resolved.exec() || !resolved.next())
        return resolved.error();
    k.ticketsResolved = resolved.int64(0);
    k.fcrPercent = percent(resolved.int64(1), k.ticketsResolved);
    if (const qint64 handled = resolved.int64(2); handled > 0)
        k.ahtSeconds = qint64(std::llround(double(resolved.int64(3)) / double(handled)));
    k.csatPercent = percent(resolved.int64(5), resolved.int64(4));
    return k;
}

} // namespace rapi
