#include "customers/customerrepository.h"

#include "accounts/permission.h"
#include "db/database.h"
#include "db/dbquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapi {

CustomerRepository::CustomerRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString CustomerRepository::normalisePhone(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone) {
        if (c.isDigit() && c.unicode() <= '9')
            digits += c;
    }
    // Indonesian numbers are written as 08…, +62 8… or 62 8…; store them the way people dial.
    if (digits.startsWith(QLatin1String("62")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

bool CustomerRepository::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

Result<Customer> CustomerRepository::get(qint64 id) const
{
    DbQuery q(m_db, QStringLiteral("SELECT id, name, phone FROM customers WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{QCoreApplication::translate("rapi::CustomerRepository", "Customer %1 does not exist.").arg(id)};
    return Customer{q.int64(0), q.text(1), q.text(2)};
}

Result<qint64> CustomerRepository::findOrCreate(const QString &name, const QString &phone)
{
    const QString cleanName = name.simplified();
    const QString cleanPhone = normalisePhone(phone);
    if (cleanName.isEmpty() && cleanPhone.isEmpty())
        return Error{QCoreApplication::translate("rapi::CustomerRepository", "A customer needs a name or a phone number.")};
    // A merged record keeps its phone and name; it stands for the customer it was merged into.
    DbQuery q(m_db);
    if (!cleanPhone.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, merged_into FROM customers WHERE phone = ? "
                                 "ORDER BY CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END, id LIMIT 1"));
        q.bind(cleanPhone);
    } else {
        q.prepare(QStringLiteral("SELECT id, merged_into FROM customers WHERE name = ? AND phone IS NULL "
                                 "ORDER BY CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END, id LIMIT 1"));
        q.bind(cleanName);
    }
    if (!q.exec())
        return q.error();
    if (q.next()) {
        qint64 id = q.int64(0);
        std::optional<qint64> into = q.optionalInt64(1);
        // A survivor may itself have been merged later: follow the chain to the live record.
        for (int hops = 0; into && hops < 64; ++hops) {
            id = *into;
            q.prepare(QStringLiteral("SELECT merged_into FROM customers WHERE id = ?"));
            q.bind(id);
            if (!q.exec() || !q.next())
                return q.error();
            into = q.optionalInt64(0);
        }
        return id;
    }
    DbQuery insert(m_db, QStringLiteral("INSERT INTO customers (name, phone, created_at) VALUES (?, ?, ?) RETURNING id"));
    insert.bind(cleanName.isEmpty() ? cleanPhone : cleanName).bindNullableText(cleanPhone).bind(m_clock.now());
    return insert.execReturningId();
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit) const
{
    const QString needle = QLatin1Char('%') + text.trimmed().toLower() + QLatin1Char('%');
    const QString digits = normalisePhone(text);
    DbQuery q(m_db, digits.isEmpty() ? QStringLiteral("SELECT id, name, phone FROM customers WHERE merged_into IS NULL AND "
                                                      "lower(name) LIKE ? ORDER BY name LIMIT ?")
                                     : QStringLiteral("SELECT id, name, phone FROM customers WHERE merged_into IS NULL AND "
                                                      "(lower(name) LIKE ? OR phone LIKE ?) ORDER BY name LIMIT ?"));
    q.bind(needle);
    if (!digits.isEmpty())
        q.bind(QLatin1Char('%') + digits + QLatin1Char('%'));
    q.bind(limit);
    if (!q.exec())
        return q.error();
    QList<Customer> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2)});
    return list;
}

Result<QList<Customer>> CustomerRepository::recent(int limit) const
{
    // Each source is walked newest first on its own index and cut short; a regular's many orders
    // would crowd out everyone else, so orders get a larger share. A customer whose only activity
    // lies beyond every cut is not "recent" anyway.
    DbQuery q(m_db,
              QStringLiteral(
                  "SELECT c.id, c.name, COALESCE(c.phone, ''), MAX(r.at) AS last_at FROM ("
                  " SELECT customer_id AS cid, placed_at AS at FROM (SELECT customer_id, placed_at FROM orders"
                  "  WHERE customer_id IS NOT NULL ORDER BY placed_at DESC LIMIT ?) o"
                  " UNION ALL SELECT customer_id, created_at FROM (SELECT customer_id, created_at FROM tickets"
                  "  ORDER BY created_at DESC LIMIT ?) t"
                  " UNION ALL SELECT customer_id, created_at FROM (SELECT customer_id, created_at FROM"
                  "  customer_notes ORDER BY id DESC LIMIT ?) n"
                  " UNION ALL SELECT id, created_at FROM (SELECT id, created_at FROM customers"
                  "  ORDER BY id DESC LIMIT ?) k"
                  ") r JOIN customers c ON c.id = r.cid WHERE c.merged_into IS NULL "
                  "GROUP BY c.id, c.name, c.phone ORDER BY last_at DESC, c.id DESC LIMIT ?"));
    q.bind(limit * 5).bind(limit).bind(limit).bind(limit).bind(limit);
    if (!q.exec())
        return q.error();
    QList<Customer> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2)});
    return list;
}

