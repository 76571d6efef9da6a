#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "kpi/kpiservice.h"
#include "tickets/ticketenums.h"

#include <optional>
#include <QMap>
#include <QTimeZone>

namespace rapi {

class Database;

// The ticket figures of SPEC §8 for a period [from, to) in the business zone. Percentages have
// one decimal; a figure with nothing to divide by is empty, not 0.
struct TicketKpis
{
    Period period;
    qint64 ticketsCreated = 0;                   // created in the period
    qint64 ticketsResolved = 0;                  // resolved in the period (and not reopened since)
    qint64 openTickets = 0;                      // now: not resolved or closed
    QMap<Touchpoint, qint64> openByTouchpoint;   // now, every touchpoint present
    QMap<TicketPriority, qint64> openByPriority; // now, every priority present
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

// Ticket KPIs from indexed queries; the business calendar only refines the few tickets whose
// target ran out without an answer.
class TicketKpiService final
{
public:
    TicketKpiService(Database &db, const Clock &clock = Clock::system(), QTimeZone zone = QTimeZone());

    Result<TicketKpis> ticketKpis(const Period &period) const;

    // x ÷ total as a percentage with one decimal; empty when total is 0.
    static std::optional<double> percent(qint64 part, qint64 total);

private:
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace rapi
