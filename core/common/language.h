#pragma once

#include <QLocale>
#include <QString>

namespace rapi::language {

// "id" or "en". Indonesian on an Indonesian or unknown locale; English on an English one.
QString fromLocale(const QLocale &locale);
// Installs Rapi's and Qt's translators for "id" or "en" into the running application and makes
// that language the default locale (dates, numbers). Returns false for an unknown code.
bool install(const QString &code);
// The code installed last ("id" when none was).
QString current();

} // namespace rapi::language