Result<qint64> CustomerRepository::activeCount() const
{
    DbQuery q(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE merged_into IS NULL"));
    if (!q.exec() || !q.next())
        return q.error();
    return q.int64(0);
}

Result<CustomerProfile> CustomerRepository::profile(qint64 id) const
{
    DbQuery q(m_db, QStringLiteral(
                        "SELECT id, name, COALESCE(phone, ''), email, address, handles, preferences, tags, "
                        "created_at, updated_at, merged_into, version FROM customers WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{
            QCoreApplication::translate("rapi::CustomerRepository", "Customer %1 does not exist.").arg(id)};
    CustomerProfile p;
    p.id = q.int64(0);
    p.name = q.text(1);
    p.phone = q.text(2);
    p.email = q.text(3);
    p.address = q.text(4);
    p.handles = q.text(5);
    p.preferences = q.text(6);
    p.tags = q.text(7).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    p.createdAt = q.int64(8);
    p.updatedAt = q.int64(9);
    p.mergedInto = q.optionalInt64(10);
    p.version = int(q.int64(11));
    return p;
}

Result<QList<CustomerNote>> CustomerRepository::notes(qint64 customerId) const
{
    DbQuery q(m_db,
              QStringLiteral("SELECT n.id, n.customer_id, n.body, n.author_id, u.display_name, n.created_at "
                             "FROM customer_notes n JOIN users u ON u.id = n.author_id "
                             "WHERE n.customer_id = ? ORDER BY n.created_at DESC, n.id DESC"));
    q.bind(customerId);
    if (!q.exec())
        return q.error();
    QList<CustomerNote> list;
    while (q.next())
        list.append({q.int64(0), q.int64(1), q.text(2), q.int64(3), q.text(4), q.int64(5)});
    return list;
}

Result<CustomerStats> CustomerRepository::stats(qint64 customerId) const
{
    CustomerStats s;
    DbQuery q(m_db,
              QStringLiteral("SELECT count(*), COALESCE(SUM(subtotal + shipping_fee), 0), MIN(placed_at), "
                             "MAX(placed_at) FROM orders WHERE customer_id = ? "
                             "AND stage IN ('paid', 'processing', 'shipped', 'completed')"));
    q.bind(customerId);
    if (!q.exec() || !q.next())
        return q.error();
    s.purchaseCount = q.int64(0);
    s.purchaseTotal = q.int64(1);
    s.firstPurchaseAt = q.optionalInt64(2);
    s.lastPurchaseAt = q.optionalInt64(3);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM orders WHERE customer_id = ?), "
                             "(SELECT count(*) FROM tickets WHERE customer_id = ?)"));
    q.bind(customerId).bind(customerId);
    if (!q.exec() || !q.next())
        return q.error();
    s.orderCount = q.int64(0);
    s.ticketCount = q.int64(1);
    return s;
}

Result<QList<Customer>> CustomerRepository::duplicatesOf(qint64 customerId) const
{
    // Two halves instead of one OR: the phone half uses customers_phone, and the e-mail half only
    // runs for a customer who has an e-mail (one OR made every call scan all customers).
    DbQuery q(m_db,
              QStringLiteral(
                  "SELECT o.id, o.name, COALESCE(o.phone, '') FROM customers c JOIN customers o "
                  "ON o.phone = c.phone AND o.id <> c.id AND o.merged_into IS NULL "
                  "WHERE c.id = ? AND c.phone IS NOT NULL AND c.phone <> '' "
                  "UNION SELECT o.id, o.name, COALESCE(o.phone, '') FROM customers c JOIN customers o "
                  "ON lower(o.email) = lower(c.email) AND o.id <> c.id AND o.merged_into IS NULL "
                  "WHERE c.id = ? AND c.email <> '' ORDER BY 1"));
    q.bind(customerId).bind(customerId);
    if (!q.exec())
        return q.error();
    QList<Customer> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2)});
    return list;
}

Result<CustomerProfile> CustomerRepository::profile(qint64 id, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadCustomers); !allowed)
        return Error{allowed.error()};
    auto found = profile(id);
    if (!found || permission::allows(actor.role, Permission::ReadCustomerContact))
        return found;
    CustomerProfile masked = std::move(found).value();
    masked.phone.clear();
    masked.email.clear();
    masked.handles.clear();
    masked.preferences.clear();
    return masked;
}

Result<QList<CustomerNote>> CustomerRepository::notes(qint64 customerId, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadCustomerContact); !allowed)
        return Error{allowed.error()};
    return notes(customerId);
}

} // namespace rapi
