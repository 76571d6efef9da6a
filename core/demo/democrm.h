#pragma once

#include "common/result.h"
#include "demo/bulkinsert.h"
#include "demo/democustomers.h"
#include "demo/demotickets.h"
#include "demo/demowriter.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rapi {
class Database;
} // namespace rapi

namespace rapi::demo {

// The demo shop's customer service: customer profiles and notes, CS users, and tickets with
// their messages and events, written in bulk like the orders. Its random numbers are a stream of
// their own, so adding it left the orders of a seed as they were.
// Tickets are chosen while the orders are written (TicketSeeder), then played one by one in
// creation order (TicketPlanner, TicketLife) with the SLA settings and templates of the database.
class DemoCrm final
{
public:
    DemoCrm(Database &db, quint64 seed, bool direct, const DemoIds &ids, qint64 start, qint64 now);

    // Reads what the tickets need (SLA calendar and targets, templates, users) and creates two CS
    // users when there is none, and the business name and bank account when not set. Inside the
    // generator's first transaction.
    Status prepare();
    // Tables still empty, whose indexes the generator may drop and build again.
    const QStringList &emptyTables() const { return m_emptyTables; }

    ProfileMaker &profiles() { return m_profiles; }
    void startSeeding(qint64 tickets, qint64 orders, qint64 customers);
    void offer(const PlannedOrder &order, qint64 orderId, const std::string &tracking);

    // checkpoint: called every `perTransaction` tickets (the generator commits there).
    Status writeTickets(const std::vector<std::string> &customerNames, qint64 perTransaction,
                        const std::function<Status()> &checkpoint);
    Status writeNotes(qint64 count, const std::vector<qint64> &customerCreatedAt,
                      const std::vector<DemoProduct> &products);
    // Continues the ticket counter after the demo's tickets.
    Status finish();
    // After a failure: removes the rows written so far and the users created.
    void removeGenerated();

    qint64 tickets() const { return m_ticketId; }
    qint64 messages() const { return m_messageId; }
    qint64 events() const { return m_eventId; }
    qint64 notes() const { return m_noteId; }

private:
    Status loadBases();
    Status loadUsers();
    Status loadTemplates();
    Status loadBusiness();
    void writeTicket(const TicketSeed &seed, const TicketLife &life);
    Status flush();

    Database &m_db;
    Random m_random;
    bool m_direct;
    DemoIds m_ids;
    qint64 m_start;
    qint64 m_now;
    ProfileMaker m_profiles;
    BusinessCalendar m_calendar;
    SlaPolicy m_policies[4];
    TicketCast m_cast;
    std::optional<TicketSeeder> m_seeder;
    QStringList m_emptyTables;
    std::vector<qint64> m_createdUsers;
    QStringList m_addedSettings;

    qint64 m_ticketBase = 0, m_messageBase = 0, m_eventBase = 0, m_noteBase = 0, m_numberBase = 0;
    qint64 m_ticketId = 0, m_messageId = 0, m_eventId = 0, m_noteId = 0;
    BulkInsert m_tickets;
    BulkInsert m_messages;
    BulkInsert m_events;
    BulkInsert m_notes;
};

} // namespace rapi::demo
