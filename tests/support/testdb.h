#pragma once

#include "db/database.h"

#include <QString>

#include <memory>

namespace rapi::test {

// The backend this test run uses, from RAPI_TEST_BACKEND: "sqlite-memory" (default),
// "sqlite-file" or "postgres" (then RAPI_TEST_PG is the server URL).
QString backendName();

// A fresh, migrated, empty database on the run's backend. On PostgreSQL every call gets a clean
// schema; on sqlite-file a new file in a temp dir that lives until the process ends.
std::unique_ptr<Database> openTestDatabase();

// A path for a new file in this process's temp dir.
QString tempFilePath(const QString &name);

} // namespace rapi::test
