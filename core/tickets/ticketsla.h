#pragma once

#include "sla/businesscalendar.h"
#include "tickets/ticket.h"

namespace rapi {

// Green, amber (80 % of the target elapsed), red (more business time than the target).
enum class SlaLevel { Ok, AtRisk, Breached };

// One SLA target of a ticket at a given moment, in business seconds.
struct SlaClockState
{
    qint64 target = 0;
    qint64 elapsed = 0;
    bool done = false;    // the response was given / the ticket was resolved; elapsed is final
    bool running = false; // the clock is ticking now (not pending, not done)
    std::optional<qint64> dueAt;
    SlaLevel level = SlaLevel::Ok;

    // Business seconds left; negative once breached.
    qint64 left() const { return target - elapsed; }
};

struct TicketSla
{
    SlaClockState firstResponse;
    SlaClockState resolution;
    // The target that matters now: the first response until it is given, then resolution.
    const SlaClockState &current() const { return firstResponse.done ? resolution : firstResponse; }
    // 80 % of the current target has elapsed and the ticket is not escalated or done yet.
    bool suggestEscalation = false;
};

namespace ticketsla {

// Business seconds the clock has run since creation, up to `now` or the moment it stopped.
qint64 elapsed(const TicketClock &clock, const BusinessCalendar &calendar, qint64 now);
SlaLevel levelOf(qint64 elapsed, qint64 target);
TicketSla evaluate(const TicketClock &clock, TicketStatus status, const BusinessCalendar &calendar,
                   qint64 now);
// The same SLA, evaluated at `from`, moved on to `to` without the ticket: a running clock gains
// the business time in between. Lets the queue keep its "time left" current without reading the
// tickets again.
TicketSla advance(const TicketSla &sla, TicketStatus status, const BusinessCalendar &calendar, qint64 from,
                  qint64 to);

// Bookkeeping when the clock stops (pending, resolved, closed) and starts again: a due time
// not yet reached is unknown while stopped; on restart it moves by the business time the
// clock was stopped.
void stopClock(TicketClock &clock, qint64 now);
void startClock(TicketClock &clock, const BusinessCalendar &calendar, qint64 now);
// Due times computed from scratch (creation, new targets after a priority change).
void recomputeDue(TicketClock &clock, const BusinessCalendar &calendar);

// The steps of TicketService on the clock, shared with whatever else writes tickets as the
// service would (the demo generator), so the arithmetic lives in one place.
// Targets of a policy in business minutes, and the due times they give (creation, priority change).
void setTargets(TicketClock &clock, qint64 firstResponseMinutes, qint64 resolutionMinutes,
                const BusinessCalendar &calendar);
// A status move at `now`: a reopen clears the resolution, resolving (or closing an unresolved
// ticket) stores it, and the clock stops while pending or done and runs otherwise.
void applyStatus(TicketClock &clock, TicketStatus from, TicketStatus to, const BusinessCalendar &calendar,
                 qint64 now);
// An outgoing message at `now`: the first one stores the first response, later ones change nothing.
void recordOutgoing(TicketClock &clock, const BusinessCalendar &calendar, qint64 now);

} // namespace ticketsla
} // namespace rapi
