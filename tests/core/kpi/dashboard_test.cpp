// The dashboard's order figures for a week and the week before, on a small shop whose answers
// were worked out by hand (times are WIB; the comments give each stay in a stage).
#include "kpi/dashboardservice.h"
#include "orderfixture.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

qint64 wib(int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

struct Shop
{
    OrderFixture f;
    qint64 a = 0;
    qint64 b = 0;

    Shop()
    {
        a = f.addProduct(QStringLiteral("A-1"), 10000000, 100, 5); // Rp 100.000
        b = f.addProduct(QStringLiteral("B-1"), 25000000, 3, 5);   // Rp 250.000
    }
    qint64 place(qint64 at, qint64 product, qint64 qty, Money discount, const char *channel)
    {
        f.clock.set(at);
        return f.placeOrder({{product, qty, std::nullopt, discount}}, PaymentMethod::Transfer,
                            QString::fromLatin1(channel));
    }
    // OrderFixture::move advances the clock a minute before moving.
    void moveAt(qint64 order, OrderStage to, qint64 at)
    {
        f.clock.set(at - 60);
        const Status s = f.move(order, to, to == OrderStage::Shipped ? shippedWith() : TransitionDetails{});
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    }
};

const StageTime &timeIn(const DashboardPeriod &p, OrderStage stage)
{
    return p.orders.stageTimes.find(stage).value();
}

} // namespace

