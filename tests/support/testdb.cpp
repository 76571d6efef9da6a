#include "testdb.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace rapi::test {

namespace {
QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

QString backendName()
{
    const QString name = qEnvironmentVariable("RAPI_TEST_BACKEND");
    return name.isEmpty() ? QStringLiteral("sqlite-memory") : name;
}

QString tempFilePath(const QString &name)
{
    REQUIRE(tempDir().isValid());
    return tempDir().filePath(name);
}

std::unique_ptr<Database> openTestDatabase()
{
    static int counter = 0;
    const QString backend = backendName();
    QString location;
    if (backend == QLatin1String("sqlite-memory")) {
        location = QStringLiteral(":memory:");
    } else if (backend == QLatin1String("sqlite-file")) {
        location = tempFilePath(QStringLiteral("test-%1.rapi").arg(++counter));
    } else if (backend == QLatin1String("postgres")) {
        const QString server = qEnvironmentVariable("RAPI_TEST_PG");
        INFO("RAPI_TEST_PG must name the test server (scripts/test starts one)");
        REQUIRE(!server.isEmpty());
        // A schema of its own per database keeps tests independent on one server.
        const QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        {
            // A plain connection: Database::open would migrate the public schema, and parallel
            // test processes would race doing so.
            const QUrl serverUrl(server);
            const QString name = QStringLiteral("rapi-test-admin-%1").arg(counter);
            {
                QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                admin.setHostName(serverUrl.host());
                admin.setPort(serverUrl.port(5432));
                admin.setUserName(serverUrl.userName());
                admin.setPassword(serverUrl.password());
                admin.setDatabaseName(serverUrl.path().mid(1));
                INFO(admin.lastError().text().toStdString());
                REQUIRE(admin.open());
                QSqlQuery q(admin);
                REQUIRE(q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)));
                REQUIRE(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
            }
            QSqlDatabase::removeDatabase(name);
        }
        QUrl url(server);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("schema"), schema);
        url.setQuery(query);
        location = url.toString();
    } else {
        FAIL("unknown RAPI_TEST_BACKEND " << backend.toStdString());
    }
    auto db = Database::open(location);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

} // namespace rapi::test
