#include "demo/demoticketlife.h"

#include "tickets/ticketsla.h"

namespace rapi::demo {

namespace {

std::string code(TicketStatus status)
{
    return ticketstatus::code(status).toStdString();
}

std::string idText(std::optional<qint64> id)
{
    return id ? std::to_string(*id) : std::string();
}

} // namespace

TicketLife::TicketLife(const BusinessCalendar &calendar, const SlaPolicy (&policies)[4],
                       std::string customerAnswered)
    : m_calendar(calendar), m_policies(policies), m_customerAnswered(std::move(customerAnswered))
{}

void TicketLife::event(qint64 at, const char *kind, std::string from, std::string to, std::string_view note,
                       qint64 userId)
{
    events.push_back({at, kind, std::move(from), std::move(to), std::string(note), userId});
}

// Every write of the service sets updated_at and raises the version.
void TicketLife::touch(qint64 at)
{
    updatedAt = at;
    ++version;
}

void TicketLife::create(qint64 at, TicketPriority newPriority, std::optional<qint64> newAssignee,
                        qint64 userId, std::string_view firstMessage)
{
    status = TicketStatus::Open;
    priority = newPriority;
    assignee = newAssignee;
    createdBy = userId;
    updatedAt = at;
    clock = TicketClock{};
    clock.createdAt = at;
    const SlaPolicy &policy = m_policies[int(newPriority)];
    ticketsla::setTargets(clock, policy.firstResponseMinutes, policy.resolutionMinutes, m_calendar);
    closedAt.reset();
    escalatedAt.reset();
    outgoingCount = 0;
    reopenCount = 0;
    handleSeconds = 0;
    csat.reset();
    version = 1;
    messages.clear();
    events.clear();
    event(at, "created", std::string(), "open", {}, userId);
    if (!firstMessage.empty())
        messages.push_back({at, false, std::string(firstMessage), userId, std::nullopt});
}

void TicketLife::message(qint64 at, bool out, std::string body, qint64 userId,
                         std::optional<qint64> templateVersionId)
{
    Q_ASSERT(!ticketstatus::isDone(status));
    if (out) {
        ++outgoingCount;
        ticketsla::recordOutgoing(clock, m_calendar, at);
    } else if (status == TicketStatus::Pending) {
        ticketsla::applyStatus(clock, status, TicketStatus::Open, m_calendar, at);
        status = TicketStatus::Open;
        event(at, "status", "pending", "open", m_customerAnswered, userId);
    }
    touch(at);
    messages.push_back({at, out, std::move(body), userId, templateVersionId});
}

void TicketLife::changeStatus(qint64 at, TicketStatus to, std::string_view note, qint64 userId)
{
    const TicketStatus from = status;
    Q_ASSERT(ticketstatus::isAllowed(from, to));
    Q_ASSERT(to != TicketStatus::Escalated || !note.empty());
    ticketsla::applyStatus(clock, from, to, m_calendar, at);
    status = to;
    if (to == TicketStatus::Escalated) {
        escalatedAt = at;
    } else if (to == TicketStatus::Closed) {
        closedAt = at;
    } else if (ticketstatus::isDone(from)) {
        closedAt.reset();
        ++reopenCount;
    }
    touch(at);
    event(at, to == TicketStatus::Escalated ? "escalated" : "status", code(from), code(to), note, userId);
}

void TicketLife::escalate(qint64 at, std::string_view reason, std::optional<qint64> newAssignee,
                          qint64 userId)
{
    changeStatus(at, TicketStatus::Escalated, reason, userId);
    if (newAssignee)
        assign(at, newAssignee, userId);
}

void TicketLife::assign(qint64 at, std::optional<qint64> newAssignee, qint64 userId)
{
    const std::optional<qint64> before = assignee;
    assignee = newAssignee;
    touch(at);
    event(at, "assigned", idText(before), idText(newAssignee), {}, userId);
}

void TicketLife::setPriority(qint64 at, TicketPriority newPriority, qint64 userId)
{
    if (newPriority == priority)
        return;
    const SlaPolicy &policy = m_policies[int(newPriority)];
    ticketsla::setTargets(clock, policy.firstResponseMinutes, policy.resolutionMinutes, m_calendar);
    const TicketPriority before = priority;
    priority = newPriority;
    touch(at);
    event(at, "priority", ticketpriority::code(before).toStdString(),
          ticketpriority::code(newPriority).toStdString(), {}, userId);
}

void TicketLife::logHandleTime(qint64 at, qint64 seconds, qint64 userId)
{
    Q_ASSERT(seconds > 0 && seconds <= 24 * 3600);
    handleSeconds += seconds;
    touch(at);
    event(at, "handle_time", std::string(), std::to_string(seconds), {}, userId);
}

void TicketLife::setCsat(qint64 at, int score, qint64 userId)
{
    Q_ASSERT(ticketstatus::isDone(status) && score >= 1 && score <= 5);
    csat = score;
    touch(at);
    event(at, "csat", std::string(), std::to_string(score), {}, userId);
}

} // namespace rapi::demo
