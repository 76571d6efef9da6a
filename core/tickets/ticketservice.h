#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tickets/ticket.h"

namespace rapi {

class Database;

// Creates tickets and applies every rule of SPEC §5 in one transaction per call: SLA targets
// from the policy of the priority, the business-hours clock stopped while pending and once done,
// the first response stored with the first outgoing message, status moves with an event each,
// escalation, assignment, handle time and CSAT. Only the owner and CS staff handle tickets.
class TicketService final
{
public:
    TicketService(Database &db, const Clock &clock = Clock::system());

    Result<qint64> create(const NewTicket &ticket, const Actor &actor);
    // Logs a message. The first outgoing one stores the first response; an incoming one on a
    // pending ticket puts it back to open (the customer answered, the clock runs again).
    Result<qint64> addMessage(qint64 ticketId, MessageDirection direction, const QString &body,
                              const Actor &actor, std::optional<qint64> templateVersionId = std::nullopt);
    // expectedVersion: the version the person was looking at; a newer one is refused.
    Status changeStatus(qint64 ticketId, TicketStatus to, const QString &note, const Actor &actor,
                        std::optional<int> expectedVersion = std::nullopt);
    // Moves to escalated (with a reason) and, when given, hands the ticket to someone.
    Status escalate(qint64 ticketId, const QString &reason, std::optional<qint64> assigneeId,
                    const Actor &actor);
    Status assign(qint64 ticketId, std::optional<qint64> assigneeId, const Actor &actor);
    // New targets from the policy of the new priority.
    Status setPriority(qint64 ticketId, TicketPriority priority, const Actor &actor);
    Status logHandleTime(qint64 ticketId, qint64 seconds, const Actor &actor);
    // 1–5, for a resolved or closed ticket.
    Status setCsat(qint64 ticketId, int score, const Actor &actor);

    static bool canHandleTickets(const Actor &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi
