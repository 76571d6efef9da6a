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

// Bookkeeping when the clock stops (pending, resolved, closed) and starts again: a due time
// not yet reached is unknown while stopped; on restart it moves by the business time the
// clock was stopped.
void stopClock(TicketClock &clock, qint64 now);
void startClock(TicketClock &clock, const BusinessCalendar &calendar, qint64 now);
// Due times computed from scratch (creation, new targets after a priority change).
void recomputeDue(TicketClock &clock, const BusinessCalendar &calendar);

} // namespace ticketsla
} // namespace rapi
