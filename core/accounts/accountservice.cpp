#include "accounts/accountservice.h"

#include "accounts/passwordhash.h"
#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::AccountService)
};

const QString kUserColumns =
    QStringLiteral("id, username, display_name, role, active, password_hash, created_at, "
                   "deactivated_at, failed_logins, locked_until");

UserAccount readUser(const DbQuery &q)
{
    UserAccount u;
    u.id = q.int64(0);
    u.username = q.text(1);
    u.displayName = q.text(2);
    u.role = roles::fromCode(q.text(3)).value_or(Role::Vendor);
    u.active = q.int64(4) != 0;
    u.hasPassword = !q.value(5).isNull() && !q.text(5).isEmpty();
    u.createdAt = q.int64(6);
    u.deactivatedAt = q.optionalInt64(7);
    u.failedLogins = int(q.int64(8));
    u.lockedUntil = q.int64(9);
    return u;
}

Actor actorOf(const UserAccount &user)
{
    return Actor{user.id, user.username, user.role};
}

Error wrongLogin()
{
    return Error{Tr::tr("The user name or the password is wrong.")};
}

Error lockedFor(const QString &name, qint64 seconds)
{
    return Error{
        Tr::tr("Too many wrong passwords for “%1”. Wait %n second(s) and try again.", nullptr, int(seconds))
            .arg(name)};
}

} // namespace

AccountService::AccountService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

qint64 AccountService::lockoutSeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 7);
    return std::min<qint64>(qint64(30) << doublings, 3600);
}

Status AccountService::checkPassword(const QString &password)
{
    if (password.size() < 8)
        return Error{Tr::tr("A password needs at least 8 characters.")};
    if (password.size() > 256)
        return Error{Tr::tr("A password can have at most 256 characters.")};
    return {};
}

Result<QString> AccountService::normaliseUsername(const QString &name)
{
    const QString clean = name.trimmed().toLower();
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{1,32}$"));
    if (!pattern.match(clean).hasMatch())
        return Error{Tr::tr("“%1” cannot be a user name: use 1 to 32 letters a–z, digits, '.', '_' or '-'.")
                         .arg(name.trimmed())};
    return clean;
}

Result<bool> AccountService::loginRequired() const
{
    DbQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL"));
    if (!q.exec() || !q.next())
        return q.error();
    return q.int64(0) > 0;
}

Result<UserAccount> AccountService::load(qint64 userId) const
{
    DbQuery q(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns));
    q.bind(userId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("There is no user with the id %1.").arg(userId)};
    return readUser(q);
}

Result<UserAccount> AccountService::findByName(const QString &name) const
{
    DbQuery q(m_db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kUserColumns));
    q.bind(name.trimmed().toLower());
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("There is no user “%1”.").arg(name.trimmed())};
    return readUser(q);
}

