#include "kpi/ticketkpis.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "kpi/kpisummaries.h"
#include "sla/slasettings.h"

#include <algorithm>
#include <cmath>

namespace rapi {

namespace {

struct Cutoff
{
    qint64 from = 0; // the period in UTC seconds
    qint64 to = 0;
    qint64 cutoff = 0; // the end of the period, or now if earlier
};

// Adds, per period, the tickets created in it that have no answer (resolution) yet although the
// due time lies before the period's cutoff. The due time is when the target was reached; the
// breach needs business time after it (a target ending at 17:00 is not breached by the quiet
// night that follows). The partial indexes of migration 4 hold exactly these tickets.
Status addUnanswered(const Database &db, const BusinessCalendar &calendar, const QString &doneColumn,
                     const QString &dueColumn, const QList<Cutoff> &cutoffs, QList<qint64> &counts)
{
    qint64 from = cutoffs.first().from;
    qint64 to = cutoffs.first().to;
    qint64 latest = cutoffs.first().cutoff;
    for (const Cutoff &c : cutoffs) {
        from = std::min(from, c.from);
        to = std::max(to, c.to);
        latest = std::max(latest, c.cutoff);
    }
    DbQuery q(db, QStringLiteral("SELECT created_at, %2, clock_stopped_at FROM tickets WHERE %1 IS NULL "
                                 "AND created_at >= ? AND created_at < ? AND %2 < ?")
                      .arg(doneColumn, dueColumn));
    q.bind(from).bind(to).bind(latest);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const qint64 created = q.int64(0);
        const qint64 due = q.int64(1);
        const std::optional<qint64> stopped = q.optionalInt64(2);
        for (qsizetype i = 0; i < cutoffs.size(); ++i) {
            const Cutoff &c = cutoffs.at(i);
            if (created < c.from || created >= c.to || due >= c.cutoff)
                continue;
            const qint64 until = std::min(c.cutoff, stopped.value_or(c.cutoff));
            if (calendar.businessSeconds(due, until) > 0)
                ++counts[i];
        }
    }
    return {};
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

Result<QList<TicketPeriodKpis>> TicketKpiService::periodKpis(const QList<Period> &periods) const
{
    if (periods.isEmpty())
        return QList<TicketPeriodKpis>();
    Period span = periods.first();
    QList<Cutoff> cutoffs;
    const qint64 now = m_clock.now();
    for (const Period &p : periods) {
        if (Status zone = kpisummary::checkZone(p, m_zone); !zone)
            return Error{zone.error()};
        span.from = std::min(span.from, p.from);
        span.to = std::max(span.to, p.to);
        cutoffs.append({p.startUtc(m_zone), p.endUtc(m_zone), std::min(p.endUtc(m_zone), now)});
    }
    auto days = KpiSummaries(m_db).ticketDays(span);
    if (!days)
        return Error{days.error()};
    auto calendar = SlaSettings(m_db).calendar();
    if (!calendar)
        return Error{calendar.error()};
    QList<qint64> unanswered(periods.size(), 0);
    QList<qint64> unresolved(periods.size(), 0);
    if (Status s = addUnanswered(m_db, calendar.value(), QStringLiteral("first_response_seconds"),
                                 QStringLiteral("first_response_due_at"), cutoffs, unanswered);
        !s)
        return Error{s.error()};
    if (Status s = addUnanswered(m_db, calendar.value(), QStringLiteral("resolution_seconds"),
                                 QStringLiteral("resolution_due_at"), cutoffs, unresolved);
        !s)
        return Error{s.error()};

    QList<TicketPeriodKpis> result;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        TicketDayRow sum;
        for (const TicketDayRow &d : days.value()) {
            if (!periods.at(i).contains(d.date))
                continue;
            sum.created += d.created;
            sum.lateFirstResponses += d.lateFirstResponses;
            sum.lateResolutions += d.lateResolutions;
            sum.resolved += d.resolved;
            sum.firstContactResolved += d.firstContactResolved;
            sum.handled += d.handled;
            sum.handleSeconds += d.handleSeconds;
            sum.rated += d.rated;
            sum.satisfied += d.satisfied;
        }
        TicketPeriodKpis k;
        k.period = periods.at(i);
        k.ticketsCreated = sum.created;
        k.ticketsResolved = sum.resolved;
        k.slaFirstResponseBreaches = sum.lateFirstResponses + unanswered.at(i);
        k.slaResolutionBreaches = sum.lateResolutions + unresolved.at(i);
        k.fcrPercent = percent(sum.firstContactResolved, sum.resolved);
        if (sum.handled > 0)
            k.ahtSeconds = qint64(std::llround(double(sum.handleSeconds) / double(sum.handled)));
        k.csatPercent = percent(sum.satisfied, sum.rated);
        result.append(k);
    }
    return result;
}

Result<OpenTickets> TicketKpiService::openTickets() const
{
    OpenTickets open;
    for (Touchpoint tp : touchpoint::all)
        open.byTouchpoint.insert(tp, 0);
    for (TicketPriority p : ticketpriority::all)
        open.byPriority.insert(p, 0);
    // Read from the index tickets_open_kpi alone.
    DbQuery q(m_db,
              QStringLiteral("SELECT touchpoint, priority, count(*) FROM tickets "
                             "WHERE status NOT IN ('resolved', 'closed') GROUP BY touchpoint, priority"));
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const qint64 n = q.int64(2);
        if (const auto tp = touchpoint::fromCode(q.text(0)))
            open.byTouchpoint[*tp] += n;
        if (const auto p = ticketpriority::fromCode(q.text(1)))
            open.byPriority[*p] += n;
        open.total += n;
    }
    return open;
}

