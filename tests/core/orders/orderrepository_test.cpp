#include "orderfixture.h"

#include "orders/orderrepository.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

QStringList numbers(const QList<OrderRow> &rows)
{
    QStringList list;
    for (const OrderRow &r : rows)
        list << r.number;
    return list;
}

// Walks the whole list page by page with keyset cursors.
QStringList walk(const OrderRepository &repo, const OrderFilter &filter, OrderSortKey key, bool descending,
                 qint64 now, int pageSize)
{
    QStringList all;
    std::optional<OrderCursor> cursor;
    for (;;) {
        auto page = repo.page(filter, key, descending, cursor, pageSize, now);
        REQUIRE(page.ok());
        all << numbers(page.value());
        if (page->size() < pageSize)
            return all;
        cursor = OrderRepository::cursorOf(page->last(), key);
    }
}

} // namespace

TEST_CASE("the orders list pages by keyset in both directions and matches offset paging")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 1000);
    for (int i = 0; i < 23; ++i) {
        f.clock.advance(i % 3 == 0 ? 0 : 30); // equal timestamps must still page without gaps or repeats
        f.placeOrder({{a, 1 + i % 4, std::nullopt, 0}});
    }
    OrderRepository repo(*f.db);
    const qint64 now = f.clock.now();
    for (OrderSortKey key : {OrderSortKey::PlacedAt, OrderSortKey::Number, OrderSortKey::Total, OrderSortKey::Stage}) {
        const QStringList down = walk(repo, {}, key, true, now, 5);
        const QStringList up = walk(repo, {}, key, false, now, 7);
        REQUIRE(down.size() == 23);
        QStringList reversed(up.rbegin(), up.rend());
        CHECK(reversed == down);
        QStringList byOffset;
        for (int offset = 0; offset < 23; offset += 5)
            byOffset << numbers(repo.pageAt({}, key, true, offset, 5, now).value());
        CHECK(byOffset == down);
    }
    CHECK(repo.count({}, now).value() == 23);
    // Newest first by default: the last order placed comes first.
    CHECK(walk(repo, {}, OrderSortKey::PlacedAt, true, now, 50).first() == QStringLiteral("ORD-000023"));
}

TEST_CASE("the orders list filters by stage, channel, text and stuck")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 1000);
    const qint64 paidLongAgo = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(paidLongAgo, OrderStage::Paid, PaymentMethod::Transfer);
    f.clock.advance(13 * 3600); // paid is stuck after 12 hours
    const qint64 paidJustNow = f.placeOrder({{a, 1, std::nullopt, 0}}, PaymentMethod::Transfer,
                                            QStringLiteral("tokopedia"));
    f.bringTo(paidJustNow, OrderStage::Paid, PaymentMethod::Transfer);
    f.placeOrder({{a, 1, std::nullopt, 0}});

    OrderRepository repo(*f.db);
    const qint64 now = f.clock.now();
    OrderFilter paid;
    paid.stage = OrderStage::Paid;
    CHECK(repo.count(paid, now).value() == 2);
    OrderFilter stuck;
    stuck.stuckOnly = true;
    CHECK(repo.count(stuck, now).value() == 1);
    auto stuckRows = repo.page(stuck, OrderSortKey::PlacedAt, true, std::nullopt, 10, now);
    REQUIRE(stuckRows->size() == 1);
    CHECK(stuckRows->first().id == paidLongAgo);
    CHECK(stuckRows->first().stuck);

    OrderFilter tokopedia;
    tokopedia.channelId = f.channelId(QStringLiteral("tokopedia"));
    CHECK(numbers(repo.page(tokopedia, OrderSortKey::PlacedAt, true, std::nullopt, 10, now).value()) ==
          QStringList{QStringLiteral("ORD-000002")});

    OrderFilter text;
    text.text = QStringLiteral("siti");
    CHECK(repo.count(text, now).value() == 3);
    text.text = QStringLiteral("ord-000003");
    CHECK(repo.count(text, now).value() == 1);
    text.text = QStringLiteral("34567890");
    CHECK(repo.count(text, now).value() == 3);
    text.text = QStringLiteral("nobody");
    CHECK(repo.count(text, now).value() == 0);
}

TEST_CASE("the orders list filters by the time orders were completed")
{
    OrderFixture f;
    const qint64 a = f.addProduct(QStringLiteral("A-1"), 100000, 1000);
    // Placed before the range but completed in it; completed before it; completed in it; never completed.
    const qint64 placedEarly = f.placeOrder({{a, 1, std::nullopt, 0}});
    const qint64 doneEarly = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(doneEarly, OrderStage::Completed, PaymentMethod::Transfer);
    f.clock.advance(3 * 86400);
    const qint64 from = f.clock.now();
    f.bringTo(placedEarly, OrderStage::Completed, PaymentMethod::Transfer);
    const qint64 doneInRange = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(doneInRange, OrderStage::Completed, PaymentMethod::Transfer);
    f.placeOrder({{a, 1, std::nullopt, 0}});
    f.clock.advance(3600);
    const qint64 to = f.clock.now();
    f.clock.advance(3600);
    const qint64 doneAfter = f.placeOrder({{a, 1, std::nullopt, 0}});
    f.bringTo(doneAfter, OrderStage::Completed, PaymentMethod::Transfer);

    OrderRepository repo(*f.db);
    const qint64 now = f.clock.now();
    OrderFilter completed;
    completed.completedFrom = from;
    completed.completedTo = to;
    CHECK(repo.count(completed, now).value() == 2);
    const auto page = repo.page(completed, OrderSortKey::PlacedAt, false, std::nullopt, 10, now);
    REQUIRE(page);
    QList<qint64> ids;
    for (const OrderRow &row : page.value())
        ids << row.id;
    CHECK(ids == QList<qint64>{placedEarly, doneInRange});
    // The end is excluded, an open start takes everything completed before the end.
    completed.completedFrom.reset();
    CHECK(repo.count(completed, now).value() == 3);
    completed.completedTo = from;
    CHECK(repo.count(completed, now).value() == 1);
}