Result<int> AccountService::activeOwnersBesides(qint64 userId) const
{
    DbQuery q(m_db,
              QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'owner' AND active = 1 AND id <> ?"));
    q.bind(userId);
    if (!q.exec() || !q.next())
        return q.error();
    return int(q.int64(0));
}

Status AccountService::audit(const Actor &actor, const QString &action, qint64 userId, const QString &summary)
{
    return AuditLog(m_db).append(actor, m_clock.now(), action, QStringLiteral("user"), userId, summary);
}

Result<Actor> AccountService::createOwner(const QString &name, const QString &password)
{
    const auto username = normaliseUsername(name);
    if (!username)
        return Error{username.error()};
    if (Status status = checkPassword(password); !status)
        return Error{status.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    const auto required = loginRequired();
    if (!required)
        return Error{required.error()};
    if (*required)
        return Error{
            Tr::tr("This database already has an owner account; sign in as the owner to add users.")};
    DbQuery q(m_db, QStringLiteral("SELECT id FROM users WHERE role = 'owner' AND active = 1 ORDER BY id"));
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("This database has no owner row to take over.")};
    const qint64 ownerId = q.int64(0);
    q.finish();
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ? AND id <> ?"));
    q.bind(*username).bind(ownerId);
    if (!q.exec())
        return q.error();
    if (q.next())
        return Error{Tr::tr("The user name “%1” is already taken.").arg(*username)};
    const QByteArray hash = passwordhash::hash(password);
    if (hash.isEmpty())
        return Error{Tr::tr("The password could not be protected (not enough memory). Nothing was changed.")};
    q.prepare(QStringLiteral(
        "UPDATE users SET username = ?, display_name = ?, password_hash = ?, failed_logins = 0, "
        "locked_until = 0 WHERE id = ?"));
    q.bind(*username).bind(name.trimmed()).bind(QString::fromLatin1(hash)).bind(ownerId);
    if (!q.exec())
        return q.error();
    const Actor owner{ownerId, *username, Role::Owner};
    if (Status status =
            audit(owner, QStringLiteral("create"), ownerId, Tr::tr("owner account %1").arg(*username));
        !status)
        return Error{status.error()};
    if (Status status = tx.commit(); !status)
        return Error{status.error()};
    return owner;
}

Status AccountService::recordFailure(const UserAccount &user, const QString &reason, bool counts)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    if (counts && user.id > 0 && user.active) {
        const int failures = user.failedLogins + 1;
        const qint64 wait = lockoutSeconds(failures);
        DbQuery q(m_db, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
        q.bind(failures).bind(wait > 0 ? m_clock.now() + wait : qint64(0)).bind(user.id);
        if (!q.exec())
            return q.error();
    }
    const Actor who{user.id, user.username, user.role};
    if (Status status =
            AuditLog(m_db).append(who, m_clock.now(), QStringLiteral("login_failed"), QStringLiteral("user"),
                                  user.id > 0 ? std::optional<qint64>(user.id) : std::nullopt, reason);
        !status)
        return status;
    return tx.commit();
}

Result<Actor> AccountService::login(const QString &name, const QString &password)
{
    auto found = findByName(name);
    if (!found) {
        UserAccount unknown;
        unknown.username = name.trimmed().left(64);
        if (Status status = recordFailure(unknown, QStringLiteral("unknown user")); !status)
            return Error{status.error()};
        return wrongLogin();
    }
    const UserAccount &user = found.value();
    if (!user.active) {
        if (Status status = recordFailure(user, QStringLiteral("deactivated")); !status)
            return Error{status.error()};
        return Error{Tr::tr("The account “%1” is deactivated; ask the owner.").arg(user.username)};
    }
    const qint64 now = m_clock.now();
    if (user.lockedUntil > now) {
        if (Status status = recordFailure(user, QStringLiteral("locked"), false); !status)
            return Error{status.error()};
        return lockedFor(user.username, user.lockedUntil - now);
    }
    if (!user.hasPassword) {
        if (Status status = recordFailure(user, QStringLiteral("no password set")); !status)
            return Error{status.error()};
        return Error{Tr::tr("“%1” has no password yet; ask the owner to set one.").arg(user.username)};
    }
    DbQuery q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.bind(user.id);
    if (!q.exec() || !q.next())
        return q.error();
    const QByteArray stored = q.text(0).toLatin1();
    q.finish();
    if (!passwordhash::verify(stored, password)) {
        if (Status status = recordFailure(user, QStringLiteral("wrong password")); !status)
            return Error{status.error()};
        if (const qint64 wait = lockoutSeconds(user.failedLogins + 1); wait > 0)
            return lockedFor(user.username, wait);
        return wrongLogin();
    }
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"));
    q.bind(user.id);
    if (!q.exec())
        return q.error();
    const Actor actor = actorOf(user);
    if (Status status = audit(actor, QStringLiteral("login"), user.id, QString()); !status)
        return Error{status.error()};
    if (Status status = tx.commit(); !status)
        return Error{status.error()};
    return actor;
}

Result<qint64> AccountService::addUser(const QString &name, Role role, const QString &password,
                                       const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::ManageUsers); !allowed)
        return Error{allowed.error()};
    const auto username = normaliseUsername(name);
    if (!username)
        return Error{username.error()};
    if (Status status = checkPassword(password); !status)
        return Error{status.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    if (auto existing = findByName(*username); existing)
        return Error{existing->active
                         ? Tr::tr("The user name “%1” is already taken.").arg(*username)
                         : Tr::tr("The user name “%1” belongs to a deactivated account.").arg(*username)};
    const QByteArray hash = passwordhash::hash(password);
    if (hash.isEmpty())
        return Error{Tr::tr("The password could not be protected (not enough memory). Nothing was changed.")};
    DbQuery q(m_db, QStringLiteral(
                        "INSERT INTO users (username, display_name, role, active, created_at, password_hash) "
                        "VALUES (?, ?, ?, 1, ?, ?) RETURNING id"));
    q.bind(*username)
        .bind(name.trimmed())
        .bind(roles::code(role))
        .bind(m_clock.now())
        .bind(QString::fromLatin1(hash));
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (Status status = audit(actor, QStringLiteral("create"), *id,
                              Tr::tr("user %1, role %2").arg(*username, roles::code(role)));
        !status)
        return Error{status.error()};
    if (Status status = tx.commit(); !status)
        return Error{status.error()};
    return *id;
}

