// Every (from, to) pair of the pipeline, for a prepaid and a cash-on-delivery order, against a
// table written out by hand from SPEC §2 — not derived from the code under test.
#include "orderfixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace rapi;
using namespace rapi::test;

namespace {

using S = OrderStage;

std::set<std::pair<S, S>> expectedAllowed(PaymentMethod method)
{
    if (method == PaymentMethod::Cod) {
        return {{S::New, S::Processing}, {S::New, S::Cancelled},          {S::Processing, S::Shipped},
                {S::Processing, S::Cancelled}, {S::Shipped, S::Completed}, {S::Shipped, S::Returned},
                {S::Completed, S::Returned}};
    }
    return {{S::New, S::AwaitingPayment}, {S::New, S::Paid},           {S::New, S::Cancelled},
            {S::AwaitingPayment, S::Paid}, {S::AwaitingPayment, S::Cancelled}, {S::Paid, S::Processing},
            {S::Paid, S::Cancelled},       {S::Processing, S::Shipped}, {S::Processing, S::Cancelled},
            {S::Shipped, S::Completed},    {S::Shipped, S::Returned},   {S::Completed, S::Returned}};
}

bool reachable(S stage, PaymentMethod method)
{
    return method != PaymentMethod::Cod || (stage != S::AwaitingPayment && stage != S::Paid);
}

} // namespace

TEST_CASE("the stage machine allows exactly the transitions of SPEC §2")
{
    for (PaymentMethod method : {PaymentMethod::Transfer, PaymentMethod::Cod}) {
        const auto allowed = expectedAllowed(method);
        for (S from : orderstage::all) {
            if (!reachable(from, method))
                continue;
            for (S to : orderstage::all) {
                INFO(paymentmethod::code(method).toStdString() << ": " << orderstage::code(from).toStdString()
                                                               << " -> " << orderstage::code(to).toStdString());
                CHECK(orderstage::isAllowed(from, to, method) == (allowed.count({from, to}) == 1));
            }
        }
    }
}

TEST_CASE("every allowed transition succeeds and every refused one is refused by the service with a message")
{
    OrderFixture f;
    const qint64 sku = f.addProduct(QStringLiteral("KAOS-01"), 8900000, 1000);
    for (PaymentMethod method : {PaymentMethod::Transfer, PaymentMethod::Cod}) {
        const auto allowed = expectedAllowed(method);
        for (S from : orderstage::all) {
            if (!reachable(from, method))
                continue;
            for (S to : orderstage::all) {
                const qint64 order = f.placeOrder({{sku, 1, std::nullopt, 0}}, method);
                f.bringTo(order, from, method);
                const qint64 eventsBefore = f.count(QStringLiteral("order_events"));
                const Status status = f.move(order, to, to == S::Shipped ? shippedWith() : TransitionDetails{});
                INFO(paymentmethod::code(method).toStdString() << ": " << orderstage::code(from).toStdString()
                                                               << " -> " << orderstage::code(to).toStdString()
                                                               << ": " << status.error().toStdString());
                const bool expected = allowed.count({from, to}) == 1;
                CHECK(status.ok() == expected);
                CHECK(f.stageOf(order) == (expected ? to : from));
                CHECK(f.count(QStringLiteral("order_events")) == eventsBefore + (expected ? 1 : 0));
                if (!expected)
                    CHECK(status.error().contains(QStringLiteral("cannot go from")));
                // Keep the next orders' stock free: give back what this one holds.
                if (f.stageOf(order) == S::Processing)
                    REQUIRE(f.move(order, S::Cancelled).ok());
            }
        }
    }
    CHECK(f.product(sku).reserved == 0);
}
