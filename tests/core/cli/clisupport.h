#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rapi::test {

// What one run of rapi-cli did.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs rapi-cli in English (messages are checked) and waits at most a minute; the command line
// and the output are kept for the report of a failing check.
Run cli(QStringList arguments);
// The same in another language ("id" or "en").
Run cliIn(const QString &language, QStringList arguments);

// Writes a file into the test's temp dir and returns its path.
QString writeFile(const QString &name, const QByteArray &content);

} // namespace rapi::test
