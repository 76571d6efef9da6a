#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace rapi {

// One open Rapi database: a SQLite file (the default) or a PostgreSQL database (server mode).
// Opening checks that the file really is a healthy Rapi database, applies pending migrations and,
// for the desktop app, takes a lock so that a second Rapi window on the same file is told clearly.
class Database final
{
public:
    enum class Backend { Sqlite, Postgres };

    struct Options
    {
        // Hold a lock file beside a SQLite database while open (the desktop app does; the CLI
        // and tests share the file through SQLite's own locking).
        bool exclusive = false;
        // Create the file when it does not exist yet.
        bool create = true;
        // The language ("id" or "en") of a database created by this open: its default texts
        // (templates) are written in it, and it is kept as the setting `language`. Empty:
        // Indonesian, and no setting. An existing database keeps what it has.
        QString language;
    };

    // location: a file path, ":memory:", or a postgresql://user:password@host:port/dbname URL.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location) { return open(location, Options{}); }
    static bool isPostgresLocation(const QString &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    const QString &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // PRAGMA quick_check on SQLite (every page); an error message naming the problem if it fails.
    Status checkIntegrity();

    // A short, user-facing message for the last driver error.
    static QString driverErrorMessage(const QString &driverText);

private:
    friend class WriteTransaction;
    friend class Migrator;
    Database(QString connectionName, QString location, Backend backend);
    Status configureSqlite(bool isNewFile, bool fullCheck);

    QString m_connectionName;
    QString m_location;
    Backend m_backend;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rapi