TEST_CASE("dashboard: a week beside the week before, computed by hand")
{
    Shop s;
    // The week before (9–15 November).
    // P1 Tue 10:00 shopee: new 30 min, paid 4 h, processing 20 h, shipped 2 d (done Fri 13).
    const qint64 p1 = s.place(wib(11, 10, 10), s.a, 1, 0, "shopee");
    s.moveAt(p1, OrderStage::Paid, wib(11, 10, 10, 30));
    s.moveAt(p1, OrderStage::Processing, wib(11, 10, 14, 30));
    s.moveAt(p1, OrderStage::Shipped, wib(11, 11, 10, 30));
    s.moveAt(p1, OrderStage::Completed, wib(11, 13, 10, 30));
    // P2 Fri 12:00 tiktok: new 2 min, paid 21 h, processing 4 h; shipped 1 d 18 h 58 min, done Mon 16.
    const qint64 p2 = s.place(wib(11, 13, 12), s.a, 1, 0, "tiktok");
    s.moveAt(p2, OrderStage::Paid, wib(11, 13, 12, 2));
    s.moveAt(p2, OrderStage::Processing, wib(11, 14, 9, 2));
    s.moveAt(p2, OrderStage::Shipped, wib(11, 14, 13, 2));
    s.moveAt(p2, OrderStage::Completed, wib(11, 16, 8, 0));

    // This week (16–22 November).
    // O1 Mon 09:00 shopee, 2 × 100.000 − 5.000: new 10 min, paid 4 h, processing 20 h, shipped 2 d.
    const qint64 o1 = s.place(wib(11, 16, 9), s.a, 2, 500000, "shopee");
    s.moveAt(o1, OrderStage::Paid, wib(11, 16, 9, 10));
    s.moveAt(o1, OrderStage::Processing, wib(11, 16, 13, 10));
    s.moveAt(o1, OrderStage::Shipped, wib(11, 17, 9, 10));
    s.moveAt(o1, OrderStage::Completed, wib(11, 19, 9, 10));
    // O2 Mon 20:00 tokopedia, B: new 5 min, paid 36 h, in processing since Wed 08:05.
    const qint64 o2 = s.place(wib(11, 16, 20), s.b, 1, 0, "tokopedia");
    s.moveAt(o2, OrderStage::Paid, wib(11, 16, 20, 5));
    s.moveAt(o2, OrderStage::Processing, wib(11, 18, 8, 5));
    // O3 Tue 11:00 whatsapp: new 20 min, awaiting payment 24 h, cancelled — an order in, no sales.
    const qint64 o3 = s.place(wib(11, 17, 11), s.a, 1, 0, "whatsapp");
    s.moveAt(o3, OrderStage::AwaitingPayment, wib(11, 17, 11, 20));
    s.moveAt(o3, OrderStage::Cancelled, wib(11, 18, 11, 20));
    // O4 Wed 15:00 instagram, 3 × 100.000: new 1 min, awaiting payment 24 h, paid since Thu 15:01.
    const qint64 o4 = s.place(wib(11, 18, 15), s.a, 3, 0, "instagram");
    s.moveAt(o4, OrderStage::AwaitingPayment, wib(11, 18, 15, 1));
    s.moveAt(o4, OrderStage::Paid, wib(11, 19, 15, 1));
    // O5 Sunday 23:59 at the counter (still new); O6 Monday 00:00 of the next week.
    s.place(wib(11, 22, 23, 59), s.a, 1, 0, "counter");
    s.place(wib(11, 23, 0, 0), s.a, 1, 0, "shopee");

    s.f.clock.set(wib(11, 23, 10));
    auto loaded = DashboardService(*s.f.db, s.f.clock).load(Period::isoWeekOf(QDate(2026, 11, 18)));
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    const Dashboard &d = loaded.value();
    const OrderPeriodFigures &now = d.current.orders;

    CHECK(d.channels.size() == 6);
    CHECK(d.channels.first().code == QStringLiteral("shopee"));
    CHECK(now.ordersIn == 5);   // O1–O5
    CHECK(now.ordersDone == 2); // P2 (Monday) and O1 (Thursday)
    CHECK(now.grossSales == 19500000 + 25000000 + 30000000 + 10000000);
    CHECK(now.grossSalesByChannel.value(QStringLiteral("shopee")) == 19500000);
    CHECK(now.grossSalesByChannel.value(QStringLiteral("tokopedia")) == 25000000);
    CHECK(now.grossSalesByChannel.value(QStringLiteral("whatsapp")) == 0); // cancelled
    CHECK(now.grossSalesByChannel.value(QStringLiteral("instagram")) == 30000000);
    CHECK(now.grossSalesByChannel.value(QStringLiteral("counter")) == 10000000);
    CHECK(now.grossSalesByChannel.size() == 6);
    CHECK(now.ordersInByChannel.value(QStringLiteral("whatsapp")) == 1);
    CHECK(now.ordersInByChannel.value(QStringLiteral("tiktok")) == 0);

    REQUIRE(now.days.size() == 7);
    CHECK(now.days.at(0).date == QDate(2026, 11, 16));
    CHECK(now.days.at(0).ordersIn == 2);
    CHECK(now.days.at(0).grossSales == 44500000);
    CHECK(now.days.at(0).grossSalesByChannel.value(QStringLiteral("tokopedia")) == 25000000);
    CHECK(now.days.at(0).ordersDone == 1);
    CHECK(now.days.at(1).ordersIn == 1);
    CHECK(now.days.at(1).grossSales == 0);
    CHECK(now.days.at(3).ordersDone == 1);
    CHECK(now.days.at(4).ordersIn == 0);
    CHECK(now.days.at(6).ordersInByChannel.value(QStringLiteral("counter")) == 1); // Sunday 23:59

    // Time in stage, over the orders that left the stage this week.
    const StageTime &fresh = timeIn(d.current, OrderStage::New); // 10, 5, 20 and 1 min
    CHECK(fresh.left == 4);
    CHECK(fresh.averageSeconds == 540);
    CHECK(fresh.medianSeconds == 450);
    const StageTime &awaiting = timeIn(d.current, OrderStage::AwaitingPayment); // O3 and O4, 24 h each
    CHECK(awaiting.left == 2);
    CHECK(awaiting.medianSeconds == 86400);
    const StageTime &paid = timeIn(d.current, OrderStage::Paid); // 4 h and 36 h
    CHECK(paid.left == 2);
    CHECK(paid.averageSeconds == 72000);
    CHECK(paid.medianSeconds == 72000);
    const StageTime &processing = timeIn(d.current, OrderStage::Processing); // O1's 20 h
    CHECK(processing.left == 1);
    CHECK(processing.medianSeconds == 72000);
    const StageTime &shipped = timeIn(d.current, OrderStage::Shipped); // 2 d and 1 d 18 h 58 min
    CHECK(shipped.left == 2);
    CHECK(shipped.averageSeconds == (172800 + 154680) / 2);
    CHECK(shipped.medianSeconds == (172800 + 154680) / 2);
    // Median ÷ stuck threshold: awaiting 1.0, paid 72000/43200 = 1.67, processing 0.83, shipped 0.27.
    REQUIRE(d.current.bottleneck.has_value());
    CHECK(*d.current.bottleneck == OrderStage::Paid);

    // Now (Monday 23 10:00): O5 and O6 new; O4 paid since Thursday and O2 processing since
    // Wednesday are both stuck; B has 3 on hand, 1 reserved by O2, reorder point 5.
    CHECK(d.pipeline.pending.value(OrderStage::New) == 2);
    CHECK(d.pipeline.pending.value(OrderStage::Paid) == 1);
    CHECK(d.pipeline.stuck.value(OrderStage::Paid) == 1);
    CHECK(d.pipeline.pending.value(OrderStage::Processing) == 1);
    CHECK(d.pipeline.stuck.value(OrderStage::Processing) == 1);
    CHECK(d.pipeline.pending.value(OrderStage::Shipped) == 0);
    CHECK(d.pipeline.stuckAfterSeconds.value(OrderStage::Paid) == 43200);
    CHECK(d.criticalStock == 1);

    // The week before.
    CHECK(d.previous.period == Period::isoWeekOf(QDate(2026, 11, 10)));
    const OrderPeriodFigures &before = d.previous.orders;
    CHECK(before.ordersIn == 2);
    CHECK(before.ordersDone == 1);
    CHECK(before.grossSales == 20000000);
    CHECK(before.grossSalesByChannel.value(QStringLiteral("tiktok")) == 10000000);
    CHECK(timeIn(d.previous, OrderStage::New).medianSeconds == (1800 + 120) / 2);
    CHECK(timeIn(d.previous, OrderStage::Paid).averageSeconds == (14400 + 75600) / 2);
    CHECK(timeIn(d.previous, OrderStage::Processing).medianSeconds == (72000 + 14400) / 2);
    CHECK(timeIn(d.previous, OrderStage::Shipped).left == 1);
    CHECK(timeIn(d.previous, OrderStage::AwaitingPayment).left == 0);
    CHECK_FALSE(timeIn(d.previous, OrderStage::AwaitingPayment).medianSeconds.has_value());
    CHECK(*d.previous.bottleneck == OrderStage::Paid); // 45000 / 43200
    CHECK(DashboardService::changePercent(now.ordersIn, before.ordersIn) == 150.0);

    // The trend: eight ISO weeks up to this one, with orders and sales per week.
    REQUIRE(d.weeklyTrend.size() == DashboardService::trendWeeks);
    CHECK(d.weeklyTrend.last().label == QStringLiteral("2026-W47"));
    CHECK(d.weeklyTrend.first().label == QStringLiteral("2026-W40"));
    CHECK(d.weeklyTrend.last().ordersIn == 5);
    CHECK(d.weeklyTrend.last().grossSales == now.grossSales);
    CHECK(d.weeklyTrend.at(6).ordersIn == 2);
    CHECK(d.weeklyTrend.at(5).ordersIn == 0);

    // KpiService::orderKpis (the older strip and `rapi-cli kpi`) tells the same.
    auto kpis = KpiService(*s.f.db, s.f.clock).orderKpis(d.current.period);
    REQUIRE(kpis.ok());
    CHECK(kpis->ordersIn == now.ordersIn);
    CHECK(kpis->grossSales == now.grossSales);
    CHECK(kpis->stuckByStage == d.pipeline.stuck);

    // A day: Monday 16 alone.
    auto monday = DashboardService(*s.f.db, s.f.clock).load(Period::day(QDate(2026, 11, 16)));
    REQUIRE(monday.ok());
    CHECK(monday->current.orders.ordersIn == 2);
    CHECK(monday->previous.orders.ordersIn == 0);                                // Sunday 15
    CHECK(timeIn(monday->current, OrderStage::Shipped).medianSeconds == 154680); // P2 left shipped on Monday
}

