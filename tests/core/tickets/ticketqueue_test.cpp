#include "sla/slasettings.h"
#include "ticketfixture.h"
#include "tickets/ticketrepository.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {
QStringList numbers(TicketFixture &f, const TicketFilter &filter)
{
    auto cal = SlaSettings(*f.db).calendar();
    REQUIRE(cal.ok());
    auto rows = TicketRepository(*f.db).page(filter, cal.value(), f.clock.now(), 0, 50);
    INFO(rows.error().toStdString());
    REQUIRE(rows.ok());
    auto count = TicketRepository(*f.db).count(filter);
    REQUIRE(count.ok());
    CHECK(count.value() == rows->size());
    QStringList list;
    for (const TicketRow &r : rows.value())
        list << r.number;
    return list;
}
} // namespace

TEST_CASE("the queue filters by status, priority, touchpoint, assignee and text, most urgent first")
{
    TicketFixture f;
    const qint64 a =
        f.open(TicketPriority::Normal, Touchpoint::Shipping, QStringLiteral("Paket belum sampai"));
    const qint64 b = f.open(TicketPriority::Urgent, Touchpoint::Payment, QStringLiteral("Transfer dobel"));
    const qint64 c = f.open(TicketPriority::Low, Touchpoint::Other, QStringLiteral("Tanya katalog"));
    REQUIRE(f.service().assign(b, f.csUserId, f.actor).ok());
    f.setStatus(c, TicketStatus::Resolved);
    Q_UNUSED(a);

    CHECK(numbers(f, {}) == QStringList{QStringLiteral("TCK-000002"), QStringLiteral("TCK-000001"),
                                        QStringLiteral("TCK-000003")});
    TicketFilter open;
    open.openOnly = true;
    CHECK(numbers(f, open) == QStringList{QStringLiteral("TCK-000002"), QStringLiteral("TCK-000001")});
    TicketFilter resolved;
    resolved.status = TicketStatus::Resolved;
    CHECK(numbers(f, resolved) == QStringList{QStringLiteral("TCK-000003")});
    TicketFilter urgent;
    urgent.priority = TicketPriority::Urgent;
    CHECK(numbers(f, urgent) == QStringList{QStringLiteral("TCK-000002")});
    TicketFilter payment;
    payment.touchpoint = Touchpoint::Payment;
    CHECK(numbers(f, payment) == QStringList{QStringLiteral("TCK-000002")});
    TicketFilter dewi;
    dewi.assigneeId = f.csUserId;
    CHECK(numbers(f, dewi) == QStringList{QStringLiteral("TCK-000002")});
    TicketFilter nobody;
    nobody.unassignedOnly = true;
    CHECK(numbers(f, nobody).size() == 2);
    TicketFilter text;
    text.text = QStringLiteral("KATALOG");
    CHECK(numbers(f, text) == QStringList{QStringLiteral("TCK-000003")});
    text.text = QStringLiteral("siti");
    CHECK(numbers(f, text).size() == 3);
    text.text = QStringLiteral("tck-000001");
    CHECK(numbers(f, text) == QStringList{QStringLiteral("TCK-000001")});
}

TEST_CASE("each queue row carries its SLA time left and colour")
{
    TicketFixture f;
    const qint64 urgent = f.open(TicketPriority::Urgent);
    f.open(TicketPriority::Normal);
    auto cal = SlaSettings(*f.db).calendar();
    REQUIRE(cal.ok());
    auto rowsAt = [&](qint64 now) {
        auto rows = TicketRepository(*f.db).page({}, cal.value(), now, 0, 10);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 2);
        return rows.value();
    };
    auto rows = rowsAt(wib(2026, 11, 23, 9, 30));
    CHECK(rows[0].id == urgent);
    CHECK(rows[0].sla.current().left() == 30 * 60);
    CHECK(rows[0].sla.current().level == SlaLevel::Ok);
    rows = rowsAt(wib(2026, 11, 23, 9, 50));
    CHECK(rows[0].sla.current().level == SlaLevel::AtRisk);
    CHECK(rows[0].sla.suggestEscalation);
    CHECK(rows[1].sla.current().level == SlaLevel::Ok);
    // Overnight nothing moves: at 17:00 and at 07:00 the next day the figures are the same.
    rows = rowsAt(wib(2026, 11, 23, 17));
    CHECK(rows[0].sla.current().level == SlaLevel::Breached);
    CHECK(rows[0].sla.current().left() == -7 * 3600);
    CHECK(rows[1].sla.current().left() == -4 * 3600);
    CHECK(rowsAt(wib(2026, 11, 24, 7))[1].sla.current().left() == -4 * 3600);
}

