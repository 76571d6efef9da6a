#include "clisupport.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QFileInfo>

using namespace rapi::test;

TEST_CASE("rapi-cli backup writes a copy that opens with the same figures and never overwrites a file")
{
    const QString db = tempFilePath(QStringLiteral("cli-backup.rapi"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                 QStringLiteral("40")})
                .exitCode == 0);

    const Run noTarget = cli({QStringLiteral("--database"), db, QStringLiteral("backup")});
    CHECK(noTarget.exitCode == 2);
    CHECK(noTarget.err.contains(QStringLiteral("--out FILE")));

    const QString copy = tempFilePath(QStringLiteral("cli-backup-copy.rapi"));
    const Run backup =
        cli({QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy});
    CHECK(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("Backup written")));
    CHECK(backup.out.contains(QFileInfo(copy).fileName()));

    // The copy is a Rapi database of its own: it passes the check and gives the same KPIs.
    const QStringList kpi = {QStringLiteral("kpi"),        QStringLiteral("--from"),
                             QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2040-01-01"), QStringLiteral("--json")};
    const Run original = cli(QStringList{QStringLiteral("--database"), db} + kpi);
    const Run copied = cli(QStringList{QStringLiteral("--database"), copy} + kpi);
    REQUIRE(original.exitCode == 0);
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out == original.out);
    const Run check = cli({QStringLiteral("--database"), copy, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("OK"));

    // A second run to the same name is refused and the first copy is left as it was.
    const qint64 size = QFileInfo(copy).size();
    const Run again =
        cli({QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(QFileInfo(copy).size() == size);

    const Run audit =
        cli({QStringLiteral("--database"), db, QStringLiteral("audit"), QStringLiteral("--csv")});
    CHECK(audit.exitCode == 0);
    CHECK(audit.out.count(QStringLiteral(",backup,database,")) == 1);
}
