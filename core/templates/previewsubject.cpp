#include "templates/previewsubject.h"

#include "accounts/permission.h"
#include "customers/customerrepository.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "orders/orderrepository.h"
#include "templates/templatevalues.h"
#include "tickets/ticketrepository.h"

namespace rapi::previewsubject {

namespace {

const QString kSeparator = QStringLiteral(" · ");

Result<std::optional<PreviewSubject>> findOrder(Database &db, const QString &text, qint64 now)
{
    const OrderRepository repository(db);
    qint64 id = 0;
    // An exact number first: "ORD-000012" must not pick ORD-0000120 because it is newer.
    if (auto exact = repository.idForNumber(text.trimmed()); exact && exact.value() > 0) {
        id = exact.value();
    } else {
        OrderFilter filter;
        filter.text = text.trimmed();
        auto rows = repository.page(filter, OrderSortKey::PlacedAt, true, std::nullopt, 1, now);
        if (!rows)
            return Error{rows.error()};
        if (rows->isEmpty())
            return std::optional<PreviewSubject>();
        id = rows->first().id;
    }
    auto order = repository.get(id);
    if (!order)
        return Error{order.error()};
    QStringList parts{order->number};
    if (!order->customerName.isEmpty())
        parts << order->customerName;
    parts << orderstage::displayName(order->stage);
    return std::optional<PreviewSubject>(
        PreviewSubject{PreviewSubject::Kind::Order, id, parts.join(kSeparator)});
}

Result<std::optional<PreviewSubject>> findTicket(Database &db, const QString &text)
{
    // Newest first, which the ticket queue (ordered by urgency) does not offer.
    const QString pattern = QLatin1Char('%') + text.trimmed().toLower() + QLatin1Char('%');
    DbQuery q(
        db, QStringLiteral("SELECT t.id FROM tickets t JOIN customers c ON c.id = t.customer_id "
                           "WHERE lower(t.number) LIKE ? OR lower(t.subject) LIKE ? OR lower(c.name) LIKE ? "
                           "ORDER BY CASE WHEN lower(t.number) = ? THEN 0 ELSE 1 END, t.created_at DESC, "
                           "t.id DESC LIMIT 1"));
    q.bind(pattern).bind(pattern).bind(pattern).bind(text.trimmed().toLower());
    if (!q.exec())
        return q.error();
    if (!q.next())
        return std::optional<PreviewSubject>();
    auto ticket = TicketRepository(db).get(q.int64(0));
    if (!ticket)
        return Error{ticket.error()};
    QStringList parts{ticket->number};
    if (!ticket->subject.isEmpty())
        parts << ticket->subject;
    parts << ticket->customerName;
    return std::optional<PreviewSubject>(
        PreviewSubject{PreviewSubject::Kind::Ticket, ticket->id, parts.join(kSeparator)});
}

Result<std::optional<PreviewSubject>> findCustomer(Database &db, const QString &text)
{
    const CustomerRepository repository(db);
    Customer customer;
    if (text.trimmed().isEmpty()) {
        DbQuery q(db, QStringLiteral("SELECT id FROM customers WHERE merged_into IS NULL "
                                     "ORDER BY created_at DESC, id DESC LIMIT 1"));
        if (!q.exec())
            return q.error();
        if (!q.next())
            return std::optional<PreviewSubject>();
        auto found = repository.get(q.int64(0));
        if (!found)
            return Error{found.error()};
        customer = found.value();
    } else {
        auto found = repository.find(text, 1);
        if (!found)
            return Error{found.error()};
        if (found->isEmpty())
            return std::optional<PreviewSubject>();
        customer = found->first();
    }
    QStringList parts{customer.name};
    if (!customer.phone.isEmpty())
        parts << customer.phone;
    return std::optional<PreviewSubject>(
        PreviewSubject{PreviewSubject::Kind::Customer, customer.id, parts.join(kSeparator)});
}

Permission readPermission(PreviewSubject::Kind kind)
{
    switch (kind) {
    case PreviewSubject::Kind::Order:
        return Permission::ReadOrders;
    case PreviewSubject::Kind::Ticket:
        return Permission::HandleTickets;
    case PreviewSubject::Kind::Customer:
        return Permission::ReadCustomers;
    }
    Q_UNREACHABLE();
}

Status authorize(PreviewSubject::Kind kind, const Actor &viewer)
{
    if (Status allowed = permission::authorize(viewer, Permission::ReadCustomerContact); !allowed)
        return allowed;
    return permission::authorize(viewer, readPermission(kind));
}

} // namespace

QList<PreviewSubject::Kind> kinds(Role role)
{
    QList<PreviewSubject::Kind> out;
    for (auto kind :
         {PreviewSubject::Kind::Order, PreviewSubject::Kind::Ticket, PreviewSubject::Kind::Customer}) {
        if (authorize(kind, Actor{0, QString(), role}))
            out << kind;
    }
    return out;
}

Result<std::optional<PreviewSubject>> find(Database &db, PreviewSubject::Kind kind, const QString &text,
                                           const Actor &viewer, qint64 now)
{
    if (Status allowed = authorize(kind, viewer); !allowed)
        return Error{allowed.error()};
    switch (kind) {
    case PreviewSubject::Kind::Order:
        return findOrder(db, text, now);
    case PreviewSubject::Kind::Ticket:
        return findTicket(db, text);
    case PreviewSubject::Kind::Customer:
        return findCustomer(db, text);
    }
    Q_UNREACHABLE();
}

Result<TemplateValues> values(Database &db, const PreviewSubject &subject, const Actor &actor, qint64 now)
{
    if (Status allowed = authorize(subject.kind, actor); !allowed)
        return Error{allowed.error()};
    switch (subject.kind) {
    case PreviewSubject::Kind::Order:
        return templatevalues::forOrder(db, subject.id, actor, now);
    case PreviewSubject::Kind::Ticket:
        return templatevalues::forTicket(db, subject.id, actor, now);
    case PreviewSubject::Kind::Customer:
        return templatevalues::forCustomer(db, subject.id, actor, now);
    }
    Q_UNREACHABLE();
}

} // namespace rapi::previewsubject
