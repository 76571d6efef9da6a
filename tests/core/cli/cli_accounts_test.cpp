#include "clisupport.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi::test;

namespace {

// rapi-cli reads passwords from these variables when they are set (as a script would).
void passwords(const char *password, const char *newPassword = "gudang-rahasia-1")
{
    qputenv("RAPI_PASSWORD", password);
    qputenv("RAPI_NEW_PASSWORD", newPassword);
}

} // namespace

TEST_CASE("rapi-cli init creates the owner, then every command needs a user and the right password")
{
    const QString db = tempFilePath(QStringLiteral("cli-accounts.rapi"));
    passwords("kopi-susu-2026");
    const Run init = cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--owner"),
                          QStringLiteral("sari")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("--user sari")));
    CHECK(cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--owner"),
               QStringLiteral("budi")})
              .exitCode == 1);

    const Run anonymous = cli({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user NAME")));

    passwords("wrong-password");
    const Run wrong = cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("sari"),
                           QStringLiteral("check")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("password is wrong")));

    passwords("kopi-susu-2026");
    CHECK(cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("sari"),
               QStringLiteral("check")})
              .exitCode == 0);
    const Run added = cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("sari"),
                           QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("joko"),
                           QStringLiteral("--role"), QStringLiteral("warehouse")});
    CHECK(added.exitCode == 0);
    const Run badRole = cli({QStringLiteral("--database"), db, QStringLiteral("--user"),
                             QStringLiteral("sari"), QStringLiteral("user"), QStringLiteral("add"),
                             QStringLiteral("eka"), QStringLiteral("--role"), QStringLiteral("boss")});
    CHECK(badRole.exitCode == 2);

    // The warehouse may not run what only the owner may, and nothing changes.
    passwords("gudang-rahasia-1");
    const Run refused = cli({QStringLiteral("--database"), db, QStringLiteral("--user"),
                             QStringLiteral("joko"), QStringLiteral("user"), QStringLiteral("add"),
                             QStringLiteral("eka"), QStringLiteral("--role"), QStringLiteral("owner")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Only the owner")));
    CHECK(cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("joko"),
               QStringLiteral("audit")})
              .exitCode == 1);

    passwords("kopi-susu-2026");
    const Run list = cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("sari"),
                          QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("joko\twarehouse\tactive")));
    CHECK_FALSE(list.out.contains(QStringLiteral("eka")));
    CHECK(cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("sari"),
               QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("joko")})
              .exitCode == 0);

    const Run audit = cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("sari"),
                           QStringLiteral("audit"), QStringLiteral("--csv")});
    CHECK(audit.exitCode == 0);
    CHECK(audit.out.startsWith(QStringLiteral("at,user,action,entity,entity_id,summary\n")));
    CHECK(audit.out.contains(QStringLiteral(",sari,login_failed,user,")));
    CHECK(audit.out.contains(QStringLiteral(",joko,login,user,")));
    CHECK(audit.out.contains(QStringLiteral(",sari,update,user,")));
    qunsetenv("RAPI_PASSWORD");
    qunsetenv("RAPI_NEW_PASSWORD");
}