Status AccountService::changeRole(qint64 userId, Role role, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::ManageUsers); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const auto user = load(userId);
    if (!user)
        return user;
    if (user->role == role)
        return {};
    if (user->role == Role::Owner) {
        const auto others = activeOwnersBesides(userId);
        if (!others)
            return others;
        if (*others == 0)
            return Error{
                Tr::tr("“%1” is the only owner; make someone else owner first.").arg(user->username)};
    }
    DbQuery q(m_db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    q.bind(roles::code(role)).bind(userId);
    if (!q.exec())
        return q.error();
    if (Status status = audit(actor, QStringLiteral("update"), userId,
                              AuditLog::change(user->username + QStringLiteral(" role"),
                                               roles::code(user->role), roles::code(role)));
        !status)
        return status;
    return tx.commit();
}

Status AccountService::storePassword(qint64 userId, const QString &password)
{
    const QByteArray hash = passwordhash::hash(password);
    if (hash.isEmpty())
        return Error{Tr::tr("The password could not be protected (not enough memory). Nothing was changed.")};
    DbQuery q(m_db,
              QStringLiteral(
                  "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?"));
    q.bind(QString::fromLatin1(hash)).bind(userId);
    if (!q.exec())
        return q.error();
    return {};
}

Status AccountService::resetPassword(qint64 userId, const QString &password, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::ManageUsers); !allowed)
        return allowed;
    if (Status status = checkPassword(password); !status)
        return status;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const auto user = load(userId);
    if (!user)
        return user;
    if (Status stored = storePassword(userId, password); !stored)
        return stored;
    if (Status status = audit(actor, QStringLiteral("update"), userId,
                              Tr::tr("password of %1 reset").arg(user->username));
        !status)
        return status;
    return tx.commit();
}

Status AccountService::changePassword(const Actor &actor, const QString &oldPassword,
                                      const QString &newPassword)
{
    if (Status status = checkPassword(newPassword); !status)
        return status;
    DbQuery q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ? AND active = 1"));
    q.bind(actor.userId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("The account “%1” is deactivated; ask the owner.").arg(actor.name)};
    const QByteArray stored = q.text(0).toLatin1();
    q.finish();
    if (!stored.isEmpty() && !passwordhash::verify(stored, oldPassword))
        return Error{Tr::tr("The current password is wrong. Nothing was changed.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    if (Status stored = storePassword(actor.userId, newPassword); !stored)
        return stored;
    if (Status status = audit(actor, QStringLiteral("update"), actor.userId, Tr::tr("own password changed"));
        !status)
        return status;
    return tx.commit();
}

Status AccountService::deactivate(qint64 userId, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::ManageUsers); !allowed)
        return allowed;
    if (userId == actor.userId)
        return Error{Tr::tr("You cannot deactivate your own account.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const auto user = load(userId);
    if (!user)
        return user;
    if (!user->active)
        return {};
    if (user->role == Role::Owner) {
        const auto others = activeOwnersBesides(userId);
        if (!others)
            return others;
        if (*others == 0)
            return Error{
                Tr::tr("“%1” is the only owner; make someone else owner first.").arg(user->username)};
    }
    DbQuery q(m_db, QStringLiteral("UPDATE users SET active = 0, deactivated_at = ? WHERE id = ?"));
    q.bind(m_clock.now()).bind(userId);
    if (!q.exec())
        return q.error();
    if (Status status =
            audit(actor, QStringLiteral("update"), userId, Tr::tr("%1 deactivated").arg(user->username));
        !status)
        return status;
    return tx.commit();
}

Result<QList<UserAccount>> AccountService::list(const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ManageUsers); !allowed)
        return Error{allowed.error()};
    DbQuery q(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kUserColumns));
    if (!q.exec())
        return q.error();
    QList<UserAccount> users;
    while (q.next())
        users << readUser(q);
    return users;
}

} // namespace rapi
