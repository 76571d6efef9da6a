#include "importing/ticketimporter.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "importing/csvreader.h"
#include "importing/customerindex.h"
#include "importing/importsupport.h"
#include "importing/ordercodes.h"
#include "importing/ticketcodes.h"
#include "importing/ticketwriter.h"
#include "orders/orderrepository.h"

#include <optional>
#include <QHash>

namespace rapi::importing {

namespace {

enum Column {
    Number,
    CreatedAt,
    CustomerName,
    CustomerPhone,
    OrderNumber,
    ChannelColumn,
    TouchpointColumn,
    Category,
    Subject,
    PriorityColumn,
    StatusColumn,
    FirstResponseAt,
    ResolvedAt,
    ReopenedCount,
    OutgoingMessages,
    HandleSeconds,
    Csat,
    ColumnCount
};

constexpr ColumnSpec kColumns[ColumnCount] = {
    {"ticket_number", true},   {"created_at", true},      {"customer_name", false},
    {"customer_phone", false}, {"order_number", false},   {"channel", false},
    {"touchpoint", false},     {"category", false},       {"subject", false},
    {"priority", false},       {"status", false},         {"first_response_at", false},
    {"resolved_at", false},    {"reopened_count", false}, {"outgoing_messages", false},
    {"handle_seconds", false}, {"csat", false},
};

class TicketImporter final
{
public:
    TicketImporter(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                   const Clock &clock, ImportReport &report)
        : m_db(db), m_options(options), m_actor(actor), m_now(clock.now()), m_report(report),
          m_rows(csv, kColumns, report),
          m_times(options.zone.isValid() ? options.zone : businesstime::defaultZone()), m_customers(db),
          m_existing(db), m_order(db)
    {}

    Status run();

private:
    Status load();
    Status readRow();
    // The cells that describe the ticket (all but number, customer and order).
    void parse(ImportedTicket &t);
    // Times that contradict each other or the status; `created` and `statusKnown` are false when
    // that cell already has an issue.
    void checkTimes(const ImportedTicket &t, bool created, bool statusKnown);
    // The order's id and customer, or an issue.
    Result<std::optional<std::pair<qint64, std::optional<qint64>>>> findOrder(QStringView number);
    Result<bool> exists(const QString &number);

