#include "db/dbquery.h"

#include "db/database.h"
#include "db/logging.h"

#include <QSqlError>
#include <QStringList>

namespace rapi {

DbQuery::DbQuery(const Database &db) : m_query(db.connection())
{
    m_query.setForwardOnly(true);
}

DbQuery::DbQuery(const Database &db, const QString &sql) : DbQuery(db)
{
    prepare(sql);
}

bool DbQuery::prepare(const QString &sql)
{
    m_bound.clear();
    if (!m_query.prepare(sql)) {
        logFailure();
        return false;
    }
    return true;
}

DbQuery &DbQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    m_bound.append(value);
    return *this;
}

DbQuery &DbQuery::bindNullableText(const QString &value)
{
    return bind(value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
}

DbQuery &DbQuery::bindNullableInt(std::optional<qint64> value)
{
    return bind(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
}

bool DbQuery::exec()
{
    const bool ok = m_query.exec();
    if (!ok)
        logFailure();
    m_bound.clear();
    return ok;
}

bool DbQuery::exec(const QString &sql)
{
    m_bound.clear();
    const bool ok = m_query.exec(sql);
    if (!ok)
        logFailure();
    return ok;
}

Result<qint64> DbQuery::execReturningId()
{
    if (!exec() || !m_query.next())
        return error();
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

std::optional<qint64> DbQuery::optionalInt64(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Error DbQuery::error() const
{
    return Error{Database::driverErrorMessage(m_query.lastError().text())};
}

void DbQuery::logFailure() const
{
    QStringList values;
    for (const QVariant &v : m_bound)
        values << (v.isNull() ? QStringLiteral("NULL") : v.toString());
    qCWarning(lcDb).noquote() << "SQL failed:" << m_query.lastError().text() << "\n  SQL:" << m_query.lastQuery()
                              << "\n  bound:" << values.join(QStringLiteral(", "));
}

} // namespace rapi
