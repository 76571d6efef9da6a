#include "importing/orderimporter.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "importing/csvreader.h"
#include "importing/importsupport.h"
#include "importing/ordercodes.h"
#include "importing/orderhistory.h"
#include "importing/orderwriter.h"
#include "orders/orderrepository.h"
#include "stock/productrepository.h"
#include "stock/stockledger.h"

#include <limits>
#include <optional>
#include <QHash>
#include <vector>

namespace rapi::importing {

namespace {

// The columns before Sku describe the order (repeated on each of its lines); Sku and after, the line.
enum Column {
    Number,
    OrderedAt,
    ChannelColumn,
    CustomerName,
    CustomerPhone,
    StatusColumn,
    Payment,
    PaidAt,
    ShippedAt,
    CompletedAt,
    Courier,
    Tracking,
    ShippingFee,
    Notes,
    Sku,
    Quantity,
    UnitPrice,
    Discount,
    ColumnCount
};
constexpr int kOrderColumns = Sku;

constexpr ColumnSpec kColumns[ColumnCount] = {
    {"order_number", true},    {"ordered_at", true},      {"channel", true},
    {"customer_name", false},  {"customer_phone", false}, {"status", true},
    {"payment_method", false}, {"paid_at", false},        {"shipped_at", false},
    {"completed_at", false},   {"courier", false},        {"tracking_number", false},
    {"shipping_fee", false},   {"notes", false},          {"sku", true},
    {"quantity", true},        {"unit_price", true},      {"discount", false},
};

struct ProductState
{
    qint64 id = 0;
    QString sku;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 reserveDelta = 0; // reservations this file adds, written once at the end
};

// Every order number of the file, so that its lines may be spread over the file and so that a
// line's SKU is checked against all earlier lines of its order.
struct OrderEntry
{
    qint64 dbId = 0;
    size_t headHash = 0;
    qint64 saleAt = 0;
    int firstRow = 0;
    int lastLine = -1; // into m_lines, chained through LineLink::previous
    OrderStage stage = OrderStage::New;
    bool existing = false; // already in the database: skipped
    bool valid = true;
};

struct LineLink
{
    int productIndex;
    int row;
    int previous;
};

// The order columns of the group of lines being read, parsed.
struct Head
{
    QString number;
    qint64 placedAt = 0;
    qint64 channelId = 0;
    QString customerName;
    QString customerPhone;
    OrderStage stage = OrderStage::New;
    PaymentMethod method = PaymentMethod::Transfer;
    OrderHistory history;
    QString courier;
    QString trackingNumber;
    QString notes;
    Money shippingFee = 0;
};

struct Line
{
    int productIndex;
    qint64 quantity;
    Money unitPrice;
    Money discount;
};

enum class StockEffect { None, Reserve, Sale };

StockEffect effectOf(OrderStage stage)
{
    switch (stage) {
    case OrderStage::Processing:
        return StockEffect::Reserve;
    case OrderStage::Shipped:
    case OrderStage::Completed:
    case OrderStage::Returned:
        return StockEffect::Sale;
    default:
        return StockEffect::None;
    }
}

class OrderImporter final
{
public:
    OrderImporter(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                  const Clock &clock, ImportReport &report)
        : m_db(db), m_options(options), m_actor(actor), m_clock(clock), m_report(report),
          m_rows(csv, kColumns, report), m_issues(m_rows.issues()),
          m_times(options.zone.isValid() ? options.zone : businesstime::defaultZone()),
          m_existingQuery(db)
    {}

    Status run();

private:
    Status load();
    Status readRow();
    Status startGroup(const QString &number, int row);
    bool parseHead(int row, Head &head);
    void compareWithGroup(int row);
    void readLine(int row);
    Status flushGroup();

