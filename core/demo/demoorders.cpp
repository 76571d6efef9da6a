#include "demo/demoorders.h"

#include "demo/demodata.h"

#include <algorithm>

namespace rapi::demo {

namespace {

constexpr qint64 minute = 60;

// Shopee leads, as it does for most small Indonesian shops; the counter only sells in opening hours.
constexpr int channelWeights[channelCount] = {38, 20, 17, 11, 7, 7};
constexpr int lineCountWeights[] = {55, 27, 12, 6};
constexpr int quantityWeights[] = {72, 20, 5, 2, 1};

int stageIndex(OrderStage stage)
{
    return int(stage);
}

qint64 localSecondOfDay(qint64 at)
{
    const qint64 local = at + wibOffset;
    return local - (local / day) * day;
}

// 0 = Monday … 6 = Sunday. 1 January 1970 was a Thursday.
int localWeekday(qint64 at)
{
    return int(((at + wibOffset) / day + 3) % 7);
}

} // namespace

const char *channelCode(DemoChannel channel)
{
    switch (channel) {
    case DemoChannel::Shopee:
        return "shopee";
    case DemoChannel::Tokopedia:
        return "tokopedia";
    case DemoChannel::TikTok:
        return "tiktok";
    case DemoChannel::WhatsApp:
        return "whatsapp";
    case DemoChannel::Instagram:
        return "instagram";
    case DemoChannel::Counter:
        return "counter";
    }
    Q_UNREACHABLE();
}

const PlannedStep *PlannedOrder::step(OrderStage stage) const
{
    for (int i = 0; i < stepCount; ++i) {
        if (steps[i].stage == stage)
            return &steps[i];
    }
    return nullptr;
}

Money PlannedOrder::subtotal() const
{
    Money sum = 0;
    for (int i = 0; i < lineCount; ++i)
        sum += lines[i].quantity * lines[i].unitPrice - lines[i].discount;
    return sum;
}

OrderPlanner::OrderPlanner(Random &random, std::vector<PlannableProduct> products, qint64 customers,
                           qint64 now, const qint64 (&thresholds)[8])
    : m_random(random), m_products(std::move(products)), m_customers(customers), m_now(now)
{
    std::copy(std::begin(thresholds), std::end(thresholds), m_thresholds);
    for (const WeightedText &courier : couriers())
        m_courierWeights.push_back(courier.weight);
    qint64 sum = 0;
    m_cumulative.reserve(m_products.size());
    for (const PlannableProduct &p : m_products) {
        sum += p.weight;
        m_cumulative.push_back(sum);
    }
}

int OrderPlanner::pickProduct(qint64 placedAt)
{
    // Discontinued products are drawn again; a few tries keep the stream short and deterministic.
    int index = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 r = qint64(m_random.below(quint64(m_cumulative.back())));
        index = int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
        if (placedAt < m_products[size_t(index)].orderableUntil)
            return index;
    }
    for (size_t i = 0; i < m_products.size(); ++i) {
        if (placedAt < m_products[i].orderableUntil)
            return int(i);
    }
    return index;
}

DemoChannel OrderPlanner::pickChannel(qint64 placedAt)
{
    int weights[channelCount];
    std::copy(std::begin(channelWeights), std::end(channelWeights), weights);
    const qint64 second = localSecondOfDay(placedAt);
    if (second < 9 * hour || second >= 21 * hour)
        weights[int(DemoChannel::Counter)] = 0;
    return DemoChannel(m_random.weighted(weights));
}

void OrderPlanner::planLines(PlannedOrder &order)
{
    order.lineCount = 0;
    const int wanted = m_random.weighted(lineCountWeights) + 1;
    for (int i = 0; i < wanted; ++i) {
        const int product = pickProduct(order.placedAt);
        bool duplicate = false;
        for (int j = 0; j < order.lineCount; ++j)
            duplicate = duplicate || order.lines[j].product == product;
        if (duplicate)
            continue;
        PlannedLine &line = order.lines[order.lineCount++];
        line.product = product;
        line.quantity = m_random.weighted(quantityWeights) + 1;
        line.unitPrice = m_products[size_t(product)].price;
        line.discount = 0;
        // A voucher or a haggled price: 5–20 % off, in whole thousands of rupiah.
        if (m_random.chance(700)) {
            const Money worth = line.quantity * line.unitPrice;
            line.discount = worth * m_random.between(5, 20) / 100 / 100000 * 100000;
        }
    }
}

