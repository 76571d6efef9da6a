#include "demo/democrm.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "db/logging.h"
#include "db/writetransaction.h"
#include "demo/democrmdata.h"

#include <algorithm>
#include <QCoreApplication>

namespace rapi::demo {

namespace {

constexpr const char *crmTables[] = {"tickets", "ticket_messages", "ticket_events", "customer_notes"};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void replaceAll(std::string &text, std::string_view what, std::string_view with)
{
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
}

} // namespace

DemoCrm::DemoCrm(Database &db, quint64 seed, bool direct, const DemoIds &ids, qint64 start, qint64 now)
    : m_db(db), m_random(seed ^ 0x7469636b65747321ULL), m_direct(direct), m_ids(ids), m_start(start),
      m_now(now), m_profiles(m_random),
      m_tickets(
          db, "tickets",
          "id, number, customer_id, order_id, channel_id, touchpoint, category, subject, priority, status, "
          "assignee_id, created_at, created_by, updated_at, first_response_target, resolution_target, "
          "clock_stopped_at, paused_seconds, first_response_due_at, resolution_due_at, first_response_at, "
          "first_response_seconds, resolved_at, resolution_seconds, closed_at, escalated_at, "
          "outgoing_count, reopen_count, handle_seconds, csat, version",
          direct, 50),
      m_messages(db, "ticket_messages", "id, ticket_id, direction, body, at, user_id, template_version_id",
                 direct),
      m_events(db, "ticket_events", "id, ticket_id, kind, from_value, to_value, note, at, user_id", direct),
      m_notes(db, "customer_notes", "id, customer_id, body, author_id, created_at", direct)
{
    m_messages.setParent(&m_tickets);
    m_events.setParent(&m_tickets);
}

Status DemoCrm::loadBases()
{
    DbQuery q(m_db);
    qint64 *bases[] = {&m_ticketBase, &m_messageBase, &m_eventBase, &m_noteBase};
    for (size_t i = 0; i < std::size(crmTables); ++i) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(crmTables[i]))) ||
            !q.next())
            return q.error();
        *bases[i] = q.int64(0);
        if (*bases[i] == 0)
            m_emptyTables << QLatin1String(crmTables[i]);
    }
    if (!q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'ticket_number'")) || !q.next())
        return q.error();
    m_numberBase = q.int64(0);
    return {};
}

Status DemoCrm::loadUsers()
{
    DbQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM users WHERE role = 'cs' AND active = 1 ORDER BY id")))
        return q.error();
    while (q.next() && m_cast.csUsers.size() < 2)
        m_cast.csUsers.push_back(q.int64(0));
    if (m_cast.csUsers.empty()) {
        for (const DemoCsUser &user : demoCsUsers()) {
            // A username taken by someone else gets a number, as a person would pick one.
            QString username = QString::fromUtf8(user.username);
            for (int n = 2;; ++n) {
                q.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
                q.bind(username);
                if (!q.exec())
                    return q.error();
                if (!q.next())
                    break;
                username = QString::fromUtf8(user.username) + QString::number(n);
            }
            DbQuery insert(m_db, QStringLiteral("INSERT INTO users (username, display_name, role, active, "
                                                "created_at) VALUES (?, ?, 'cs', 1, ?) RETURNING id"));
            insert.bind(username).bind(QString::fromUtf8(user.displayName)).bind(m_start - 60 * day);
            const auto id = insert.execReturningId();
            if (!id)
                return Error{id.error()};
            m_cast.csUsers.push_back(id.value());
            m_createdUsers.push_back(id.value());
        }
    }
    if (!q.exec(QStringLiteral("SELECT id FROM users WHERE role = 'owner' AND active = 1 ORDER BY id")))
        return q.error();
    m_cast.ownerId = q.next() ? q.int64(0) : 1;
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users")))
        return q.error();
    while (q.next())
        m_cast.displayNames.emplace_back(q.int64(0), q.text(1));
    return {};
}

Status DemoCrm::loadTemplates()
{
    // The current version of the first active template of each kind a reply starts from.
    DbQuery q(m_db, QStringLiteral("SELECT t.kind, v.id, v.body FROM templates t JOIN template_versions v ON "
                                   "v.template_id = t.id WHERE t.active = 1 AND t.kind IN ('cs_reply', "
                                   "'payment_reminder', 'order_status') ORDER BY t.id, v.number DESC"));
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const QString kind = q.text(0);
        const int k = kind == QLatin1String("cs_reply")           ? int(ReplyTemplate::CsReply)
                      : kind == QLatin1String("payment_reminder") ? int(ReplyTemplate::PaymentReminder)
                                                                  : int(ReplyTemplate::OrderStatus);
        if (!m_cast.templateVersion[k]) {
            m_cast.templateVersion[k] = q.int64(1);
            m_cast.templateBody[k] = q.text(2);
        }
    }
    return {};
}

