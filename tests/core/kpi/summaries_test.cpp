// The summary tables of migration 4 stay what the orders, events and tickets say, whoever
// writes them: OrderService transitions (cancellations, returns, cash on delivery), the CSV
// imports, and TicketService changes (replies, resolutions, reopens, priority, CSAT). The check
// empties them and fills them again with the migration's own statements, which must give
// exactly what the triggers kept.
#include "db/dbquery.h"
#include "db/migrator.h"
#include "db/writetransaction.h"
#include "importing/importer.h"
#include "kpi/dashboardservice.h"
#include "orderfixture.h"
#include "testdb.h"
#include "tickets/ticketservice.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QSqlRecord>

using namespace rapi;
using namespace rapi::test;

namespace {

qint64 wib(int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

const char *const kSnapshots[] = {
    "SELECT day, channel_id, orders_in, gross_sales, orders_done FROM kpi_order_days "
    "WHERE orders_in <> 0 OR gross_sales <> 0 OR orders_done <> 0 ORDER BY day, channel_id",
    "SELECT stage, bin, day, orders, seconds FROM kpi_stage_days ORDER BY stage, bin, day",
    "SELECT order_id, stage, entered_at FROM kpi_order_stages ORDER BY order_id",
    "SELECT day, created, late_first_responses, late_resolutions, resolved, first_contact_resolved, "
    "handled, handle_seconds, rated, satisfied FROM kpi_ticket_days "
    "WHERE created <> 0 OR late_first_responses <> 0 OR late_resolutions <> 0 OR resolved <> 0 "
    "OR first_contact_resolved <> 0 OR handled <> 0 OR handle_seconds <> 0 OR rated <> 0 OR satisfied <> 0 "
    "ORDER BY day",
    "SELECT day, touchpoint, category, tickets FROM kpi_ticket_topics WHERE tickets <> 0 "
    "ORDER BY day, touchpoint, category",
};

QList<QStringList> snapshot(Database &db)
{
    QList<QStringList> tables;
    for (const char *sql : kSnapshots) {
        DbQuery q(db);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        QStringList rows;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.raw().record().count(); ++i)
                columns << q.text(i);
            rows << columns.join(QLatin1Char('|'));
        }
        tables << rows;
    }
    return tables;
}

// Empties the summaries and runs the migration's statements that fill them from the base tables.
void rebuild(Database &db)
{
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*_dashboard.sql")});
    REQUIRE(files.size() == 1);
    QFile file(QStringLiteral(":/schema/") + files.first());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList statements = Migrator::statementsFor(QString::fromUtf8(file.readAll()), db.isSqlite());
    WriteTransaction tx(db);
    REQUIRE(tx.ok());
    DbQuery q(db);
    for (const char *table :
         {"kpi_order_days", "kpi_stage_days", "kpi_order_stages", "kpi_ticket_days", "kpi_ticket_topics"})
        REQUIRE(q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)));
    int fills = 0;
    for (const QString &statement : statements) {
        if (!statement.startsWith(QLatin1String("INSERT INTO kpi_")))
            continue;
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
        ++fills;
    }
    CHECK(fills == 5);
    REQUIRE(tx.commit().ok());
}

void importFile(Database &db, ImportKind kind, const QString &name, const QByteArray &csv, const Clock &clock)
{
    const QString path = tempFilePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    auto report = importCsv(db, kind, path, ImportOptions{}, Actor::localOwner(), clock);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    INFO((report->issues.isEmpty() ? QString() : report->issues.first().reason).toStdString());
    REQUIRE(report->applied);
}

} // namespace

