#include "db/database.h"

#include "db/dbquery.h"
#include "db/logging.h"
#include "db/migrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace rapi {

Q_LOGGING_CATEGORY(lcDb, "rapi.db")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::Database)
};

constexpr qint64 kFullCheckMaxBytes = 64 * 1024 * 1024;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("rapi-%1").arg(++counter);
}

// SQLite opens lazily: a file of garbage "opens" until the first query. Checking the header
// first tells "not a database" apart from "a damaged database".
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString connectionName, QString location, Backend backend)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_backend(backend)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && isSqlite())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::driverErrorMessage(const QString &driverText)
{
    return Tr::tr("Database error: %1").arg(driverText.trimmed());
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    const bool postgres = isPostgresLocation(location);
    if (!postgres && !QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{Tr::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
    if (postgres && !QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Tr::tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).")};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(
        new Database(name, location, postgres ? Backend::Postgres : Backend::Sqlite));

    if (postgres) {
        const QUrl url(location);
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrlQuery query(url);
        conn.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                                    : url.host());
        if (url.port() > 0)
            conn.setPort(url.port());
        conn.setUserName(url.userName());
        conn.setPassword(url.password());
        conn.setDatabaseName(url.path().mid(1));
        conn.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!conn.open())
            return Error{Tr::tr("Cannot connect to the PostgreSQL server: %1").arg(conn.lastError().text().trimmed())};
        QSqlQuery(conn).exec(QStringLiteral("SET client_min_messages TO WARNING"));
        if (query.hasQueryItem(QStringLiteral("schema"))) {
            const QString schema = query.queryItemValue(QStringLiteral("schema"));
            QSqlQuery(conn).exec(QStringLiteral("SET search_path TO \"%1\"").arg(schema));
        }
    } else {
        const bool memory = location == QLatin1String(":memory:");
        bool isNewFile = memory;
        if (!memory) {
            const QFileInfo info(location);
            if (info.exists() && info.isDir())
                return Error{Tr::tr("“%1” is a folder, not a Rapi database file.").arg(location)};
            isNewFile = !info.exists() || info.size() == 0;
            if (isNewFile && !options.create)
                return Error{Tr::tr("The database file “%1” does not exist.").arg(location)};
            if (!isNewFile && !hasSqliteHeader(location))
                return Error{Tr::tr("“%1” is not a Rapi database (it is not a SQLite file). Nothing was changed.")
                                 .arg(location)};
            // Permission bits as well as access(): root may write anywhere, but a file someone
            // made read-only should stay that way.
            const bool writable = info.isWritable() &&
                                  (info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                                         QFileDevice::WriteOther));
            if (!isNewFile && !writable)
                return Error{Tr::tr("The database file “%1” is read-only. Rapi needs to write to it; check the "
                                "file's permissions or copy it to a folder you can write to.")
                                 .arg(location)};
            if (isNewFile && !QFileInfo(info.absolutePath()).isWritable())
                return Error{Tr::tr("Cannot create “%1”: the folder is not writable.").arg(location)};
            if (options.exclusive) {
                db->m_lock = std::make_unique<QLockFile>(location + QStringLiteral(".lock"));
                db->m_lock->setStaleLockTime(0);
                if (!db->m_lock->tryLock(0)) {
                    qint64 pid = 0;
                    QString host, app;
                    db->m_lock->getLockInfo(&pid, &host, &app);
                    return Error{Tr::tr("“%1” is already open in another Rapi window (process %2 on %3). "
                                    "Switch to that window, or close it first.")
                                     .arg(location)
                                     .arg(pid)
                                     .arg(host)};
                }
            }
        }
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(location);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open())
            return Error{Tr::tr("Cannot open “%1”: %2").arg(location, conn.lastError().text().trimmed())};
        // quick_check reads every page (about 4 s per GB). Run it whenever it is cheap, and always
        // after a crash or power cut, which leaves a non-empty WAL file behind; a cleanly closed
        // large file gets a structural read here and the full check from `rapi-cli check`.
        const QFileInfo wal(location + QStringLiteral("-wal"));
        const bool fullCheck = !memory && (QFileInfo(location).size() <= kFullCheckMaxBytes ||
                                           (wal.exists() && wal.size() > 0));
        if (Status status = db->configureSqlite(isNewFile, fullCheck); !status)
            return Error{status.error()};
    }

    Migrator migrator(*db, options.language);
    switch (migrator.migrate()) {
    case MigrationResult::Current:
    case MigrationResult::Upgraded:
        db->m_schemaVersion = migrator.currentVersion();
        return db;
    case MigrationResult::TooNew:
    case MigrationResult::Failed:
        break;
    }
    return Error{migrator.errorMessage()};
}

Status Database::configureSqlite(bool isNewFile, bool fullCheck)
{
    QSqlQuery q(connection());
    // Any read fails here when the file is not a database after all (e.g. encrypted or damaged
    // beyond its header).
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return Error{Tr::tr("“%1” is not a Rapi database or is damaged: %2. Nothing was changed.")
                         .arg(m_location, q.lastError().databaseText())};
    if (!isNewFile && fullCheck) {
        if (Status status = checkIntegrity(); !status)
            return status;
    } else if (!isNewFile && !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return Error{Tr::tr("“%1” is damaged and cannot be read: %2. Nothing was changed; restore a backup.")
                         .arg(m_location, q.lastError().databaseText())};
    }
    // Settle what the file is before anything is written to it (even WAL mode changes the header).
    Migrator migrator(*this);
    if (migrator.check() != MigrationResult::Current)
        return Error{migrator.errorMessage()};
    const char *pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
                             "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000"};
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{Tr::tr("Cannot prepare “%1”: %2").arg(m_location, q.lastError().databaseText())};
    }
    return {};
}

Status Database::checkIntegrity()
{
    if (!isSqlite())
        return {}; // the server checks its own pages
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return Error{Tr::tr("“%1” is damaged and cannot be read: %2. Nothing was changed; restore a backup.")
                         .arg(m_location, q.lastError().databaseText())};
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Error{Tr::tr("“%1” failed the integrity check (%2). Nothing was changed; restore a backup.")
                         .arg(m_location, verdict)};
    return {};
}

} // namespace rapi
