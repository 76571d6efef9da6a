#include "tickets/ticketservice.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "sla/slasettings.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketsla.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::TicketService)
};

// What a write needs to know about a ticket.
struct State
{
    QString number;
    TicketStatus status = TicketStatus::Open;
    std::optional<qint64> assigneeId;
    TicketPriority priority = TicketPriority::Normal;
    TicketClock clock;
    int version = 0;
};

Result<State> loadState(Database &db, qint64 ticketId)
{
    DbQuery q(db, QStringLiteral("SELECT t.number, t.status, t.assignee_id, t.priority, t.version, ") +
                      TicketRepository::clockColumns() + QStringLiteral(" FROM tickets t WHERE t.id = ?"));
    q.bind(ticketId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Ticket %1 does not exist.").arg(ticketId)};
    State s;
    s.number = q.text(0);
    s.status = ticketstatus::fromCode(q.text(1)).value_or(TicketStatus::Open);
    s.assigneeId = q.optionalInt64(2);
    s.priority = ticketpriority::fromCode(q.text(3)).value_or(TicketPriority::Normal);
    s.version = int(q.int64(4));
    s.clock = TicketRepository::readClock(q, 5);
    return s;
}

// Writes the status and the whole SLA clock back, refusing if someone changed the ticket since
// it was loaded (the version moved).
Status saveState(Database &db, qint64 ticketId, const State &s, qint64 now,
                 const QString &extraSet = QString(), const QVariantList &extraValues = {})
{
    DbQuery q(db, QStringLiteral("UPDATE tickets SET status = ?, clock_stopped_at = ?, paused_seconds = ?, "
                                 "first_response_due_at = ?, resolution_due_at = ?, first_response_at = ?, "
                                 "first_response_seconds = ?, resolved_at = ?, resolution_seconds = ?, "
                                 "first_response_target = ?, resolution_target = ?, updated_at = ?, "
                                 "version = version + 1") +
                      extraSet + QStringLiteral(" WHERE id = ? AND version = ?"));
    const TicketClock &c = s.clock;
    q.bind(ticketstatus::code(s.status)).bindNullableInt(c.clockStoppedAt).bind(c.pausedSeconds);
    q.bindNullableInt(c.firstResponseDueAt)
        .bindNullableInt(c.resolutionDueAt)
        .bindNullableInt(c.firstResponseAt);
    q.bindNullableInt(c.firstResponseSeconds)
        .bindNullableInt(c.resolvedAt)
        .bindNullableInt(c.resolutionSeconds);
    q.bind(c.firstResponseTarget).bind(c.resolutionTarget).bind(now);
    for (const QVariant &v : extraValues)
        q.bind(v);
    q.bind(ticketId).bind(s.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{
            Tr::tr("Someone else changed ticket %1 meanwhile. Nothing was changed; look at it again and retry.")
                .arg(s.number)};
    return {};
}

Status insertEvent(Database &db, qint64 ticketId, const QString &kind, const QString &from, const QString &to,
                   const QString &note, qint64 at, qint64 userId)
{
    DbQuery q(db, QStringLiteral(
                      "INSERT INTO ticket_events (ticket_id, kind, from_value, to_value, note, at, user_id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(ticketId)
        .bind(kind)
        .bindNullableText(from)
        .bindNullableText(to)
        .bind(note.trimmed())
        .bind(at)
        .bind(userId);
    if (!q.exec())
        return q.error();
    return {};
}

Result<QString> nextTicketNumber(Database &db)
{
    DbQuery q(db, QStringLiteral(
                      "UPDATE counters SET value = value + 1 WHERE name = 'ticket_number' RETURNING value"));
    const auto counter = q.execReturningId();
    if (!counter)
        return Error{counter.error()};
    return QStringLiteral("TCK-%1").arg(counter.value(), 6, 10, QLatin1Char('0'));
}

Status checkUser(Database &db, std::optional<qint64> userId)
{
    if (!userId)
        return {};
    DbQuery q(db, QStringLiteral("SELECT active, role FROM users WHERE id = ?"));
    q.bind(*userId);
    if (!q.exec())
        return q.error();
    if (!q.next() || q.int64(0) == 0)
        return Error{Tr::tr("Tickets can only be assigned to an active user.")};
    if (q.text(1) != QLatin1String("owner") && q.text(1) != QLatin1String("cs"))
        return Error{Tr::tr("Tickets can only be assigned to the owner or CS staff.")};
    return {};
}

// Applies a status move to the state: stops or starts the clock and keeps the resolution figures.
void applyStatus(State &s, TicketStatus to, const BusinessCalendar &calendar, qint64 now)
{
    ticketsla::applyStatus(s.clock, s.status, to, calendar, now);
    s.status = to;
}

Error refused()
{
    return Error{Tr::tr("Only the owner and CS staff can work on tickets.")};
}

} // namespace

TicketService::TicketService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

bool TicketService::canHandleTickets(const Actor &actor)
{
    return permission::allows(actor.role, Permission::HandleTickets);
}

Result<qint64> TicketService::create(const NewTicket &ticket, const Actor &actor)
{
    if (!canHandleTickets(actor))
        return refused();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    const qint64 now = m_clock.now();

    DbQuery q(m_db, QStringLiteral("SELECT merged_into FROM customers WHERE id = ?"));
    q.bind(ticket.customerId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Choose the customer the ticket is about.")};
    if (q.optionalInt64(0))
        return Error{Tr::tr("This customer was merged into another one; open the ticket there.")};
    if (ticket.orderId) {
        q.prepare(QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"));
        q.bind(*ticket.orderId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error{Tr::tr("Order %1 does not exist.").arg(*ticket.orderId)};
    }
    if (ticket.channelId) {
        q.prepare(QStringLiteral("SELECT 1 FROM channels WHERE id = ?"));
        q.bind(*ticket.channelId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error{Tr::tr("Choose the channel the customer wrote on.")};
    }
    if (Status status = checkUser(m_db, ticket.assigneeId); !status)
        return Error{status.error()};

    SlaSettings settings(m_db);
    auto policy = settings.policy(ticket.priority);
    if (!policy)
        return Error{policy.error()};
    auto calendar = settings.calendar();
    if (!calendar)
        return Error{calendar.error()};
    TicketClock clock;
    clock.createdAt = now;
    ticketsla::setTargets(clock, policy->firstResponseMinutes, policy->resolutionMinutes, calendar.value());

    auto number = nextTicketNumber(m_db);
    if (!number)
        return Error{number.error()};
    DbQuery insert(
        m_db, QStringLiteral("INSERT INTO tickets (number, customer_id, order_id, channel_id, touchpoint, "
                             "category, subject, priority, status, assignee_id, created_at, created_by, "
                             "updated_at, first_response_target, resolution_target, first_response_due_at, "
                             "resolution_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, "
                             "?, ?) RETURNING id"));
    insert.bind(number.value()).bind(ticket.customerId).bindNullableInt(ticket.orderId);
    insert.bindNullableInt(ticket.channelId).bind(touchpoint::code(ticket.touchpoint));
    insert.bind(ticket.category.simplified()).bind(ticket.subject.simplified());
    insert.bind(ticketpriority::code(ticket.priority)).bindNullableInt(ticket.assigneeId).bind(now);
    insert.bind(actor.userId).bind(now).bind(clock.firstResponseTarget).bind(clock.resolutionTarget);
    insert.bindNullableInt(clock.firstResponseDueAt).bindNullableInt(clock.resolutionDueAt);
    const auto id = insert.execReturningId();
    if (!id)
        return id;
    if (Status s = insertEvent(m_db, id.value(), QStringLiteral("created"), QString(), QStringLiteral("open"),
                               QString(), now, actor.userId);
        !s)
        return Error{s.error()};
    if (!ticket.firstMessage.trimmed().isEmpty()) {
        DbQuery m(m_db,
                  QStringLiteral("INSERT INTO ticket_messages (ticket_id, direction, body, at, user_id) "
                                 "VALUES (?, 'in', ?, ?, ?)"));
        m.bind(id.value()).bind(ticket.firstMessage.trimmed()).bind(now).bind(actor.userId);
        if (!m.exec())
            return m.error();
    }
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("create"), QStringLiteral("ticket"), *id,
                                  QStringLiteral("subject: %1").arg(ticket.subject.simplified()));
        !status)
        return Error{status.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Result<qint64> TicketService::addMessage(qint64 ticketId, MessageDirection direction, const QString &body,
                                         const Actor &actor, std::optional<qint64> templateVersionId)
{
    if (!canHandleTickets(actor))
        return refused();
    if (body.trimmed().isEmpty())
        return Error{Tr::tr("A message cannot be empty.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    const qint64 now = m_clock.now();
    auto loaded = loadState(m_db, ticketId);
    if (!loaded)
        return Error{loaded.error()};
    State s = loaded.value();
    if (ticketstatus::isDone(s.status))
        return Error{Tr::tr("Ticket %1 is %2. Reopen it before logging messages.")
                         .arg(s.number, ticketstatus::displayName(s.status).toLower())};
    auto calendar = SlaSettings(m_db).calendar();
    if (!calendar)
        return Error{calendar.error()};

    const bool out = direction == MessageDirection::Out;
    QString extraSet;
    if (out) {
        extraSet = QStringLiteral(", outgoing_count = outgoing_count + 1");
        ticketsla::recordOutgoing(s.clock, calendar.value(), now);
    } else if (s.status == TicketStatus::Pending) {
        applyStatus(s, TicketStatus::Open, calendar.value(), now);
        if (Status e = insertEvent(m_db, ticketId, QStringLiteral("status"), QStringLiteral("pending"),
                                   QStringLiteral("open"), Tr::tr("The customer answered."), now, actor.userId);
            !e)
            return Error{e.error()};
    }
    if (Status saved = saveState(m_db, ticketId, s, now, extraSet); !saved)
        return Error{saved.error()};

    if (templateVersionId) {
        DbQuery t(m_db, QStringLiteral("SELECT 1 FROM template_versions WHERE id = ?"));
        t.bind(*templateVersionId);
        if (!t.exec())
            return t.error();
        if (!t.next())
            return Error{Tr::tr("The template version %1 does not exist.").arg(*templateVersionId)};
    }
    DbQuery m(m_db, QStringLiteral("INSERT INTO ticket_messages (ticket_id, direction, body, at, user_id, "
                                   "template_version_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    m.bind(ticketId).bind(out ? QStringLiteral("out") : QStringLiteral("in")).bind(body.trimmed()).bind(now);
    m.bind(actor.userId).bindNullableInt(templateVersionId);
    const auto id = m.execReturningId();
    if (!id)
        return id;
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("ticket"), ticketId,
                                  out ? QStringLiteral("message out") : QStringLiteral("message in"));
        !status)
        return Error{status.error()};
    if (Status s2 = tx.commit(); !s2)
        return Error{s2.error()};
    return id;
}

Status TicketService::changeStatus(qint64 ticketId, TicketStatus to, const QString &note, const Actor &actor,
                                   std::optional<int> expectedVersion)
{
    if (!canHandleTickets(actor))
        return refused();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const qint64 now = m_clock.now();
    auto loaded = loadState(m_db, ticketId);
    if (!loaded)
        return loaded;
    State s = loaded.value();
    if (expectedVersion && *expectedVersion != s.version)
        return Error{
            Tr::tr("Someone else changed ticket %1 meanwhile. Nothing was changed; look at it again and retry.")
                .arg(s.number)};
    const TicketStatus from = s.status;
    if (!ticketstatus::isAllowed(from, to))
        return Error{Tr::tr("Ticket %1 cannot go from “%2” to “%3”.")
                         .arg(s.number, ticketstatus::displayName(from), ticketstatus::displayName(to))};
    if (to == TicketStatus::Escalated && note.trimmed().isEmpty())
        return Error{Tr::tr("Say why the ticket is escalated.")};
    auto calendar = SlaSettings(m_db).calendar();
    if (!calendar)
        return calendar;
    applyStatus(s, to, calendar.value(), now);
    QString extraSet;
    QVariantList extra;
    if (to == TicketStatus::Escalated) {
        extraSet = QStringLiteral(", escalated_at = ?");
        extra << now;
    } else if (to == TicketStatus::Closed) {
        extraSet = QStringLiteral(", closed_at = ?");
        extra << now;
    } else if (ticketstatus::isDone(from)) {
        extraSet = QStringLiteral(", closed_at = NULL, reopen_count = reopen_count + 1");
    }
    if (Status saved = saveState(m_db, ticketId, s, now, extraSet, extra); !saved)
        return saved;
    const QString kind =
        to == TicketStatus::Escalated ? QStringLiteral("escalated") : QStringLiteral("status");
    if (Status e = insertEvent(m_db, ticketId, kind, ticketstatus::code(from), ticketstatus::code(to), note,
                               now, actor.userId);
        !e)
        return e;
    if (Status status = AuditLog(m_db).append(
            actor, now, QStringLiteral("update"), QStringLiteral("ticket"), ticketId,
            AuditLog::change(QStringLiteral("status"), ticketstatus::code(loaded->status),
                             ticketstatus::code(to)));
        !status)
        return status;
    return tx.commit();
}

Status TicketService::escalate(qint64 ticketId, const QString &reason, std::optional<qint64> assigneeId,
                               const Actor &actor)
{
    if (!canHandleTickets(actor))
        return refused();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    if (Status s = changeStatus(ticketId, TicketStatus::Escalated, reason, actor); !s)
        return s;
    if (assigneeId) {
        if (Status s = assign(ticketId, assigneeId, actor); !s)
            return s;
    }
    return tx.commit();
}

Status TicketService::assign(qint64 ticketId, std::optional<qint64> assigneeId, const Actor &actor)
{
    if (!canHandleTickets(actor))
        return refused();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    auto loaded = loadState(m_db, ticketId);
    if (!loaded)
        return loaded;
    if (Status s = checkUser(m_db, assigneeId); !s)
        return s;
    const qint64 now = m_clock.now();
    DbQuery q(m_db,
              QStringLiteral("UPDATE tickets SET assignee_id = ?, updated_at = ?, version = version + 1 "
                             "WHERE id = ?"));
    q.bindNullableInt(assigneeId).bind(now).bind(ticketId);
    if (!q.exec())
        return q.error();
    const auto idText = [](std::optional<qint64> id) { return id ? QString::number(*id) : QString(); };
    if (Status e = insertEvent(m_db, ticketId, QStringLiteral("assigned"), idText(loaded->assigneeId),
                               idText(assigneeId), QString(), now, actor.userId);
        !e)
        return e;
    if (Status status = AuditLog(m_db).append(
            actor, now, QStringLiteral("update"), QStringLiteral("ticket"), ticketId,
            QStringLiteral("assigned to %1")
                .arg(assigneeId ? QString::number(*assigneeId) : QStringLiteral("nobody")));
        !status)
        return status;
    return tx.commit();
}

Status TicketService::setPriority(qint64 ticketId, TicketPriority priority, const Actor &actor)
{
    if (!canHandleTickets(actor))
        return refused();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    auto loaded = loadState(m_db, ticketId);
    if (!loaded)
        return loaded;
    State s = loaded.value();
    if (s.priority == priority)
        return tx.commit();
    SlaSettings settings(m_db);
    auto policy = settings.policy(priority);
    if (!policy)
        return policy;
    auto calendar = settings.calendar();
    if (!calendar)
        return calendar;
    const qint64 now = m_clock.now();
    ticketsla::setTargets(s.clock, policy->firstResponseMinutes, policy->resolutionMinutes, calendar.value());
    if (Status saved = saveState(m_db, ticketId, s, now, QStringLiteral(", priority = ?"),
                                 {ticketpriority::code(priority)});
        !saved)
        return saved;
    if (Status e =
            insertEvent(m_db, ticketId, QStringLiteral("priority"), ticketpriority::code(loaded->priority),
                        ticketpriority::code(priority), QString(), now, actor.userId);
        !e)
        return e;
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("ticket"), ticketId,
                                  QStringLiteral("priority %1").arg(ticketpriority::code(priority)));
        !status)
        return status;
    return tx.commit();
}

Status TicketService::logHandleTime(qint64 ticketId, qint64 seconds, const Actor &actor)
{
    if (!canHandleTickets(actor))
        return refused();
    if (seconds <= 0 || seconds > 24 * 3600)
        return Error{Tr::tr("Handle time must be between 1 second and 24 hours.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const qint64 now = m_clock.now();
    DbQuery q(m_db, QStringLiteral("UPDATE tickets SET handle_seconds = handle_seconds + ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ?"));
    q.bind(seconds).bind(now).bind(ticketId);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("Ticket %1 does not exist.").arg(ticketId)};
    if (Status e = insertEvent(m_db, ticketId, QStringLiteral("handle_time"), QString(),
                               QString::number(seconds), QString(), now, actor.userId);
        !e)
        return e;
    if (Status status = AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("ticket"),
                                              ticketId, QStringLiteral("handle time +%1 s").arg(seconds));
        !status)
        return status;
    return tx.commit();
}

Status TicketService::setCsat(qint64 ticketId, int score, const Actor &actor)
{
    if (!canHandleTickets(actor))
        return refused();
    if (score < 1 || score > 5)
        return Error{Tr::tr("CSAT is a score from 1 to 5.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    auto loaded = loadState(m_db, ticketId);
    if (!loaded)
        return loaded;
    if (!ticketstatus::isDone(loaded->status))
        return Error{Tr::tr("CSAT is asked once ticket %1 is resolved.").arg(loaded->number)};
    const qint64 now = m_clock.now();
    DbQuery q(m_db, QStringLiteral(
                        "UPDATE tickets SET csat = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.bind(score).bind(now).bind(ticketId);
    if (!q.exec())
        return q.error();
    if (Status e = insertEvent(m_db, ticketId, QStringLiteral("csat"), QString(), QString::number(score),
                               QString(), now, actor.userId);
        !e)
        return e;
    if (Status status = AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("ticket"),
                                              ticketId, QStringLiteral("CSAT %1").arg(score));
        !status)
        return status;
    return tx.commit();
}

} // namespace rapi