qint64 OrderPlanner::workHours(qint64 at, int open, int close, bool sundayClosed)
{
    // Moves a moment outside opening hours to shortly after the next opening.
    const qint64 second = localSecondOfDay(at);
    qint64 dayStart = at - second;
    if (second >= close * hour)
        dayStart += day;
    else if (second >= open * hour)
        return at;
    if (sundayClosed && localWeekday(dayStart + 12 * hour) == 6)
        dayStart += day;
    return dayStart + open * hour + m_random.between(5 * minute, 90 * minute);
}

void OrderPlanner::planPath(PlannedOrder &order, bool fast)
{
    order.stepCount = 0;
    // Each step comes at least a second after the one before; the first at the moment of placing.
    qint64 t = order.placedAt - 1;
    auto add = [&](OrderStage stage, qint64 at, int note = -1) {
        t = std::max(at, t + 1);
        order.steps[order.stepCount++] = {stage, t, note};
    };
    auto cancel = [&](qint64 after, int note) { add(OrderStage::Cancelled, t + after, note); };
    // A few orders wait far longer than usual in a stage: the bottlenecks the owner should see.
    auto stall = [&](int stage) {
        return !fast && m_random.chance(250) ? m_thresholds[stage] * m_random.between(110, 300) / 100 : 0;
    };
    const bool cash = order.method == PaymentMethod::Cash;
    add(OrderStage::New, order.placedAt);

    // Fates in ten-thousandths: which side exit, if any, the order takes.
    const int roll = int(m_random.below(10000));
    switch (order.method) {
    case PaymentMethod::Marketplace:
        if (roll < 250)
            return cancel(m_random.between(2 * minute, 45 * minute), int(m_random.below(2)) + 1);
        add(OrderStage::Paid, t + m_random.between(1 * minute, 20 * minute));
        if (roll < 450)
            return cancel(m_random.between(1 * hour, 20 * hour), 5);
        break;
    case PaymentMethod::Transfer: {
        // The admin answers, confirms stock and shipping cost, and sends the bill.
        const qint64 reply = fast || m_random.chance(7000) ? m_random.between(2 * minute, 45 * minute)
                                                           : m_random.between(1 * hour, 6 * hour);
        add(OrderStage::AwaitingPayment, workHours(t + reply, 8, 21, false));
        if (!fast && roll < 1100)
            return cancel(m_random.between(25 * hour, 72 * hour), 0);
        const int payRoll = int(m_random.below(100));
        const qint64 pay = fast || payRoll < 55 ? m_random.between(5 * minute, 90 * minute)
                           : payRoll < 90       ? m_random.between(90 * minute, 10 * hour)
                                                : m_random.between(10 * hour, 23 * hour);
        add(OrderStage::Paid, t + pay);
        if (roll < 1250)
            return cancel(m_random.between(1 * hour, 20 * hour), 3);
        break;
    }
    case PaymentMethod::Cod:
        if (roll < 300)
            return cancel(m_random.between(30 * minute, 8 * hour), int(m_random.below(2)) + 1);
        add(OrderStage::Processing, workHours(t + m_random.between(30 * minute, 5 * hour), 8, 17, true));
        break;
    case PaymentMethod::Cash:
        if (roll < 30)
            return cancel(m_random.between(1 * minute, 10 * minute), 1);
        add(OrderStage::Paid, t + m_random.between(1 * minute, 5 * minute));
        break;
    }

    if (order.method != PaymentMethod::Cod) {
        const qint64 wait = cash || fast
                                ? m_random.between(1 * minute, 10 * minute)
                                : workHours(t + m_random.between(30 * minute, 4 * hour), 8, 17, true) - t;
        add(OrderStage::Processing, t + wait + stall(stageIndex(OrderStage::Paid)));
    }
    if (m_random.chance(cash ? 0 : 120))
        return cancel(m_random.between(1 * hour, 10 * hour), 2 + int(m_random.below(3)));

    const qint64 pack = cash || fast ? m_random.between(1 * minute, 10 * minute)
                                     : workHours(t + m_random.between(1 * hour, 6 * hour), 8, 17, true) - t;
    add(OrderStage::Shipped, t + pack + stall(stageIndex(OrderStage::Processing)));
    if (order.method == PaymentMethod::Cod && m_random.chance(500)) {
        order.restock = true;
        return add(OrderStage::Returned, t + m_random.between(2 * day, 5 * day), 0);
    }

    const qint64 delivery =
        cash ? m_random.between(1 * minute, 10 * minute)
             : m_random.between(36 * hour, 6 * day) + stall(stageIndex(OrderStage::Shipped));
    add(OrderStage::Completed, t + delivery);
    if (m_random.chance(cash ? 50 : 150)) {
        order.restock = m_random.chance(6000);
        add(OrderStage::Returned, t + m_random.between(1 * day, 5 * day),
            1 + int(m_random.below(returnNotes().size() - 1)));
    }
}

