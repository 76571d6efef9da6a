#pragma once

#include "common/result.h"

namespace rapi {

class Database;

// A write transaction that rolls back unless committed. On SQLite it starts with BEGIN IMMEDIATE
// so that a second writer waits (busy timeout) instead of failing half-way through with
// SQLITE_BUSY. Nested transactions join the outermost one; if an inner one is not committed,
// the outer commit fails and rolls everything back.
class [[nodiscard]] WriteTransaction final
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when the transaction could not start (e.g. the database stayed busy).
    bool ok() const { return m_started; }
    const Status &startStatus() const { return m_startStatus; }
    Status commit();

private:
    void rollback();

    Database &m_db;
    Status m_startStatus;
    bool m_started = false;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace rapi
