#pragma once

#include "accounts/permission.h"
#include "common/actor.h"
#include "db/database.h"

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rapi {
class Database;
}

namespace rapi::cli {

// The exit codes of rapi-cli, a stable interface for scripts (docs/cli.md).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// What every command gets: the parsed command line, its positional arguments after the command
// name, and the two output streams.
struct Invocation
{
    const QCommandLineParser &parser;
    QString database;
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

// An open database and the person a command runs for.
struct Session
{
    std::unique_ptr<Database> db;
    Actor actor;
};

// Opens the database and signs in (docs/security.md): while no account has a password the command
// runs as the local owner; afterwards --user and the password (RAPI_PASSWORD or a prompt) are
// needed, and `needed` is checked against the user's role. On failure the reason is printed.
std::optional<Session> openSession(const Invocation &call, bool create, std::optional<Permission> needed);
std::unique_ptr<Database> openDatabase(const Invocation &call, bool create);
// Appends an "export" entry for what a command wrote out.
void auditExport(const Session &session, const QString &entity, const QString &summary);
// Shared by the commands: a message on stderr and the exit code for it.
int fail(const Invocation &call, const QString &message);
int usage(const Invocation &call, const QString &message);

int runImport(const Invocation &call);
int runInit(const Invocation &call);
int runUser(const Invocation &call);
int runAudit(const Invocation &call);
int runKpi(const Invocation &call);
int runRecap(const Invocation &call);
int runDemo(const Invocation &call);
int runCheck(const Invocation &call);
int runBackup(const Invocation &call);
int runReport(const Invocation &call); // reportcommand.cpp
// Whether this command line renders a PDF, which needs a QGuiApplication (fonts, QPainter).
bool needsGui(const QStringList &arguments);

} // namespace rapi::cli
