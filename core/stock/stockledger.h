#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "stock/product.h"

#include <QList>

namespace rapi {

class Database;

struct ReorderSuggestion
{
    Product product;
    qint64 suggestedQty = 0; // enough to get back above the reorder point, at least reorder_qty
};

struct StocktakeCount
{
    qint64 productId = 0;
    qint64 countedQty = 0;
};

// A product whose materialised figures disagree with the ledger or the open reservations.
struct StockDiscrepancy
{
    qint64 productId = 0;
    QString sku;
    qint64 onHand = 0;
    qint64 ledgerSum = 0;
    qint64 reserved = 0;
    qint64 reservationSum = 0;
};

// The stock ledger of SPEC §3: every change of on-hand is a movement with kind, reason and user;
// products.on_hand is the ledger's sum, kept in the same transaction and verified by check().
class StockLedger final
{
public:
    explicit StockLedger(Database &db, const Clock &clock = Clock::system());

    Status receive(qint64 productId, qint64 quantity, const QString &reason, const Actor &actor);
    // A signed correction (breakage, loss, found stock); a reason is required.
    Status adjust(qint64 productId, qint64 delta, const QString &reason, const Actor &actor);
    // Stock opname: records counted quantities as adjustments (only where they differ).
    // Returns the number of products adjusted.
    Result<int> stocktake(const QList<StocktakeCount> &counts, const QString &reason, const Actor &actor);

    Result<QList<StockMovement>> movements(qint64 productId, int limit = 200) const;
    Result<QList<ReorderSuggestion>> reorderList() const;
    // Empty when every product's on_hand equals its ledger sum and reserved equals the
    // quantities of orders holding a reservation.
    Result<QList<StockDiscrepancy>> check() const;

    // For other core services inside their own transaction: appends a movement and updates on_hand.
    static Status record(Database &db, qint64 productId, MovementKind kind, qint64 quantity, const QString &reason,
                         std::optional<qint64> orderId, qint64 userId, qint64 at);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi
