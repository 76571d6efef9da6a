#include "orders/orderstage.h"

#include <catch2/catch.hpp>

using namespace rapi;

TEST_CASE("stage codes round-trip and unknown codes are rejected")
{
    for (OrderStage stage : orderstage::all)
        CHECK(orderstage::fromCode(orderstage::code(stage)) == stage);
    CHECK_FALSE(orderstage::fromCode(u"shipping").has_value());
    CHECK(orderstage::code(OrderStage::AwaitingPayment) == QStringLiteral("awaiting_payment"));
}

TEST_CASE("only completed, cancelled and returned are terminal")
{
    for (OrderStage stage : orderstage::all) {
        const bool terminal = stage == OrderStage::Completed || stage == OrderStage::Cancelled ||
                              stage == OrderStage::Returned;
        CHECK(orderstage::isTerminal(stage) == terminal);
        CHECK(orderstage::nextStages(stage, PaymentMethod::Transfer).isEmpty() ==
              (stage == OrderStage::Cancelled || stage == OrderStage::Returned));
    }
}
