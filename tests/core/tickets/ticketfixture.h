#pragma once

#include "common/clock.h"
#include "db/database.h"
#include "tickets/ticketservice.h"

#include <memory>

namespace rapi::test {

// A Jakarta wall-clock time as UTC seconds. 2026-11-23 is a Monday.
qint64 wib(int y, int m, int d, int h, int min = 0);

// A migrated database with a customer and a CS user, the clock at Monday 23 Nov 2026 09:00 WIB.
struct TicketFixture
{
    TicketFixture();

    qint64 open(TicketPriority priority = TicketPriority::Normal, Touchpoint tp = Touchpoint::Shipping,
                const QString &subject = QStringLiteral("Paket belum sampai"));
    void reply(qint64 ticketId, const QString &body = QStringLiteral("Baik kak, kami cek dulu ya."));
    void customerWrites(qint64 ticketId, const QString &body = QStringLiteral("Sudah saya kirim fotonya."));
    void setStatus(qint64 ticketId, TicketStatus to, const QString &note = QString());
    Ticket get(qint64 ticketId);
    qint64 addUser(const QString &username, const QString &role);
    TicketService service() { return TicketService(*db, clock); }

    std::unique_ptr<Database> db;
    ManualClock clock;
    Actor actor = Actor::localOwner();
    qint64 customerId = 0;
    qint64 csUserId = 0;
};

} // namespace rapi::test