    QStringView cell(int column) const { return m_rows.cell(column); }
    QStringView groupCell(int column) const
    {
        return QStringView(m_groupText)
            .sliced(m_groupOffsets[column], m_groupOffsets[column + 1] - m_groupOffsets[column]);
    }
    static QLatin1String columnName(int column) { return QLatin1String(kColumns[column].name); }

    Database &m_db;
    const ImportOptions &m_options;
    const Actor &m_actor;
    const Clock &m_clock;
    ImportReport &m_report;
    ColumnReader m_rows;
    IssueList &m_issues;
    TimeParser m_times;
    std::optional<OrderWriter> m_writer; // empty on a dry run

    std::vector<ProductState> m_products;
    QHash<QString, int> m_productBySku;
    ChannelCodes m_channels;
    bool m_databaseHasOrders = false;
    DbQuery m_existingQuery;

    std::vector<OrderEntry> m_entries;
    QHash<QString, int> m_entryByNumber;
    std::vector<LineLink> m_links;

    // The group of consecutive lines of one order being read.
    bool m_inGroup = false;
    bool m_firstAppearance = false;
    int m_entry = -1;
    int m_groupRow = 0;
    Head m_head;
    QString m_groupText; // the raw order columns of the group's first line, back to back
    qsizetype m_groupOffsets[kOrderColumns + 1] = {};
    QList<Line> m_lines;
    Money m_subtotal = 0;
};

Status OrderImporter::run()
{
    if (Status status = m_rows.resolve(); !status)
        return status;

    // One transaction for the whole file, opened before reading stock and customers so that what
    // the checks see is what gets written. Any issue and it rolls back: nothing is written.
    const ImportCacheSize cache(m_db);
    std::optional<WriteTransaction> tx;
    if (!m_options.dryRun) {
        tx.emplace(m_db);
        if (!tx->ok())
            return tx->startStatus();
    }
    if (Status status = load(); !status)
        return status;
    if (!m_options.dryRun) {
        m_writer.emplace(m_db, m_actor.userId, m_clock.now());
        if (Status status = m_writer->prepare(); !status)
            return status;
    }

    while (m_rows.next()) {
        if (Status status = readRow(); !status)
            return status;
    }
    if (Status status = flushGroup(); !status)
        return status;
    if (m_issues.any() || m_options.dryRun)
        return {};

    for (const ProductState &p : m_products) {
        if (p.reserveDelta != 0) {
            if (Status status = m_writer->addReserved(p.id, p.reserveDelta); !status)
                return status;
        }
    }
    if (Status status = tx->commit(); !status)
        return status;
    m_report.applied = true;
    return {};
}

Status OrderImporter::load()
{
    auto products = ProductRepository(m_db, m_clock).list(ProductFilter{});
    if (!products)
        return Error{products.error()};
    m_products.reserve(size_t(products->size()));
    for (const Product &p : products.value()) {
        m_productBySku.insert(p.sku, int(m_products.size()));
        m_products.push_back({p.id, p.sku, p.onHand, p.reserved, 0});
    }

    auto channels = OrderRepository(m_db).channels();
    if (!channels)
        return Error{channels.error()};
    m_channels.load(channels.value());

    // Into an empty database (the big first import) no order number needs looking up.
    DbQuery any(m_db);
    if (!any.exec(QStringLiteral("SELECT id FROM orders LIMIT 1")))
        return any.error();
    m_databaseHasOrders = any.next();
    if (m_databaseHasOrders &&
        !m_existingQuery.prepare(QStringLiteral("SELECT id FROM orders WHERE number = ?")))
        return m_existingQuery.error();
    return {};
}

Status OrderImporter::readRow()
{
    const int row = m_rows.row();
    const QStringView number = cell(Number);
    if (number.isEmpty()) {
        m_issues.add(row, columnName(Number), ImportTr::tr("is empty"));
        return {};
    }
    if (!m_inGroup || number != m_head.number) {
        if (Status status = flushGroup(); !status)
            return status;
        if (Status status = startGroup(number.toString(), row); !status)
            return status;
    } else {
        compareWithGroup(row);
    }
    readLine(row);
    return {};
}

Status OrderImporter::startGroup(const QString &number, int row)
{
    m_inGroup = true;
    m_groupRow = row;
    m_lines.clear();
    m_subtotal = 0;
    m_groupText.resize(0);
    for (int c = 0; c < kOrderColumns; ++c) {
        m_groupOffsets[c] = m_groupText.size();
        m_groupText += cell(c);
    }
    m_groupOffsets[kOrderColumns] = m_groupText.size();
    size_t hash = qHash(QStringView(m_groupText));
    for (qsizetype offset : m_groupOffsets)
        hash = qHashMulti(hash, offset);

    if (const auto found = m_entryByNumber.constFind(number); found != m_entryByNumber.cend()) {
        // More lines of an order seen earlier in the file.
        m_firstAppearance = false;
        m_entry = *found;
        OrderEntry &entry = m_entries[size_t(m_entry)];
        m_head.number = number;
        m_head.stage = entry.stage;
        if (hash != entry.headHash) {
            m_issues.add(row, columnName(Number),
                         ImportTr::tr("order %1 is also on row %2 with different order columns; every line of an order "
                            "must repeat the same order columns")
                             .arg(number)
                             .arg(entry.firstRow));
            entry.valid = false;
        }
        return {};
    }

    m_firstAppearance = true;
    m_head = Head{};
    m_head.number = number;
    OrderEntry entry;
    entry.headHash = hash;
    entry.firstRow = row;
    entry.valid = parseHead(row, m_head);
    entry.stage = m_head.stage;
    entry.saleAt = m_head.history.shippedAt.value_or(m_head.placedAt);
    if (m_databaseHasOrders) {
        m_existingQuery.bind(number);
        if (!m_existingQuery.exec())
            return m_existingQuery.error();
        entry.existing = m_existingQuery.next();
        m_existingQuery.raw().finish(); // an open result would keep SQLite from committing
    }
    if (entry.existing)
        ++m_report.unchanged;
    else
        ++m_report.created;
    m_entry = int(m_entries.size());
    m_entries.push_back(entry);
    m_entryByNumber.insert(number, m_entry);
    return {};
}

bool OrderImporter::parseHead(int row, Head &head)
{
    bool ok = true;
    auto bad = [&](int c, const QString &reason) {
        m_issues.add(row, columnName(c), reason);
        ok = false;
    };
    auto time = [&](int c, bool required) {
        const auto parsed = m_rows.time(c, m_times, required);
        ok = ok && m_rows.rowOk();
        return parsed;
    };

    ImportedTimes times;
    times.orderedAt = time(OrderedAt, true).value_or(0);
    times.paidAt = time(PaidAt, false);
    times.shippedAt = time(ShippedAt, false);
    times.completedAt = time(CompletedAt, false);
    const bool timesOk = ok;
    head.placedAt = times.orderedAt;

    if (auto channel = m_channels.find(cell(ChannelColumn)); channel)
        head.channelId = channel.value();
    else
        bad(ChannelColumn, channel.error());
    const auto stage = parseStage(cell(StatusColumn));
    if (stage)
        head.stage = stage.value();
    else
        bad(StatusColumn, stage.error());
    const auto method = parsePaymentMethod(cell(Payment));
    if (method)
        head.method = method.value();
    else
        bad(Payment, method.error());

    head.customerName = cell(CustomerName).toString();
    head.customerPhone = cell(CustomerPhone).toString();
    head.courier = cell(Courier).toString();
    head.trackingNumber = cell(Tracking).toString();
    head.notes = cell(Notes).toString();
    if (const QStringView fee = cell(ShippingFee); !fee.isEmpty()) {
        const auto parsed = money::parseMajor(fee);
        if (!parsed)
            bad(ShippingFee, parsed.error());
        else if (*parsed < 0)
            bad(ShippingFee, ImportTr::tr("cannot be negative"));
        else
            head.shippingFee = *parsed;
    }

    if (stage && head.stage == OrderStage::Shipped) {
        // The same rule as moving an order to shipped in Rapi.
        if (head.courier.isEmpty())
            bad(Courier, ImportTr::tr("is empty; a shipped order needs a courier and a tracking number"));
        if (head.trackingNumber.isEmpty())
            bad(Tracking, ImportTr::tr("is empty; a shipped order needs a courier and a tracking number"));
    }
    if (stage && method && timesOk) {
        QList<HistoryProblem> problems;
        head.history = buildHistory(head.stage, head.method, times, &problems);
        for (const HistoryProblem &problem : std::as_const(problems)) {
            m_issues.add(row, problem.column, problem.reason);
            ok = false;
        }
    }
    return ok;
}

void OrderImporter::compareWithGroup(int row)
{
    for (int c = 0; c < kOrderColumns; ++c) {
        const QStringView here = cell(c);
        const QStringView there = groupCell(c);
        if (here == there)
            continue;
        m_issues.add(
            row, columnName(c),
            ImportTr::tr("is “%1” here but “%2” on row %3 of the same order; every line of an order must repeat the "
               "same order columns")
                .arg(here, there)
                .arg(m_groupRow));
    }
}

void OrderImporter::readLine(int row)
{
    bool ok = true;
    auto bad = [&](int c, const QString &reason) {
        m_issues.add(row, columnName(c), reason);
        ok = false;
    };
    OrderEntry &entry = m_entries[size_t(m_entry)];

    int productIndex = -1;
    const QStringView sku = cell(Sku);
    if (sku.isEmpty()) {
        bad(Sku, ImportTr::tr("is empty"));
    } else {
        productIndex = m_productBySku.value(sku.toString(), -1);
        if (productIndex < 0)
            bad(Sku, ImportTr::tr("unknown SKU “%1”; import it with the products first").arg(sku));
    }

    const auto quantity = parseCount(cell(Quantity));
    if (!quantity || *quantity == 0)
        bad(Quantity, ImportTr::tr("“%1” is not a whole number of 1 or more").arg(cell(Quantity)));
    Money unitPrice = 0;
    if (cell(UnitPrice).isEmpty()) {
        bad(UnitPrice, ImportTr::tr("is empty"));
    } else if (const auto parsed = money::parseMajor(cell(UnitPrice)); !parsed) {
        bad(UnitPrice, parsed.error());
    } else if (*parsed < 0) {
        bad(UnitPrice, ImportTr::tr("cannot be negative"));
    } else {
        unitPrice = *parsed;
    }
    Money discount = 0;
    if (!cell(Discount).isEmpty()) {
        if (const auto parsed = money::parseMajor(cell(Discount)); !parsed)
            bad(Discount, parsed.error());
        else if (*parsed < 0)
            bad(Discount, ImportTr::tr("cannot be negative"));
        else
            discount = *parsed;
    }
    if (ok && unitPrice != 0 && *quantity > std::numeric_limits<qint64>::max() / 4 / unitPrice)
        bad(Quantity, ImportTr::tr("quantity × unit price is too large"));
    else if (ok && discount > *quantity * unitPrice)
        bad(Discount, ImportTr::tr("is more than the line is worth (%1 × %2)").arg(*quantity).arg(cell(UnitPrice)));

    if (productIndex >= 0) {
        // The same product twice in one order is a mistake more often than not (a line pasted
        // twice); adding the quantities up silently could ship double.
        for (int l = entry.lastLine; l >= 0; l = m_links[size_t(l)].previous) {
            if (m_links[size_t(l)].productIndex == productIndex) {
                bad(Sku, ImportTr::tr("duplicate line: %1 is already on row %2 of order %3; put the whole quantity on "
                            "one line")
                             .arg(sku)
                             .arg(m_links[size_t(l)].row)
                             .arg(m_head.number));
                break;
            }
        }
        m_links.push_back({productIndex, row, entry.lastLine});
        entry.lastLine = int(m_links.size() - 1);
    }
    if (!ok || !entry.valid || entry.existing)
        return;

    if (m_options.applyStock) {
        ProductState &p = m_products[size_t(productIndex)];
        const StockEffect effect = effectOf(entry.stage);
        if (effect != StockEffect::None) {
            // In file order, like moving the orders one by one in Rapi: what earlier rows
            // reserved or sold is no longer available.
            const qint64 available = p.onHand - p.reserved;
            if (available < *quantity) {
                bad(Quantity,
                    ImportTr::tr("not enough stock of %1 for order %2 (%3): %4 available (on hand %5, reserved %6), "
                       "%7 needed")
                        .arg(p.sku, m_head.number, orderstage::code(entry.stage))
                        .arg(available)
                        .arg(p.onHand)
                        .arg(p.reserved)
                        .arg(*quantity));
                return;
            }
            if (effect == StockEffect::Reserve) {
                p.reserved += *quantity;
                p.reserveDelta += *quantity;
            } else {
                p.onHand -= *quantity;
            }
        }
    }
    m_lines.append({productIndex, *quantity, unitPrice, discount});
    m_subtotal += *quantity * unitPrice - discount;
}

Status OrderImporter::flushGroup()
{
    if (!m_inGroup)
        return {};
    m_inGroup = false;
    // After the first issue nothing more is written; the transaction will roll back anyway.
    if (!m_writer || m_issues.any())
        return {};
    OrderEntry &entry = m_entries[size_t(m_entry)];
    if (entry.existing)
        return {};

    if (m_firstAppearance) {
        auto customer = m_writer->customer(m_head.customerName, m_head.customerPhone);
        if (!customer)
            return Error{customer.error()};
        ImportedOrder order;
        order.number = m_head.number;
        order.channelId = m_head.channelId;
        order.customerId = customer.value();
        order.stage = m_head.stage;
        order.method = m_head.method;
        order.placedAt = m_head.placedAt;
        order.history = &m_head.history;
        order.courier = m_head.courier;
        order.trackingNumber = m_head.trackingNumber;
        order.shippingFee = m_head.shippingFee;
        order.subtotal = m_subtotal;
        order.stockReserved = m_options.applyStock && m_head.stage == OrderStage::Processing;
        order.notes = m_head.notes;
        auto id = m_writer->insertOrder(order);
        if (!id)
            return Error{id.error()};
        entry.dbId = id.value();
        if (Status status = m_writer->insertEvents(entry.dbId, m_head.history, ImportTr::tr("Imported from CSV"));
            !status)
            return status;
    } else if (Status status = m_writer->addToSubtotal(entry.dbId, m_subtotal); !status) {
        return status;
    }

    const bool sale = m_options.applyStock && effectOf(entry.stage) == StockEffect::Sale;
    const QString reason = sale ? ImportTr::tr("Order %1 shipped (imported)").arg(m_head.number) : QString();
    for (const Line &line : std::as_const(m_lines)) {
        const qint64 productId = m_products[size_t(line.productIndex)].id;
        if (Status status =
                m_writer->insertLine(entry.dbId, productId, line.quantity, line.unitPrice, line.discount);
            !status)
            return status;
        if (sale) {
            if (Status status = StockLedger::record(m_db, productId, MovementKind::Sale, -line.quantity,
                                                    reason, entry.dbId, m_actor.userId, entry.saleAt);
                !status)
                return status;
        }
    }
    return {};
}

} // namespace

Status importOrders(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                    const Clock &clock, ImportReport &report)
{
    OrderImporter importer(db, csv, options, actor, clock, report);
    return importer.run();
}

} // namespace rapi::importing
