// SPDX-License-Identifier: MIT
#pragma once

// What counts as English in a text that should be German: the English source
// texts of resources/translations/latchkey_de.ts whose German differs, and
// common English words. Shared by the German UI and CLI tests.
#include "Catalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace i18ntest {

// A text as the user reads it: rich text as plain text, accelerator
// ampersands dropped ("&&" stays one "&"), blanks collapsed. Tags are
// dropped by hand: the CLI tests have no QtGui.
inline QString readable(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    if (text.contains(tag)) {
        text.replace(tag, QStringLiteral(" "));
        text.replace(QLatin1String("&mdash;"), QStringLiteral("\u2014"));
        text.replace(QLatin1String("&nbsp;"), QStringLiteral(" "));
        text.replace(QLatin1String("&lt;"), QStringLiteral("<"));
        text.replace(QLatin1String("&gt;"), QStringLiteral(">"));
        text.replace(QLatin1String("&quot;"), QStringLiteral("\""));
        text.replace(QLatin1String("&amp;"), QStringLiteral("&&"));
    }
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.simplified();
}

// The English sources of the catalogue whose translation is different (the
// same text in both languages, such as "Latchkey" or "%1 — %2", is no sign of
// English), made readable, with placeholders as they are in the catalogue.
inline QSet<QString> englishSources(const QString& tsPath)
{
    // Only texts with a real English word: three letters or more.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QSet<QString> english;
    for (const Message& message : readCatalogue(tsPath)) {
        const QString shown = readable(message.source);
        if (readable(message.translations.join(QLatin1Char(' '))) != shown && shown.contains(word))
            english.insert(shown);
    }
    return english;
}

// Names and tokens that stay as they are in every language: products,
// programs, key names, paths, URLs, file patterns and options.
inline QString withoutUntranslatable(QString text)
{
    static const QList<QRegularExpression> tokens = {
        QRegularExpression(QStringLiteral(
            "Secret Service|gnome-keyring|KeePassXC|KWallet|QtKeychain|libsecret|yaml-cpp|"
            "GnuPG|OpenPGP|gpg-agent|inf\\.yml")),
        // A command to type, such as "latchkey-cli --vault x set KEY".
        QRegularExpression(
            QStringLiteral("latchkey-cli(\\s+--?[a-z-]+(\\s+[^\\s-]\\S*)?)*(\\s+[a-z]+)?")),
        QRegularExpression(QStringLiteral("Latchkey|latchkey")),
        QRegularExpression(QStringLiteral("\\b[A-Z][A-Z0-9_]{2,}\\b")),    // OPENAI_API_KEY
        QRegularExpression(QStringLiteral("(https?://|latchkey://)\\S+")), // URLs, references
        QRegularExpression(QStringLiteral("(^|\\s)[~.]?/\\S*")),           // paths
        QRegularExpression(QStringLiteral("(^|\\s)\\.[\\w.-]+")), // dot files: .public-keys
        QRegularExpression(QStringLiteral("\\*\\S*|\\S+\\.(yml|yaml|json|env|asc|gpg|pub|key)\\b")),
        // Code and literal values: `pass init ID`, „never“.
        QRegularExpression(QStringLiteral("`[^`]*`|\u201e[^\u201c]*\u201c")),
        QRegularExpression(QStringLiteral("--[a-z-]+")),               // options
        QRegularExpression(QStringLiteral("\\S+-(only|or-later)\\b")), // SPDX licence ids
    };
    for (const QRegularExpression& token : tokens)
        text.replace(token, QStringLiteral(" "));
    return text;
}

// Words that are English and never German. Not "in", "an", "was", "so",
// "die", "man", "optional", "Status", "Team" or "Remote" (git's German word
// for a remote repository): German has them too.
inline const QRegularExpression& englishWords()
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|and|not|is|are|has|have|with|this|that|of|to|for|from|cannot|"
                       "your|you|it|be|or|no|key|keys|secret|secrets|vault|vaults|value|values|"
                       "keychain|missing|locked|unlock|ready|set|show|hide|open|close|copy|"
                       "delete|edit|add|save|search|file|files|folder|member|members|"
                       "settings|preferences|help|quit|none|new|recent|clear|unreadable|"
                       "required|cancel|yes|line|column|description|updated|needed|whole|"
                       "error|warning|never|start|minimized|tray|clipboard|after|seconds)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words;
}

// Why `text` reads as English, or an empty string when it does not.
inline QString englishIn(const QString& text, const QSet<QString>& sources)
{
    const QString shown = readable(text);
    if (sources.contains(shown))
        return QStringLiteral("an English source text of the catalogue");
    const QRegularExpressionMatch match = englishWords().match(withoutUntranslatable(shown));
    if (match.hasMatch())
        return QStringLiteral("the English word \"%1\"").arg(match.captured());
    return {};
}

} // namespace i18ntest
