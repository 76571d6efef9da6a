#pragma once

#include "common/result.h"
#include "demo/bulkinsert.h"
#include "demo/democustomers.h"
#include "demo/demoorders.h"
#include "demo/demoproducts.h"

#include <optional>
#include <string>
#include <vector>

namespace rapi {
class Database;
} // namespace rapi

namespace rapi::demo {

// Where the demo's rows start: ids are given explicitly (the tables are empty, or for customers
// continue after the existing ones), and order numbers continue the order counter.
struct DemoIds
{
    qint64 customerBase = 0;
    qint64 numberBase = 0;
    qint64 channelIds[channelCount] = {};
};

// Writes the demo shop's rows: products with their opening stock, customers, and each planned
// order with its lines, events and stock movements. Keeps every product's stock books while doing
// so: goods are received before orders take them, processing holds a reservation, shipping is a
// sale, and a return may restock, so that the ledger adds up and never goes below zero.
class DemoWriter final
{
public:
    DemoWriter(Database &db, Random &random, bool direct, const DemoIds &ids, qint64 now);

    std::vector<DemoProduct> &products() { return m_products; }
    Status writeProducts(std::vector<DemoProduct> products, qint64 createdAt);
    // Names and phones from the writer's stream, the rest of each profile from `profiles`.
    Status writeCustomers(qint64 count, qint64 periodStart, ProfileMaker &profiles);
    void writeOrder(const PlannedOrder &order, qint64 id);
    // The tracking number writeOrder() gave the last order (empty before shipping).
    const std::string &lastTracking() const { return m_lastTracking; }
    // By customer number - 1: what tickets and notes refer to.
    const std::vector<std::string> &customerNames() const { return m_customerNames; }
    const std::vector<qint64> &customerCreatedAt() const { return m_customerCreatedAt; }
    // The products bound to run short that still have plenty: a stocktake "finds" less.
    void settleCriticalStock();
    // Writes the rows still waiting; children after parents.
    Status flush();

    bool isDirect() const { return m_orders.isDirect(); }
    qint64 lines() const { return m_lineId; }
    qint64 events() const { return m_eventId; }
    qint64 movements() const { return m_movementId; }

private:
    void ensureStock(DemoProduct &product, qint64 quantity, qint64 placedAt);
    void movement(DemoProduct &product, const char *kind, qint64 quantity, const std::string &reason,
                  std::optional<qint64> orderId, qint64 at);

    Database &m_db;
    bool m_direct;
    Random &m_random;
    DemoIds m_ids;
    qint64 m_now;
    std::vector<DemoProduct> m_products;
    qint64 m_productsCreatedAt = 0;
    std::string m_saleBefore, m_saleAfter;     // "Order %1 shipped", translated, around %1
    std::string m_returnBefore, m_returnAfter; // "Order %1 returned"

    BulkInsert m_customers;
    BulkInsert m_orders;
    BulkInsert m_lines;
    BulkInsert m_events;
    BulkInsert m_movements;
    qint64 m_lineId = 0;
    qint64 m_eventId = 0;
    qint64 m_movementId = 0;
    qint64 m_purchaseOrder = 0;
    std::string m_lastTracking;
    std::vector<std::string> m_customerNames;
    std::vector<qint64> m_customerCreatedAt;
};

} // namespace rapi::demo
