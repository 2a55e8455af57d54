// SPDX-License-Identifier: MIT
// The German catalogue is complete and current: lupdate run over the sources
// of core/, app/ and ui/ into a copy of resources/translations/latchkey_de.ts
// must find no new, changed or vanished message, and every message must have
// a German text with the same placeholders and accelerator. The catalogue
// compiled into the binaries (:/i18n) must be the one that is loaded.
#include "Catalogue.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

using i18ntest::Message;
using i18ntest::readCatalogue;

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// Accelerator ampersands: "&&" is a literal "&", "&mdash;" an entity.
int accelerators(QString text)
{
    text.remove(QLatin1String("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    text.remove(entity);
    return int(text.count(QLatin1Char('&')));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyMessageIsTranslated()
    {
        const QString source = qEnvironmentVariable("LATCHKEY_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("LATCHKEY_LUPDATE");
        QVERIFY(QFile::exists(source + QStringLiteral("/resources/translations/latchkey_de.ts")));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("latchkey_de.ts"));
        QVERIFY(
            QFile::copy(source + QStringLiteral("/resources/translations/latchkey_de.ts"), copy));
        // The same sources as the latchkey_lupdate target, keeping what vanished.
        QProcess process;
        process.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-silent"), QStringLiteral("-recursive"),
                                source + QStringLiteral("/core"), source + QStringLiteral("/app"),
                                source + QStringLiteral("/ui"), QStringLiteral("-ts"), copy});
        QVERIFY2(process.waitForFinished(120000), qPrintable(lupdate));
        QCOMPARE(process.exitCode(), 0);

        const QList<Message> messages = readCatalogue(copy);
        QVERIFY2(messages.size() > 900, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message& m : messages) {
            const QString at = QStringLiteral("[%1] \"%2\": ").arg(m.context, m.source.left(70));
            if (m.type == QLatin1String("unfinished"))
                problems << at + QStringLiteral("not translated (new or changed; run the "
                                                "latchkey_lupdate target and translate it)");
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << at + QStringLiteral("no longer in the sources (run latchkey_lupdate)");
            if (m.translations.isEmpty())
                problems << at + QStringLiteral("no translation");
            if (m.numerus && m.translations.size() != 2)
                problems << at + QStringLiteral("German needs 2 plural forms, has %1")
                                     .arg(m.translations.size());
            for (const QString& translation : m.translations) {
                if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << at + QStringLiteral("empty translation");
                if (placeholders(translation) != placeholders(m.source))
                    problems << at + QStringLiteral("placeholders %1 in the German \"%2\"")
                                         .arg(placeholders(translation).join(' '), translation);
                if (accelerators(translation) != accelerators(m.source))
                    problems << at + QStringLiteral("accelerator '&' in the German \"%1\"")
                                         .arg(translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // English is the source language, but "%n file(s)" needs its plural
    // forms: latchkey_en.ts has every message with %n, and only those.
    void everyEnglishPluralHasItsForms()
    {
        const QString source = qEnvironmentVariable("LATCHKEY_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("LATCHKEY_LUPDATE");
        const QString catalogue = source + QStringLiteral("/resources/translations/latchkey_en.ts");
        QVERIFY(QFile::exists(catalogue));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("latchkey_en.ts"));
        QVERIFY(QFile::copy(catalogue, copy));
        QProcess process;
        process.start(lupdate, {QStringLiteral("-pluralonly"), QStringLiteral("-locations"),
                                QStringLiteral("none"), QStringLiteral("-silent"),
                                QStringLiteral("-recursive"), source + QStringLiteral("/core"),
                                source + QStringLiteral("/app"), source + QStringLiteral("/ui"),
                                QStringLiteral("-ts"), copy});
        QVERIFY2(process.waitForFinished(120000), qPrintable(lupdate));
        QCOMPARE(process.exitCode(), 0);

        const QList<Message> messages = readCatalogue(copy);
        QVERIFY2(messages.size() >= 10, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message& m : messages) {
            const QString at = QStringLiteral("[%1] \"%2\": ").arg(m.context, m.source.left(70));
            if (!m.numerus)
                problems << at + QStringLiteral("not a plural message (run latchkey_lupdate)");
            if (m.type == QLatin1String("unfinished"))
                problems << at + QStringLiteral("no English plural forms yet (run the "
                                                "latchkey_lupdate target and fill them in)");
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << at + QStringLiteral("no longer in the sources (run latchkey_lupdate)");
            if (m.translations.size() != 2)
                problems << at + QStringLiteral("English needs 2 plural forms, has %1")
                                     .arg(m.translations.size());
            for (const QString& form : m.translations) {
                if (form.trimmed().isEmpty() || form.contains(QLatin1String("(s)")))
                    problems
                        << at + QStringLiteral("the form \"%1\" is empty or says (s)").arg(form);
                if (placeholders(form) != placeholders(m.source))
                    problems << at + QStringLiteral("placeholders of \"%1\"").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // And they are what the binaries load for English.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/latchkey_en.qm")));
        const char* const context = "latchkey::ScanDialog";
        const char* const text = "No stored value found in %n file(s).";
        QCOMPARE(translator.translate(context, text, nullptr, 1),
                 QStringLiteral("No stored value found in %n file."));
        QCOMPARE(translator.translate(context, text, nullptr, 3),
                 QStringLiteral("No stored value found in %n files."));
    }

    void theEmbeddedCatalogueIsGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/latchkey_de.qm")));
        QCOMPARE(translator.language(), QStringLiteral("de_DE"));
        QCOMPARE(translator.translate("latchkey::WindowActions", "&Quit"),
                 QStringLiteral("&Beenden"));
        QCOMPARE(translator.translate("Vault", "There is no secret named %1 in vault \"%2\"."),
                 QStringLiteral("Im Tresor „%2“ gibt es kein Geheimnis namens %1."));
        // A message of a file whose messages lupdate once could not see.
        QCOMPARE(translator.translate("SecretName", "the key is empty"),
                 QStringLiteral("der Schlüssel ist leer"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
