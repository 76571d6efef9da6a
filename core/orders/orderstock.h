#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace rapi {

class Database;

// What an order's stage change does to stock, inside the caller's transaction: reserve on
// processing, turn the reservation into `sale` movements on shipped, release on cancel, and
// `return` movements on a restocking return. Used by OrderService and the order importer.
class OrderStock final
{
public:
    OrderStock(Database &db, qint64 orderId, QString orderNumber, qint64 userId, qint64 at);

    // Refused, naming every short SKU, when available stock (on hand − reserved) is below the
    // order's quantity for any product.
    Status reserve();
    // Outbound `sale` movements; releases the reservation when the order held one.
    Status ship(bool releaseReservation);
    Status release();
    Status restock();

private:
    struct Need
    {
        qint64 productId;
        QString sku;
        qint64 quantity;
        qint64 onHand;
        qint64 reserved;
    };
    Result<QList<Need>> needs() const;
    Status changeReserved(const QList<Need> &needs, int sign);

    Database &m_db;
    qint64 m_orderId;
    QString m_number;
    qint64 m_userId;
    qint64 m_at;
};

} // namespace rapi
