// Catch2 runner for widget tests: a QApplication on the offscreen platform unless told otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/language.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rapi::language::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