    Database &m_db;
    const ImportOptions &m_options;
    const Actor &m_actor;
    qint64 m_now;
    ImportReport &m_report;
    ColumnReader m_rows;
    TimeParser m_times;
    CustomerIndex m_customers;
    ChannelCodes m_channels;
    std::optional<TicketWriter> m_writer; // empty on a dry run
    DbQuery m_existing;
    DbQuery m_order;
    QHash<QString, int> m_rowOfNumber;
};

Status TicketImporter::run()
{
    if (Status status = requireCustomerAccess(m_actor); !status)
        return status;
    if (Status status = m_rows.resolve(); !status)
        return status;
    const ImportCacheSize cache(m_db);
    // One transaction for the whole file: any issue and it rolls back, nothing is written.
    std::optional<WriteTransaction> tx;
    if (!m_options.dryRun) {
        tx.emplace(m_db);
        if (!tx->ok())
            return tx->startStatus();
    }
    if (Status status = load(); !status)
        return status;
    if (!m_options.dryRun) {
        m_writer.emplace(m_db, m_actor.userId, m_now);
        if (Status status = m_writer->prepare(); !status)
            return status;
    }
    while (m_rows.next()) {
        if (Status status = readRow(); !status)
            return status;
    }
    if (m_rows.issues().any() || m_options.dryRun)
        return {};
    if (Status status = m_writer->finish(); !status)
        return status;
    if (Status status = tx->commit(); !status)
        return status;
    m_report.applied = true;
    return {};
}

Status TicketImporter::load()
{
    auto channels = OrderRepository(m_db).channels();
    if (!channels)
        return Error{channels.error()};
    m_channels.load(channels.value());
    if (Status status = m_customers.load(); !status)
        return status;
    if (!m_existing.prepare(QStringLiteral("SELECT id FROM tickets WHERE number = ?")))
        return m_existing.error();
    if (!m_order.prepare(QStringLiteral("SELECT id, customer_id FROM orders WHERE number = ?")))
        return m_order.error();
    return {};
}

Status TicketImporter::readRow()
{
    const QString number = m_rows.cell(Number).toString();
    if (number.isEmpty()) {
        m_rows.bad(Number, ImportTr::tr("is empty"));
        return {};
    }
    if (const auto seen = m_rowOfNumber.constFind(number); seen != m_rowOfNumber.cend()) {
        m_rows.bad(
            Number,
            ImportTr::tr("%1 is also on row %2; each ticket may appear only once").arg(number).arg(*seen));
        return {};
    }
    m_rowOfNumber.insert(number, m_rows.row());

    ImportedTicket t;
    t.number = number;
    const QString name = m_rows.cell(CustomerName).toString().simplified();
    const QString phone = m_rows.phone(CustomerPhone);
    std::optional<qint64> orderCustomer;
    if (const QStringView orderNumber = m_rows.cell(OrderNumber); !orderNumber.isEmpty()) {
        auto order = findOrder(orderNumber);
        if (!order)
            return Error{order.error()};
        if (order.value()) {
            t.orderId = order.value()->first;
            orderCustomer = order.value()->second;
        } else {
            m_rows.bad(OrderNumber,
                       ImportTr::tr("unknown order “%1”; import it with the orders first").arg(orderNumber));
        }
    }
    // A ticket is always about a customer: the one named, else the order's.
    if (name.isEmpty() && m_rows.cell(CustomerPhone).isEmpty() && !orderCustomer &&
        (m_rows.cell(OrderNumber).isEmpty() || t.orderId))
        m_rows.bad(CustomerName, ImportTr::tr("is empty, and so is customer_phone; a ticket needs a customer "
                                              "(or an order that has one)"));
    parse(t);
    if (!m_rows.rowOk())
        return {};

    auto known = exists(number);
    if (!known)
        return Error{known.error()};
    if (known.value()) {
        // Idempotent by number: a ticket already in Rapi is left as it is.
        ++m_report.unchanged;
        return {};
    }
    ++m_report.created;
    // After the first issue nothing more is written; the transaction will roll back anyway.
    if (!m_writer || m_rows.issues().any())
        return {};

    if (!name.isEmpty() || !phone.isEmpty()) {
        auto customer = m_customers.findOrCreate(name, phone, m_now);
        if (!customer)
            return Error{customer.error()};
        t.customerId = customer.value().value();
    } else {
        t.customerId = *orderCustomer;
    }
    auto id = m_writer->insert(t, ImportTr::tr("Imported from CSV"));
    if (!id)
        return Error{id.error()};
    return {};
}

void TicketImporter::parse(ImportedTicket &t)
{
    auto cell = [&](int c) { return m_rows.cell(c); };
    const auto created = m_rows.time(CreatedAt, m_times, true);
    t.createdAt = created.value_or(0);
    if (const QStringView channel = cell(ChannelColumn); !channel.isEmpty()) {
        if (auto id = m_channels.find(channel))
            t.channelId = id.value();
        else
            m_rows.bad(ChannelColumn, id.error());
    }
    // Empty means unknown: the defaults of a new ticket in Rapi.
    if (!cell(TouchpointColumn).isEmpty()) {
        if (auto tp = parseTouchpoint(cell(TouchpointColumn)))
            t.touchpoint = tp.value();
        else
            m_rows.bad(TouchpointColumn, tp.error());
    }
    if (!cell(PriorityColumn).isEmpty()) {
        if (auto priority = parseTicketPriority(cell(PriorityColumn)))
            t.priority = priority.value();
        else
            m_rows.bad(PriorityColumn, priority.error());
    }
    t.category = cell(Category).toString().simplified();
    // The queue shows a subject on every line; the category says most when there is none.
    t.subject = cell(Subject).isEmpty() ? t.category : cell(Subject).toString().simplified();
    t.firstResponseAt = m_rows.time(FirstResponseAt, m_times, false);
    t.resolvedAt = m_rows.time(ResolvedAt, m_times, false);

    bool statusKnown = true;
    if (cell(StatusColumn).isEmpty()) {
        t.status = t.resolvedAt ? TicketStatus::Resolved : TicketStatus::Open;
    } else if (auto status = parseTicketStatus(cell(StatusColumn))) {
        t.status = status.value();
    } else {
        m_rows.bad(StatusColumn, status.error());
        statusKnown = false;
    }

    t.reopenCount = m_rows.count(ReopenedCount).value_or(0);
    t.handleSeconds = m_rows.count(HandleSeconds).value_or(0);
    const auto outgoing = m_rows.count(OutgoingMessages);
    // Unknown: the least the other cells imply (a first response is an outgoing message).
    t.outgoingCount = outgoing.value_or(t.firstResponseAt ? 1 : 0);
    if (outgoing && *outgoing == 0 && t.firstResponseAt)
        m_rows.bad(OutgoingMessages,
                   ImportTr::tr("is 0, but first_response_at says the customer was answered"));
    if (outgoing && *outgoing > 0 && !t.firstResponseAt && cell(FirstResponseAt).isEmpty())
        m_rows.bad(FirstResponseAt,
                   ImportTr::tr("is empty, but outgoing_messages says %1 replies were sent; give "
                                "the time of the first one")
                       .arg(*outgoing));

    if (const QStringView csat = cell(Csat); !csat.isEmpty()) {
        const auto score = parseCount(csat);
        if (!score || *score < 1 || *score > 5)
            m_rows.bad(Csat,
                       ImportTr::tr("“%1” is not a CSAT score; use a whole number from 1 to 5").arg(csat));
        else
            t.csat = int(*score);
        if (statusKnown && !ticketstatus::isDone(t.status))
            m_rows.bad(Csat,
                       ImportTr::tr("is given, but the status “%1” is not resolved or closed; CSAT is asked "
                                    "once a ticket is resolved")
                           .arg(ticketstatus::code(t.status)));
    }
    checkTimes(t, created.has_value(), statusKnown);
}

void TicketImporter::checkTimes(const ImportedTicket &t, bool created, bool statusKnown)
{
    if (created && t.firstResponseAt && *t.firstResponseAt < t.createdAt)
        m_rows.bad(FirstResponseAt, ImportTr::tr("is before created_at (%1)").arg(m_rows.cell(CreatedAt)));
    if (created && t.resolvedAt && *t.resolvedAt < t.createdAt)
        m_rows.bad(ResolvedAt, ImportTr::tr("is before created_at (%1)").arg(m_rows.cell(CreatedAt)));
    if (t.firstResponseAt && t.resolvedAt && *t.firstResponseAt > *t.resolvedAt)
        m_rows.bad(FirstResponseAt,
                   ImportTr::tr("is after resolved_at (%1); a ticket is answered before it is "
                                "resolved")
                       .arg(m_rows.cell(ResolvedAt)));
    if (!statusKnown)
        return;
    const bool done = ticketstatus::isDone(t.status);
    if (done && !t.resolvedAt && m_rows.cell(ResolvedAt).isEmpty())
        m_rows.bad(ResolvedAt, ImportTr::tr("is empty; a %1 ticket needs the time it was resolved")
                                   .arg(ticketstatus::code(t.status)));
    if (!done && t.resolvedAt)
        m_rows.bad(ResolvedAt, ImportTr::tr("is filled in, but the status “%1” is not resolved or closed")
                                   .arg(ticketstatus::code(t.status)));
}

Result<std::optional<std::pair<qint64, std::optional<qint64>>>> TicketImporter::findOrder(QStringView number)
{
    m_order.bind(number.toString());
    if (!m_order.exec())
        return m_order.error();
    std::optional<std::pair<qint64, std::optional<qint64>>> found;
    if (m_order.next())
        found = std::make_pair(m_order.int64(0), m_order.optionalInt64(1));
    m_order.finish();
    return found;
}

Result<bool> TicketImporter::exists(const QString &number)
{
    m_existing.bind(number);
    if (!m_existing.exec())
        return m_existing.error();
    const bool found = m_existing.next();
    m_existing.finish();
    return found;
}

} // namespace

Status importTickets(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                     const Clock &clock, ImportReport &report)
{
    TicketImporter importer(db, csv, options, actor, clock, report);
    return importer.run();
}

} // namespace rapi::importing
