// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace latchkey {

namespace {
// The compiled catalogues are embedded here (resources/translations/CMakeLists.txt).
constexpr auto kEmbedded = ":/i18n";

bool install(const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

QStringList installTranslations()
{
    QStringList installed;
    // The user's languages in order of preference: the first one Latchkey
    // speaks wins. English (the source) or C ends the search, so that an
    // English user with a German fallback in LANGUAGE still gets English.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale language(name);
        if (language.language() == QLocale::English || language.language() == QLocale::C)
            break;
        if (!install(language, QStringLiteral("latchkey"), QString::fromLatin1(kEmbedded)))
            continue;
        installed << QStringLiteral("latchkey_") + language.name();
        // Qt's own texts (standard buttons, QCommandLineParser's --help and
        // --version lines); absent when qt6-translations-l10n is not installed.
        if (install(language, QStringLiteral("qtbase"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installed << QStringLiteral("qtbase_") + language.name();
        break;
    }
    // English, the source language, needs its catalogue only for the plural
    // forms of messages with %n ("1 file", "2 files";
    // resources/translations/CMakeLists.txt).
    if (installed.isEmpty() && install(QLocale(QLocale::English, QLocale::UnitedStates),
                                       QStringLiteral("latchkey"), QString::fromLatin1(kEmbedded)))
        installed << QStringLiteral("latchkey_en_US");
    return installed;
}

} // namespace latchkey
