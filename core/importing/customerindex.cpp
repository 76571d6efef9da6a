#include "importing/customerindex.h"

#include "customers/customerrepository.h"
#include "db/database.h"

#include <vector>

namespace rapi::importing {

namespace {
void addFirst(QHash<QString, qint64> &index, const QString &key, qint64 id)
{
    if (!index.contains(key))
        index.insert(key, id);
}
} // namespace

CustomerIndex::CustomerIndex(Database &db) : m_db(db), m_insert(db) {}

Status CustomerIndex::load()
{
    if (!m_insert.prepare(QStringLiteral(
            "INSERT INTO customers (name, phone, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id")))
        return m_insert.error();
    DbQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, phone, merged_into FROM customers ORDER BY id")))
        return q.error();
    struct Merged
    {
        qint64 id;
        QString name;
        QString phone;
    };
    std::vector<Merged> merged;
    QHash<qint64, qint64> survivorOf; // merged record → the record it was merged into
    while (q.next()) {
        const qint64 id = q.int64(0);
        const QString phone = CustomerRepository::normalisePhone(q.text(2));
        if (const auto into = q.optionalInt64(3)) {
            survivorOf.insert(id, *into);
            merged.push_back({id, q.text(1), phone});
            continue;
        }
        // Rows come oldest first, so the oldest customer keeps the key.
        addFirst(phone.isEmpty() ? m_byName : m_byPhone, phone.isEmpty() ? q.text(1) : phone, id);
    }
    // Merged records only answer for keys no unmerged customer has; they stand for the record
    // that survived (following a chain when that one was merged again later).
    for (const Merged &m : merged) {
        qint64 survivor = m.id;
        for (int hops = 0; survivorOf.contains(survivor) && hops < 64; ++hops)
            survivor = survivorOf.value(survivor);
        addFirst(m.phone.isEmpty() ? m_byName : m_byPhone, m.phone.isEmpty() ? m.name : m.phone, survivor);
    }
    return {};
}

std::optional<qint64> CustomerIndex::find(const QString &name, const QString &phone) const
{
    const QHash<QString, qint64> &index = phone.isEmpty() ? m_byName : m_byPhone;
    const auto found = index.constFind(phone.isEmpty() ? name : phone);
    if (found == index.cend())
        return std::nullopt;
    return *found;
}

void CustomerIndex::remember(const QString &name, const QString &phone, qint64 id)
{
    if (phone.isEmpty())
        m_byName.insert(name, id);
    else
        m_byPhone.insert(phone, id);
}

Result<std::optional<qint64>> CustomerIndex::findOrCreate(const QString &name, const QString &phone,
                                                          qint64 now)
{
    if (name.isEmpty() && phone.isEmpty())
        return std::optional<qint64>();
    if (const auto known = find(name, phone))
        return known;
    m_insert.bind(name.isEmpty() ? phone : name).bindNullableText(phone).bind(now).bind(now);
    if (!m_insert.exec() || !m_insert.next())
        return m_insert.error();
    const qint64 id = m_insert.int64(0);
    // A statement left mid-result keeps SQLite from committing; the prepared statement lives on.
    m_insert.raw().finish();
    remember(name, phone, id);
    return std::optional<qint64>(id);
}

} // namespace rapi::importing
