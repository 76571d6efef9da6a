#pragma once

#include "common/result.h"

#include <QSqlQuery>
#include <QVariant>

namespace rapi {

class Database;

// The one way core code runs SQL: positional '?' bindings, a failing statement is logged with
// its SQL and bound values, and the caller gets the error to return. SQL written here must run
// unchanged on SQLite and PostgreSQL.
class DbQuery final
{
public:
    explicit DbQuery(const Database &db);
    DbQuery(const Database &db, const QString &sql);

    bool prepare(const QString &sql);
    DbQuery &bind(const QVariant &value);
    DbQuery &bind(qint64 value) { return bind(QVariant(value)); }
    DbQuery &bind(int value) { return bind(QVariant(qint64(value))); }
    // A null QString would bind as SQL NULL; text columns get '' instead.
    DbQuery &bind(const QString &value) { return bind(QVariant(value.isNull() ? QStringLiteral("") : value)); }
    DbQuery &bindNullableText(const QString &value);
    DbQuery &bindNullableInt(std::optional<qint64> value);
    bool exec();
    bool exec(const QString &sql);

    // Runs an INSERT … RETURNING id and finishes the statement: on SQLite an unfinished write
    // statement would make the enclosing COMMIT fail.
    Result<qint64> execReturningId();
    // Frees the statement's result set early (before a commit, or when only one row was wanted).
    void finish() { m_query.finish(); }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    std::optional<qint64> optionalInt64(int column) const;
    QString text(int column) const { return m_query.value(column).toString(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

    // "Database error: …" for the user; the details went to the log.
    Error error() const;
    QSqlQuery &raw() { return m_query; }

private:
    void logFailure() const;

    QSqlQuery m_query;
    QVariantList m_bound;
};

} // namespace rapi
