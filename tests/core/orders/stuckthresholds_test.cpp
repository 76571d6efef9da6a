#include "orderfixture.h"
#include "orders/orderrepository.h"
#include "orders/stuckthresholds.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

TEST_CASE("the owner changes when an order counts as stuck and the orders list follows")
{
    OrderFixture f;
    const qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 10);
    const qint64 order = f.placeOrder({{product, 1, 6500000, 0}});
    REQUIRE(f.move(order, OrderStage::AwaitingPayment).ok());
    OrderRepository repo(*f.db);
    OrderFilter stuckOnly;
    stuckOnly.stuckOnly = true;
    // Five hours in awaiting payment: not stuck under the default 24 hours.
    const qint64 later = f.clock.now() + 5 * 3600;
    CHECK(repo.count(stuckOnly, later).value() == 0);

    StuckThresholds thresholds(*f.db);
    REQUIRE(thresholds.set(OrderStage::AwaitingPayment, 4 * 3600, f.actor).ok());
    REQUIRE(thresholds.set(OrderStage::New, 2 * 3600, f.actor).ok());
    REQUIRE(thresholds.set(OrderStage::Shipped, std::nullopt, f.actor).ok());
    auto stored = repo.stuckThresholds();
    REQUIRE(stored.ok());
    CHECK(stored->value(OrderStage::AwaitingPayment) == 4 * 3600);
    CHECK(stored->value(OrderStage::New) == 2 * 3600);
    CHECK(stored->value(OrderStage::Paid) == 43200);
    CHECK_FALSE(stored->contains(OrderStage::Shipped));
    CHECK(repo.count(stuckOnly, later).value() == 1);
}

TEST_CASE("bad stuck thresholds and other roles are refused and change nothing")
{
    OrderFixture f;
    StuckThresholds thresholds(*f.db);
    CHECK(
        thresholds.set(OrderStage::Paid, 0, f.actor).error().contains(QStringLiteral("at least one minute")));
    CHECK(thresholds.set(OrderStage::Paid, StuckThresholds::kMaxSeconds + 1, f.actor)
              .error()
              .contains(QStringLiteral("at most a year")));
    CHECK(thresholds.set(OrderStage::Completed, 3600, f.actor).error().contains(QStringLiteral("done")));
    const Actor cs{2, QStringLiteral("cs"), Role::Cs};
    CHECK(thresholds.set(OrderStage::Paid, 3600, cs).error().contains(QStringLiteral("Only the owner")));
    CHECK(thresholds.set(OrderStage::Paid, std::nullopt, cs)
              .error()
              .contains(QStringLiteral("Only the owner")));

    auto stored = OrderRepository(*f.db).stuckThresholds();
    REQUIRE(stored.ok());
    CHECK(stored->size() == 4);
    CHECK(stored->value(OrderStage::Paid) == 43200);
    CHECK_FALSE(stored->contains(OrderStage::Completed));
}
