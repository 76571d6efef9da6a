#include "demo/demowriter.h"

#include "demo/demodata.h"

#include <algorithm>
#include <QCoreApplication>

namespace rapi::demo {

namespace {

constexpr qint64 ownerId = 1;
// Restocking of the products bound to run short stops this long before now.
constexpr qint64 criticalCutoff = 10 * day;

void appendPadded(std::string &out, qint64 value, size_t width)
{
    const std::string digits = std::to_string(value);
    if (digits.size() < width)
        out.append(width - digits.size(), '0');
    out += digits;
}

// The format OrderService gives new orders, so that numbers continue seamlessly after the demo.
std::string orderNumber(qint64 counter)
{
    std::string number = "ORD-";
    appendPadded(number, counter, 6);
    return number;
}

// Air waybill numbers shaped like each courier's.
std::string trackingNumber(Random &random, std::string_view courier)
{
    std::string out;
    auto digits = [&](int count) {
        for (int i = 0; i < count; ++i)
            out += char('0' + random.below(10));
    };
    if (courier == "J&T") {
        out = "JP";
        digits(10);
    } else if (courier == "JNE") {
        out = "CGK";
        digits(12);
    } else if (courier == "SiCepat") {
        out = "00";
        digits(10);
    } else if (courier == "AnterAja") {
        out = "1000";
        digits(11);
    } else if (courier == "Ninja Xpress") {
        out = "NLIDAP";
        digits(8);
    } else {
        out = "GK-11-";
        digits(7);
    }
    return out;
}

// The parts of a translated text around its %1, so that building it per order is two appends.
void splitTemplate(const QString &text, std::string &before, std::string &after)
{
    const qsizetype at = text.indexOf(QLatin1String("%1"));
    before = text.left(at).toStdString();
    after = at < 0 ? std::string() : text.mid(at + 2).toStdString();
}

const char *stageCode(OrderStage stage)
{
    switch (stage) {
    case OrderStage::New:
        return "new";
    case OrderStage::AwaitingPayment:
        return "awaiting_payment";
    case OrderStage::Paid:
        return "paid";
    case OrderStage::Processing:
        return "processing";
    case OrderStage::Shipped:
        return "shipped";
    case OrderStage::Completed:
        return "completed";
    case OrderStage::Cancelled:
        return "cancelled";
    case OrderStage::Returned:
        return "returned";
    }
    Q_UNREACHABLE();
}

const char *methodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer:
        return "transfer";
    case PaymentMethod::Cod:
        return "cod";
    case PaymentMethod::Marketplace:
        return "marketplace";
    case PaymentMethod::Cash:
        return "cash";
    }
    Q_UNREACHABLE();
}

std::optional<qint64> timeOf(const PlannedStep *step)
{
    return step ? std::optional<qint64>(step->at) : std::nullopt;
}

} // namespace

DemoWriter::DemoWriter(Database &db, Random &random, bool direct, const DemoIds &ids, qint64 now)
    : m_db(db), m_direct(direct), m_random(random), m_ids(ids), m_now(now),
      m_customers(db, "customers",
                  "id, name, phone, created_at, updated_at, email, address, handles, preferences, tags",
                  direct),
      m_orders(db, "orders",
               "id, number, channel_id, customer_id, stage, payment_method, placed_at, stage_entered_at, "
               "paid_at, shipped_at, completed_at, courier, tracking_number, shipping_fee, subtotal, "
               "stock_reserved, notes, created_by, version",
               direct, 50),
      m_lines(db, "order_lines", "id, order_id, product_id, quantity, unit_price, discount", direct),
      m_events(db, "order_events", "id, order_id, from_stage, to_stage, at, user_id, note", direct),
      m_movements(db, "stock_movements", "id, product_id, kind, quantity, reason, order_id, user_id, at",
                  direct)
{
    // The texts OrderService writes, so that demo movements read like real ones.
    splitTemplate(QCoreApplication::translate("rapi::OrderStock", "Order %1 shipped"), m_saleBefore,
                  m_saleAfter);
    splitTemplate(QCoreApplication::translate("rapi::OrderStock", "Order %1 returned"), m_returnBefore,
                  m_returnAfter);
    m_orders.setParent(&m_customers);
    m_lines.setParent(&m_orders);
    m_events.setParent(&m_orders);
    m_movements.setParent(&m_orders);
}

