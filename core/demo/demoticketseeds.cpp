// TicketSeeder: which tickets the demo has, about what and when they start.
#include "demo/democrmdata.h"
#include "demo/demotickets.h"

#include <algorithm>

namespace rapi::demo {

namespace {

constexpr qint64 minute = 60;

// When customers write to CS, per local hour (WIB): through the day and into the evening.
constexpr int chatHourWeights[24] = {1,  0,  0,  0,  0,  1,  3,  6,  9,  11, 12, 12,
                                     12, 11, 10, 10, 10, 10, 11, 13, 14, 13, 9,  4};
// Questions not about an order come mostly through chat: Shopee, Tokopedia, TikTok Shop, WhatsApp,
// Instagram, never the counter.
constexpr int unlinkedChannelWeights[channelCount] = {15, 8, 7, 45, 25, 0};
// Priorities of the tickets kept alive at "now": low, normal, high, urgent.
constexpr int livePriorityWeights[4] = {20, 50, 22, 8};

struct Window
{
    qint64 from = 0;
    qint64 to = 0;
    bool valid() const { return to - from >= 10 * minute; }
};

} // namespace

TicketSeeder::TicketSeeder(Random &random, qint64 tickets, qint64 orders, qint64 customers, qint64 start,
                           qint64 now, const BusinessCalendar &calendar, const SlaPolicy (&policies)[4])
    : m_random(random), m_customers(customers), m_start(start), m_now(now), m_calendar(calendar),
      m_policies(policies)
{
    m_live = std::min(tickets, std::max<qint64>(2 * liveStateCount, tickets / 200));
    m_unlinked = (tickets - m_live) * 18 / 100;
    m_linkedWanted = tickets - m_live - m_unlinked;
    if (orders > 0 && customers > 0) {
        m_slotsPerOrder = int((m_linkedWanted + orders - 1) / orders);
        m_slotsLeft = orders * m_slotsPerOrder;
    } else {
        m_unlinked += m_linkedWanted;
        m_linkedWanted = 0;
    }
    m_seeds.reserve(size_t(tickets));
}

qint64 TicketSeeder::pickCustomer()
{
    // Regulars write more often, as they order more often (OrderPlanner favours the low numbers).
    return 1 + qint64(std::min(m_random.below(quint64(m_customers)), m_random.below(quint64(m_customers))));
}

int TicketSeeder::pickScenario(int anchor, LiveState live)
{
    const auto scenarios = ticketScenarios();
    int weights[64] = {};
    Q_ASSERT(scenarios.size() <= 64);
    for (size_t i = 0; i < scenarios.size(); ++i) {
        const TicketScenario &s = scenarios[i];
        const bool fits = int(s.anchor) == anchor && (live != LiveState::Pending || s.question) &&
                          (live != LiveState::Escalated || s.escalation);
        weights[i] = fits ? s.weight : 0;
    }
    return m_random.weighted(std::span<const int>(weights, scenarios.size()));
}

// Exactly `linked` of all order slots are picked (selection sampling), so the number of tickets is
// the one asked for; an order that offers no moment for a conversation gives its ticket to one
// about no order.
void TicketSeeder::offer(const PlannedOrder &order, qint64 orderId, const std::string &tracking)
{
    const PlannedStep *shipped = order.step(OrderStage::Shipped);
    OrderRef ref;
    ref.id = orderId;
    ref.customer = order.customer;
    ref.channel = int(order.channel);
    ref.total = order.subtotal() + order.shippingFee;
    if (shipped) {
        ref.courier = order.courier >= 0 ? couriers()[size_t(order.courier)].text : "Ambil di toko";
        ref.tracking = tracking;
        ref.shippedAt = shipped->at;
    }
    for (int slot = 0; slot < m_slotsPerOrder && m_slotsLeft > 0; ++slot) {
        if (m_linkedWanted > 0 && qint64(m_random.below(quint64(m_slotsLeft))) < m_linkedWanted) {
            --m_linkedWanted;
            TicketSeed seed;
            if (seedFromOrder(order, ref, seed))
                m_seeds.push_back(std::move(seed));
            else
                ++m_unlinked;
        }
        --m_slotsLeft;
    }
    if (order.customer > 0 && order.stage() == OrderStage::Shipped)
        m_inTransit.push_back(std::move(ref));
}

bool TicketSeeder::seedFromOrder(const PlannedOrder &o, OrderRef ref, TicketSeed &seed)
{
    if (o.customer <= 0)
        return false; // a walk-in at the counter left no contact
    const PlannedStep *paid = o.step(OrderStage::Paid);
    const PlannedStep *processing = o.step(OrderStage::Processing);
    const PlannedStep *shipped = o.step(OrderStage::Shipped);
    const PlannedStep *completed = o.step(OrderStage::Completed);
    const PlannedStep *returned = o.step(OrderStage::Returned);
    const PlannedStep *cancelled = o.step(OrderStage::Cancelled);
    auto at = [](const PlannedStep *step, qint64 otherwise) { return step ? step->at : otherwise; };

    Window windows[7];
    if (o.method == PaymentMethod::Transfer || o.method == PaymentMethod::Cod)
        windows[int(TicketAnchor::Placed)] = {
            o.placedAt + 5 * minute,
            at(paid, at(processing, at(cancelled, std::min(m_now, o.placedAt + 2 * day))))};
    if (const PlannedStep *ready = paid ? paid : processing)
        windows[int(TicketAnchor::PaidNotShipped)] = {ready->at + 4 * hour,
                                                      at(shipped, at(cancelled, m_now))};
    if (shipped)
        windows[int(TicketAnchor::InTransit)] = {shipped->at + 20 * hour, at(completed, at(returned, m_now))};
    if (completed) {
        windows[int(TicketAnchor::Delivered)] = {completed->at + 30 * minute,
                                                 std::min(completed->at + 10 * day, at(returned, m_now))};
        if (returned)
            windows[int(TicketAnchor::BeforeReturn)] = {completed->at + hour, returned->at};
    }
    if (cancelled && paid)
        windows[int(TicketAnchor::CancelledPaid)] = {cancelled->at + 6 * hour,
                                                     std::min(cancelled->at + 5 * day, m_now)};

    const auto scenarios = ticketScenarios();
    int weights[64] = {};
    bool any = false;
    for (size_t i = 0; i < scenarios.size(); ++i) {
        Window &w = windows[int(scenarios[i].anchor)];
        w.to = std::min(w.to, m_now);
        if (scenarios[i].anchor != TicketAnchor::None && w.valid()) {
            weights[i] = scenarios[i].weight;
            any = true;
        }
    }
    if (!any)
        return false;
    seed.scenario = m_random.weighted(std::span<const int>(weights, scenarios.size()));
    const Window &w = windows[int(scenarios[size_t(seed.scenario)].anchor)];
    seed.createdAt = w.from + qint64(m_random.below(quint64(w.to - w.from)));
    seed.customer = o.customer;
    seed.channel = int(o.channel);
    seed.order = std::move(ref);
    return true;
}

void TicketSeeder::addUnlinked(qint64 count)
{
    const int maxWeight = *std::max_element(std::begin(chatHourWeights), std::end(chatHourWeights));
    for (qint64 i = 0; i < count; ++i) {
        TicketSeed seed;
        // A moment of the period, kept with the weight of its hour.
        for (;;) {
            seed.createdAt = m_start + qint64(m_random.below(quint64(m_now - m_start)));
            const qint64 local = seed.createdAt + wibOffset;
            if (qint64(m_random.below(quint64(maxWeight))) < chatHourWeights[(local % day) / hour])
                break;
        }
        seed.scenario = pickScenario(int(TicketAnchor::None), LiveState::Natural);
        seed.customer = pickCustomer();
        seed.channel = m_random.weighted(unlinkedChannelWeights);
        m_seeds.push_back(std::move(seed));
    }
}

qint64 TicketSeeder::businessSecondsBefore(qint64 end, qint64 amount) const
{
    // The latest start with `amount` business seconds up to `end`.
    qint64 lo = end - 400 * day;
    qint64 hi = end;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (m_calendar.businessSeconds(mid, end) >= amount)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

void TicketSeeder::addLive(qint64 count)
{
    for (qint64 i = 0; i < count; ++i) {
        TicketSeed seed;
        seed.live = LiveState(i % liveStateCount);
        seed.priority = m_random.weighted(livePriorityWeights);
        const SlaPolicy &policy = m_policies[seed.priority];
        const qint64 first = policy.firstResponseMinutes * 60;
        const qint64 resolution = policy.resolutionMinutes * 60;
        // Business time elapsed at "now"; answers come well within the first target (TicketPlanner).
        qint64 elapsed = 0;
        switch (seed.live) {
        case LiveState::FirstAtRisk:
            elapsed = first * m_random.between(820, 970) / 1000;
            break;
        case LiveState::FirstBreached:
            elapsed = first * m_random.between(1100, 4000) / 1000;
            break;
        case LiveState::FirstFresh:
            elapsed = first * m_random.between(20, 500) / 1000;
            break;
        case LiveState::ResolutionAtRisk:
            elapsed = resolution * m_random.between(820, 970) / 1000;
            break;
        case LiveState::Reopened:
            elapsed = first + m_random.between(3 * hour, 20 * hour);
            break;
        default:
            elapsed = first + m_random.between(1 * hour, 16 * hour);
            break;
        }
        seed.createdAt = businessSecondsBefore(m_now, elapsed);

        // Half of them about a parcel on its way, when one left early enough.
        if (!m_inTransit.empty() && m_random.chance(5000)) {
            for (int attempt = 0; attempt < 8; ++attempt) {
                const OrderRef &ref = m_inTransit[m_random.below(m_inTransit.size())];
                if (ref.shippedAt + 20 * hour < seed.createdAt) {
                    seed.order = ref;
                    break;
                }
            }
        }
        if (seed.order.id > 0) {
            seed.scenario = pickScenario(int(TicketAnchor::InTransit), seed.live);
            seed.customer = seed.order.customer;
            seed.channel = seed.order.channel;
        } else {
            seed.scenario = pickScenario(int(TicketAnchor::None), seed.live);
            seed.customer = pickCustomer();
            seed.channel = m_random.weighted(unlinkedChannelWeights);
        }
        m_seeds.push_back(std::move(seed));
    }
}

std::vector<TicketSeed> TicketSeeder::takeSeeds()
{
    if (m_customers > 0) {
        addUnlinked(m_unlinked + m_linkedWanted);
        addLive(m_live);
    }
    m_unlinked = m_linkedWanted = m_live = 0;
    std::stable_sort(m_seeds.begin(), m_seeds.end(),
                     [](const TicketSeed &a, const TicketSeed &b) { return a.createdAt < b.createdAt; });
    m_inTransit.clear();
    m_inTransit.shrink_to_fit();
    return std::move(m_seeds);
}

} // namespace rapi::demo
