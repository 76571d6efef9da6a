#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

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

int runImport(const Invocation &call);
int runKpi(const Invocation &call);
int runRecap(const Invocation &call);
int runDemo(const Invocation &call);
int runCheck(const Invocation &call);

} // namespace rapi::cli