Status DemoWriter::writeProducts(std::vector<DemoProduct> products, qint64 createdAt)
{
    m_products = std::move(products);
    m_productsCreatedAt = createdAt;
    BulkInsert rows(
        m_db, "products",
        "id, sku, name, category, unit_price, cost, active, reorder_point, reorder_qty, on_hand, reserved, "
        "created_at, updated_at",
        m_direct);
    for (size_t i = 0; i < m_products.size(); ++i) {
        const DemoProduct &p = m_products[i];
        rows.integer(qint64(i) + 1)
            .text(p.sku)
            .text(p.name)
            .text(p.category)
            .integer(p.price)
            .integer(p.cost);
        rows.integer(p.active ? 1 : 0).integer(p.reorderPoint).integer(p.reorderQty).integer(0).integer(0);
        rows.integer(createdAt).integer(createdAt);
        rows.endRow();
    }
    if (Status status = rows.flush(); !status)
        return status;
    const std::string opening =
        QCoreApplication::translate("rapi::ProductRepository", "Opening stock").toStdString();
    for (DemoProduct &p : m_products) {
        p.free = p.opening;
        movement(p, "opening", p.opening, opening, std::nullopt, createdAt);
    }
    return {};
}

Status DemoWriter::writeCustomers(qint64 count, qint64 periodStart, ProfileMaker &profiles)
{
    const auto prefixes = phonePrefixes();
    std::vector<int> prefixWeights;
    for (const WeightedText &prefix : prefixes)
        prefixWeights.push_back(prefix.weight);
    // Phone numbers: the customer's number i is put through a four-round Feistel permutation of
    // the eight-digit space (two halves of four digits), so every customer gets a distinct tail
    // that looks random, without a set of the numbers already used.
    constexpr qint64 tailSpace = 100000000;
    quint64 keys[4];
    for (quint64 &key : keys)
        key = m_random.next();
    auto tail = [&keys](qint64 i) {
        qint64 left = i / 10000;
        qint64 right = i % 10000;
        for (quint64 key : keys) {
            quint64 mix = quint64(right) ^ key;
            const qint64 next = (left + qint64(Random::splitmix64(mix) % 10000)) % 10000;
            left = right;
            right = next;
        }
        return left * 10000 + right;
    };
    Q_ASSERT(count < tailSpace);

    auto pick = [&](std::span<const char *const> list) { return list[m_random.below(list.size())]; };
    m_customerNames.reserve(size_t(count));
    m_customerCreatedAt.reserve(size_t(count));
    ProfileText profile;
    for (qint64 i = 1; i <= count; ++i) {
        const bool female = m_random.chance(5500);
        std::string name = female ? pick(femaleFirstNames()) : pick(maleFirstNames());
        if (!female && m_random.chance(1200))
            name.insert(0, "Muhammad ");
        // A few go by one name, as many Indonesians do.
        const int lastRoll = int(m_random.below(100));
        if (lastRoll >= 5) {
            name += ' ';
            name += lastRoll < 50 ? pick(neutralLastNames())
                    : female      ? pick(femaleLastNames())
                                  : pick(maleLastNames());
        }
        std::string phone = prefixes[size_t(m_random.weighted(prefixWeights))].text;
        appendPadded(phone, tail(i), 8);
        const qint64 createdAt = periodStart - m_random.between(1 * day, 540 * day);
        profiles.make(i, name, profile);
        m_customers.integer(m_ids.customerBase + i)
            .text(name)
            .text(phone)
            .integer(createdAt)
            .integer(createdAt);
        m_customers.text(profile.email).text(profile.address).text(profile.handles);
        m_customers.text(profile.preferences).text(profile.tags);
        m_customers.endRow();
        m_customerNames.push_back(std::move(name));
        m_customerCreatedAt.push_back(createdAt);
    }
    return m_customers.flush();
}

void DemoWriter::movement(DemoProduct &product, const char *kind, qint64 quantity, const std::string &reason,
                          std::optional<qint64> orderId, qint64 at)
{
    const qint64 productId = qint64(&product - m_products.data()) + 1;
    m_movements.integer(++m_movementId).integer(productId).text(kind).integer(quantity).text(reason);
    m_movements.nullableInteger(orderId).integer(ownerId).integer(at);
    m_movements.endRow();
    product.onHand += quantity;
    product.lastMovementAt = std::max(product.lastMovementAt, at);
}

// Restocks before an order takes goods, so on-hand never goes below zero at any moment: the
// goods arrive before the order is placed, and the order takes them when shipped, later still.
void DemoWriter::ensureStock(DemoProduct &product, qint64 quantity, qint64 placedAt)
{
    auto receive = [&](qint64 amount) {
        const qint64 at = std::max(m_productsCreatedAt + 60, placedAt - m_random.between(10 * 60, 3 * hour));
        std::string reason = "PO-";
        appendPadded(reason, ++m_purchaseOrder, 4);
        reason += std::string(" dari ") + supplierNames()[size_t(product.supplier)];
        movement(product, "receive", amount, reason, std::nullopt, at);
        product.free += amount;
    };
    if (!product.critical || placedAt < m_now - criticalCutoff) {
        while (product.free - quantity <= product.reorderPoint)
            receive(product.reorderQty);
    } else if (product.free < quantity) {
        // The supplier is late: only a small emergency delivery, so the product stays short.
        receive(std::max(quantity - product.free, product.reorderQty / 4));
    }
}

