#include "demo/demogenerator.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "db/logging.h"
#include "db/writetransaction.h"
#include "demo/democrm.h"
#include "demo/demoorders.h"
#include "demo/demoproducts.h"
#include "demo/demotasks.h"
#include "demo/demowriter.h"

#include <algorithm>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace rapi {

using namespace demo;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::DemoGenerator)
};

// Orders placed this recently may be kept waiting in a stage on purpose (the bottleneck view).
constexpr qint64 recentWindow = 16 * day;
constexpr qint64 progressEvery = 10000;

// Orders per local hour (WIB): a lunch peak and a bigger evening one, when people scroll.
constexpr int hourWeights[24] = {2,  1,  1,  1,  1,  2,  4,  7,  10, 12, 13, 13,
                                 14, 13, 12, 11, 10, 10, 11, 14, 16, 15, 11, 5};
// Monday … Sunday.
constexpr int weekdayWeights[7] = {100, 100, 100, 100, 100, 85, 75};

struct Day
{
    qint64 start = 0; // local midnight, UTC seconds
    qint64 from = 0;  // [from, to): the part of the day inside the demo period
    qint64 to = 0;
    qint64 hourWeight[24] = {};
    qint64 hourTotal = 0;
    qint64 weight = 0;
    qint64 orders = 0;
};

// SQLite checks each foreign key with a lookup per inserted row, about a fifth of the demo's
// writing time; the demo's rows are built consistent (the tests run PRAGMA foreign_key_check),
// so the checks are off while it writes. SQLite ignores the pragma inside a transaction, which
// is why this wraps the generator's transactions, and it restores the setting however the
// generation ends. PostgreSQL keeps its checks.
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(Database &db) : m_db(db)
    {
        DbQuery q(m_db);
        m_restore = m_db.isSqlite() && q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() &&
                    q.int64(0) == 1 && q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_restore)
            DbQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
    bool m_restore = false;
};

class Generation final
{
public:
    Generation(Database &db, const DemoOptions &options)
        : m_db(db), m_options(options), m_random(options.seed)
    {}

    Result<DemoSummary> run();

private:
    Status prepare();
    Status begin();
    Status commit();
    Status dropIndexes();
    Status createIndexes();
    std::vector<Day> planDays() const;
    Status writeOrders();
    Status finish();
    void removeGenerated();

    Database &m_db;
    const DemoOptions &m_options;
    Random m_random;
    std::optional<WriteTransaction> m_tx;
    std::optional<DemoWriter> m_writer;
    std::optional<DemoCrm> m_crm;

    qint64 m_now = 0;
    qint64 m_start = 0;
    qint64 m_customerCount = 0;
    DemoIds m_ids;
    qint64 m_thresholds[8] = {};
    QStringList m_indexes;
};

Status Generation::dropIndexes()
{
    QStringList names = {QStringLiteral("orders"), QStringLiteral("order_lines"),
                         QStringLiteral("order_events"), QStringLiteral("stock_movements")};
    if (m_ids.customerBase == 0)
        names << QStringLiteral("customers");
    names << m_crm->emptyTables();
    const QString tables = QLatin1Char('\'') + names.join(QStringLiteral("', '")) + QLatin1Char('\'');
    DbQuery q(m_db);
    const QString sql =
        m_db.isSqlite()
            ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                             "NULL AND tbl_name IN (%1)")
            : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                             "current_schema() AND tablename IN (%1) AND indexname NOT IN (SELECT "
                             "conname FROM pg_constraint WHERE contype IN ('p', 'u'))");
    if (!q.exec(sql.arg(tables)))
        return q.error();
    QStringList indexes;
    while (q.next()) {
        indexes << q.text(0);
        m_indexes << q.text(1);
    }
    for (const QString &name : indexes) {
        if (!q.exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return q.error();
    }
    return {};
}

Status Generation::createIndexes()
{
    DbQuery q(m_db);
    for (QString sql : std::as_const(m_indexes)) {
        // Also after a failure, when the drop may or may not have been committed.
        static const QRegularExpression create(QStringLiteral("^CREATE (UNIQUE )?INDEX "),
                                               QRegularExpression::CaseInsensitiveOption);
        sql.replace(create, QStringLiteral("CREATE \\1INDEX IF NOT EXISTS "));
        if (!q.exec(sql))
            return q.error();
    }
    return {};
}

