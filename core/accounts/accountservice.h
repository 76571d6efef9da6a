#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"

#include <optional>
#include <QList>
#include <QString>

namespace rapi {

class Database;

// A person who can sign in (SPEC §1). Deactivated accounts stay, so their history keeps a name.
struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Owner;
    bool active = true;
    bool hasPassword = false;
    qint64 createdAt = 0;
    std::optional<qint64> deactivatedAt;
    int failedLogins = 0;
    qint64 lockedUntil = 0;
};

// Accounts and login. A database where no account has a password yet runs as the built-in local
// owner without a login (as before accounts existed); createOwner() gives the owner a name and
// password and from then on everyone signs in. Every change and every login attempt is audited
// in the same transaction. Passwords are Argon2id hashes (passwordhash.h), never kept in clear.
class AccountService final
{
public:
    explicit AccountService(Database &db, const Clock &clock = Clock::system());

    // Wrong passwords before further attempts must wait.
    static constexpr int kFreeAttempts = 5;
    // The wait after `failures` wrong passwords in a row: none for the first five, then 30 s,
    // doubling with each further failure, at most one hour.
    static qint64 lockoutSeconds(int failures);
    // At least 8 characters; a clear message otherwise.
    static Status checkPassword(const QString &password);
    // Lower case, 1–32 of a–z, 0–9, '.', '_', '-'; the normalised name or a message.
    static Result<QString> normaliseUsername(const QString &name);

    Result<bool> loginRequired() const;
    // The first step on a new database: the local owner (users row 1) gets this name and password.
    // Refused once any account has a password.
    Result<Actor> createOwner(const QString &name, const QString &password);
    // The signed-in actor, or why not (wrong password, deactivated, locked for N seconds).
    Result<Actor> login(const QString &name, const QString &password);

    Result<qint64> addUser(const QString &name, Role role, const QString &password, const Actor &actor);
    Status changeRole(qint64 userId, Role role, const Actor &actor);
    Status resetPassword(qint64 userId, const QString &password, const Actor &actor);
    Status changePassword(const Actor &actor, const QString &oldPassword, const QString &newPassword);
    // The account can no longer sign in; its rows and history stay.
    Status deactivate(qint64 userId, const Actor &actor);
    // Every account, deactivated ones included, by name. Owner only.
    Result<QList<UserAccount>> list(const Actor &actor) const;
    Result<UserAccount> findByName(const QString &name) const;

private:
    Result<UserAccount> load(qint64 userId) const;
    Result<int> activeOwnersBesides(qint64 userId) const;
    // counts: whether it adds to the wrong passwords in a row (an attempt while waiting does not,
    // so that nobody can keep a colleague locked out by guessing).
    // Hashes and stores a new password and clears the wrong-password count.
    Status storePassword(qint64 userId, const QString &password);
    Status recordFailure(const UserAccount &user, const QString &reason, bool counts = true);
    Status audit(const Actor &actor, const QString &action, qint64 userId, const QString &summary);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi
