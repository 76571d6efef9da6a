#include "settings/appsettings.h"

#include <QSettings>

namespace rapi::appsettings {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString language()
{
    const QString code =
        QSettings(QStringLiteral("Rapi"), QStringLiteral("Rapi")).value(kLanguageKey).toString();
    return code == QLatin1String("id") || code == QLatin1String("en") ? code : QString();
}

void setLanguage(const QString &code)
{
    QSettings settings(QStringLiteral("Rapi"), QStringLiteral("Rapi"));
    settings.setValue(kLanguageKey, code);
}

} // namespace rapi::appsettings
