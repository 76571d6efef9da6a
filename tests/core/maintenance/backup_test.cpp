#include "audit/auditlog.h"
#include "maintenance/backup.h"
#include "orderfixture.h"
#include "stock/productrepository.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace rapi;
using namespace rapi::test;

namespace {

QList<AuditEntry> backupEntries(OrderFixture &f)
{
    AuditFilter filter;
    filter.action = QStringLiteral("backup");
    return AuditLog(*f.db).list(filter, f.actor).value();
}

} // namespace

TEST_CASE("a backup is a complete Rapi database of its own, and the audit log records it")
{
    OrderFixture f;
    if (!f.db->isSqlite()) {
        // Server mode: the server's own tools back it up; nothing is written here.
        const QString path = tempFilePath(QStringLiteral("pg-backup.rapi"));
        auto refused = backup::writeCopy(*f.db, path, f.actor, f.clock);
        CHECK(refused.error().contains(QStringLiteral("pg_dump")));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(backupEntries(f).isEmpty());
        return;
    }
    const qint64 id = f.addProduct(QStringLiteral("KOPI-250"), 65000, 14);
    const QString path = tempFilePath(QStringLiteral("copy-%1.rapi").arg(backendName()));
    auto size = backup::writeCopy(*f.db, path, f.actor, f.clock);
    REQUIRE(size.ok());
    CHECK(size.value() == QFileInfo(path).size());
    CHECK(size.value() > 0);

    const QList<AuditEntry> entries = backupEntries(f);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().entity == QStringLiteral("database"));
    CHECK(entries.first().at == f.clock.now());
    CHECK(entries.first().summary.contains(QFileInfo(path).fileName()));
    CHECK(entries.first().summary.contains(QString::number(size.value())));

    // The copy opens as a Rapi database (integrity and schema checked on open) with the data in it.
    auto copy = Database::open(path, Database::Options{.create = false});
    REQUIRE(copy.ok());
    CHECK(copy.value()->schemaVersion() == f.db->schemaVersion());
    auto product = ProductRepository(*copy.value(), f.clock).get(id);
    REQUIRE(product.ok());
    CHECK(product->sku == QStringLiteral("KOPI-250"));
    CHECK(product->onHand == 14);
}

TEST_CASE("a backup never overwrites a file, needs a folder that exists and is the owner's alone")
{
    OrderFixture f;
    if (!f.db->isSqlite())
        return; // refused before any of these checks; covered above
    const QString existing = tempFilePath(QStringLiteral("existing-%1.rapi").arg(backendName()));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("an older backup");
    }
    auto overwrite = backup::writeCopy(*f.db, existing, f.actor, f.clock);
    CHECK(overwrite.error().contains(QStringLiteral("already exists")));
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("an older backup"));

    const QString inMissingFolder = tempFilePath(QStringLiteral("no-such-folder/copy.rapi"));
    CHECK(backup::writeCopy(*f.db, inMissingFolder, f.actor, f.clock)
              .error()
              .contains(QStringLiteral("does not exist")));
    CHECK(backup::writeCopy(*f.db, QStringLiteral("  "), f.actor, f.clock)
              .error()
              .contains(QStringLiteral("Name the file")));

    const QString byCs = tempFilePath(QStringLiteral("cs-%1.rapi").arg(backendName()));
    const Actor cs{2, QStringLiteral("sari"), Role::Cs};
    CHECK(backup::writeCopy(*f.db, byCs, cs, f.clock).error().contains(QStringLiteral("Only the owner")));
    CHECK_FALSE(QFileInfo::exists(byCs));
    CHECK_FALSE(QFileInfo::exists(inMissingFolder));
    CHECK(backupEntries(f).isEmpty());
}
