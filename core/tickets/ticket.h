#pragma once

#include "tickets/ticketenums.h"

#include <optional>
#include <QList>
#include <QString>

namespace rapi {

struct TicketMessage
{
    qint64 id = 0;
    MessageDirection direction = MessageDirection::In;
    QString body;
    qint64 at = 0;
    qint64 userId = 0;
    QString userName;
    std::optional<qint64> templateVersionId; // the template version a reply started from
};

// A status change, assignment, escalation, priority change, handle time or CSAT entry.
struct TicketEvent
{
    qint64 id = 0;
    QString kind; // created, status, assigned, escalated, priority, handle_time, csat
    QString fromValue;
    QString toValue;
    QString note;
    qint64 at = 0;
    qint64 userId = 0;
    QString userName;
};

// The SLA bookkeeping stored on a ticket. Durations are business seconds.
struct TicketClock
{
    qint64 createdAt = 0;
    qint64 firstResponseTarget = 0;
    qint64 resolutionTarget = 0;
    std::optional<qint64> clockStoppedAt; // set while pending, resolved or closed
    qint64 pausedSeconds = 0;             // business seconds of stops that ended
    std::optional<qint64> firstResponseDueAt;
    std::optional<qint64> resolutionDueAt;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> firstResponseSeconds;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> resolutionSeconds;
};

struct Ticket
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    std::optional<qint64> orderId;
    QString orderNumber;
    std::optional<qint64> channelId;
    Touchpoint touchpoint = Touchpoint::Other;
    QString category;
    QString subject;
    TicketPriority priority = TicketPriority::Normal;
    TicketStatus status = TicketStatus::Open;
    std::optional<qint64> assigneeId;
    QString assigneeName;
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
    QList<TicketMessage> messages;
    QList<TicketEvent> events;
};

// What a person enters for a new ticket.
struct NewTicket
{
    qint64 customerId = 0;
    std::optional<qint64> orderId;
    std::optional<qint64> channelId;
    Touchpoint touchpoint = Touchpoint::Other;
    QString category;
    QString subject;
    TicketPriority priority = TicketPriority::Normal;
    std::optional<qint64> assigneeId;
    // The customer's message that opened the ticket, logged as incoming when not empty.
    QString firstMessage;
};

} // namespace rapi
