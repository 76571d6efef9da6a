#pragma once

#include <QString>

namespace rapi::appsettings {

// Per-person preferences of the desktop app, stored with QSettings under organisation "Rapi",
// application "Rapi" (not in the database: they belong to the PC, not the business).

// "id", "en", or empty when the person never chose.
QString language();
void setLanguage(const QString &code);

} // namespace rapi::appsettings
