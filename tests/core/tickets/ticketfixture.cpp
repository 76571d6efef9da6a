#include "ticketfixture.h"

#include "customers/customerrepository.h"
#include "db/dbquery.h"
#include "testdb.h"
#include "tickets/ticketrepository.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QTimeZone>

namespace rapi::test {

qint64 wib(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

TicketFixture::TicketFixture() : db(openTestDatabase()), clock(wib(2026, 11, 23, 9))
{
    auto id = CustomerRepository(*db, clock)
                  .findOrCreate(QStringLiteral("Siti Rahmawati"), QStringLiteral("0812-3456-7890"));
    REQUIRE(id.ok());
    customerId = id.value();
    csUserId = addUser(QStringLiteral("dewi"), QStringLiteral("cs"));
}

qint64 TicketFixture::addUser(const QString &username, const QString &role)
{
    DbQuery q(*db, QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                  "VALUES (?, ?, ?, 1, 0) RETURNING id"));
    q.bind(username).bind(username.at(0).toUpper() + username.mid(1)).bind(role);
    auto id = q.execReturningId();
    REQUIRE(id.ok());
    return id.value();
}

qint64 TicketFixture::open(TicketPriority priority, Touchpoint tp, const QString &subject)
{
    NewTicket t;
    t.customerId = customerId;
    t.priority = priority;
    t.touchpoint = tp;
    t.category = QStringLiteral("keterlambatan");
    t.subject = subject;
    t.firstMessage = QStringLiteral("Kak, paket saya belum sampai.");
    auto id = service().create(t, actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void TicketFixture::reply(qint64 ticketId, const QString &body)
{
    auto id = service().addMessage(ticketId, MessageDirection::Out, body, actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

void TicketFixture::customerWrites(qint64 ticketId, const QString &body)
{
    auto id = service().addMessage(ticketId, MessageDirection::In, body, actor);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

void TicketFixture::setStatus(qint64 ticketId, TicketStatus to, const QString &note)
{
    const Status s = service().changeStatus(ticketId, to, note, actor);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

Ticket TicketFixture::get(qint64 ticketId)
{
    auto t = TicketRepository(*db).get(ticketId);
    INFO(t.error().toStdString());
    REQUIRE(t.ok());
    return t.value();
}

} // namespace rapi::test
