// SPDX-License-Identifier: GPL-2.0-or-later
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace vigie::ui {

QString languageSetting()
{
    const QString env = qEnvironmentVariable("VIGIE_LANGUAGE");
    if (!env.isEmpty())
        return env;
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void setLanguageSetting(const QString &code) { QSettings().setValue(QStringLiteral("ui/language"), code); }

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }

QString effectiveLanguage()
{
    QString code = languageSetting();
    if (code == QLatin1String("system"))
        code = QLocale::system().name().left(2);
    return availableLanguages().contains(code) ? code : QStringLiteral("en");
}

void installTranslators()
{
    const QString lang = effectiveLanguage();
    auto load = [](const QString &name, const QString &dir) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(name, dir))
            QCoreApplication::installTranslator(t);
        else
            delete t;
    };
    load(QStringLiteral("vigie_") + lang, QStringLiteral(":/vigie/i18n"));
    if (lang == QLatin1String("en"))
        return; // the source strings are English; vigie_en holds only their plural forms
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtDir = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    load(QStringLiteral("qtbase_") + lang, qtDir);
    load(QStringLiteral("qgis_") + lang, QStringLiteral(VIGIE_QGIS_PREFIX "/share/qgis/i18n"));
}

} // namespace vigie::ui
