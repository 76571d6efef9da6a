#pragma once

#include "common/result.h"
#include "db/dbquery.h"
#include "sla/businesscalendar.h"
#include "sla/slasettings.h"
#include "tickets/ticket.h"

#include <optional>
#include <QMap>
#include <QString>

namespace rapi {

class Database;

namespace importing {

// One ticket row of an import file, checked.
struct ImportedTicket
{
    QString number;
    qint64 createdAt = 0;
    qint64 customerId = 0;
    std::optional<qint64> orderId;
    std::optional<qint64> channelId;
    Touchpoint touchpoint = Touchpoint::Other;
    QString category;
    QString subject;
    TicketPriority priority = TicketPriority::Normal;
    TicketStatus status = TicketStatus::Open;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    qint64 reopenCount = 0;
    qint64 outgoingCount = 0;
    qint64 handleSeconds = 0;
    std::optional<int> csat;

    // When the ticket reached its status as far as the file tells: resolved_at for resolved and
    // closed tickets, else the latest time the row gives (first response, else creation).
    qint64 statusAt() const;
};

// The SLA bookkeeping an imported ticket gets, as if it had been created in Rapi at created_at,
// answered at first_response_at and resolved at resolved_at: targets of its priority, business
// seconds to the first response and to the resolution, due times, and the clock stopped while
// pending or done. The file cannot tell how long a ticket waited on the customer, so no pauses.
TicketClock importedClock(const ImportedTicket &ticket, const SlaPolicy &policy,
                          const BusinessCalendar &calendar);

// The ticket importer's writes, with statements prepared once (see OrderWriter). Runs inside the
// importer's transaction.
class TicketWriter final
{
public:
    TicketWriter(Database &db, qint64 userId, qint64 now);

    // Prepares the statements and loads the SLA policies and the business calendar.
    Status prepare();
    // The ticket with its "created" event and, unless it is open, the event of its status.
    Result<qint64> insert(const ImportedTicket &ticket, const QString &note);
    // After the last insert: moves the ticket number counter past the imported numbers that Rapi
    // would give out itself ("TCK-000042"), so that tickets created in the app later do not
    // collide with them.
    Status finish();

private:
    Database &m_db;
    qint64 m_userId;
    qint64 m_now;
    BusinessCalendar m_calendar;
    QMap<TicketPriority, SlaPolicy> m_policies;
    DbQuery m_insertTicket;
    DbQuery m_insertEvent;
    qint64 m_highestNumber = 0; // of the imported numbers in Rapi's own form
};

} // namespace importing
} // namespace rapi
