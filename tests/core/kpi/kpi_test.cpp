// KPI figures on a small dataset whose answers were worked out by hand (see the comments).
#include "orderfixture.h"

#include "kpi/kpiservice.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {
// Local time in Jakarta (UTC+7) as UTC seconds.
qint64 wib(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("ISO weeks and periods in the business time zone")
{
    CHECK(Period::isoWeekOf(QDate(2026, 11, 18)).from == QDate(2026, 11, 16));
    CHECK(Period::isoWeekOf(QDate(2026, 11, 22)).to == QDate(2026, 11, 23));
    // Week 1 of 2026 starts in 2025.
    CHECK(Period::isoWeekOf(QDate(2026, 1, 1)).from == QDate(2025, 12, 29));
    CHECK(Period::isoWeekOf(QDate(2026, 1, 1)).to == QDate(2026, 1, 5));
    CHECK(businesstime::startOfDay(QDate(2026, 11, 16), businesstime::defaultZone()) == wib(2026, 11, 16, 0, 0));
    CHECK(businesstime::dateOf(wib(2026, 11, 15, 23, 30), businesstime::defaultZone()) == QDate(2026, 11, 15));
}

TEST_CASE("order KPIs for an ISO week match the hand-computed figures")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 10000000, 100, 5); // Rp 100.000
    const qint64 b = f.addProduct(QStringLiteral("B-1"), 25000000, 3, 5);   // Rp 250.000, critical
    auto placeAt = [&](qint64 at, QList<NewOrderLine> lines, const char *channel) {
        f.clock.set(at);
        return f.placeOrder(std::move(lines), PaymentMethod::Transfer, QString::fromLatin1(channel));
    };

    // 1: Sunday 23:30 of the week before — outside the week, but completed inside it.
    const qint64 o1 = placeAt(wib(2026, 11, 15, 23, 30), {{a, 1, std::nullopt, 0}}, "shopee");
    // 2: Monday 00:00 exactly — inside. 2 × 100.000 − 5.000 = 195.000. Completed Friday.
    const qint64 o2 = placeAt(wib(2026, 11, 16, 0, 0), {{a, 2, std::nullopt, 500000}}, "shopee");
    // 3: Wednesday, cancelled — counts as an order in, not as sales.
    const qint64 o3 = placeAt(wib(2026, 11, 18, 10, 0), {{b, 1, std::nullopt, 0}}, "tokopedia");
    // 6: Thursday, awaiting payment since then — stuck (over 24 h) by Monday.
    const qint64 o6 = placeAt(wib(2026, 11, 19, 9, 0), {{a, 1, std::nullopt, 0}}, "instagram");
    // 4: Sunday 23:58 — inside; paid a minute later, not stuck by Monday 01:00.
    const qint64 o4 = placeAt(wib(2026, 11, 22, 23, 58), {{b, 1, std::nullopt, 0}}, "whatsapp");
    // 5: Monday 00:00 of the next week — outside.
    placeAt(wib(2026, 11, 23, 0, 0), {{a, 1, std::nullopt, 0}}, "counter");

    f.clock.set(wib(2026, 11, 17, 10, 0));
    f.bringTo(o1, OrderStage::Completed, PaymentMethod::Transfer);
    f.clock.set(wib(2026, 11, 20, 10, 0));
    f.bringTo(o2, OrderStage::Completed, PaymentMethod::Transfer);
    REQUIRE(f.move(o3, OrderStage::Cancelled).ok());
    f.clock.set(wib(2026, 11, 19, 9, 5));
    f.bringTo(o6, OrderStage::AwaitingPayment, PaymentMethod::Transfer);
    f.clock.set(wib(2026, 11, 22, 23, 58));
    REQUIRE(f.move(o4, OrderStage::Paid).ok());

    f.clock.set(wib(2026, 11, 23, 1, 0));
    auto kpis = KpiService(*f.db, f.clock).orderKpis(Period::isoWeekOf(QDate(2026, 11, 18)));
    INFO(kpis.error().toStdString());
    REQUIRE(kpis.ok());
    CHECK(kpis->ordersIn == 4);   // 2, 3, 6, 4
    CHECK(kpis->ordersDone == 2); // 1 and 2 were completed in the week
    CHECK(kpis->grossSales == 19500000 + 10000000 + 25000000);
    CHECK(kpis->grossSalesByChannel.value(QStringLiteral("shopee")) == 19500000);
    CHECK(kpis->grossSalesByChannel.value(QStringLiteral("instagram")) == 10000000);
    CHECK(kpis->grossSalesByChannel.value(QStringLiteral("whatsapp")) == 25000000);
    CHECK(kpis->grossSalesByChannel.value(QStringLiteral("tokopedia")) == 0);
    CHECK(kpis->grossSalesByChannel.contains(QStringLiteral("counter")));
    CHECK(kpis->grossSalesByChannel.size() == 6);

    CHECK(kpis->pendingByStage.value(OrderStage::New) == 1); // order 5
    CHECK(kpis->pendingByStage.value(OrderStage::AwaitingPayment) == 1);
    CHECK(kpis->pendingByStage.value(OrderStage::Paid) == 1);
    CHECK(kpis->pendingByStage.value(OrderStage::Processing) == 0);
    CHECK(kpis->pendingByStage.value(OrderStage::Shipped) == 0);
    CHECK(kpis->pendingByStage.size() == 5);
    CHECK(kpis->stuckByStage.value(OrderStage::AwaitingPayment) == 1);
    CHECK(kpis->stuckByStage.value(OrderStage::Paid) == 0);
    CHECK(kpis->stuckByStage.value(OrderStage::New) == 0); // new has no threshold
    CHECK(kpis->criticalStock == 1);                        // B-1: 3 available ≤ 5

    // The week before holds only order 1's placement; nothing was completed then.
    auto before = KpiService(*f.db, f.clock).orderKpis(Period::isoWeekOf(QDate(2026, 11, 10)));
    CHECK(before->ordersIn == 1);
    CHECK(before->ordersDone == 0);
    CHECK(before->grossSales == 10000000);
}
