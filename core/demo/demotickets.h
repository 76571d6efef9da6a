#pragma once

#include "common/money.h"
#include "demo/demoorders.h"
#include "demo/demoticketlife.h"
#include "sla/businesscalendar.h"
#include "sla/slasettings.h"

#include <optional>
#include <string>
#include <vector>

namespace rapi::demo {

// An order a ticket is about, with what a reply template needs from it.
struct OrderRef
{
    qint64 id = 0; // 0: the ticket is about no order
    qint64 customer = 0;
    int channel = -1; // DemoChannel
    Money total = 0;
    const char *courier = nullptr; // set once shipped
    std::string tracking;
    qint64 shippedAt = 0;
};

// The state a ticket is put in at "now", so that the queue always has work in every state
// (a small demo would otherwise have few tickets alive at the moment it was made).
enum class LiveState {
    Natural = -1,
    FirstAtRisk,
    FirstBreached,
    FirstFresh,
    Pending,
    Escalated,
    ResolutionAtRisk,
    Reopened
};
constexpr int liveStateCount = 7;

// Which ticket exists and when it starts: picked before the tickets are played, then sorted by
// creation time so that numbers follow time as they do in Rapi.
struct TicketSeed
{
    qint64 createdAt = 0;
    qint64 customer = 0; // 1-based index of the demo's customers
    int channel = -1;    // DemoChannel, or -1
    int scenario = 0;    // index into ticketScenarios()
    LiveState live = LiveState::Natural;
    int priority = -1; // TicketPriority, or -1 to draw one
    OrderRef order;
};

// Chooses the demo's tickets: most about one of its orders, at a moment that fits the order's
// path (a payment question before it is paid, "where is my parcel" while it travels, complaints
// after delivery), the rest questions before buying and other matters; and a few that are alive
// now in each state, some close to or past their SLA target.
class TicketSeeder final
{
public:
    TicketSeeder(Random &random, qint64 tickets, qint64 orders, qint64 customers, qint64 start, qint64 now,
                 const BusinessCalendar &calendar, const SlaPolicy (&policies)[4]);

    // Every order, in id order; `tracking` is the order's tracking number once shipped.
    void offer(const PlannedOrder &order, qint64 orderId, const std::string &tracking);
    // The seeds of every ticket, oldest first.
    std::vector<TicketSeed> takeSeeds();

private:
    bool seedFromOrder(const PlannedOrder &order, OrderRef ref, TicketSeed &seed);
    qint64 pickCustomer();
    // A scenario with the anchor that suits the state wanted at now (a question to wait on for
    // pending, a reason for escalation).
    int pickScenario(int anchor, LiveState live);
    qint64 businessSecondsBefore(qint64 end, qint64 amount) const;
    void addUnlinked(qint64 count);
    void addLive(qint64 count);

    Random &m_random;
    qint64 m_customers;
    qint64 m_start;
    qint64 m_now;
    const BusinessCalendar &m_calendar;
    const SlaPolicy (&m_policies)[4];
    qint64 m_live = 0;
    qint64 m_unlinked = 0;
    qint64 m_linkedWanted = 0;
    qint64 m_slotsLeft = 0;
    int m_slotsPerOrder = 1;
    std::vector<TicketSeed> m_seeds;
    std::vector<OrderRef> m_inTransit;
};

// A ticket's users and the texts its replies may start from.
struct TicketCast
{
    std::vector<qint64> csUsers; // at least one
    qint64 ownerId = 1;
    std::vector<std::pair<qint64, QString>> displayNames;
    // Current version id and body of the default template per ReplyTemplate (index 0 unused).
    std::optional<qint64> templateVersion[4];
    QString templateBody[4];
    QString businessName;
    QString bankAccount;
    qint64 numberBase = 0; // order numbers continue the order counter
};

// Plays one seed forward with TicketLife: who creates and answers it, how fast (against its
// targets, in business time), whether the customer has to send something first (pending), asks
// again, escalation, reopening, closing, handle time and CSAT; cut at "now".
class TicketPlanner final
{
public:
    TicketPlanner(Random &random, const TicketCast &cast, const BusinessCalendar &calendar, qint64 now);

    void play(const TicketSeed &seed, const std::string &customerName, TicketLife &life);

private:
    // The first answer: from the scenario's template when it renders, else typed.
    std::string replyText(const TicketSeed &seed, const std::string &customerName, qint64 agent,
                          std::optional<qint64> &templateVersion);
    QString displayName(qint64 userId) const;

    Random &m_random;
    const TicketCast &m_cast;
    const BusinessCalendar &m_calendar;
    qint64 m_now;
};

} // namespace rapi::demo
