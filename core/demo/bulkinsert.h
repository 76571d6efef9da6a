#pragma once

#include "common/result.h"
#include "demo/sqlitedirect.h"

#include <memory>
#include <optional>
#include <QString>
#include <string>
#include <string_view>

namespace rapi {
class Database;
} // namespace rapi

namespace rapi::demo {

// Appends many rows to one table for the demo generator.
// On SQLite, when it can (SqliteDirectInsert), each row goes through one prepared statement of
// the driver's own sqlite3 library, written as the row ends. Otherwise (PostgreSQL, or a Qt whose
// SQLite cannot be reached) rows are gathered into multi-row INSERT statements
// ("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), ..."), a hundred rows per statement: binding
// through QSqlQuery costs a formatted placeholder name and a hash lookup per value, and QPSQL a
// round trip per execution, while one statement of literals is parsed once by either backend.
// Numbers are written from integers and text is quoted the standard way ('' for '), which both
// backends read alike. Only for data the program makes itself, never for what a person typed.
class BulkInsert final
{
public:
    BulkInsert(Database &db, const char *table, const char *columns, bool direct, int rowsPerStatement = 100);
    // Rows here reference rows of `parent` (a foreign key checked per statement, not deferrable
    // on PostgreSQL): the parent's waiting rows are written first.
    void setParent(BulkInsert *parent) { m_parent = parent; }

    BulkInsert &integer(qint64 value);
    BulkInsert &nullableInteger(std::optional<qint64> value);
    BulkInsert &text(std::string_view utf8);
    BulkInsert &text(const char *utf8) { return text(std::string_view(utf8)); }
    BulkInsert &text(const QString &value);
    BulkInsert &null();
    // Ends the row; writes a statement when enough rows are waiting. A failure is kept and
    // returned by flush(), so the caller checks once per batch instead of once per row.
    void endRow();
    // Writes what is waiting. Call before anything that reads the table or depends on its rows
    // (a foreign key), and before committing.
    Status flush();

    qint64 rowsWritten() const { return m_rowsWritten; }
    bool isDirect() const { return m_direct && m_direct->valid(); }

private:
    void beginValue();

    Database &m_db;
    std::unique_ptr<SqliteDirectInsert> m_direct;
    int m_parameter = 0;
    BulkInsert *m_parent = nullptr;
    std::string m_head;
    std::string m_sql;
    int m_rowsPerStatement;
    int m_pendingRows = 0;
    bool m_rowOpen = false;
    bool m_firstInRow = true;
    qint64 m_rowsWritten = 0;
    Status m_failure;
};

} // namespace rapi::demo
