#include "accounts/accountservice.h"
#include "audit/auditlog.h"
#include "db/dbquery.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

const QString kOwnerPassword = QStringLiteral("kopi-susu-2026");
const QString kCsPassword = QStringLiteral("teh-manis-99");

struct AccountFixture
{
    std::unique_ptr<Database> db = openTestDatabase();
    ManualClock clock{1763700000};
    AccountService accounts{*db, clock};

    Actor owner()
    {
        auto made = accounts.createOwner(QStringLiteral("Sari"), kOwnerPassword);
        REQUIRE(made.ok());
        return made.value();
    }

    QList<AuditEntry> audit(const Actor &owner, const QString &action = QString())
    {
        AuditFilter filter;
        filter.action = action;
        auto entries = AuditLog(*db).list(filter, owner);
        REQUIRE(entries.ok());
        return entries.value();
    }
};

} // namespace

TEST_CASE("a new database needs no login until the owner account is created")
{
    AccountFixture f;
    CHECK_FALSE(f.accounts.loginRequired().value());
    CHECK(f.accounts.createOwner(QStringLiteral("Sari"), QStringLiteral("short"))
              .error()
              .contains(QStringLiteral("at least 8")));
    CHECK(f.accounts.createOwner(QStringLiteral("no spaces please"), kOwnerPassword)
              .error()
              .contains(QStringLiteral("cannot be a user name")));
    CHECK_FALSE(f.accounts.loginRequired().value());

    const Actor owner = f.owner();
    CHECK(owner.userId == Actor::localOwner().userId); // the history of the local owner stays the owner's
    CHECK(owner.name == QStringLiteral("sari"));
    CHECK(owner.role == Role::Owner);
    CHECK(f.accounts.loginRequired().value());
    CHECK(f.accounts.createOwner(QStringLiteral("budi"), kOwnerPassword)
              .error()
              .contains(QStringLiteral("already has an owner")));

    // The password is stored as an Argon2id hash, never in clear.
    DbQuery q(*f.db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.bind(owner.userId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.text(0).startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(q.text(0).contains(kOwnerPassword));
}

TEST_CASE("login accepts the right password, refuses a wrong one and audits both")
{
    AccountFixture f;
    const Actor owner = f.owner();
    auto ok = f.accounts.login(QStringLiteral(" SARI "), kOwnerPassword);
    REQUIRE(ok.ok());
    CHECK(ok->userId == owner.userId);
    CHECK(f.accounts.login(QStringLiteral("sari"), QStringLiteral("wrong-password"))
              .error()
              .contains(QStringLiteral("wrong")));
    CHECK(
        f.accounts.login(QStringLiteral("nobody"), kOwnerPassword).error().contains(QStringLiteral("wrong")));

    CHECK(f.audit(owner, QStringLiteral("login")).size() == 1);
    const auto failed = f.audit(owner, QStringLiteral("login_failed"));
    REQUIRE(failed.size() == 2);
    CHECK(failed[0].userId == owner.userId);
    CHECK(failed[0].summary == QStringLiteral("wrong password"));
    CHECK_FALSE(failed[1].userId.has_value());
    CHECK(failed[1].userName == QStringLiteral("nobody"));
}

TEST_CASE("after five wrong passwords further attempts wait, longer each time")
{
    AccountFixture f;
    const Actor owner = f.owner();
    REQUIRE(f.accounts.addUser(QStringLiteral("dewi"), Role::Cs, kCsPassword, owner).ok());
    for (int i = 1; i <= 4; ++i)
        CHECK(f.accounts.login(QStringLiteral("dewi"), QStringLiteral("guess-%1").arg(i))
                  .error()
                  .contains(QStringLiteral("wrong")));
    // The fifth wrong one starts the wait.
    CHECK(f.accounts.login(QStringLiteral("dewi"), QStringLiteral("guess-5"))
              .error()
              .contains(QStringLiteral("Wait 30 second")));
    // Even the right password is refused while waiting.
    CHECK(f.accounts.login(QStringLiteral("dewi"), kCsPassword).error().contains(QStringLiteral("Too many")));
    f.clock.advance(31);
    CHECK(f.accounts.login(QStringLiteral("dewi"), QStringLiteral("guess-6"))
              .error()
              .contains(QStringLiteral("Wait 60 second")));
    f.clock.advance(61);
    REQUIRE(f.accounts.login(QStringLiteral("dewi"), kCsPassword).ok());
    // A success starts the count again.
    CHECK(f.accounts.login(QStringLiteral("dewi"), QStringLiteral("guess-7")).error() ==
          QStringLiteral("The user name or the password is wrong."));
    CHECK(AccountService::lockoutSeconds(4) == 0);
    CHECK(AccountService::lockoutSeconds(5) == 30);
    CHECK(AccountService::lockoutSeconds(40) == 3600);
}

TEST_CASE("the owner adds users, changes roles, resets passwords and deactivates, keeping history")
{
    AccountFixture f;
    const Actor owner = f.owner();
    auto id = f.accounts.addUser(QStringLiteral("Dewi"), Role::Cs, kCsPassword, owner);
    REQUIRE(id.ok());
    CHECK(f.accounts.addUser(QStringLiteral("dewi"), Role::Vendor, kCsPassword, owner)
              .error()
              .contains(QStringLiteral("already taken")));
    auto dewi = f.accounts.login(QStringLiteral("dewi"), kCsPassword);
    REQUIRE(dewi.ok());
    CHECK(dewi->role == Role::Cs);
    CHECK(f.accounts.addUser(QStringLiteral("eka"), Role::Cs, kCsPassword, *dewi)
              .error()
              .contains(QStringLiteral("Only the owner")));

    REQUIRE(f.accounts.changeRole(*id, Role::Warehouse, owner).ok());
    CHECK(f.accounts.login(QStringLiteral("dewi"), kCsPassword)->role == Role::Warehouse);
    CHECK(
        f.accounts.changeRole(owner.userId, Role::Cs, owner).error().contains(QStringLiteral("only owner")));

    REQUIRE(f.accounts.resetPassword(*id, QStringLiteral("baru-sekali-1"), owner).ok());
    CHECK_FALSE(f.accounts.login(QStringLiteral("dewi"), kCsPassword).ok());
    auto again = f.accounts.login(QStringLiteral("dewi"), QStringLiteral("baru-sekali-1"));
    REQUIRE(again.ok());

    CHECK(f.accounts.changePassword(*again, QStringLiteral("not-mine-at-all"), QStringLiteral("lagi-lagi-2"))
              .error()
              .contains(QStringLiteral("current password is wrong")));
    REQUIRE(f.accounts.changePassword(*again, QStringLiteral("baru-sekali-1"), QStringLiteral("lagi-lagi-2"))
                .ok());
    REQUIRE(f.accounts.login(QStringLiteral("dewi"), QStringLiteral("lagi-lagi-2")).ok());

    CHECK(f.accounts.deactivate(owner.userId, owner).error().contains(QStringLiteral("your own")));
    REQUIRE(f.accounts.deactivate(*id, owner).ok());
    CHECK(f.accounts.login(QStringLiteral("dewi"), QStringLiteral("lagi-lagi-2"))
              .error()
              .contains(QStringLiteral("deactivated")));
    auto users = f.accounts.list(owner);
    REQUIRE(users.ok());
    const auto kept = std::find_if(users->begin(), users->end(),
                                   [](const UserAccount &u) { return u.username == QStringLiteral("dewi"); });
    REQUIRE(kept != users->end());
    CHECK_FALSE(kept->active);
    CHECK(kept->deactivatedAt == f.clock.now());
    CHECK(f.accounts.addUser(QStringLiteral("dewi"), Role::Cs, kCsPassword, owner)
              .error()
              .contains(QStringLiteral("deactivated")));

    // Every change to an account is in the audit log, without any password in it.
    const auto updates = f.audit(owner, QStringLiteral("update"));
    CHECK(updates.size() == 4); // role, reset, own change, deactivation
    for (const AuditEntry &e : f.audit(owner)) {
        CHECK_FALSE(e.summary.contains(QStringLiteral("lagi-lagi")));
        CHECK_FALSE(e.summary.contains(kCsPassword));
    }
}
