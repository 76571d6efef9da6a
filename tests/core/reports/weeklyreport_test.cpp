// The weekly report's model: the same figures as the dashboard (and so `rapi-cli kpi --json`)
// for the same ISO week, with the lists the dashboard only counts.
#include "kpi/dashboardservice.h"
#include "orders/orderrepository.h"
#include "reportdemo.h"
#include "reports/weeklyreport.h"
#include "stock/stockledger.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

ReportValue cell(const WeeklyReport &report, const QString &section, const QString &row, int column)
{
    const ReportSection *s = report.section(section);
    REQUIRE(s != nullptr);
    const ReportRow *r = s->row(row);
    INFO(section.toStdString() << " / " << row.toStdString());
    REQUIRE(r != nullptr);
    REQUIRE(column < r->cells.size());
    return r->cells.at(column);
}

} // namespace

TEST_CASE("weekly report: every figure is the dashboard's for the week and the week before")
{
    ReportDemo demo;
    const auto built = WeeklyReportBuilder(*demo.db, demo.clock).build(demo.week);
    REQUIRE(built.ok());
    const WeeklyReport &r = built.value();
    const auto loaded = DashboardService(*demo.db, demo.clock).load(demo.week);
    REQUIRE(loaded.ok());
    const Dashboard &d = loaded.value();

    CHECK(r.weekLabel == QStringLiteral("2026-W47"));
    CHECK(r.previousWeekLabel == QStringLiteral("2026-W46"));
    CHECK(r.week.from == QDate(2026, 11, 16));
    CHECK(r.asOf == demo.clock.now());

    const OrderPeriodFigures &c = d.current.orders;
    const OrderPeriodFigures &p = d.previous.orders;
    REQUIRE(c.ordersIn > 0);
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("orders_in"), 1) ==
          ReportValue::count(c.ordersIn));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("orders_in"), 2) ==
          ReportValue::count(p.ordersIn));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("orders_done"), 1) ==
          ReportValue::count(c.ordersDone));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("gross_sales"), 1) ==
          ReportValue::money(c.grossSales));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("gross_sales"), 2) ==
          ReportValue::money(p.grossSales));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("gross_sales"), 3) ==
          ReportValue::percent(DashboardService::changePercent(double(c.grossSales), double(p.grossSales))));
    for (const Channel &channel : d.channels) {
        CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("gross_sales_by_channel.") + channel.code,
                   1) == ReportValue::money(c.grossSalesByChannel.value(channel.code)));
        CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("orders_in_by_channel.") + channel.code, 2) ==
              ReportValue::count(p.ordersInByChannel.value(channel.code)));
    }
    const TicketPeriodKpis &t = d.current.tickets;
    REQUIRE(t.ticketsCreated > 0);
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("tickets_created"), 1) ==
          ReportValue::count(t.ticketsCreated));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("sla_first_response_breaches"), 1) ==
          ReportValue::count(t.slaFirstResponseBreaches));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("sla_resolution_breaches"), 2) ==
          ReportValue::count(d.previous.tickets.slaResolutionBreaches));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("fcr_percent"), 1) ==
          ReportValue::percent(t.fcrPercent));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("aht_seconds"), 1) ==
          ReportValue::duration(t.ahtSeconds));
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("csat_percent"), 1) ==
          ReportValue::percent(t.csatPercent));
    if (d.current.bottleneck)
        CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("bottleneck"), 1).text ==
              orderstage::displayName(*d.current.bottleneck));

    // Now: the pipeline, critical stock and open tickets.
    qint64 stuck = 0;
    for (OrderStage stage : orderstage::pending) {
        stuck += d.pipeline.stuck.value(stage);
        CHECK(cell(r, QStringLiteral("pipeline"), orderstage::code(stage), 1) ==
              ReportValue::count(d.pipeline.pending.value(stage)));
        CHECK(cell(r, QStringLiteral("pipeline"), orderstage::code(stage), 3) ==
              ReportValue::count(c.stageTimes.value(stage).left));
        CHECK(cell(r, QStringLiteral("pipeline"), orderstage::code(stage), 4) ==
              ReportValue::duration(c.stageTimes.value(stage).medianSeconds));
    }
    CHECK(cell(r, QStringLiteral("now"), QStringLiteral("stuck"), 1) == ReportValue::count(stuck));
    CHECK(cell(r, QStringLiteral("now"), QStringLiteral("critical_stock"), 1) ==
          ReportValue::count(d.criticalStock));
    CHECK(cell(r, QStringLiteral("now"), QStringLiteral("open_tickets"), 1) ==
          ReportValue::count(d.openTickets.total));

    // Days, trend and voice of the customer.
    const ReportSection *days = r.section(QStringLiteral("days"));
    REQUIRE(days->rows.size() == 7);
    CHECK(days->rows.at(2).key == QStringLiteral("2026-11-18"));
    CHECK(days->rows.at(2).cells.last() == ReportValue::money(c.days.at(2).grossSales));
    REQUIRE(r.days.size() == 7);
    const ReportSection *trend = r.section(QStringLiteral("trend"));
    REQUIRE(trend->rows.size() == DashboardService::trendWeeks);
    CHECK(trend->rows.last().key == QStringLiteral("2026-W47"));
    CHECK(trend->rows.last().cells.at(1) == ReportValue::count(c.ordersIn));
    for (const TouchpointTopics &tp : d.current.voiceOfCustomer)
        CHECK(cell(r, QStringLiteral("tickets"), touchpoint::code(tp.touchpoint), 1) ==
              ReportValue::count(tp.tickets));

    // The lists behind the counts.
    OrderFilter stuckOnly;
    stuckOnly.stuckOnly = true;
    const auto stuckCount = OrderRepository(*demo.db).count(stuckOnly, demo.clock.now());
    REQUIRE(stuckCount.ok());
    CHECK(r.section(QStringLiteral("stuck_orders"))->rows.size() ==
          qMin<qint64>(stuckCount.value(), WeeklyReportBuilder::maxStuckOrders));
    const auto reorder = StockLedger(*demo.db, demo.clock).reorderList();
    REQUIRE(reorder.ok());
    REQUIRE(r.section(QStringLiteral("reorder"))->rows.size() == reorder->size());
    if (!reorder->isEmpty())
        CHECK(r.section(QStringLiteral("reorder"))->rows.first().key == reorder->first().product.sku);
}

