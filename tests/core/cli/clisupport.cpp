#include "clisupport.h"

#include "testdb.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QProcess>

namespace rapi::test {

Run cli(QStringList arguments)
{
    return cliIn(QStringLiteral("en"), std::move(arguments));
}

Run cliIn(const QString &language, QStringList arguments)
{
    arguments.prepend(language);
    arguments.prepend(QStringLiteral("--lang"));
    QProcess process;
    process.start(QStringLiteral(RAPI_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    UNSCOPED_INFO("rapi-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n  exit " << run.exitCode
                              << "\n  stdout: " << run.out.toStdString()
                              << "\n  stderr: " << run.err.toStdString());
    return run;
}

QString writeFile(const QString &name, const QByteArray &content)
{
    const QString path = tempFilePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
    return path;
}

} // namespace rapi::test
