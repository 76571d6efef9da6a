#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "kpi/period.h"
#include "tickets/ticketenums.h"

#include <optional>
#include <QList>
#include <QMap>
#include <QTimeZone>

namespace rapi {

class Database;

// The ticket figures of SPEC §8 for a period [from, to) in the business zone. Percentages have
// one decimal; a figure with nothing to divide by is empty, not 0.
struct TicketPeriodKpis
{
    Period period;
    qint64 ticketsCreated = 0;  // created in the period
    qint64 ticketsResolved = 0; // resolved in the period (and not reopened since)
    // Tickets created in the period whose first response (resolution) took more business time
    // than the target, or still has none although the target ran out before the end of the
    // period (or now, if earlier).
    qint64 slaFirstResponseBreaches = 0;
    qint64 slaResolutionBreaches = 0;
    // Over tickets resolved in the period.
    std::optional<double> fcrPercent;  // exactly one outgoing message and never reopened
    std::optional<qint64> ahtSeconds;  // mean logged handle time (tickets with some logged)
    std::optional<double> csatPercent; // rated 4–5 ÷ rated
};

// Tickets not resolved or closed, now.
struct OpenTickets
{
    qint64 total = 0;
    QMap<Touchpoint, qint64> byTouchpoint;   // every touchpoint present
    QMap<TicketPriority, qint64> byPriority; // every priority present
};

// A period's figures and the open tickets now, as `rapi-cli kpi` reports them.
struct TicketKpis : TicketPeriodKpis
{
    qint64 openTickets = 0;
    QMap<Touchpoint, qint64> openByTouchpoint;
    QMap<TicketPriority, qint64> openByPriority;
};

// Voice of the customer: tickets created in a period about one touchpoint, with its most
// frequent categories (most tickets first, then by name; an empty category is "").
struct TouchpointTopics
{
    Touchpoint touchpoint = Touchpoint::Other;
    qint64 tickets = 0;
    QList<QPair<QString, qint64>> topCategories;
};

// Ticket KPIs from the summary tables of migration 4; the business calendar only refines the
// few tickets whose target ran out without an answer. Stateless: any thread may use one with its
// own Database.
class TicketKpiService final
{
public:
    TicketKpiService(Database &db, const Clock &clock = Clock::system(), QTimeZone zone = QTimeZone());

    Result<TicketKpis> ticketKpis(const Period &period) const;
    // The figures of several periods (a weekly trend) with one read of the summaries.
    Result<QList<TicketPeriodKpis>> periodKpis(const QList<Period> &periods) const;
    Result<OpenTickets> openTickets() const;
    // Open tickets whose current target (the first response until given, then the resolution)
    // is breached now.
    Result<qint64> openBreached() const;
    // Every touchpoint, in the order of touchpoint::all, with up to `categories` categories each.
    Result<QList<TouchpointTopics>> voiceOfCustomer(const Period &period, int categories = 3) const;

    // x ÷ total as a percentage with one decimal; empty when total is 0.
    static std::optional<double> percent(qint64 part, qint64 total);

private:
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace rapi
