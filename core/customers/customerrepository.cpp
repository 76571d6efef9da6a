#include "customers/customerrepository.h"

#include "db/database.h"
#include "db/dbquery.h"

#include <QCoreApplication>

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
    DbQuery q(m_db);
    if (!cleanPhone.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM customers WHERE phone = ? ORDER BY id LIMIT 1"));
        q.bind(cleanPhone);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM customers WHERE name = ? AND phone IS NULL ORDER BY id LIMIT 1"));
        q.bind(cleanName);
    }
    if (!q.exec())
        return q.error();
    if (q.next())
        return q.int64(0);
    DbQuery insert(m_db, QStringLiteral("INSERT INTO customers (name, phone, created_at) VALUES (?, ?, ?) RETURNING id"));
    insert.bind(cleanName.isEmpty() ? cleanPhone : cleanName).bindNullableText(cleanPhone).bind(m_clock.now());
    return insert.execReturningId();
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit) const
{
    const QString needle = QLatin1Char('%') + text.trimmed().toLower() + QLatin1Char('%');
    const QString digits = normalisePhone(text);
    DbQuery q(m_db, digits.isEmpty() ? QStringLiteral("SELECT id, name, phone FROM customers WHERE lower(name) LIKE ? "
                                                      "ORDER BY name LIMIT ?")
                                     : QStringLiteral("SELECT id, name, phone FROM customers WHERE lower(name) LIKE ? "
                                                      "OR phone LIKE ? ORDER BY name LIMIT ?"));
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

} // namespace rapi
