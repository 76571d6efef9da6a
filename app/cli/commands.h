#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

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

// Shared by the commands: a message on stderr and the exit code for it.
int fail(const Invocation &call, const QString &message);
int usage(const Invocation &call, const QString &message);
// The --database, or null after saying why not; create: whether a missing SQLite file may be created.
std::unique_ptr<Database> openDatabase(const Invocation &call, bool create);

int runImport(const Invocation &call);
int runKpi(const Invocation &call);
int runRecap(const Invocation &call);
int runDemo(const Invocation &call);
int runCheck(const Invocation &call);
int runReport(const Invocation &call); // reportcommand.cpp
// Whether this command line renders a PDF, which needs a QGuiApplication (fonts, QPainter).
bool needsGui(const QStringList &arguments);

} // namespace rapi::cli