Status DemoCrm::loadBusiness()
{
    // A demo shop has a name and a bank account, so its replies can start from the templates; the
    // owner's own settings are kept.
    const std::pair<const char *, QString *> settings[] = {{"business_name", &m_cast.businessName},
                                                           {"business_bank_account", &m_cast.bankAccount}};
    for (const auto &[key, value] : settings) {
        DbQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.bind(QString::fromLatin1(key));
        if (!q.exec())
            return q.error();
        if (q.next() && !q.text(0).trimmed().isEmpty()) {
            *value = q.text(0);
            continue;
        }
        q.finish();
        *value = QString::fromUtf8(value == &m_cast.businessName ? demoBusinessName() : demoBankAccount());
        DbQuery write(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
        write.bind(QString::fromLatin1(key));
        if (!write.exec())
            return write.error();
        write.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        write.bind(QString::fromLatin1(key)).bind(*value);
        if (!write.exec())
            return write.error();
        m_addedSettings << QString::fromLatin1(key);
    }
    return {};
}

Status DemoCrm::prepare()
{
    m_cast.numberBase = m_ids.numberBase;
    SlaSettings sla(m_db);
    auto calendar = sla.calendar();
    if (!calendar)
        return Error{calendar.error()};
    m_calendar = calendar.value();
    for (TicketPriority p : ticketpriority::all) {
        auto policy = sla.policy(p);
        if (!policy)
            return Error{policy.error()};
        m_policies[int(p)] = policy.value();
    }
    if (Status status = loadBases(); !status)
        return status;
    if (Status status = loadUsers(); !status)
        return status;
    if (Status status = loadTemplates(); !status)
        return status;
    return loadBusiness();
}

void DemoCrm::startSeeding(qint64 tickets, qint64 orders, qint64 customers)
{
    m_profiles.setCustomers(customers);
    m_seeder.emplace(m_random, tickets, orders, customers, m_start, m_now, m_calendar, m_policies);
}

void DemoCrm::offer(const PlannedOrder &order, qint64 orderId, const std::string &tracking)
{
    m_seeder->offer(order, orderId, tracking);
}

void DemoCrm::writeTicket(const TicketSeed &seed, const TicketLife &life)
{
    static const std::string touchpoints[] = {
        utf8(touchpoint::code(Touchpoint::PrePurchase)), utf8(touchpoint::code(Touchpoint::Payment)),
        utf8(touchpoint::code(Touchpoint::Shipping)),    utf8(touchpoint::code(Touchpoint::AfterSales)),
        utf8(touchpoint::code(Touchpoint::ProductUse)),  utf8(touchpoint::code(Touchpoint::Other))};
    const TicketScenario &sc = ticketScenarios()[size_t(seed.scenario)];
    const qint64 id = m_ticketBase + ++m_ticketId;
    std::string number = "TCK-";
    const std::string counter = std::to_string(m_numberBase + m_ticketId);
    number.append(counter.size() < 6 ? 6 - counter.size() : 0, '0');
    number += counter;
    const TicketClock &c = life.clock;

    m_tickets.integer(id).text(number).integer(m_ids.customerBase + seed.customer);
    m_tickets.nullableInteger(seed.order.id > 0 ? std::optional(seed.order.id) : std::nullopt);
    m_tickets.nullableInteger(seed.channel >= 0 ? std::optional(m_ids.channelIds[seed.channel])
                                                : std::nullopt);
    m_tickets.text(touchpoints[sc.touchpoint]).text(sc.category).text(sc.subject);
    m_tickets.text(ticketpriority::code(life.priority)).text(ticketstatus::code(life.status));
    m_tickets.nullableInteger(life.assignee)
        .integer(c.createdAt)
        .integer(life.createdBy)
        .integer(life.updatedAt);
    m_tickets.integer(c.firstResponseTarget).integer(c.resolutionTarget).nullableInteger(c.clockStoppedAt);
    m_tickets.integer(c.pausedSeconds)
        .nullableInteger(c.firstResponseDueAt)
        .nullableInteger(c.resolutionDueAt);
    m_tickets.nullableInteger(c.firstResponseAt).nullableInteger(c.firstResponseSeconds);
    m_tickets.nullableInteger(c.resolvedAt).nullableInteger(c.resolutionSeconds);
    m_tickets.nullableInteger(life.closedAt).nullableInteger(life.escalatedAt);
    m_tickets.integer(life.outgoingCount).integer(life.reopenCount).integer(life.handleSeconds);
    m_tickets.nullableInteger(life.csat ? std::optional<qint64>(*life.csat) : std::nullopt);
    m_tickets.integer(life.version);
    m_tickets.endRow();

    for (const LifeMessage &m : life.messages) {
        m_messages.integer(m_messageBase + ++m_messageId).integer(id).text(m.out ? "out" : "in").text(m.body);
        m_messages.integer(m.at).integer(m.userId).nullableInteger(m.templateVersionId);
        m_messages.endRow();
    }
    for (const LifeEvent &e : life.events) {
        m_events.integer(m_eventBase + ++m_eventId).integer(id).text(e.kind);
        if (e.from.empty())
            m_events.null();
        else
            m_events.text(e.from);
        if (e.to.empty())
            m_events.null();
        else
            m_events.text(e.to);
        m_events.text(e.note).integer(e.at).integer(e.userId);
        m_events.endRow();
    }
}

Status DemoCrm::writeTickets(const std::vector<std::string> &customerNames, qint64 perTransaction,
                             const std::function<Status()> &checkpoint)
{
    const std::vector<TicketSeed> seeds = m_seeder->takeSeeds();
    m_seeder.reset();
    TicketPlanner planner(m_random, m_cast, m_calendar, m_now);
    TicketLife life(m_calendar, m_policies,
                    utf8(QCoreApplication::translate("rapi::TicketService", "The customer answered.")));
    qint64 inTransaction = 0;
    for (const TicketSeed &seed : seeds) {
        planner.play(seed, customerNames[size_t(seed.customer - 1)], life);
        writeTicket(seed, life);
        if (++inTransaction >= perTransaction) {
            if (Status status = flush(); !status)
                return status;
            if (Status status = checkpoint(); !status)
                return status;
            inTransaction = 0;
        }
    }
    return flush();
}

Status DemoCrm::writeNotes(qint64 count, const std::vector<qint64> &customerCreatedAt,
                           const std::vector<DemoProduct> &products)
{
    struct Note
    {
        qint64 at;
        qint64 customer;
        qint64 author;
        int text;
        int product;
        int city;
    };
    const qint64 customers = qint64(customerCreatedAt.size());
    if (customers == 0 || count <= 0)
        return {};
    const auto texts = noteTexts();
    const auto places = cities();
    std::vector<Note> notes;
    notes.reserve(size_t(count));
    // A customer worth a note usually gets a few over time; regulars more often.
    while (qint64(notes.size()) < count) {
        const qint64 customer =
            1 + qint64(std::min(m_random.below(quint64(customers)), m_random.below(quint64(customers))));
        const qint64 from = std::max(customerCreatedAt[size_t(customer - 1)] + day, m_now - 400 * day);
        for (qint64 k = m_random.between(1, 4); k > 0 && qint64(notes.size()) < count; --k) {
            Note n;
            n.at = from + qint64(m_random.below(quint64(std::max<qint64>(1, m_now - from))));
            n.customer = customer;
            n.author = m_random.chance(8000) ? m_cast.csUsers[m_random.below(m_cast.csUsers.size())]
                                             : m_cast.ownerId;
            n.text = int(m_random.below(texts.size()));
            n.product = products.empty() ? -1 : int(m_random.below(products.size()));
            n.city = int(m_random.below(places.size()));
            notes.push_back(n);
        }
    }
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.at < b.at; });
    std::string body;
    for (const Note &n : notes) {
        body = texts[size_t(n.text)];
        std::string_view city = places[size_t(n.city)].name;
        if (city.substr(0, 5) == "Kota ")
            city.remove_prefix(5);
        replaceAll(body, "%1",
                   n.product >= 0 ? std::string_view(products[size_t(n.product)].name) : "barang");
        replaceAll(body, "%2", city);
        m_notes.integer(m_noteBase + ++m_noteId).integer(m_ids.customerBase + n.customer).text(body);
        m_notes.integer(n.author).integer(n.at);
        m_notes.endRow();
    }
    return m_notes.flush();
}

