#include "reportdemo.h"

#include "demo/demogenerator.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>

namespace rapi::test {

namespace {
qint64 demoNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

ReportDemo::ReportDemo()
    : db(openTestDatabase()), clock(demoNow()), week(*Period::parseIsoWeek(QStringLiteral("2026-W47")))
{
    DemoOptions options;
    options.orders = 600;
    options.seed = 7;
    options.products = 40;
    options.now = demoNow();
    options.weeks = 4;
    auto demo = DemoGenerator(*db).generate(options);
    REQUIRE(demo.ok());
}

QByteArray unzipMember(const QString &archive, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QString cellValue(const QByteArray &sheetXml, const QString &ref)
{
    const QRegularExpression cell(
        QStringLiteral("<c r=\"%1\"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>").arg(ref));
    const auto match = cell.match(QString::fromUtf8(sheetXml));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace rapi::test
