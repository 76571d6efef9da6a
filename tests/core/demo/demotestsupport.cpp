#include "demotestsupport.h"

#include "common/clock.h"
#include "db/dbquery.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlRecord>

namespace rapi::test {

qint64 demoNow()
{
    return QDateTime(QDate(2025, 11, 20), QTime(10, 30), businesstime::defaultZone()).toSecsSinceEpoch();
}

DemoOptions demoOptions(qint64 orders, quint64 seed)
{
    DemoOptions o;
    o.orders = orders;
    o.seed = seed;
    o.now = demoNow();
    o.ordersPerTransaction = 700;
    return o;
}

qint64 scalar(const Database &db, const QString &sql)
{
    DbQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.int64(0);
}

QByteArray demoChecksum(const Database &db)
{
    const char *queries[] = {
        "SELECT id, sku, name, category, unit_price, cost, active, reorder_point, reorder_qty, "
        "on_hand, reserved FROM products ORDER BY id",
        "SELECT id, name, phone, created_at, email, address, handles, preferences, tags FROM customers ORDER "
        "BY id",
        "SELECT id, number, channel_id, customer_id, stage, payment_method, placed_at, stage_entered_at, "
        "paid_at, shipped_at, completed_at, courier, tracking_number, shipping_fee, subtotal, "
        "stock_reserved, notes, version FROM orders ORDER BY id",
        "SELECT id, order_id, product_id, quantity, unit_price, discount FROM order_lines ORDER BY id",
        "SELECT id, order_id, from_stage, to_stage, at, note FROM order_events ORDER BY id",
        "SELECT id, product_id, kind, quantity, reason, order_id, at FROM stock_movements ORDER BY id",
        "SELECT id, customer_id, body, author_id, created_at FROM customer_notes ORDER BY id",
        "SELECT id, username, display_name, role FROM users ORDER BY id",
        "SELECT * FROM tickets ORDER BY id",
        "SELECT id, ticket_id, direction, body, at, user_id, template_version_id FROM ticket_messages ORDER "
        "BY id",
        "SELECT id, ticket_id, kind, from_value, to_value, note, at, user_id FROM ticket_events ORDER BY id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        DbQuery q(db);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        const int columns = q.raw().record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q.value(c);
                hash.addData(v.isNull() ? QByteArrayLiteral("<null>") : v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("|"));
            }
        }
    }
    return hash.result().toHex();
}

QStringList indexNames(const Database &db)
{
    DbQuery q(db);
    REQUIRE(q.exec(db.isSqlite()
                       ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
                       : QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = "
                                        "current_schema() ORDER BY indexname")));
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

DemoShop::DemoShop(const DemoOptions &options) : db(openTestDatabase())
{
    auto result = DemoGenerator(*db).generate(options);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    summary = result.value();
}

} // namespace rapi::test
