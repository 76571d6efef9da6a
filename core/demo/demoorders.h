#pragma once

#include "common/money.h"
#include "demo/demorandom.h"
#include "orders/orderstage.h"

#include <vector>

namespace rapi::demo {

// The demo's channels, in the order of the seeded `channels` rows.
enum class DemoChannel { Shopee, Tokopedia, TikTok, WhatsApp, Instagram, Counter };
constexpr int channelCount = 6;
const char *channelCode(DemoChannel channel);

// Seconds east of UTC in the business zone. Asia/Jakarta has kept +7 without daylight saving since
// 1964, so plain arithmetic gives local hours and weekdays without a time-zone lookup per order.
constexpr qint64 wibOffset = 7 * 3600;
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

struct PlannedLine
{
    int product = 0; // index into the catalogue
    qint64 quantity = 0;
    Money unitPrice = 0;
    Money discount = 0;
};

struct PlannedStep
{
    OrderStage stage = OrderStage::New;
    qint64 at = 0;
    int note = -1; // index into cancelNotes()/returnNotes() for the side exits
};

// One order as it happened up to "now": its lines and every stage it went through.
struct PlannedOrder
{
    qint64 placedAt = 0;
    DemoChannel channel = DemoChannel::Shopee;
    PaymentMethod method = PaymentMethod::Marketplace;
    qint64 customer = 0; // 1-based index of the demo's customers; 0 for a walk-in at the counter
    int lineCount = 0;
    PlannedLine lines[4];
    int stepCount = 0;
    PlannedStep steps[8];
    int courier = -1; // index into couriers(); -1 for a pick-up at the counter
    Money shippingFee = 0;
    int note = -1; // index into customerNotes()
    bool restock = false;

    OrderStage stage() const { return steps[stepCount - 1].stage; }
    const PlannedStep *step(OrderStage stage) const;
    Money subtotal() const;
};

// What the planner needs to know about one product.
struct PlannableProduct
{
    Money price = 0;
    qint64 weight = 1;         // share of order lines
    qint64 orderableUntil = 0; // placed_at limit (inactive products were discontinued then)
};

// Plans orders one after the other from a seeded stream: channel, payment, customer, lines and the
// path through the pipeline with realistic delays (warehouse hours, payment that does not come,
// deliveries, returns), cut off at "now".
class OrderPlanner final
{
public:
    // thresholds: the stuck threshold in seconds per OrderStage value, 0 for none.
    OrderPlanner(Random &random, std::vector<PlannableProduct> products, qint64 customers, qint64 now,
                 const qint64 (&thresholds)[8]);

    // stay: keep the order waiting in a pending stage (for the bottleneck view), stuck when the
    // order is old enough for that stage's threshold.
    void plan(qint64 placedAt, bool stay, PlannedOrder &order);

private:
    int pickProduct(qint64 placedAt);
    DemoChannel pickChannel(qint64 placedAt);
    void planLines(PlannedOrder &order);
    void planPath(PlannedOrder &order, bool fast);
    qint64 workHours(qint64 at, int open, int close, bool sundayClosed);

    Random &m_random;
    std::vector<PlannableProduct> m_products;
    std::vector<qint64> m_cumulative;
    std::vector<int> m_courierWeights;
    qint64 m_customers;
    qint64 m_now;
    qint64 m_thresholds[8];
};

} // namespace rapi::demo