Status Generation::prepare()
{
    DbQuery q(m_db);
    for (const char *table : {"products", "orders"}) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))))
            return q.error();
        if (q.next())
            return Error{
                Tr::tr("This database already holds products or orders. Demo data is only added to an empty "
                       "database; nothing was changed.")};
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM customers")) || !q.next())
        return q.error();
    m_ids.customerBase = q.int64(0);
    if (!q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'order_number'")) || !q.next())
        return q.error();
    m_ids.numberBase = q.int64(0);

    if (!q.exec(QStringLiteral("SELECT id, code FROM channels")))
        return q.error();
    QHash<QString, qint64> channels;
    while (q.next())
        channels.insert(q.text(1), q.int64(0));
    for (int c = 0; c < channelCount; ++c) {
        const QString code = QLatin1String(channelCode(DemoChannel(c)));
        if (!channels.contains(code))
            return Error{
                Tr::tr("The demo needs the sales channel “%1”, which this database lacks.").arg(code)};
        m_ids.channelIds[c] = channels.value(code);
    }
    if (!q.exec(QStringLiteral("SELECT stage, stuck_after_seconds FROM stage_thresholds")))
        return q.error();
    while (q.next()) {
        if (const auto stage = orderstage::fromCode(q.text(0)))
            m_thresholds[int(*stage)] = q.int64(1);
    }
    return {};
}

Status Generation::begin()
{
    m_tx.emplace(m_db);
    if (!m_tx->ok())
        return m_tx->startStatus();
    return {};
}

Status Generation::commit()
{
    if (Status status = m_writer->flush(); !status)
        return status;
    Status status = m_tx->commit();
    m_tx.reset();
    return status;
}

std::vector<Day> Generation::planDays() const
{
    std::vector<Day> days;
    const qint64 firstLocal = (m_start + wibOffset) / day;
    const qint64 lastLocal = (m_now - 1 + wibOffset) / day;
    for (qint64 local = firstLocal; local <= lastLocal; ++local) {
        Day d;
        d.start = local * day - wibOffset;
        d.from = std::max(m_start, d.start);
        d.to = std::min(m_now, d.start + day);
        if (d.to <= d.from)
            continue;
        for (int h = 0; h < 24; ++h) {
            const qint64 hourStart = d.start + h * hour;
            const qint64 overlap =
                std::max<qint64>(0, std::min(d.to, hourStart + hour) - std::max(d.from, hourStart));
            d.hourWeight[h] = hourWeights[h] * overlap;
            d.hourTotal += d.hourWeight[h];
        }
        const QDate date = QDate::fromJulianDay(local + 2440588);
        // Slow growth over the period, a bump around payday (the 25th to the 2nd) and the
        // marketplaces' twin-date sales (9.9, 10.10, 11.11, 12.12, …).
        qint64 factor = weekdayWeights[date.dayOfWeek() - 1];
        factor =
            factor * (100 + 25 * (local - firstLocal) / std::max<qint64>(1, lastLocal - firstLocal)) / 100;
        if (date.day() >= 25 || date.day() <= 2)
            factor = factor * 120 / 100;
        if (date.day() == date.month())
            factor = factor * 250 / 100;
        d.weight = factor * (d.hourTotal / 60);
        days.push_back(d);
    }
    // Exact integer shares: the counts add up to the orders asked for.
    qint64 total = 0;
    for (const Day &d : days)
        total += d.weight;
    qint64 cumulative = 0;
    for (Day &d : days) {
        const qint64 before = total > 0 ? m_options.orders * cumulative / total : 0;
        cumulative += d.weight;
        d.orders = total > 0 ? m_options.orders * cumulative / total - before : 0;
    }
    return days;
}

