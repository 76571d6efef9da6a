// What happens when a person points Rapi at the wrong file, a damaged one, a read-only one, one
// from a newer Rapi, or opens the same file twice. Each is refused with a clear message and the
// file is left exactly as it was.
#include "db/database.h"
#include "db/dbquery.h"
#include "db/migrator.h"
#include "testdb.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rapi;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Creates a Rapi database with some rows and closes it cleanly (WAL checkpointed into the file).
QString makeRapiFile(const QString &name, int settings = 0)
{
    const QString path = test::tempFilePath(name);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    DbQuery q(*db.value());
    for (int i = 0; i < settings; ++i) {
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        q.bind(QStringLiteral("key-%1").arg(i)).bind(QString(200, QLatin1Char('x')));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return path;
}

} // namespace

TEST_CASE("a new file is created in WAL mode with foreign keys on and keeps its data")
{
    const QString path = test::tempFilePath(QStringLiteral("new.rapi"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        DbQuery q(*db.value());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.text(0) == QStringLiteral("wal"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.int64(0) == 1);
        REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
        REQUIRE(q.next());
        CHECK(q.int64(0) == 2); // FULL
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('business.name', 'Toko Rapi')")));
        // A foreign key is enforced.
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit_price) "
                                          "VALUES (77, 77, 1, 1)")));
    }
    auto again = Database::open(path);
    REQUIRE(again.ok());
    DbQuery q(*again.value());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'business.name'")));
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("Toko Rapi"));
}

TEST_CASE("a file that is not a SQLite database is refused and left unchanged")
{
    const QString path = test::tempFilePath(QStringLiteral("notes.rapi"));
    writeFile(path, QByteArray("Daftar belanja:\n- kopi\n- gula\n").repeated(50));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("is not a Rapi database")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("another program's SQLite database is refused and left unchanged")
{
    const QString path = test::tempFilePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("another program")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a damaged Rapi database is refused at open and left unchanged")
{
    const QString path = makeRapiFile(QStringLiteral("damaged.rapi"), 400);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8 * 4096);
    // Scribble over the middle pages, as a bad sector or a half-copied file would.
    REQUIRE(file.seek(size / 2));
    REQUIRE(file.write(QByteArray(3 * 4096, '\x5a')) == 3 * 4096);
    file.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    INFO(db.error().toStdString());
    CHECK((db.error().contains(QStringLiteral("damaged")) || db.error().contains(QStringLiteral("integrity"))));
    CHECK(db.error().contains(QStringLiteral("backup")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a database from a newer Rapi is refused at open and left unchanged")
{
    const QString path = makeRapiFile(QStringLiteral("newer.rapi"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        DbQuery q(*db.value());
        REQUIRE(q.exec(QStringLiteral("UPDATE rapi_schema SET version = %1").arg(Migrator::latestVersion() + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("newer Rapi")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a read-only database file is refused with a clear message")
{
    const QString path = makeRapiFile(QStringLiteral("readonly.rapi"));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("read-only")));
    CHECK(fileHash(path) == before);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("a second Rapi window on the same file is told the file is already open")
{
    const QString path = test::tempFilePath(QStringLiteral("shared.rapi"));
    Database::Options exclusive;
    exclusive.exclusive = true;
    {
        auto first = Database::open(path, exclusive);
        REQUIRE(first.ok());
        auto second = Database::open(path, exclusive);
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().contains(QStringLiteral("already open in another Rapi window")));
        // The first one is unaffected.
        CHECK(DbQuery(*first.value()).exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    }
    auto afterClose = Database::open(path, exclusive);
    CHECK(afterClose.ok());
}

TEST_CASE("a folder or a missing file that may not be created is refused")
{
    auto folder = Database::open(test::tempFilePath(QString()));
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().contains(QStringLiteral("folder")));
    Database::Options noCreate;
    noCreate.create = false;
    auto missing = Database::open(test::tempFilePath(QStringLiteral("missing.rapi")), noCreate);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("does not exist")));
}
