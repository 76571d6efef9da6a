#pragma once

#include "common/actor.h"

#include "common/result.h"
#include "orders/order.h"

#include <QList>
#include <QVariant>

namespace rapi {

class Database;

// Which orders a list shows. Empty members do not filter.
struct OrderFilter
{
    std::optional<OrderStage> stage;
    std::optional<qint64> channelId;
    QString text;                // order number, customer name or phone (case-insensitive substring)
    bool stuckOnly = false;      // only orders over their stage's stuck threshold
    std::optional<qint64> placedFrom; // [from, to) in UTC seconds
    std::optional<qint64> placedTo;
    std::optional<qint64> completedFrom; // [from, to) in UTC seconds, on the index orders_completed
    std::optional<qint64> completedTo;
};

enum class OrderSortKey { PlacedAt, Number, Total, Stage };

// One row of the orders list, as cheap to load as possible.
struct OrderRow
{
    qint64 id = 0;
    QString number;
    qint64 placedAt = 0;
    QString channelName;
    QString customerName;
    OrderStage stage = OrderStage::New;
    qint64 stageEnteredAt = 0;
    Money total = 0;
    bool stuck = false;
};

// A position in a sorted list: the sort value and the id of a row (keyset paging).
struct OrderCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

// Reads orders: one order in full, and pages of the filtered, sorted list. Pages use keyset
// paging (WHERE (key, id) < (?, ?) ORDER BY key, id LIMIT n) so the first and the last page
// are equally fast at a million orders.
class OrderRepository final
{
public:
    explicit OrderRepository(const Database &db);

    Result<Order> get(qint64 orderId) const;
    // The order as the actor may see it (SPEC §1): refused to vendors; without access to contact
    // data (warehouse) the customer's phone is empty.
    Result<Order> get(qint64 orderId, const Actor &actor) const;
    Result<qint64> idForNumber(const QString &number) const;
    Result<QList<Channel>> channels() const;

    Result<qint64> count(const OrderFilter &filter, qint64 now) const;
    // Rows after `after` (or from the start) in the given direction of the sort.
    // descending = true is the natural "newest first" order.
    Result<QList<OrderRow>> page(const OrderFilter &filter, OrderSortKey key, bool descending,
                                 const std::optional<OrderCursor> &after, int limit, qint64 now) const;
    // Rows at an offset from the start (for jumping into the middle of the list).
    Result<QList<OrderRow>> pageAt(const OrderFilter &filter, OrderSortKey key, bool descending, qint64 offset,
                                   int limit, qint64 now) const;
    static OrderCursor cursorOf(const OrderRow &row, OrderSortKey key);

    // Stuck thresholds per stage in seconds; a stage without one is never stuck.
    Result<QHash<OrderStage, qint64>> stuckThresholds() const;

private:
    const Database &m_db;
};

} // namespace rapi
