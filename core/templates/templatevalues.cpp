#include "templates/templatevalues.h"

#include "common/clock.h"
#include "common/money.h"
#include "customers/customerrepository.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "orders/orderrepository.h"
#include "tickets/ticketrepository.h"

#include <QDateTime>
#include <QLocale>

namespace rapi::templatevalues {

namespace {

QString localDate(qint64 utc)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(utc, businesstime::defaultZone()).date();
    return QLocale().toString(date, QLocale::LongFormat);
}

void insertIfSet(TemplateValues &values, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        values.insert(key, value);
}

Status addCustomer(Database &db, TemplateValues &values, qint64 customerId)
{
    auto profile = CustomerRepository(db).profile(customerId);
    if (!profile)
        return profile;
    insertIfSet(values, QStringLiteral("customer.name"), profile->name);
    insertIfSet(values, QStringLiteral("customer.phone"), profile->phone);
    insertIfSet(values, QStringLiteral("customer.email"), profile->email);
    insertIfSet(values, QStringLiteral("customer.address"), profile->address);
    return {};
}

Status addOrder(Database &db, TemplateValues &values, qint64 orderId)
{
    auto order = OrderRepository(db).get(orderId);
    if (!order)
        return order;
    QStringList items;
    for (const OrderLine &line : order->lines) {
        items << QStringLiteral("%1 × %2 (%3) %4")
                     .arg(line.quantity)
                     .arg(line.productName, line.sku, money::format(line.total()));
    }
    insertIfSet(values, QStringLiteral("order.number"), order->number);
    insertIfSet(values, QStringLiteral("order.date"), localDate(order->placedAt));
    insertIfSet(values, QStringLiteral("order.items"), items.join(QLatin1Char('\n')));
    insertIfSet(values, QStringLiteral("order.subtotal"), money::format(order->subtotal));
    insertIfSet(values, QStringLiteral("order.shipping_fee"), money::format(order->shippingFee));
    insertIfSet(values, QStringLiteral("order.total"), money::format(order->total()));
    insertIfSet(values, QStringLiteral("order.stage"), orderstage::displayName(order->stage));
    insertIfSet(values, QStringLiteral("order.courier"), order->courier);
    insertIfSet(values, QStringLiteral("order.tracking_number"), order->trackingNumber);
    if (order->customerId && !values.contains(QStringLiteral("customer.name")))
        return addCustomer(db, values, *order->customerId);
    return {};
}

} // namespace

Result<TemplateValues> common(Database &db, const Actor &actor, qint64 now)
{
    TemplateValues values;
    DbQuery q(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    q.bind(actor.userId);
    if (!q.exec())
        return q.error();
    insertIfSet(values, QStringLiteral("agent.name"), q.next() ? q.text(0) : actor.name);
    q.prepare(QStringLiteral(
        "SELECT key, value FROM settings WHERE key IN ('business_name', 'business_bank_account')"));
    if (!q.exec())
        return q.error();
    while (q.next()) {
        insertIfSet(values,
                    q.text(0) == QLatin1String("business_name") ? QStringLiteral("business.name")
                                                                : QStringLiteral("business.bank_account"),
                    q.text(1));
    }
    insertIfSet(values, QStringLiteral("today"), localDate(now));
    return values;
}

Result<TemplateValues> forCustomer(Database &db, qint64 customerId, const Actor &actor, qint64 now)
{
    auto values = common(db, actor, now);
    if (!values)
        return values;
    if (Status s = addCustomer(db, values.value(), customerId); !s)
        return Error{s.error()};
    return values;
}

Result<TemplateValues> forOrder(Database &db, qint64 orderId, const Actor &actor, qint64 now)
{
    auto values = common(db, actor, now);
    if (!values)
        return values;
    if (Status s = addOrder(db, values.value(), orderId); !s)
        return Error{s.error()};
    return values;
}

Result<TemplateValues> forTicket(Database &db, qint64 ticketId, const Actor &actor, qint64 now)
{
    auto values = common(db, actor, now);
    if (!values)
        return values;
    auto ticket = TicketRepository(db).get(ticketId);
    if (!ticket)
        return Error{ticket.error()};
    insertIfSet(values.value(), QStringLiteral("ticket.number"), ticket->number);
    insertIfSet(values.value(), QStringLiteral("ticket.subject"), ticket->subject);
    if (Status s = addCustomer(db, values.value(), ticket->customerId); !s)
        return Error{s.error()};
    if (ticket->orderId) {
        if (Status s = addOrder(db, values.value(), *ticket->orderId); !s)
            return Error{s.error()};
    }
    return values;
}

} // namespace rapi::templatevalues