void DemoWriter::writeOrder(const PlannedOrder &o, qint64 id)
{
    const std::string number = orderNumber(m_ids.numberBase + id);
    const OrderStage stage = o.stage();
    const PlannedStep *paid = o.step(OrderStage::Paid);
    const PlannedStep *shipped = o.step(OrderStage::Shipped);
    const PlannedStep *completed = o.step(OrderStage::Completed);
    const PlannedStep *returned = o.step(OrderStage::Returned);
    if (!paid && o.method == PaymentMethod::Cod)
        paid = completed; // cash on delivery is paid when the parcel is handed over
    std::string courier;
    std::string &tracking = m_lastTracking;
    tracking.clear();
    if (shipped) {
        if (o.courier >= 0) {
            courier = couriers()[size_t(o.courier)].text;
            tracking = trackingNumber(m_random, courier);
        } else {
            // Bought at the counter and taken home: the receipt number stands in for a tracking number.
            courier = "Ambil di toko";
            tracking = number;
        }
    }
    // Goods of a product that is short are not put back on the shelf (damaged or set aside).
    bool restock = returned && o.restock;
    for (int i = 0; i < o.lineCount; ++i)
        restock = restock && !m_products[size_t(o.lines[i].product)].critical;

    m_orders.integer(id).text(number).integer(m_ids.channelIds[int(o.channel)]);
    m_orders.nullableInteger(o.customer > 0 ? std::optional<qint64>(m_ids.customerBase + o.customer)
                                            : std::nullopt);
    m_orders.text(stageCode(stage)).text(methodCode(o.method));
    m_orders.integer(o.placedAt).integer(o.steps[o.stepCount - 1].at);
    m_orders.nullableInteger(timeOf(paid))
        .nullableInteger(timeOf(shipped))
        .nullableInteger(timeOf(completed));
    m_orders.text(courier).text(tracking).integer(o.shippingFee).integer(o.subtotal());
    m_orders.integer(stage == OrderStage::Processing ? 1 : 0);
    m_orders.text(o.note >= 0 ? customerNotes()[size_t(o.note)] : "");
    // Every transition raised the version, as OrderService does.
    m_orders.integer(ownerId).integer(o.stepCount);
    m_orders.endRow();

    for (int i = 0; i < o.lineCount; ++i) {
        const PlannedLine &line = o.lines[i];
        m_lines.integer(++m_lineId).integer(id).integer(line.product + 1).integer(line.quantity);
        m_lines.integer(line.unitPrice).integer(line.discount);
        m_lines.endRow();
    }

    for (int i = 0; i < o.stepCount; ++i) {
        const PlannedStep &step = o.steps[i];
        m_events.integer(++m_eventId).integer(id);
        if (i == 0)
            m_events.null();
        else
            m_events.text(stageCode(o.steps[i - 1].stage));
        m_events.text(stageCode(step.stage)).integer(step.at).integer(ownerId);
        const char *note = "";
        if (step.note >= 0 && step.stage == OrderStage::Cancelled)
            note = cancelNotes()[size_t(step.note)];
        else if (step.note >= 0 && step.stage == OrderStage::Returned)
            note = returnNotes()[size_t(step.note)];
        m_events.text(note);
        m_events.endRow();
    }

    // Stock: processing holds a reservation; shipping turns it into a sale; a return may restock.
    if (stage != OrderStage::Processing && !shipped)
        return;
    const std::string saleReason = shipped ? m_saleBefore + number + m_saleAfter : std::string();
    const std::string returnReason = restock ? m_returnBefore + number + m_returnAfter : std::string();
    for (int i = 0; i < o.lineCount; ++i) {
        const PlannedLine &line = o.lines[i];
        DemoProduct &product = m_products[size_t(line.product)];
        ensureStock(product, line.quantity, o.placedAt);
        product.free -= line.quantity;
        if (!shipped) {
            product.reserved += line.quantity;
            continue;
        }
        movement(product, "sale", -line.quantity, saleReason, id, shipped->at);
        if (restock)
            movement(product, "return", line.quantity, returnReason, id, returned->at);
    }
}

void DemoWriter::settleCriticalStock()
{
    const std::string shortage = "Stok opname: selisih, barang rusak/hilang";
    for (DemoProduct &p : m_products) {
        const qint64 available = p.onHand - p.reserved;
        if (!p.critical || available <= p.reorderPoint)
            continue;
        const qint64 target = m_random.between(0, p.reorderPoint);
        // After the product's last movement, so on-hand never dips below zero in between.
        const qint64 at = std::min(m_now, std::max(p.lastMovementAt + 60, m_now - 2 * hour));
        movement(p, "adjustment", target - available, shortage, std::nullopt, at);
    }
}

Status DemoWriter::flush()
{
    for (BulkInsert *rows : {&m_customers, &m_orders, &m_lines, &m_events, &m_movements}) {
        if (Status status = rows->flush(); !status)
            return status;
    }
    return {};
}

} // namespace rapi::demo
