#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rapi::language {

namespace {
QString g_current = QStringLiteral("id");
} // namespace

QString fromLocale(const QLocale &locale)
{
    // Rapi is made for Indonesian shops: only an English-speaking locale switches to English.
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("id");
}

bool install(const QString &code)
{
    if (code != QLatin1String("id") && code != QLatin1String("en"))
        return false;
    static QTranslator *appTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    for (QTranslator **t : {&appTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale(code == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                         code == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    appTranslator = new QTranslator;
    if (appTranslator->load(QStringLiteral(":/i18n/rapi_%1.qm").arg(code)))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator;
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    g_current = code;
    return true;
}

QString current()
{
    return g_current;
}

} // namespace rapi::language
