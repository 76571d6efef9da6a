#pragma once

#include "sla/businesscalendar.h"
#include "sla/slasettings.h"
#include "tickets/ticket.h"

#include <optional>
#include <string>
#include <vector>

namespace rapi::demo {

struct LifeMessage
{
    qint64 at = 0;
    bool out = false;
    std::string body;
    qint64 userId = 0;
    std::optional<qint64> templateVersionId;
};

struct LifeEvent
{
    qint64 at = 0;
    const char *kind = "";
    std::string from; // empty: NULL, as TicketService stores an empty value
    std::string to;
    std::string note;
    qint64 userId = 0;
};

// One ticket played forward as TicketService would have written it, call by call, in memory: the
// same status moves, the same SLA clock (the ticketsla functions the service uses), the same
// counters, version bumps and event rows. The demo builds each ticket with it and writes the
// result in bulk; tests/core/demo replays demo tickets through TicketService and compares.
// Calls must come in time order; a call the service would refuse is a programming error.
class TicketLife final
{
public:
    // policies: indexed by TicketPriority. customerAnswered: the note TicketService writes when an
    // incoming message reopens a pending ticket, in the language of the run.
    TicketLife(const BusinessCalendar &calendar, const SlaPolicy (&policies)[4],
               std::string customerAnswered);

    void create(qint64 at, TicketPriority priority, std::optional<qint64> assignee, qint64 userId,
                std::string_view firstMessage);
    void message(qint64 at, bool out, std::string body, qint64 userId,
                 std::optional<qint64> templateVersionId = std::nullopt);
    void changeStatus(qint64 at, TicketStatus to, std::string_view note, qint64 userId);
    void escalate(qint64 at, std::string_view reason, std::optional<qint64> assignee, qint64 userId);
    void assign(qint64 at, std::optional<qint64> assignee, qint64 userId);
    void setPriority(qint64 at, TicketPriority priority, qint64 userId);
    void logHandleTime(qint64 at, qint64 seconds, qint64 userId);
    void setCsat(qint64 at, int score, qint64 userId);

    TicketStatus status = TicketStatus::Open;
    TicketPriority priority = TicketPriority::Normal;
    std::optional<qint64> assignee;
    qint64 createdBy = 0;
    qint64 updatedAt = 0;
    TicketClock clock;
    std::optional<qint64> closedAt;
    std::optional<qint64> escalatedAt;
    int outgoingCount = 0;
    int reopenCount = 0;
    qint64 handleSeconds = 0;
    std::optional<int> csat;
    int version = 1;
    std::vector<LifeMessage> messages;
    std::vector<LifeEvent> events;

private:
    void event(qint64 at, const char *kind, std::string from, std::string to, std::string_view note,
               qint64 userId);
    void touch(qint64 at);

    const BusinessCalendar &m_calendar;
    const SlaPolicy (&m_policies)[4];
    std::string m_customerAnswered;
};

} // namespace rapi::demo
