// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vigie::ui {

// The language setting: "system" (follow the locale), "en" or "fr". Stored in QSettings under
// ui/language; takes effect at the next start (Qt widgets do not retranslate themselves).
QString languageSetting();
void setLanguageSetting(const QString &code);
// The languages Vigie is translated into, as codes.
QStringList availableLanguages();
// The language that the setting and the locale resolve to ("en" or "fr").
QString effectiveLanguage();

// Installs Vigie's, Qt's and QGIS's translators for effectiveLanguage() on the application.
void installTranslators();

} // namespace vigie::ui
