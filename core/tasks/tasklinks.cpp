#include "tasks/tasklinks.h"

#include "db/dbquery.h"
#include "orders/orderrepository.h"
#include "stock/productrepository.h"
#include "tickets/ticketrepository.h"

#include <QCoreApplication>

namespace rapi::tasklinks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rapi::TaskLinks", text);
}

Result<qint64> ticketId(Database &db, const QString &number)
{
    QString wanted = number.toUpper();
    bool digits = false;
    const qint64 n = wanted.toLongLong(&digits);
    if (digits)
        wanted = QStringLiteral("TCK-%1").arg(n, 6, 10, QLatin1Char('0'));
    DbQuery q(db, QStringLiteral("SELECT id FROM tickets WHERE UPPER(number) = ?"));
    q.bind(wanted);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{tr("There is no ticket %1.").arg(number)};
    return q.int64(0);
}

} // namespace

Result<QList<TaskPerson>> activeUsers(Database &db)
{
    DbQuery q(db, QStringLiteral("SELECT id, display_name FROM users WHERE active = 1 ORDER BY display_name, id"));
    if (!q.exec())
        return q.error();
    QList<TaskPerson> people;
    while (q.next())
        people.append({q.int64(0), q.text(1)});
    return people;
}

Status resolve(Database &db, TaskLinkKind kind, const QString &rawText, Task &task)
{
    task.orderId.reset();
    task.ticketId.reset();
    task.productId.reset();
    const QString text = rawText.trimmed();
    if (kind == TaskLinkKind::None)
        return {};
    if (text.isEmpty())
        return Error{tr("Type the number or SKU to link, or choose “No link”.")};
    switch (kind) {
    case TaskLinkKind::Order: {
        auto id = OrderRepository(db).idForNumber(text);
        if (!id)
            return Error{tr("There is no order %1.").arg(text)};
        task.orderId = id.value();
        break;
    }
    case TaskLinkKind::Ticket: {
        auto id = ticketId(db, text);
        if (!id)
            return Error{id.error()};
        task.ticketId = id.value();
        break;
    }
    case TaskLinkKind::Product: {
        auto product = ProductRepository(db).getBySku(text);
        if (!product)
            return Error{tr("There is no product with the SKU %1.").arg(text)};
        task.productId = product.value().id;
        break;
    }
    case TaskLinkKind::None:
        break;
    }
    return {};
}

TaskLinkKind kindOf(const Task &task)
{
    if (task.orderId)
        return TaskLinkKind::Order;
    if (task.ticketId)
        return TaskLinkKind::Ticket;
    if (task.productId)
        return TaskLinkKind::Product;
    return TaskLinkKind::None;
}

QString text(Database &db, const Task &task)
{
    if (task.orderId) {
        auto order = OrderRepository(db).get(*task.orderId);
        return order ? order.value().number : QString();
    }
    if (task.ticketId) {
        auto ticket = TicketRepository(db).get(*task.ticketId);
        return ticket ? ticket.value().number : QString();
    }
    if (task.productId) {
        auto product = ProductRepository(db).get(*task.productId);
        return product ? product.value().sku : QString();
    }
    return {};
}

QDate today(const Clock &clock)
{
    return businesstime::dateOf(clock.now(), businesstime::defaultZone());
}

} // namespace rapi::tasklinks
