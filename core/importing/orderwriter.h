#pragma once

#include "common/money.h"
#include "common/result.h"
#include "db/dbquery.h"
#include "importing/customerindex.h"
#include "importing/orderhistory.h"

#include <optional>
#include <QString>

namespace rapi {

class Database;

namespace importing {

// One imported order as it goes into the orders table.
struct ImportedOrder
{
    QString number;
    qint64 channelId = 0;
    std::optional<qint64> customerId;
    OrderStage stage = OrderStage::New;
    PaymentMethod method = PaymentMethod::Transfer;
    qint64 placedAt = 0;
    const OrderHistory *history = nullptr;
    QString courier;
    QString trackingNumber;
    Money shippingFee = 0;
    Money subtotal = 0;
    bool stockReserved = false;
    QString notes;
};

// The order importer's writes: every statement is prepared once and then only bound and executed
// per row, and customers are looked up in memory (loaded once, new ones added as they are
// created), because a million-order file must not cost a million prepares or lookups.
// Runs inside the importer's transaction.
class OrderWriter final
{
public:
    OrderWriter(Database &db, qint64 userId, qint64 now);

    // Prepares the statements and loads the customers; call once before writing.
    Status prepare();

    // The customer matched by normalised phone, else (no phone) by name, the way
    // CustomerRepository::findOrCreate matches (see CustomerIndex); created when there is none.
    // Empty without both.
    Result<std::optional<qint64>> customer(const QString &name, const QString &phone);
    Result<qint64> insertOrder(const ImportedOrder &order);
    Status insertLine(qint64 orderId, qint64 productId, qint64 quantity, Money unitPrice, Money discount);
    Status insertEvents(qint64 orderId, const OrderHistory &history, const QString &note);
    // Lines of an order that come back later in the file add to the subtotal already written.
    Status addToSubtotal(qint64 orderId, Money amount);
    Status addReserved(qint64 productId, qint64 quantity);

private:
    Database &m_db;
    qint64 m_userId;
    qint64 m_now;
    DbQuery m_insertOrder;
    DbQuery m_insertLine;
    DbQuery m_insertEvent;
    DbQuery m_addSubtotal;
    DbQuery m_addReserved;
    CustomerIndex m_customers;
};

} // namespace importing
} // namespace rapi
