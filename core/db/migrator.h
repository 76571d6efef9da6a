#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace rapi {

class Database;

enum class MigrationResult { Current, Upgraded, TooNew, Failed };

// Applies the numbered SQL files of resources/schema (embedded as :/schema/NNNN_name.sql) in
// order, each in one transaction together with the new schema version. SQL files are written
// once for both backends: `ID_PK` becomes the backend's auto-increment key, and lines after
// `-- @sqlite` / `-- @postgres` apply to that backend only until `-- @both`.
class Migrator final
{
public:
    // newDatabaseLanguage: stored as the setting `language` when the database is created (right
    // after migration 1 made the settings table), so that later migrations seeding texts (the
    // default templates of migration 2) write them in that language.
    explicit Migrator(Database &db, QString newDatabaseLanguage = {});

    // Classifies the database without writing: Failed for another program's database, TooNew
    // for one from a newer Rapi, Current otherwise (empty, or a Rapi database this build knows).
    MigrationResult check();
    MigrationResult migrate();
    const QString &errorMessage() const { return m_error; }
    int currentVersion() const { return m_version; }

    static int latestVersion();
    // Statements of one migration for a backend (exposed for tests).
    static QStringList statementsFor(const QString &sql, bool sqlite);

private:
    bool readVersion(bool *isRapi, bool *isEmpty);

    Database &m_db;
    QString m_newDatabaseLanguage;
    QString m_error;
    int m_version = 0;
};

} // namespace rapi