void OrderPlanner::plan(qint64 placedAt, bool stay, PlannedOrder &order)
{
    order.placedAt = placedAt;
    order.channel = pickChannel(placedAt);
    switch (order.channel) {
    case DemoChannel::Shopee:
    case DemoChannel::Tokopedia:
    case DemoChannel::TikTok:
        order.method = PaymentMethod::Marketplace;
        break;
    case DemoChannel::WhatsApp:
    case DemoChannel::Instagram:
        order.method = m_random.chance(2500) ? PaymentMethod::Cod : PaymentMethod::Transfer;
        break;
    case DemoChannel::Counter:
        order.method = PaymentMethod::Cash;
        break;
    }

    // Regulars order more often: the smaller of two draws favours the low customer numbers,
    // and a few resellers among the first hundredth order very often.
    const bool walkIn = order.channel == DemoChannel::Counter && m_random.chance(6000);
    if (walkIn) {
        order.customer = 0;
    } else if (m_random.chance(800)) {
        order.customer = 1 + qint64(m_random.below(quint64(std::max<qint64>(1, m_customers / 100))));
    } else {
        order.customer =
            1 + qint64(std::min(m_random.below(quint64(m_customers)), m_random.below(quint64(m_customers))));
    }

    planLines(order);

    if (order.channel == DemoChannel::Counter) {
        order.shippingFee = 0;
    } else if (order.method == PaymentMethod::Marketplace) {
        // Free-shipping vouchers cover many marketplace orders.
        order.shippingFee = m_random.chance(4000) ? 0 : m_random.between(16, 64) * 50000;
    } else {
        order.shippingFee = m_random.between(10, 38) * 100000;
    }
    const int notePercent = order.method == PaymentMethod::Marketplace ? 300
                            : order.channel == DemoChannel::Counter    ? 0
                                                                       : 700;
    order.note = m_random.chance(notePercent) ? int(m_random.below(customerNotes().size())) : -1;
    order.restock = false;

    planPath(order, stay);
    if (order.channel == DemoChannel::Counter)
        order.courier = -1;
    else
        order.courier = m_random.weighted(m_courierWeights);

    if (stay) {
        // Keep the order in one pending stage it reached; prefer stages where it is overdue.
        int candidates[8];
        int weights[8];
        int count = 0;
        for (int i = 0; i < order.stepCount; ++i) {
            const PlannedStep &s = order.steps[i];
            if (s.at > m_now || orderstage::isTerminal(s.stage))
                break;
            const qint64 threshold = m_thresholds[stageIndex(s.stage)];
            const qint64 age = m_now - s.at;
            const bool overdue = threshold > 0 && age > threshold + threshold / 10;
            const bool freshNew = s.stage == OrderStage::New && age < 2 * day;
            if (overdue || freshNew) {
                candidates[count] = i;
                weights[count++] = freshNew ? 1 : 4;
            }
        }
        if (count > 0) {
            order.stepCount = candidates[m_random.weighted(std::span<const int>(weights, size_t(count)))] + 1;
            order.restock = false;
            return;
        }
    }
    while (order.stepCount > 1 && order.steps[order.stepCount - 1].at > m_now)
        --order.stepCount;
}

} // namespace rapi::demo
