#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"

#include <QString>

namespace rapi {

class Database;

namespace backup {

// A consistent copy of a live SQLite database in a new file (SQLite's VACUUM INTO: one read
// transaction, so writers elsewhere neither block it nor tear it), audited as "backup". The owner
// only (SPEC §1). Refused, with nothing written, when the file exists, its folder is missing or
// not writable, or the database is on a PostgreSQL server (backed up there with pg_dump). A
// failed copy leaves no partial file behind. Returns the size of the copy in bytes.
Result<qint64> writeCopy(Database &db, const QString &path, const Actor &actor,
                         const Clock &clock = Clock::system());

} // namespace backup
} // namespace rapi
