#pragma once

#include "common/money.h"
#include "demo/demorandom.h"

#include <string>
#include <vector>

namespace rapi::demo {

// One product of the demo shop, with the stock bookkeeping the generator keeps while it writes.
struct DemoProduct
{
    std::string sku;
    std::string name;
    std::string category;
    Money price = 0;
    Money cost = 0;
    bool active = true;
    // Chosen to end at or below its reorder point: restocking stops some days before "now".
    bool critical = false;
    qint64 weight = 1;
    qint64 orderableUntil = 0;
    qint64 reorderPoint = 0;
    qint64 reorderQty = 0;
    qint64 opening = 0;
    int supplier = 0;

    qint64 onHand = 0;   // the ledger's sum so far
    qint64 reserved = 0; // quantities of orders left in processing
    qint64 free = 0;     // received minus everything orders took or hold
    qint64 lastMovementAt = 0;
};

// The catalogue: `count` products interleaved over the categories (so 50 products still show every
// category), with prices, costs, popularity, a few discontinued, a few bound to run short, and
// reorder points and quantities sized to the expected demand (days of sales), so that a shop of
// 20,000 orders and one of 10 million both restock at a believable rhythm.
std::vector<DemoProduct> buildProducts(Random &random, int count, qint64 orders, qint64 start, qint64 end);

} // namespace rapi::demo