TEST_CASE("dashboard: periods must be valid and in the business zone")
{
    OrderFixture f;
    auto backwards = DashboardService(*f.db, f.clock).load(Period{QDate(2026, 11, 23), QDate(2026, 11, 16)});
    CHECK_FALSE(backwards.ok());
    CHECK(backwards.error().contains(QStringLiteral("2026-11-16")));
    auto tokyo =
        DashboardService(*f.db, f.clock, QTimeZone(9 * 3600)).load(Period::isoWeekOf(QDate(2026, 11, 18)));
    CHECK_FALSE(tokyo.ok());
    CHECK(tokyo.error().contains(QStringLiteral("UTC+7")));
}

TEST_CASE("dashboard: the most urgent critical products, lowest available against the reorder point first")
{
    OrderFixture f;
    // available / reorder point: C-10 0/10, C-05 1/5 (0.2), C-04 and C-08 2/10 and 1/5 (0.2, but C-04
    // is 8 short, C-08 only 4), C-01 3/10, then 4/10 .. 8/10, and a product well stocked.
    f.addProduct(QStringLiteral("C-01"), 100000, 3, 10);
    f.addProduct(QStringLiteral("C-04"), 100000, 2, 10);
    f.addProduct(QStringLiteral("C-05"), 100000, 1, 5);
    f.addProduct(QStringLiteral("C-08"), 100000, 1, 5);
    f.addProduct(QStringLiteral("C-10"), 100000, 0, 10);
    for (int i = 4; i <= 8; ++i)
        f.addProduct(QStringLiteral("D-%1").arg(i), 100000, i, 10);
    f.addProduct(QStringLiteral("FULL"), 100000, 50, 10);
    // 12 on hand, 3 reserved by an order in processing: 9 of 10 available, critical.
    const qint64 ordered = f.placeOrder({{f.addProduct(QStringLiteral("R-1"), 100000, 12, 10), 3, std::nullopt, 0}});
    f.bringTo(ordered, OrderStage::Processing, PaymentMethod::Transfer);

    auto d = DashboardService(*f.db, f.clock).load(Period::isoWeekOf(QDate(2026, 11, 18)));
    REQUIRE(d.ok());
    CHECK(d->criticalStock == 11);
    QStringList skus;
    for (const Product &p : d->criticalProducts)
        skus << p.sku;
    CHECK(skus == QStringList{QStringLiteral("C-10"), QStringLiteral("C-04"), QStringLiteral("C-05"),
                              QStringLiteral("C-08"), QStringLiteral("C-01"), QStringLiteral("D-4"),
                              QStringLiteral("D-5"), QStringLiteral("D-6")});
    CHECK(d->criticalProducts.size() == DashboardService::criticalShown);
}
