#include "demo/bulkinsert.h"

#include "db/database.h"
#include "db/logging.h"

#include <charconv>
#include <QSqlError>
#include <QSqlQuery>

namespace rapi::demo {

BulkInsert::BulkInsert(Database &db, const char *table, const char *columns, bool direct,
                       int rowsPerStatement)
    : m_db(db), m_rowsPerStatement(rowsPerStatement)
{
    m_head = std::string("INSERT INTO ") + table + " (" + columns + ") VALUES ";
    if (direct && db.isSqlite()) {
        std::string sql = m_head + "(?";
        for (const char *c = columns; *c; ++c) {
            if (*c == ',')
                sql += ",?";
        }
        sql += ')';
        m_direct = std::make_unique<SqliteDirectInsert>(db.connection(), sql.c_str());
        if (!m_direct->valid())
            m_direct.reset();
    }
    m_sql.reserve(64 * 1024);
    m_sql = m_head;
}

void BulkInsert::beginValue()
{
    if (m_direct) {
        ++m_parameter;
        return;
    }
    if (!m_rowOpen) {
        m_sql += m_pendingRows == 0 ? "(" : ",(";
        m_rowOpen = true;
        m_firstInRow = true;
    }
    if (!m_firstInRow)
        m_sql += ',';
    m_firstInRow = false;
}

BulkInsert &BulkInsert::integer(qint64 value)
{
    beginValue();
    if (m_direct) {
        m_direct->bindInteger(m_parameter, value);
        return *this;
    }
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    m_sql.append(buffer, end);
    return *this;
}

BulkInsert &BulkInsert::nullableInteger(std::optional<qint64> value)
{
    return value ? integer(*value) : null();
}

BulkInsert &BulkInsert::text(std::string_view utf8)
{
    beginValue();
    if (m_direct) {
        m_direct->bindText(m_parameter, utf8.data() ? utf8 : std::string_view(""));
        return *this;
    }
    m_sql += '\'';
    for (char c : utf8) {
        if (c == '\'')
            m_sql += '\'';
        m_sql += c;
    }
    m_sql += '\'';
    return *this;
}

BulkInsert &BulkInsert::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return text(std::string_view(utf8.constData(), size_t(utf8.size())));
}

BulkInsert &BulkInsert::null()
{
    beginValue();
    if (m_direct) {
        m_direct->bindNull(m_parameter);
        return *this;
    }
    m_sql += "NULL";
    return *this;
}

void BulkInsert::endRow()
{
    if (m_direct) {
        m_parameter = 0;
        if (!m_failure)
            return;
        if (m_direct->step()) {
            ++m_rowsWritten;
        } else {
            qCWarning(lcDb).noquote()
                << "SQL failed:" << m_direct->errorText() << "\n  SQL:" << QString::fromStdString(m_head);
            m_failure = Error{Database::driverErrorMessage(m_direct->errorText())};
        }
        return;
    }
    Q_ASSERT(m_rowOpen);
    m_sql += ')';
    m_rowOpen = false;
    if (++m_pendingRows >= m_rowsPerStatement)
        m_failure = flush();
}

Status BulkInsert::flush()
{
    Q_ASSERT(!m_rowOpen);
    if (m_pendingRows > 0 && m_parent && m_failure)
        m_failure = m_parent->flush();
    if (m_pendingRows > 0 && m_failure) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QString::fromUtf8(m_sql.data(), qsizetype(m_sql.size())))) {
            m_rowsWritten += m_pendingRows;
        } else {
            qCWarning(lcDb).noquote()
                << "SQL failed:" << q.lastError().text() << "\n  SQL:"
                << QString::fromUtf8(m_sql.data(), qMin<qsizetype>(qsizetype(m_sql.size()), 600));
            m_failure = Error{Database::driverErrorMessage(q.lastError().text())};
        }
    }
    // After a failure the rows are dropped: the caller rolls the transaction back anyway.
    m_pendingRows = 0;
    m_sql.resize(m_head.size());
    return m_failure;
}

} // namespace rapi::demo
