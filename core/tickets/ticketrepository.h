#pragma once

#include "common/result.h"
#include "sla/businesscalendar.h"
#include "tickets/ticket.h"
#include "tickets/ticketsla.h"

#include <QList>

namespace rapi {

class Database;
class DbQuery;

// Which tickets the queue shows. Empty members do not filter.
struct TicketFilter
{
    std::optional<TicketStatus> status;
    bool openOnly = false; // not resolved or closed
    std::optional<TicketPriority> priority;
    std::optional<Touchpoint> touchpoint;
    std::optional<qint64> assigneeId;
    bool unassignedOnly = false;
    std::optional<qint64> customerId;
    // Exactly this category (as the voice of the customer groups them; "" is no category).
    std::optional<QString> category;
    // Created, or resolved, in [from, to) (UTC seconds), e.g. a dashboard period.
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdTo;
    std::optional<qint64> resolvedFrom;
    std::optional<qint64> resolvedTo;
    // Only tickets whose SLA was breached by this instant (UTC seconds; a dashboard period's end, or
    // now if earlier), as TicketKpiService counts SLA breaches (docs/tickets.md "Ticket KPIs"): the
    // first response or the resolution took longer than its target, or there is none yet although
    // its target ran out in business time before the instant. With createdFrom/createdTo these
    // are exactly the tickets behind a period's first response and resolution breaches.
    std::optional<qint64> slaBreachedBy;
    // A ticket number ("TCK-000042", "42"), or words that all start words of the ticket (number,
    // subject, category) or all of its customer (name, phone, e-mail, tags, handles): full-text,
    // read as CustomerRepository::find reads a query.
    QString text;
};

// One row of the ticket queue with its SLA state at `now`.
struct TicketRow
{
    qint64 id = 0;
    QString number;
    QString subject;
    QString customerName;
    Touchpoint touchpoint = Touchpoint::Other;
    QString category;
    TicketPriority priority = TicketPriority::Normal;
    TicketStatus status = TicketStatus::Open;
    QString assigneeName;
    qint64 createdAt = 0;
    TicketSla sla;
};

// Someone a ticket can be handed to.
struct TicketAssignee
{
    qint64 id = 0;
    QString name;
};

// Reads tickets: one in full, and pages of the filtered queue ordered by when the resolution
// target runs out (the most urgent first; stopped clocks last).
class TicketRepository final
{
public:
    explicit TicketRepository(const Database &db);

    Result<Ticket> get(qint64 ticketId) const;
    Result<qint64> count(const TicketFilter &filter) const;
    Result<QList<TicketRow>> page(const TicketFilter &filter, const BusinessCalendar &calendar, qint64 now,
                                  qint64 offset, int limit) const;
    // The active owner and CS users (the people who can be assigned tickets), by name.
    Result<QList<TicketAssignee>> assignees() const;

    // Shared with the service: the SELECT list that readClock() reads from column `first`.
    static QString clockColumns();
    static TicketClock readClock(const DbQuery &q, int first);

private:
    // The tickets of the filter's created range with no first response (resolution) although the
    // target ran out in business time before filter.slaBreachedBy.
    Result<QList<qint64>> overdueIds(const TicketFilter &filter) const;

    const Database &m_db;
};

} // namespace rapi