TEST_CASE("the queue filters by category and by when tickets were created or resolved")
{
    TicketFixture f;
    auto create = [&](const char *category, Touchpoint tp) {
        NewTicket t;
        t.customerId = f.customerId;
        t.touchpoint = tp;
        t.category = QString::fromUtf8(category);
        t.subject = QStringLiteral("Pertanyaan");
        auto id = f.service().create(t, f.actor);
        REQUIRE(id.ok());
        return id.value();
    };
    // Sunday: one late parcel; Monday 09:00: a late parcel and a wrong size; Monday 11:00 a
    // ticket without a category, resolved at 11:30.
    f.clock.set(wib(2026, 11, 22, 15));
    create("keterlambatan", Touchpoint::Shipping);
    f.clock.set(wib(2026, 11, 23, 9));
    create("keterlambatan", Touchpoint::Shipping);
    create("salah ukuran", Touchpoint::ProductUse);
    f.clock.set(wib(2026, 11, 23, 11));
    const qint64 plain = create("", Touchpoint::Other);
    f.clock.set(wib(2026, 11, 23, 11, 30));
    f.setStatus(plain, TicketStatus::Resolved);

    TicketFilter late;
    late.category = QStringLiteral("keterlambatan");
    CHECK(numbers(f, late) == QStringList{QStringLiteral("TCK-000001"), QStringLiteral("TCK-000002")});
    TicketFilter none;
    none.category = QString();
    CHECK(numbers(f, none) == QStringList{QStringLiteral("TCK-000004")});
    // A category is matched exactly, not as a prefix.
    TicketFilter prefix;
    prefix.category = QStringLiteral("salah");
    CHECK(numbers(f, prefix).isEmpty());

    // Monday, [from, to): Sunday's ticket is out, a ticket created exactly at `to` too.
    TicketFilter monday;
    monday.createdFrom = wib(2026, 11, 23, 0);
    monday.createdTo = wib(2026, 11, 24, 0);
    CHECK(numbers(f, monday) == QStringList{QStringLiteral("TCK-000002"), QStringLiteral("TCK-000003"),
                                            QStringLiteral("TCK-000004")});
    TicketFilter untilEleven = monday;
    untilEleven.createdTo = wib(2026, 11, 23, 11);
    CHECK(numbers(f, untilEleven).size() == 2);
    // Combined with the touchpoint and the category, as the voice of the customer opens them.
    TicketFilter lateMonday = monday;
    lateMonday.touchpoint = Touchpoint::Shipping;
    lateMonday.category = QStringLiteral("keterlambatan");
    CHECK(numbers(f, lateMonday) == QStringList{QStringLiteral("TCK-000002")});

    TicketFilter resolvedMonday;
    resolvedMonday.resolvedFrom = wib(2026, 11, 23, 0);
    resolvedMonday.resolvedTo = wib(2026, 11, 24, 0);
    CHECK(numbers(f, resolvedMonday) == QStringList{QStringLiteral("TCK-000004")});
    resolvedMonday.resolvedTo = wib(2026, 11, 23, 11, 30);
    CHECK(numbers(f, resolvedMonday).isEmpty());
    // With text: the range still applies.
    TicketFilter text = monday;
    text.text = QStringLiteral("pertanyaan");
    CHECK(numbers(f, text).size() == 3);
}