TEST_CASE("weekly report: a week with nothing in it says so instead of inventing figures")
{
    auto db = openTestDatabase();
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC).toSecsSinceEpoch());
    const auto built = WeeklyReportBuilder(*db, clock).build(QStringLiteral("2026-W47"));
    REQUIRE(built.ok());
    const WeeklyReport &r = built.value();
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("orders_in"), 1) == ReportValue::count(0));
    // Nothing to compare with: no change, and no percentage made up from nothing.
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("orders_in"), 3).isEmpty());
    CHECK(cell(r, QStringLiteral("summary"), QStringLiteral("csat_percent"), 1).isEmpty());
    CHECK(r.section(QStringLiteral("stuck_orders"))->rows.isEmpty());
    CHECK(r.section(QStringLiteral("stuck_orders"))->note.contains(QStringLiteral("No order")));
    CHECK(r.section(QStringLiteral("reorder"))->rows.isEmpty());
}

TEST_CASE("weekly report: a week that is not an ISO week is refused with a clear message")
{
    auto db = openTestDatabase();
    const WeeklyReportBuilder builder(*db);
    for (const QString &text :
         {QStringLiteral("2026-W54"), QStringLiteral("last week"), QStringLiteral("2026-47")}) {
        const auto report = builder.build(text);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().contains(QStringLiteral("2026-W47")));
        CHECK(report.error().contains(text));
    }
    const auto notAWeek = builder.build(Period{QDate(2026, 11, 17), QDate(2026, 11, 24)});
    REQUIRE_FALSE(notAWeek.ok());
    CHECK(notAWeek.error().contains(QStringLiteral("Monday")));
}

TEST_CASE("weekly report: values format for people and for files")
{
    CHECK(reportformat::plain(ReportValue::money(123450050)) == QStringLiteral("1234500.50"));
    CHECK(reportformat::plain(ReportValue::percent(12.345)) == QStringLiteral("12.3"));
    CHECK(reportformat::plain(ReportValue::duration(3720)) == QStringLiteral("3720"));
    CHECK(reportformat::plain(ReportValue::date(QDate(2026, 11, 16))) == QStringLiteral("2026-11-16"));
    CHECK(reportformat::plain(ReportValue::percent(std::nullopt)).isEmpty());
    CHECK(reportformat::display(ReportValue::money(123450000)) == QStringLiteral("Rp 1.234.500"));
    CHECK(reportformat::display(ReportValue::duration(2 * 86400 + 3 * 3600)) == QStringLiteral("2 d 3 h"));
    CHECK(reportformat::change(ReportValue::percent(-3.0)).startsWith(QChar(0x2212)));
    CHECK(reportformat::change(ReportValue::percent(12.5)).startsWith(QLatin1Char('+')));
}