Result<qint64> TicketKpiService::openBreached() const
{
    auto calendar = SlaSettings(m_db).calendar();
    if (!calendar)
        return Error{calendar.error()};
    const qint64 now = m_clock.now();
    DbQuery q(m_db,
              QStringLiteral("SELECT CASE WHEN first_response_seconds IS NULL THEN first_response_due_at "
                             "ELSE resolution_due_at END, clock_stopped_at FROM tickets "
                             "WHERE status NOT IN ('resolved', 'closed') "
                             "AND ((first_response_seconds IS NULL AND first_response_due_at < ?) "
                             "OR (first_response_seconds IS NOT NULL AND resolution_due_at < ?))"));
    q.bind(now).bind(now);
    if (!q.exec())
        return q.error();
    qint64 count = 0;
    while (q.next()) {
        const qint64 until = std::min(now, q.optionalInt64(1).value_or(now));
        if (calendar->businessSeconds(q.int64(0), until) > 0)
            ++count;
    }
    return count;
}

Result<QList<TouchpointTopics>> TicketKpiService::voiceOfCustomer(const Period &period, int categories) const
{
    if (Status zone = kpisummary::checkZone(period, m_zone); !zone)
        return Error{zone.error()};
    auto rows = KpiSummaries(m_db).ticketTopics(period);
    if (!rows)
        return Error{rows.error()};
    QList<TouchpointTopics> result;
    for (Touchpoint tp : touchpoint::all) {
        TouchpointTopics topics;
        topics.touchpoint = tp;
        for (const TopicRow &row : rows.value()) {
            if (row.touchpoint != tp)
                continue;
            topics.tickets += row.tickets;
            topics.topCategories.append({row.category, row.tickets});
        }
        std::sort(topics.topCategories.begin(), topics.topCategories.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (topics.topCategories.size() > categories)
            topics.topCategories.resize(std::max(0, categories));
        result.append(topics);
    }
    return result;
}

Result<TicketKpis> TicketKpiService::ticketKpis(const Period &period) const
{
    auto periods = periodKpis({period});
    if (!periods)
        return Error{periods.error()};
    auto open = openTickets();
    if (!open)
        return Error{open.error()};
    TicketKpis k;
    static_cast<TicketPeriodKpis &>(k) = periods->first();
    k.openTickets = open->total;
    k.openByTouchpoint = open->byTouchpoint;
    k.openByPriority = open->byPriority;
    return k;
}

} // namespace rapi
