#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "orders/orderstage.h"

#include <optional>

namespace rapi {

class Database;

// Changes how long an order may wait in a stage before it counts as stuck (amber in the orders
// list, counted on the dashboard). OrderRepository::stuckThresholds() reads them. Only the owner
// changes them.
class StuckThresholds final
{
public:
    // The longest threshold accepted: a year.
    static constexpr qint64 kMaxSeconds = 365 * 86400;

    explicit StuckThresholds(Database &db);

    static bool canEdit(const Actor &actor);
    // Only stages an order can still leave have a threshold; it is at least a minute and at most
    // kMaxSeconds. No threshold = orders in that stage are never stuck.
    static Status check(OrderStage stage, std::optional<qint64> seconds);

    Status set(OrderStage stage, std::optional<qint64> seconds, const Actor &actor);

private:
    Database &m_db;
};

} // namespace rapi
