#include "tickets/ticketsla.h"

namespace rapi::ticketsla {

qint64 elapsed(const TicketClock &clock, const BusinessCalendar &calendar, qint64 now)
{
    const qint64 until = clock.clockStoppedAt.value_or(now);
    return std::max<qint64>(0, calendar.businessSeconds(clock.createdAt, until) - clock.pausedSeconds);
}

SlaLevel levelOf(qint64 elapsed, qint64 target)
{
    if (elapsed > target)
        return SlaLevel::Breached;
    if (elapsed * 5 >= target * 4)
        return SlaLevel::AtRisk;
    return SlaLevel::Ok;
}

namespace {
bool suggestsEscalation(const TicketSla &sla, TicketStatus status)
{
    const SlaClockState &current = sla.current();
    return !current.done && current.level != SlaLevel::Ok && status != TicketStatus::Escalated &&
           !ticketstatus::isDone(status);
}
} // namespace

TicketSla evaluate(const TicketClock &clock, TicketStatus status, const BusinessCalendar &calendar,
                   qint64 now)
{
    const qint64 running = elapsed(clock, calendar, now);
    TicketSla sla;
    auto fill = [&](SlaClockState &state, qint64 target, std::optional<qint64> final,
                    std::optional<qint64> due) {
        state.target = target;
        state.done = final.has_value();
        state.elapsed = final.value_or(running);
        state.running = !state.done && !clock.clockStoppedAt;
        state.dueAt = state.done ? std::nullopt : due;
        state.level = levelOf(state.elapsed, target);
    };
    fill(sla.firstResponse, clock.firstResponseTarget, clock.firstResponseSeconds, clock.firstResponseDueAt);
    fill(sla.resolution, clock.resolutionTarget, clock.resolutionSeconds, clock.resolutionDueAt);
    sla.suggestEscalation = suggestsEscalation(sla, status);
    return sla;
}

TicketSla advance(const TicketSla &sla, TicketStatus status, const BusinessCalendar &calendar, qint64 from,
                  qint64 to)
{
    TicketSla moved = sla;
    const qint64 gained = calendar.businessSeconds(from, to);
    for (SlaClockState *state : {&moved.firstResponse, &moved.resolution}) {
        if (!state->running)
            continue;
        state->elapsed += gained;
        state->level = levelOf(state->elapsed, state->target);
    }
    moved.suggestEscalation = suggestsEscalation(moved, status);
    return moved;
}

void stopClock(TicketClock &clock, qint64 now)
{
    if (clock.clockStoppedAt)
        return;
    clock.clockStoppedAt = now;
    // A due time already passed stays (the breach happened); one in the future is unknown now.
    if (clock.firstResponseDueAt && *clock.firstResponseDueAt > now)
        clock.firstResponseDueAt.reset();
    if (clock.resolutionDueAt && *clock.resolutionDueAt > now)
        clock.resolutionDueAt.reset();
}

void startClock(TicketClock &clock, const BusinessCalendar &calendar, qint64 now)
{
    if (!clock.clockStoppedAt)
        return;
    clock.pausedSeconds += calendar.businessSeconds(*clock.clockStoppedAt, now);
    clock.clockStoppedAt.reset();
    // Every stop so far happened before a due time that is unknown, so it moves by all of them.
    if (!clock.firstResponseSeconds && !clock.firstResponseDueAt)
        clock.firstResponseDueAt =
            calendar.instantAfter(clock.createdAt, clock.firstResponseTarget + clock.pausedSeconds);
    if (!clock.resolutionSeconds && !clock.resolutionDueAt)
        clock.resolutionDueAt =
            calendar.instantAfter(clock.createdAt, clock.resolutionTarget + clock.pausedSeconds);
}

void recomputeDue(TicketClock &clock, const BusinessCalendar &calendar)
{
    clock.firstResponseDueAt.reset();
    clock.resolutionDueAt.reset();
    if (clock.clockStoppedAt)
        return;
    if (!clock.firstResponseSeconds)
        clock.firstResponseDueAt =
            calendar.instantAfter(clock.createdAt, clock.firstResponseTarget + clock.pausedSeconds);
    if (!clock.resolutionSeconds)
        clock.resolutionDueAt =
            calendar.instantAfter(clock.createdAt, clock.resolutionTarget + clock.pausedSeconds);
}

void setTargets(TicketClock &clock, qint64 firstResponseMinutes, qint64 resolutionMinutes,
                const BusinessCalendar &calendar)
{
    clock.firstResponseTarget = firstResponseMinutes * 60;
    clock.resolutionTarget = resolutionMinutes * 60;
    recomputeDue(clock, calendar);
}

void applyStatus(TicketClock &clock, TicketStatus from, TicketStatus to, const BusinessCalendar &calendar,
                 qint64 now)
{
    if (ticketstatus::isDone(from) && !ticketstatus::isDone(to)) {
        clock.resolvedAt.reset();
        clock.resolutionSeconds.reset();
    }
    if (to == TicketStatus::Resolved || (to == TicketStatus::Closed && !clock.resolvedAt)) {
        clock.resolvedAt = now;
        clock.resolutionSeconds = elapsed(clock, calendar, now);
    }
    if (ticketstatus::stopsClock(to))
        stopClock(clock, now);
    else
        startClock(clock, calendar, now);
}

void recordOutgoing(TicketClock &clock, const BusinessCalendar &calendar, qint64 now)
{
    if (clock.firstResponseAt)
        return;
    clock.firstResponseAt = now;
    clock.firstResponseSeconds = elapsed(clock, calendar, now);
    clock.firstResponseDueAt.reset();
}

} // namespace rapi::ticketsla