Status Generation::writeOrders()
{
    std::vector<PlannableProduct> plannable;
    for (const DemoProduct &p : m_writer->products())
        plannable.push_back({p.price, p.weight, p.orderableUntil});
    OrderPlanner planner(m_random, std::move(plannable), m_customerCount, m_now, m_thresholds);

    const std::vector<Day> days = planDays();
    qint64 recent = 0;
    for (const Day &d : days)
        recent += d.to > m_now - recentWindow ? d.orders : 0;
    // About one order in 250 waits on purpose, at least a dozen so small demos show them too.
    const qint64 wanted = std::max<qint64>(12, m_options.orders / 250);
    const int stayChance = int(std::min<qint64>(10000, wanted * 10000 / std::max<qint64>(1, recent)));

    const qint64 perTransaction = std::max<qint64>(1, m_options.ordersPerTransaction);
    qint64 id = 0;
    qint64 inTransaction = 0;
    PlannedOrder order;
    std::vector<qint64> times;
    for (const Day &d : days) {
        times.resize(size_t(d.orders));
        for (qint64 &t : times) {
            qint64 r = qint64(m_random.below(quint64(d.hourTotal)));
            int h = 0;
            while (r >= d.hourWeight[h])
                r -= d.hourWeight[h++];
            const qint64 hourStart = std::max(d.from, d.start + h * hour);
            const qint64 hourEnd = std::min(d.to, d.start + (h + 1) * hour);
            t = hourStart + qint64(m_random.below(quint64(hourEnd - hourStart)));
        }
        std::sort(times.begin(), times.end());
        for (qint64 placedAt : times) {
            const bool stay = placedAt >= m_now - recentWindow && m_random.chance(stayChance);
            planner.plan(placedAt, stay, order);
            m_writer->writeOrder(order, ++id);
            m_crm->offer(order, id, m_writer->lastTracking());
            if (++inTransaction >= perTransaction) {
                if (Status status = commit(); !status)
                    return status;
                if (Status status = begin(); !status)
                    return status;
                inTransaction = 0;
            }
            if (m_options.progress && id % progressEvery == 0)
                m_options.progress(id);
        }
    }
    return {};
}

Status Generation::finish()
{
    m_writer->settleCriticalStock();
    if (Status status = m_writer->flush(); !status)
        return status;

    const std::vector<DemoProduct> &products = m_writer->products();
    DbQuery update(m_db, QStringLiteral("UPDATE products SET on_hand = ?, reserved = ? WHERE id = ?"));
    for (size_t i = 0; i < products.size(); ++i) {
        update.bind(products[i].onHand).bind(products[i].reserved).bind(qint64(i) + 1);
        if (!update.exec())
            return update.error();
    }
    if (Status status = m_crm->finish(); !status)
        return status;
    DbQuery counter(m_db, QStringLiteral("UPDATE counters SET value = ? WHERE name = 'order_number'"));
    counter.bind(m_ids.numberBase + m_options.orders);
    if (!counter.exec())
        return counter.error();
    if (!m_db.isSqlite()) {
        // The ids were given explicitly; the identity sequences must continue after them.
        DbQuery q(m_db);
        for (const char *table :
             {"customers", "products", "orders", "order_lines", "order_events", "stock_movements"}) {
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "(SELECT MAX(id) FROM %1))")
                                    .arg(QLatin1String(table));
            if (!q.exec(sql))
                return q.error();
        }
    }
    return {};
}