Status DemoCrm::flush()
{
    for (BulkInsert *rows : {&m_tickets, &m_messages, &m_events, &m_notes}) {
        if (Status status = rows->flush(); !status)
            return status;
    }
    return {};
}

Status DemoCrm::finish()
{
    if (Status status = flush(); !status)
        return status;
    DbQuery counter(m_db, QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket_number'"));
    counter.bind(m_numberBase + m_ticketId);
    if (!counter.exec())
        return counter.error();
    if (!m_db.isSqlite()) {
        DbQuery q(m_db);
        for (const char *table : crmTables) {
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "(SELECT MAX(id) FROM %1))")
                                    .arg(QLatin1String(table));
            if (!q.exec(sql))
                return q.error();
        }
    }
    return {};
}

void DemoCrm::removeGenerated()
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return;
    DbQuery q(m_db);
    const std::pair<const char *, qint64> rows[] = {{"ticket_events", m_eventBase},
                                                    {"ticket_messages", m_messageBase},
                                                    {"tickets", m_ticketBase},
                                                    {"customer_notes", m_noteBase}};
    for (const auto &[table, base] : rows) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id > ?").arg(QLatin1String(table)));
        q.bind(base);
        if (!q.exec())
            return;
    }
    for (qint64 id : m_createdUsers) {
        q.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        q.bind(id);
        if (!q.exec())
            return;
    }
    for (const QString &key : std::as_const(m_addedSettings)) {
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.bind(key);
        if (!q.exec())
            return;
    }
    if (Status status = tx.commit(); !status)
        qCWarning(lcDb) << "removing a failed demo's tickets:" << status.error();
}

} // namespace rapi::demo
