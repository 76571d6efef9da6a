#pragma once

#include <QSqlDatabase>
#include <QString>
#include <string_view>

namespace rapi::demo {

// A prepared INSERT run through the sqlite3 library that Qt's QSQLITE driver itself uses, for the
// demo's bulk writes only. Why: Qt formats a placeholder name and does a hash lookup per bound
// value, and parsing literal SQL instead costs as much; either is 3–4 times what SQLite needs to
// put a row into a table, and this path makes the whole generation about 1.3 times faster
// (docs/performance.md).
//
// Core does not link libsqlite3 (it is Qt Core and Sql only): the functions are looked up in the
// copy the driver plugin has already loaded, and only when the plugin's own sqlite3 symbols are
// that same copy (a Qt built with a bundled SQLite has its own, and then this is not used).
// valid() is false then, or on any other platform, and callers fall back to plain SQL.
class SqliteDirectInsert final
{
public:
    SqliteDirectInsert(const QSqlDatabase &connection, const char *sql);
    ~SqliteDirectInsert();
    SqliteDirectInsert(const SqliteDirectInsert &) = delete;
    SqliteDirectInsert &operator=(const SqliteDirectInsert &) = delete;

    bool valid() const { return m_statement != nullptr; }

    // Parameters are 1-based, as in SQLite.
    void bindInteger(int parameter, qint64 value);
    void bindText(int parameter, std::string_view utf8);
    void bindNull(int parameter);
    // Runs the statement with the bound values and resets it; false with errorText() on failure.
    bool step();
    QString errorText() const;

    struct Api;

private:
    const Api *m_api = nullptr;
    void *m_db = nullptr;
    void *m_statement = nullptr;
};

} // namespace rapi::demo