void Generation::removeGenerated()
{
    if (m_crm)
        m_crm->removeGenerated();
    // Products and orders were empty before, so everything in these tables is the demo's.
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return;
    DbQuery q(m_db);
    for (const char *table : {"stock_movements", "order_events", "order_lines", "orders", "products"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return;
    }
    q.prepare(QStringLiteral("DELETE FROM customers WHERE id > ?"));
    q.bind(m_ids.customerBase);
    if (!q.exec() || !createIndexes())
        return;
    if (Status status = tx.commit(); !status)
        qCWarning(lcDb) << "removing a failed demo:" << status.error();
}

Result<DemoSummary> Generation::run()
{
    if (m_options.orders < 0 || m_options.products < 1 || m_options.weeks < 1 || m_options.customers < 0 ||
        m_options.tickets.value_or(0) < 0 || m_options.customerNotes.value_or(0) < 0)
        return Error{Tr::tr("The demo needs at least one product and one week, and no negative counts.")};
    m_now = m_options.now > 0 ? m_options.now : QDateTime::currentSecsSinceEpoch();
    m_start = m_now - m_options.weeks * 7 * day;
    m_customerCount =
        m_options.customers > 0 ? m_options.customers : std::max<qint64>(50, m_options.orders / 5);

    ForeignKeysOff foreignKeysOff(m_db);
    if (Status status = begin(); !status)
        return Error{status.error()};
    Status prepared = prepare();
    if (prepared) {
        m_crm.emplace(m_db, m_options.seed, m_options.directSqlite, m_ids, m_start, m_now);
        prepared = m_crm->prepare();
    }
    if (!prepared) {
        m_tx.reset();
        return Error{prepared.error()};
    }
    m_crm->startSeeding(m_options.tickets.value_or(m_options.orders / 8), m_options.orders, m_customerCount);

    m_writer.emplace(m_db, m_random, m_options.directSqlite, m_ids, m_now);

    // Building the secondary indexes once at the end is cheaper than keeping them up to date row
    // by row; as the tables are empty, only this run's rows go into them.
    Status status = dropIndexes();
    if (status)
        status = m_writer->writeProducts(
            buildProducts(m_random, m_options.products, m_options.orders, m_start, m_now),
            m_start - 30 * day);
    if (status)
        status = m_writer->writeCustomers(m_customerCount, m_start, m_crm->profiles());
    if (status)
        status = writeOrders();
    if (status)
        status = m_writer->flush();
    if (status)
        status = m_crm->writeTickets(m_writer->customerNames(),
                                     std::max<qint64>(1, m_options.ordersPerTransaction), [this]() -> Status {
                                         if (Status committed = commit(); !committed)
                                             return committed;
                                         return begin();
                                     });
    if (status)
        status = m_crm->writeNotes(m_options.customerNotes.value_or(m_customerCount * 3 / 10),
                                   m_writer->customerCreatedAt(), m_writer->products());
    if (status)
        status = finish();
    if (status)
        status = createIndexes();
    DemoRhythm rhythm;
    if (status) {
        auto written = writeDemoRhythm(m_db, m_now);
        if (written)
            rhythm = written.value();
        else
            status = Error{written.error()};
    }
    if (status)
        status = commit();
    if (!status) {
        m_tx.reset();
        removeGenerated();
        return Error{status.error()};
    }

    // Fresh statistics for the query planner, as a database in use gets them over time (SQLite's
    // PRAGMA optimize at close, PostgreSQL's autovacuum): without them a bulk-loaded database
    // is planned as if it were empty. Not worth failing the demo over.
    // (On PostgreSQL only these tables: a bare ANALYZE covers every schema of the database.)
    const QString analyze = m_db.isSqlite()
                                ? QStringLiteral("ANALYZE")
                                : QStringLiteral("ANALYZE customers, products, orders, order_lines, "
                                                 "order_events, stock_movements, tickets, ticket_messages, "
                                                 "ticket_events, customer_notes");
    if (!DbQuery(m_db).exec(analyze))
        qCWarning(lcDb) << "demo: ANALYZE failed; the planner works without statistics";

    DemoSummary summary;
    summary.products = qint64(m_writer->products().size());
    summary.customers = m_customerCount;
    summary.orders = m_options.orders;
    summary.orderLines = m_writer->lines();
    summary.orderEvents = m_writer->events();
    summary.stockMovements = m_writer->movements();
    summary.now = m_now;
    summary.wroteDirectly = m_writer->isDirect();
    summary.tickets = m_crm->tickets();
    summary.ticketMessages = m_crm->messages();
    summary.ticketEvents = m_crm->events();
    summary.customerNotes = m_crm->notes();
    summary.tasks = rhythm.tasks;
    summary.checkIns = rhythm.checkIns;
    for (const DemoProduct &p : m_writer->products())
        summary.criticalProducts += p.active && p.onHand - p.reserved <= p.reorderPoint ? 1 : 0;
    return summary;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db) : m_db(db) {}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options)
{
    return Generation(m_db, options).run();
}

} // namespace rapi
