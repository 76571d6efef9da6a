#include "tickets/ticketrepository.h"

#include "customers/searchterms.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "sla/slasettings.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>

namespace rapi {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

// From this many matching tickets on, the queue walks an index instead (see manyMatches()).
constexpr int manyMatchesFrom = 2000;

// The text filter, read once: a ticket number, and the full-text query of its words.
struct TextQuery
{
    QString number;          // "TCK-000042" when the text can be a ticket number
    bool onlyNumber = false; // "TCK-42": nothing else
    QString match;           // every word as a prefix term; empty when there are none
};

TextQuery readText(const QString &text, bool sqlite)
{
    // With or without "TCK-", leading zeros optional; bare digits may also start a phone number.
    static const QRegularExpression number(QStringLiteral("^(tck)?[\\s-]*0*([0-9]{1,9})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    TextQuery query;
    const QString trimmed = text.trimmed();
    if (const auto asNumber = number.match(trimmed); asNumber.hasMatch()) {
        query.number =
            QStringLiteral("TCK-%1").arg(asNumber.captured(2).toLongLong(), 6, 10, QLatin1Char('0'));
        query.onlyNumber = !asNumber.captured(1).isEmpty();
    }
    if (!query.onlyNumber) {
        if (const QStringList words = searchterms::words(trimmed, sqlite); !words.isEmpty())
            query.match = searchterms::allWords(words, sqlite);
    }
    return query;
}

// The ids of the tickets the text matches, as a subquery: the ticket number, or every word
// starting a word of the ticket (number, subject, category), or every word starting one of its
// customer's profile (name, phone, e-mail, tags, handles), as CustomerRepository::find reads a
// query. Through the full-text indexes of migrations 2 and 3 (SQLite FTS5, PostgreSQL GIN on the
// same expressions). `distinct`: each ticket once (for counting), not needed by IN.
QString matchingIds(const TextQuery &text, bool sqlite, bool distinct, QVariantList &values)
{
    QStringList sets;
    if (!text.number.isEmpty()) {
        sets << QStringLiteral("SELECT id FROM tickets WHERE number = ?");
        values << text.number;
    }
    if (!text.match.isEmpty()) {
        sets << (sqlite
                     ? QStringLiteral("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?")
                     : QStringLiteral("SELECT id FROM tickets WHERE to_tsvector('simple', number || ' ' || "
                                      "subject || ' ' || category) @@ to_tsquery('simple', ?)"))
             << (sqlite ? QStringLiteral("SELECT id FROM tickets WHERE customer_id IN (SELECT rowid FROM "
                                         "customer_fts WHERE customer_fts MATCH ?)")
                        : QStringLiteral(
                              "SELECT id FROM tickets WHERE customer_id IN (SELECT id FROM customers "
                              "WHERE to_tsvector('simple', name || ' ' || COALESCE(phone, '') || ' ' || "
                              "email || ' ' || tags || ' ' || handles) @@ to_tsquery('simple', ?))"));
        values << text.match << text.match;
    }
    if (sets.isEmpty())
        return QStringLiteral("SELECT id FROM tickets WHERE 1 = 0");
    return sets.join(distinct ? QStringLiteral(" UNION ") : QStringLiteral(" UNION ALL "));
}

// Whether the text matches so many tickets that SQLite should walk the order's (or the other
// filters') index and check each ticket against the matches, rather than read the matches by id
// and sort them: right for a few hundred, a quarter of a second for a word in 75,000 tickets.
Result<bool> manyMatches(const Database &db, const TextQuery &text)
{
    if (!db.isSqlite() || text.match.isEmpty())
        return false;
    DbQuery q(db,
              QStringLiteral("SELECT (SELECT count(*) FROM (SELECT rowid FROM ticket_fts WHERE ticket_fts "
                             "MATCH ? LIMIT ?)) + (SELECT count(*) FROM (SELECT id FROM tickets WHERE "
                             "customer_id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?) "
                             "LIMIT ?))"));
    q.bind(text.match).bind(manyMatchesFrom).bind(text.match).bind(manyMatchesFrom);
    if (!q.exec() || !q.next())
        return q.error();
    return q.int64(0) >= manyMatchesFrom;
}

bool onlyText(const TicketFilter &f)
{
    return !f.status && !f.openOnly && !f.priority && !f.touchpoint && !f.assigneeId && !f.unassignedOnly &&
           !f.customerId && !f.category && !f.createdFrom && !f.createdTo && !f.resolvedFrom &&
           !f.resolvedTo && !f.slaBreachedBy && !f.text.trimmed().isEmpty();
}

// `overdue` holds the ids TicketRepository::overdueIds() found for f.slaBreachedBy.
Where whereFor(const TicketFilter &f, bool sqlite, bool walk = false, const QList<qint64> &overdue = {})
{
    QStringList parts;
    QVariantList values;
    if (f.status) {
        parts << QStringLiteral("t.status = ?");
        values << ticketstatus::code(*f.status);
    }
    // Written exactly as the partial index tickets_open_urgency (migration 3), so that it is used.
    if (f.openOnly)
        parts << QStringLiteral("t.status NOT IN ('resolved', 'closed')");
    if (f.priority) {
        parts << QStringLiteral("t.priority = ?");
        values << ticketpriority::code(*f.priority);
    }
    if (f.touchpoint) {
        parts << QStringLiteral("t.touchpoint = ?");
        values << touchpoint::code(*f.touchpoint);
    }
    if (f.assigneeId) {
        parts << QStringLiteral("t.assignee_id = ?");
        values << *f.assigneeId;
    }
    if (f.unassignedOnly)
        parts << QStringLiteral("t.assignee_id IS NULL");
    if (f.customerId) {
        parts << QStringLiteral("t.customer_id = ?");
        values << *f.customerId;
    }
    if (f.category) {
        parts << QStringLiteral("t.category = ?");
        // A null QString binds as NULL, which equals nothing: "no category" is the empty text.
        values << (f.category->isNull() ? QStringLiteral("") : *f.category);
    }
    // Ranges on the indexes tickets_created and tickets_resolved (migration 2).
    const auto range = [&](const char *column, const std::optional<qint64> &from,
                           const std::optional<qint64> &to) {
        if (from) {
            parts << QStringLiteral("t.%1 >= ?").arg(QLatin1String(column));
            values << *from;
        }
        if (to) {
            parts << QStringLiteral("t.%1 < ?").arg(QLatin1String(column));
            values << *to;
        }
    };
    range("created_at", f.createdFrom, f.createdTo);
    range("resolved_at", f.resolvedFrom, f.resolvedTo);
    if (f.slaBreachedBy) {
        // Late answers as the kpi_ticket_days summary counts them, and the overdue ones found before
        // (integers, written into the text so that a long list needs no bound values).
        QString part = QStringLiteral("(t.first_response_seconds > t.first_response_target "
                                      "OR t.resolution_seconds > t.resolution_target");
        if (!overdue.isEmpty()) {
            QStringList ids;
            for (qint64 id : overdue)
                ids << QString::number(id);
            part += QStringLiteral(" OR t.id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        parts << part + QLatin1Char(')');
    }
    if (!f.text.trimmed().isEmpty()) {
        // `walk` keeps SQLite from reading the matches by id (see manyMatches()).
        const QString ids = matchingIds(readText(f.text, sqlite), sqlite, false, values);
        parts << (walk ? QStringLiteral("+t.id IN (") : QStringLiteral("t.id IN (")) + ids + QLatin1Char(')');
    }
    return {parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")),
            values};
}

} // namespace

TicketRepository::TicketRepository(const Database &db) : m_db(db) {}

QString TicketRepository::clockColumns()
{
    return QStringLiteral(
        "t.created_at, t.first_response_target, t.resolution_target, t.clock_stopped_at, "
        "t.paused_seconds, t.first_response_due_at, t.resolution_due_at, t.first_response_at, "
        "t.first_response_seconds, t.resolved_at, t.resolution_seconds");
}

TicketClock TicketRepository::readClock(const DbQuery &q, int first)
{
    TicketClock c;
    c.createdAt = q.int64(first);
    c.firstResponseTarget = q.int64(first + 1);
    c.resolutionTarget = q.int64(first + 2);
    c.clockStoppedAt = q.optionalInt64(first + 3);
    c.pausedSeconds = q.int64(first + 4);
    c.firstResponseDueAt = q.optionalInt64(first + 5);
    c.resolutionDueAt = q.optionalInt64(first + 6);
    c.firstResponseAt = q.optionalInt64(first + 7);
    c.firstResponseSeconds = q.optionalInt64(first + 8);
    c.resolvedAt = q.optionalInt64(first + 9);
    c.resolutionSeconds = q.optionalInt64(first + 10);
    return c;
}

Result<Ticket> TicketRepository::get(qint64 ticketId) const
{
    DbQuery q(m_db, QStringLiteral(
                        "SELECT t.id, t.number, t.customer_id, c.name, t.order_id, COALESCE(o.number, ''), "
                        "t.channel_id, t.touchpoint, t.category, t.subject, t.priority, t.status, "
                        "t.assignee_id, COALESCE(u.display_name, ''), t.created_by, t.updated_at, "
                        "t.closed_at, t.escalated_at, t.outgoing_count, t.reopen_count, t.handle_seconds, "
                        "t.csat, t.version, ") +
                        clockColumns() +
                        QStringLiteral(" FROM tickets t JOIN customers c ON c.id = t.customer_id "
                                       "LEFT JOIN orders o ON o.id = t.order_id "
                                       "LEFT JOIN users u ON u.id = t.assignee_id WHERE t.id = ?"));
    q.bind(ticketId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{
            QCoreApplication::translate("rapi::TicketRepository", "Ticket %1 does not exist.").arg(ticketId)};
    Ticket t;
    t.id = q.int64(0);
    t.number = q.text(1);
    t.customerId = q.int64(2);
    t.customerName = q.text(3);
    t.orderId = q.optionalInt64(4);
    t.orderNumber = q.text(5);
    t.channelId = q.optionalInt64(6);
    t.touchpoint = touchpoint::fromCode(q.text(7)).value_or(Touchpoint::Other);
    t.category = q.text(8);
    t.subject = q.text(9);
    t.priority = ticketpriority::fromCode(q.text(10)).value_or(TicketPriority::Normal);
    t.status = ticketstatus::fromCode(q.text(11)).value_or(TicketStatus::Open);
    t.assigneeId = q.optionalInt64(12);
    t.assigneeName = q.text(13);
    t.createdBy = q.int64(14);
    t.updatedAt = q.int64(15);
    t.closedAt = q.optionalInt64(16);
    t.escalatedAt = q.optionalInt64(17);
    t.outgoingCount = int(q.int64(18));
    t.reopenCount = int(q.int64(19));
    t.handleSeconds = q.int64(20);
    if (const auto csat = q.optionalInt64(21))
        t.csat = int(*csat);
    t.version = int(q.int64(22));
    t.clock = readClock(q, 23);
    q.finish();

    DbQuery m(m_db,
              QStringLiteral("SELECT m.id, m.direction, m.body, m.at, m.user_id, u.display_name, "
                             "m.template_version_id FROM ticket_messages m JOIN users u ON u.id = m.user_id "
                             "WHERE m.ticket_id = ? ORDER BY m.at, m.id"));
    m.bind(ticketId);
    if (!m.exec())
        return m.error();
    while (m.next()) {
        t.messages.append({m.int64(0),
                           m.text(1) == QLatin1String("out") ? MessageDirection::Out : MessageDirection::In,
                           m.text(2), m.int64(3), m.int64(4), m.text(5), m.optionalInt64(6)});
    }
    DbQuery e(m_db,
              QStringLiteral("SELECT e.id, e.kind, COALESCE(e.from_value, ''), COALESCE(e.to_value, ''), "
                             "e.note, e.at, e.user_id, u.display_name FROM ticket_events e "
                             "JOIN users u ON u.id = e.user_id WHERE e.ticket_id = ? ORDER BY e.at, e.id"));
    e.bind(ticketId);
    if (!e.exec())
        return e.error();
    while (e.next())
        t.events.append(
            {e.int64(0), e.text(1), e.text(2), e.text(3), e.text(4), e.int64(5), e.int64(6), e.text(7)});
    return t;
}

Result<QList<qint64>> TicketRepository::overdueIds(const TicketFilter &filter) const
{
    QList<qint64> ids;
    if (!filter.slaBreachedBy)
        return ids;
    const qint64 cutoff = *filter.slaBreachedBy;
    // SlaSettings only reads here.
    auto calendar = SlaSettings(const_cast<Database &>(m_db)).calendar();
    if (!calendar)
        return Error{calendar.error()};
    QString sql = QStringLiteral(
        "SELECT id, CASE WHEN first_response_seconds IS NULL AND first_response_due_at < ? THEN 1 ELSE 0 END, "
        "first_response_due_at, CASE WHEN resolution_seconds IS NULL AND resolution_due_at < ? THEN 1 ELSE 0 END, "
        "resolution_due_at, clock_stopped_at FROM tickets "
        "WHERE ((first_response_seconds IS NULL AND first_response_due_at < ?) "
        "OR (resolution_seconds IS NULL AND resolution_due_at < ?))");
    QVariantList values = {cutoff, cutoff, cutoff, cutoff};
    if (filter.createdFrom) {
        sql += QStringLiteral(" AND created_at >= ?");
        values << *filter.createdFrom;
    }
    if (filter.createdTo) {
        sql += QStringLiteral(" AND created_at < ?");
        values << *filter.createdTo;
    }
    DbQuery q(m_db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        // The breach needs business time after the due time (as TicketKpiService counts it).
        const qint64 until = std::min(cutoff, q.optionalInt64(5).value_or(cutoff));
        const auto overdueFrom = [&](int flag, int due) {
            return q.int64(flag) != 0 && calendar->businessSeconds(q.int64(due), until) > 0;
        };
        if (overdueFrom(1, 2) || overdueFrom(3, 4))
            ids << q.int64(0);
    }
    return ids;
}

Result<qint64> TicketRepository::count(const TicketFilter &filter) const
{
    const bool sqlite = m_db.isSqlite();
    DbQuery q(m_db);
    if (onlyText(filter)) {
        // The matches are counted as they are: looking each one up in tickets would cost more.
        QVariantList values;
        q.prepare(QStringLiteral("SELECT count(*) FROM (") +
                  matchingIds(readText(filter.text, sqlite), sqlite, true, values) +
                  QStringLiteral(") matches"));
        for (const QVariant &v : values)
            q.bind(v);
    } else {
        bool walk = false;
        if (!filter.text.trimmed().isEmpty()) {
            const auto many = manyMatches(m_db, readText(filter.text, sqlite));
            if (!many)
                return Error{many.error()};
            walk = many.value();
        }
        // Without the customers: a join would make SQLite walk every customer's tickets to count them.
        auto overdue = overdueIds(filter);
        if (!overdue)
            return Error{overdue.error()};
        const Where where = whereFor(filter, sqlite, walk, overdue.value());
        q.prepare(QStringLiteral("SELECT count(*) FROM tickets t") + where.sql);
        for (const QVariant &v : where.values)
            q.bind(v);
    }
    if (!q.exec() || !q.next())
        return q.error();
    return q.int64(0);
}

Result<QList<TicketRow>> TicketRepository::page(const TicketFilter &filter, const BusinessCalendar &calendar,
                                                qint64 now, qint64 offset, int limit) const
{
    // The order is the expression of the urgency indexes of migration 3, so a page is read from an
    // index instead of sorting every ticket.
    const bool sqlite = m_db.isSqlite();
    bool walk = false;
    if (!filter.text.trimmed().isEmpty()) {
        const auto many = manyMatches(m_db, readText(filter.text, sqlite));
        if (!many)
            return Error{many.error()};
        walk = many.value();
    }
    auto overdue = overdueIds(filter);
    if (!overdue)
        return Error{overdue.error()};
    const Where where = whereFor(filter, sqlite, walk, overdue.value());
    DbQuery q(m_db, QStringLiteral(
                        "SELECT t.id, t.number, t.subject, c.name, t.touchpoint, t.category, t.priority, "
                        "t.status, COALESCE(u.display_name, ''), ") +
                        clockColumns() +
                        QStringLiteral(" FROM tickets t JOIN customers c ON c.id = t.customer_id "
                                       "LEFT JOIN users u ON u.id = t.assignee_id") +
                        where.sql +
                        QStringLiteral(" ORDER BY CASE WHEN t.resolution_due_at IS NULL THEN 1 ELSE 0 END, "
                                       "t.resolution_due_at, t.id LIMIT ? OFFSET ?"));
    for (const QVariant &v : where.values)
        q.bind(v);
    q.bind(limit).bind(offset);
    if (!q.exec())
        return q.error();
    QList<TicketRow> rows;
    while (q.next()) {
        TicketRow row;
        row.id = q.int64(0);
        row.number = q.text(1);
        row.subject = q.text(2);
        row.customerName = q.text(3);
        row.touchpoint = touchpoint::fromCode(q.text(4)).value_or(Touchpoint::Other);
        row.category = q.text(5);
        row.priority = ticketpriority::fromCode(q.text(6)).value_or(TicketPriority::Normal);
        row.status = ticketstatus::fromCode(q.text(7)).value_or(TicketStatus::Open);
        row.assigneeName = q.text(8);
        const TicketClock clock = readClock(q, 9);
        row.createdAt = clock.createdAt;
        row.sla = ticketsla::evaluate(clock, row.status, calendar, now);
        rows.append(row);
    }
    return rows;
}

Result<QList<TicketAssignee>> TicketRepository::assignees() const
{
    DbQuery q(m_db, QStringLiteral("SELECT id, display_name FROM users "
                                   "WHERE active = 1 AND role IN ('owner', 'cs') ORDER BY display_name, id"));
    if (!q.exec())
        return q.error();
    QList<TicketAssignee> people;
    while (q.next())
        people.append({q.int64(0), q.text(1)});
    return people;
}

} // namespace rapi
