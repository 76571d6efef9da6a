#include "importing/ticketwriter.h"

#include "db/database.h"
#include "tickets/ticketsla.h"

namespace rapi::importing {

namespace {

// The counter value behind a number in Rapi's own form ("TCK-000042" → 42); 0 for other numbers.
qint64 counterValueOf(const QString &number)
{
    if (!number.startsWith(QLatin1String("TCK-")) || number.size() > 4 + 15)
        return 0;
    bool ok = false;
    const qint64 value = QStringView(number).sliced(4).toLongLong(&ok);
    if (!ok || value <= 0 || QStringLiteral("TCK-%1").arg(value, 6, 10, QLatin1Char('0')) != number)
        return 0;
    return value;
}

} // namespace

qint64 ImportedTicket::statusAt() const
{
    if (ticketstatus::isDone(status) && resolvedAt)
        return *resolvedAt;
    return std::max(createdAt, firstResponseAt.value_or(createdAt));
}

TicketClock importedClock(const ImportedTicket &ticket, const SlaPolicy &policy,
                          const BusinessCalendar &calendar)
{
    // The same steps TicketService takes when the ticket is created, answered and resolved.
    TicketClock clock;
    clock.createdAt = ticket.createdAt;
    clock.firstResponseTarget = policy.firstResponseMinutes * 60;
    clock.resolutionTarget = policy.resolutionMinutes * 60;
    ticketsla::recomputeDue(clock, calendar);
    if (ticket.firstResponseAt) {
        clock.firstResponseAt = ticket.firstResponseAt;
        clock.firstResponseSeconds = ticketsla::elapsed(clock, calendar, *ticket.firstResponseAt);
        clock.firstResponseDueAt.reset();
    }
    if (ticketstatus::isDone(ticket.status) && ticket.resolvedAt) {
        clock.resolvedAt = ticket.resolvedAt;
        clock.resolutionSeconds = ticketsla::elapsed(clock, calendar, *ticket.resolvedAt);
    }
    // A due time already passed when the clock stopped stays (the breach happened); a later one
    // becomes unknown, as in the app.
    if (ticketstatus::stopsClock(ticket.status))
        ticketsla::stopClock(clock, ticket.statusAt());
    return clock;
}

TicketWriter::TicketWriter(Database &db, qint64 userId, qint64 now)
    : m_db(db), m_userId(userId), m_now(now), m_insertTicket(db), m_insertEvent(db)
{}

Status TicketWriter::prepare()
{
    SlaSettings settings(m_db);
    auto calendar = settings.calendar();
    if (!calendar)
        return Error{calendar.error()};
    m_calendar = calendar.value();
    auto policies = settings.policies();
    if (!policies)
        return Error{policies.error()};
    for (const SlaPolicy &policy : policies.value()) // one per priority, or it failed
        m_policies.insert(policy.priority, policy);

    if (!m_insertTicket.prepare(QStringLiteral(
            "INSERT INTO tickets (number, customer_id, order_id, channel_id, touchpoint, category, subject, "
            "priority, status, created_at, created_by, updated_at, first_response_target, resolution_target, "
            "clock_stopped_at, first_response_due_at, resolution_due_at, first_response_at, "
            "first_response_seconds, resolved_at, resolution_seconds, closed_at, escalated_at, "
            "outgoing_count, "
            "reopen_count, handle_seconds, csat) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id")))
        return m_insertTicket.error();
    if (!m_insertEvent.prepare(QStringLiteral(
            "INSERT INTO ticket_events (ticket_id, kind, from_value, to_value, note, at, user_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return m_insertEvent.error();
    return {};
}

Result<qint64> TicketWriter::insert(const ImportedTicket &t, const QString &note)
{
    const TicketClock c = importedClock(t, m_policies.value(t.priority), m_calendar);
    const qint64 statusAt = t.statusAt();
    auto when = [&](TicketStatus status) {
        return t.status == status ? std::optional<qint64>(statusAt) : std::nullopt;
    };
    DbQuery &q = m_insertTicket;
    q.bind(t.number).bind(t.customerId).bindNullableInt(t.orderId).bindNullableInt(t.channelId);
    q.bind(touchpoint::code(t.touchpoint)).bind(t.category).bind(t.subject);
    q.bind(ticketpriority::code(t.priority)).bind(ticketstatus::code(t.status));
    q.bind(t.createdAt).bind(m_userId).bind(m_now).bind(c.firstResponseTarget).bind(c.resolutionTarget);
    q.bindNullableInt(c.clockStoppedAt)
        .bindNullableInt(c.firstResponseDueAt)
        .bindNullableInt(c.resolutionDueAt);
    q.bindNullableInt(c.firstResponseAt).bindNullableInt(c.firstResponseSeconds);
    q.bindNullableInt(c.resolvedAt).bindNullableInt(c.resolutionSeconds);
    q.bindNullableInt(when(TicketStatus::Closed)).bindNullableInt(when(TicketStatus::Escalated));
    q.bind(t.outgoingCount).bind(t.reopenCount).bind(t.handleSeconds);
    q.bindNullableInt(t.csat ? std::optional<qint64>(*t.csat) : std::nullopt);
    if (!q.exec() || !q.next())
        return q.error();
    const qint64 id = q.int64(0);
    q.finish(); // an open result would keep SQLite from committing

    auto event = [&](const QString &kind, const QString &from, TicketStatus to, qint64 at) {
        m_insertEvent.bind(id).bind(kind).bindNullableText(from).bind(ticketstatus::code(to)).bind(note);
        m_insertEvent.bind(at).bind(m_userId);
        return m_insertEvent.exec();
    };
    if (!event(QStringLiteral("created"), QString(), TicketStatus::Open, t.createdAt))
        return m_insertEvent.error();
    if (t.status != TicketStatus::Open &&
        !event(t.status == TicketStatus::Escalated ? QStringLiteral("escalated") : QStringLiteral("status"),
               ticketstatus::code(TicketStatus::Open), t.status, statusAt))
        return m_insertEvent.error();
    m_highestNumber = std::max(m_highestNumber, counterValueOf(t.number));
    return id;
}

Status TicketWriter::finish()
{
    if (m_highestNumber == 0)
        return {};
    DbQuery q(m_db,
              QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket_number' AND value < ?"));
    q.bind(m_highestNumber).bind(m_highestNumber);
    if (!q.exec())
        return q.error();
    return {};
}

} // namespace rapi::importing
