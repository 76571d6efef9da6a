// rapi-cli: signing in, the owner's first account, users and the audit log (docs/cli.md,
// docs/security.md).
#include "accounts/accountservice.h"
#include "audit/auditlog.h"
#include "commands.h"
#include "common/clock.h"
#include "db/writetransaction.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace rapi::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::cli)
};

// From the environment variable when set (scripts), else asked on the terminal without echo.
QString readPassword(const Invocation &call, const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    call.err << prompt;
    call.err.flush();
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        call.err << QLatin1Char('\n');
    }
    return line;
}

std::optional<QDate> dateOf(const Invocation &call, const QString &name)
{
    const QString text = call.parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid()) {
        fail(call, Tr::tr("--%1 needs a date as YYYY-MM-DD, not “%2”.").arg(name, text));
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<Session> openSession(const Invocation &call, bool create, std::optional<Permission> needed)
{
    auto db = openDatabase(call, create);
    if (!db)
        return std::nullopt;
    AccountService accounts(*db);
    const auto required = accounts.loginRequired();
    if (!required) {
        fail(call, required.error());
        return std::nullopt;
    }
    Actor actor = Actor::localOwner();
    if (*required) {
        const QString user = call.parser.value(QStringLiteral("user"));
        if (user.isEmpty()) {
            fail(call,
                 Tr::tr("This database has accounts: say who you are with --user NAME (the password comes "
                        "from RAPI_PASSWORD or is asked)."));
            return std::nullopt;
        }
        auto signedIn =
            accounts.login(user, readPassword(call, "RAPI_PASSWORD", Tr::tr("Password for %1: ").arg(user)));
        if (!signedIn) {
            fail(call, signedIn.error());
            return std::nullopt;
        }
        actor = signedIn.value();
    }
    if (needed) {
        if (Status allowed = permission::authorize(actor, *needed); !allowed) {
            fail(call, allowed.error());
            return std::nullopt;
        }
    }
    return Session{std::move(db), actor};
}

void auditExport(const Session &session, const QString &entity, const QString &summary)
{
    // The figures are already written; a failing audit entry is logged by DbQuery, not fatal.
    WriteTransaction tx(*session.db);
    if (!tx.ok())
        return;
    if (AuditLog(*session.db).append(session.actor, QStringLiteral("export"), entity, std::nullopt, summary))
        (void)tx.commit();
}

int runInit(const Invocation &call)
{
    const QString owner = call.parser.value(QStringLiteral("owner"));
    if (owner.isEmpty()) {
        call.err << QStringLiteral("rapi-cli: ") << Tr::tr("init needs --owner NAME.") << QLatin1Char('\n');
        return ExitUsage;
    }
    auto db = openDatabase(call, true);
    if (!db)
        return ExitFailed;
    AccountService accounts(*db);
    const auto required = accounts.loginRequired();
    if (!required)
        return fail(call, required.error());
    if (*required)
        return fail(call,
                    Tr::tr("This database already has an owner account; sign in as the owner to add users."));
    const QString password = readPassword(call, "RAPI_PASSWORD", Tr::tr("New password for %1: ").arg(owner));
    auto made = accounts.createOwner(owner, password);
    if (!made)
        return fail(call, made.error());
    call.out
        << Tr::tr("Owner account “%1” created. From now on every command needs --user %1.").arg(made->name)
        << QLatin1Char('\n');
    return ExitOk;
}

int runUser(const Invocation &call)
{
    const QString action = call.arguments.value(0);
    const int expected = action == QLatin1String("list") ? 1 : 2;
    if ((action != QLatin1String("add") && action != QLatin1String("list") &&
         action != QLatin1String("deactivate")) ||
        call.arguments.size() != expected) {
        call.err << QStringLiteral("rapi-cli: ")
                 << Tr::tr("Use: user add NAME --role ROLE | user list | user deactivate NAME")
                 << QLatin1Char('\n');
        return ExitUsage;
    }
    const QString roleText = call.parser.value(QStringLiteral("role"));
    if (action != QLatin1String("add") && !roleText.isEmpty()) {
        call.err << QStringLiteral("rapi-cli: ") << Tr::tr("--role goes with “user add” only.")
                 << QLatin1Char('\n');
        return ExitUsage;
    }
    std::optional<Role> role;
    if (action == QLatin1String("add")) {
        role = roles::fromCode(roleText);
        if (!role) {
            call.err << QStringLiteral("rapi-cli: ")
                     << Tr::tr("user add needs --role owner, cs, warehouse, finance or vendor.")
                     << QLatin1Char('\n');
            return ExitUsage;
        }
    }
    auto session = openSession(call, false, Permission::ManageUsers);
    if (!session)
        return ExitFailed;
    AccountService accounts(*session->db);
    if (action == QLatin1String("list")) {
        auto users = accounts.list(session->actor);
        if (!users)
            return fail(call, users.error());
        for (const UserAccount &u : users.value()) {
            call.out << u.username << QLatin1Char('\t') << roles::code(u.role) << QLatin1Char('\t')
                     << (u.active ? QStringLiteral("active") : QStringLiteral("deactivated"))
                     << QLatin1Char('\t')
                     << (u.hasPassword ? QStringLiteral("password") : QStringLiteral("no-password"))
                     << QLatin1Char('\n');
        }
        return ExitOk;
    }
    const QString name = call.arguments.at(1);
    if (action == QLatin1String("add")) {
        const QString password =
            readPassword(call, "RAPI_NEW_PASSWORD", Tr::tr("Password for the new user %1: ").arg(name));
        auto id = accounts.addUser(name, *role, password, session->actor);
        if (!id)
            return fail(call, id.error());
        call.out << Tr::tr("User “%1” added as %2.").arg(name.trimmed().toLower(), roles::code(*role))
                 << QLatin1Char('\n');
        return ExitOk;
    }
    auto user = accounts.findByName(name);
    if (!user)
        return fail(call, user.error());
    if (Status status = accounts.deactivate(user->id, session->actor); !status)
        return fail(call, status.error());
    call.out << Tr::tr("User “%1” deactivated; their history stays.").arg(user->username)
             << QLatin1Char('\n');
    return ExitOk;
}

int runAudit(const Invocation &call)
{
    AuditFilter filter;
    const QTimeZone zone = businesstime::defaultZone();
    if (call.parser.isSet(QStringLiteral("from"))) {
        const auto from = dateOf(call, QStringLiteral("from"));
        if (!from)
            return ExitFailed;
        filter.from = businesstime::startOfDay(*from, zone);
    }
    if (call.parser.isSet(QStringLiteral("to"))) {
        const auto to = dateOf(call, QStringLiteral("to"));
        if (!to)
            return ExitFailed;
        filter.to = businesstime::startOfDay(*to, zone);
    }
    filter.limit = 1000000;
    auto session = openSession(call, false, Permission::ViewAudit);
    if (!session)
        return ExitFailed;
    auto entries = AuditLog(*session->db).list(filter, session->actor);
    if (!entries)
        return fail(call, entries.error());
    if (call.parser.isSet(QStringLiteral("csv"))) {
        call.out << AuditLog::toCsv(entries.value());
        auditExport(*session, QStringLiteral("audit"),
                    Tr::tr("%n entries as CSV", nullptr, int(entries->size())));
        return ExitOk;
    }
    for (const AuditEntry &e : entries.value()) {
        call.out << QDateTime::fromSecsSinceEpoch(e.at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                 << QLatin1Char('\t') << e.userName << QLatin1Char('\t') << e.action << QLatin1Char('\t')
                 << e.entity << (e.entityId ? QLatin1Char(' ') + QString::number(*e.entityId) : QString())
                 << QLatin1Char('\t') << e.summary << QLatin1Char('\n');
    }
    return ExitOk;
}

} // namespace rapi::cli
