#pragma once

#include "common/money.h"

#include <QString>

namespace rapi {

struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString category;
    Money unitPrice = 0;
    Money cost = 0;
    bool active = true;
    qint64 reorderPoint = 0;
    qint64 reorderQty = 0;
    qint64 onHand = 0;
    qint64 reserved = 0;
    int version = 1;

    qint64 available() const { return onHand - reserved; }
    // SPEC §3: an active product whose available stock is at or below its reorder point.
    bool isCritical() const { return active && available() <= reorderPoint; }
};

enum class MovementKind { Opening, Receive, Sale, Return, Adjustment };

struct StockMovement
{
    qint64 id = 0;
    qint64 productId = 0;
    MovementKind kind = MovementKind::Adjustment;
    qint64 quantity = 0; // signed: + in, - out
    QString reason;
    std::optional<qint64> orderId;
    qint64 userId = 0;
    QString userName;
    qint64 at = 0;
};

namespace movementkind {
QString code(MovementKind kind);
std::optional<MovementKind> fromCode(QStringView code);
QString displayName(MovementKind kind);
} // namespace movementkind

} // namespace rapi