TEST_CASE("summary tables stay right through every writer and equal a rebuild from the base tables")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 10000000, 50, 5);
    const qint64 b = f.addProduct(QStringLiteral("B-1"), 2500000, 50, 5);
    auto moveAt = [&](qint64 order, OrderStage to, qint64 at, TransitionDetails details = {}) {
        f.clock.set(at - 60);
        if (to == OrderStage::Shipped)
            details = shippedWith();
        const Status s = f.move(order, to, details);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    };

    // Through OrderService: a full path with a return, cash on delivery cancelled in processing,
    // a cancellation right away, and one left waiting.
    f.clock.set(wib(16, 9));
    const qint64 o1 = f.placeOrder({{a, 2, std::nullopt, 100000}, {b, 1, std::nullopt, 0}});
    moveAt(o1, OrderStage::AwaitingPayment, wib(16, 9, 30));
    moveAt(o1, OrderStage::Paid, wib(16, 15));
    moveAt(o1, OrderStage::Processing, wib(17, 8));
    moveAt(o1, OrderStage::Shipped, wib(17, 16));
    moveAt(o1, OrderStage::Completed, wib(19, 10));
    TransitionDetails restock;
    restock.restock = true;
    moveAt(o1, OrderStage::Returned, wib(20, 10), restock);
    f.clock.set(wib(17, 21));
    const qint64 o2 = f.placeOrder({{b, 3, std::nullopt, 0}}, PaymentMethod::Cod, QStringLiteral("whatsapp"));
    moveAt(o2, OrderStage::Processing, wib(18, 9));
    moveAt(o2, OrderStage::Cancelled, wib(18, 11));
    f.clock.set(wib(18, 23, 50));
    const qint64 o3 =
        f.placeOrder({{a, 1, std::nullopt, 0}}, PaymentMethod::Transfer, QStringLiteral("instagram"));
    moveAt(o3, OrderStage::Cancelled, wib(19, 0, 10)); // placed on the 18th, cancelled on the 19th
    f.clock.set(wib(19, 12));
    const qint64 o4 =
        f.placeOrder({{a, 1, std::nullopt, 0}}, PaymentMethod::Marketplace, QStringLiteral("tokopedia"));
    moveAt(o4, OrderStage::Paid, wib(19, 12, 1));

    // Through the CSV import: history at every stage, several lines per order.
    f.clock.set(wib(23, 9));
    importFile(*f.db, ImportKind::Orders, QStringLiteral("orders.csv"),
               "order_number,ordered_at,channel,status,payment_method,paid_at,shipped_at,completed_at,"
               "courier,tracking_number,sku,quantity,unit_price,discount\n"
               "X-1,2026-11-10 10:00,shopee,completed,,2026-11-10 10:05,2026-11-11 09:00,2026-11-13 15:00,"
               "JNE,J1,A-1,1,100000,\n"
               "X-1,2026-11-10 10:00,shopee,completed,,2026-11-10 10:05,2026-11-11 09:00,2026-11-13 15:00,"
               "JNE,J1,B-1,2,25000,5000\n"
               "X-2,2026-11-12 20:00,tiktok,cancelled,,2026-11-12 20:30,,,,,A-1,1,100000,\n"
               "X-3,2026-11-14 08:00,whatsapp,returned,cod,,2026-11-14 15:00,2026-11-16 10:00,"
               "SiCepat,S1,B-1,1,25000,\n"
               "X-4,2026-11-21 19:00,counter,shipped,cash,2026-11-21 19:00,2026-11-21 19:05,,"
               "Ambil di toko,X-4,A-1,1,100000,\n"
               "X-5,2026-11-22 23:30,shopee,new,,,,,,,B-1,4,25000,10000\n",
               f.clock);

    // Tickets: imported ones, and the service's replies, resolutions, a reopen, priority and CSAT.
    importFile(*f.db, ImportKind::Tickets, QStringLiteral("tickets.csv"),
               "ticket_number,created_at,customer_name,order_number,touchpoint,category,priority,status,"
               "first_response_at,resolved_at,reopened_count,outgoing_messages,handle_seconds,csat\n"
               "T-1,2026-11-16 09:00,Siti,,shipping,keterlambatan,high,resolved,2026-11-16 13:00,"
               "2026-11-17 10:00,1,2,300,4\n"
               "T-2,2026-11-16 10:00,Joko,,payment,,normal,open,,,,,,\n"
               "T-3,2026-11-18 10:00,Joko,,after_sales,retur,urgent,closed,2026-11-18 10:20,"
               "2026-11-18 12:00,0,1,600,2\n",
               f.clock);
    DbQuery customer(*f.db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
    REQUIRE(customer.exec());
    REQUIRE(customer.next());
    auto ticketAt = [&](qint64 at) {
        f.clock.set(at);
        return TicketService(*f.db, f.clock);
    };
    NewTicket nt;
    nt.customerId = customer.int64(0);
    nt.touchpoint = Touchpoint::Shipping;
    nt.category = QStringLiteral("salah alamat");
    nt.subject = QStringLiteral("Alamat");
    auto t4 = ticketAt(wib(23, 9)).create(nt, f.actor);
    REQUIRE(t4.ok());
    REQUIRE(ticketAt(wib(23, 14))
                .addMessage(*t4, MessageDirection::Out, QStringLiteral("Baik kak"), f.actor)
                .ok());
    REQUIRE(ticketAt(wib(23, 15)).changeStatus(*t4, TicketStatus::Resolved, QString(), f.actor).ok());
    REQUIRE(ticketAt(wib(23, 15)).setCsat(*t4, 5, f.actor).ok());
    REQUIRE(
        ticketAt(wib(23, 16)).changeStatus(*t4, TicketStatus::Open, QStringLiteral("Belum"), f.actor).ok());
    REQUIRE(ticketAt(wib(23, 16)).setPriority(*t4, TicketPriority::Urgent, f.actor).ok());
    REQUIRE(ticketAt(wib(23, 16, 30)).logHandleTime(*t4, 420, f.actor).ok());
    REQUIRE(ticketAt(wib(24, 9)).changeStatus(*t4, TicketStatus::Resolved, QString(), f.actor).ok());
    REQUIRE(ticketAt(wib(24, 9)).changeStatus(*t4, TicketStatus::Closed, QString(), f.actor).ok());

    const QList<QStringList> kept = snapshot(*f.db);
    CHECK(kept.at(0).size() >= 10);
    CHECK(kept.at(1).size() >= 10);
    CHECK(kept.at(2).size() == 3); // the unfinished orders: o4 (paid), X-4 (shipped), X-5 (new)
    CHECK(kept.at(3).size() >= 4);
    CHECK(kept.at(4).size() == 4);
    rebuild(*f.db);
    const QList<QStringList> rebuilt = snapshot(*f.db);
    for (int i = 0; i < kept.size(); ++i) {
        INFO(kSnapshots[i]);
        CHECK(kept.at(i) == rebuilt.at(i));
    }

    // And the figures read from them, by hand: the week of the 16th.
    f.clock.set(wib(24, 12));
    auto d = DashboardService(*f.db, f.clock).load(Period::isoWeekOf(QDate(2026, 11, 16)));
    REQUIRE(d.ok());
    const OrderPeriodFigures &week = d->current.orders;
    // o1 (2 × 100.000 − 1.000 + 25.000, returned still counts), o2 (cod, cancelled), o3 (cancelled),
    // o4 (100.000), X-4 (100.000), X-5 (4 × 25.000 − 10.000).
    CHECK(week.ordersIn == 6);
    CHECK(week.grossSales == 22400000 + 10000000 + 10000000 + 9000000);
    CHECK(week.ordersDone == 2); // o1 on the 19th, X-3 on the 16th
    CHECK(week.grossSalesByChannel.value(QStringLiteral("whatsapp")) == 0);
    CHECK(week.stageTimes.value(OrderStage::Shipped).left == 2); // o1 and X-3; X-4 is still shipped
    CHECK(d->previous.orders.grossSales ==
          17000000); // X-1 (100.000 + 2 × 25.000 − 5.000), X-3 (25.000); X-2 cancelled
    CHECK(d->current.tickets.ticketsCreated == 3);
    CHECK(d->current.tickets.ticketsResolved == 2);          // T-1 on the 17th, T-3 on the 18th
    CHECK(d->current.tickets.slaFirstResponseBreaches == 2); // T-1 (4 h for 2 h), T-2 unanswered
    CHECK(d->current.tickets.slaResolutionBreaches == 1);    // T-2, due Thursday 10:00
    CHECK(d->current.tickets.csatPercent == 50.0);           // T-1 4, T-3 2
    CHECK(d->openTickets.total == 1);                        // T-2
}
