#pragma once

#include "accounts/permission.h"
#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "orders/order.h"

namespace rapi {

class Database;

// Creates orders and moves them through the pipeline, enforcing every rule of SPEC §2 in one
// transaction per call: stock reservation on processing, courier and tracking for shipped,
// release on cancel, restock on return, and an event for each transition.
class OrderService final
{
public:
    OrderService(Database &db, const Clock &clock = Clock::system());

    Result<qint64> create(const NewOrder &order, const Actor &actor);
    // expectedVersion: the version the person was looking at; a newer one means someone else
    // changed the order meanwhile and the move is refused (nothing lost, reload and retry).
    Status transition(qint64 orderId, OrderStage to, const TransitionDetails &details, const Actor &actor,
                      std::optional<int> expectedVersion = std::nullopt);
    Status updateNotes(qint64 orderId, const QString &notes, const Actor &actor, int expectedVersion);

    // Who may move an order into a stage (SPEC §1): taking an order is CS work, payments and
    // returns are finance's, the way to the customer is the warehouse's; cancelling is the owner's.
    static Permission permissionToEnter(OrderStage to);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi
