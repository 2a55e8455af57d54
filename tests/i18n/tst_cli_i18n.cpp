// SPDX-License-Identifier: MIT
// latchkey-cli speaks the user's language (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG), on the real keychain (tests/with-keyring.sh): German help, usage
// errors and keychain errors under de_DE, English under C or when English
// comes first in LANGUAGE, and machine-readable output (--json, the words
// scripts parse) the same in every language.
#include "CliRunner.h"
#include "EnglishText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QProcessEnvironment language(const QString& languageList, const QString& locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QLatin1String(name));
    if (!languageList.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), languageList);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    return environment;
}

QProcessEnvironment german()
{
    return language(QStringLiteral("de"), QStringLiteral("de_DE.UTF-8"));
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestCliI18n : public QObject {
    Q_OBJECT
    QSet<QString> m_english;

    // Every line of `output` that reads as English, with why. Synopses
    // ("Aufruf: latchkey-cli … set KEY", "  delete KEY") name commands and
    // options, which are the same in every language.
    QStringList englishLines(const QString& output) const
    {
        static const QRegularExpression synopsis(
            QStringLiteral("^(Aufruf: latchkey-cli|  [a-z]+( |$))"));
        QStringList found;
        for (const QString& line : output.split(QLatin1Char('\n'))) {
            if (synopsis.match(line).hasMatch())
                continue;
            const QString why = i18ntest::englishIn(line, m_english);
            if (!why.isEmpty())
                found << QStringLiteral("\"%1\" (%2)").arg(line, why);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_english = i18ntest::englishSources(qEnvironmentVariable("LATCHKEY_TS_DE"));
        QVERIFY(m_english.size() > 500);
    }

    void helpIsGerman()
    {
        const CliResult help = runCli({QStringLiteral("--help")}, {}, german());
        QCOMPARE(help.exitCode, 0);
        const QString out = text(help.out);
        QVERIFY2(out.startsWith(QLatin1String("Aufruf: latchkey-cli")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Befehle:")));
        QVERIFY(out.contains(QLatin1String("Exit-Status:")));
        QVERIFY(!out.contains(QLatin1String("Usage:")));
        const QStringList english = englishLines(out);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void everyCommandsHelpIsGerman_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char* command : {"list", "set", "get", "delete", "check", "run", "status",
                                    "import", "export", "inject", "env", "scan", "sync"})
            QTest::newRow(command) << QStringList{QLatin1String(command), QStringLiteral("--help")};
        QTest::newRow("vault") << QStringList{QStringLiteral("vault"), QStringLiteral("--help")};
    }
    void everyCommandsHelpIsGerman()
    {
        QFETCH(QStringList, arguments);
        const CliResult help = runCli(arguments, {}, german());
        QCOMPARE(help.exitCode, 0);
        const QString out = text(help.out);
        QVERIFY2(out.startsWith(QLatin1String("Aufruf:")), qPrintable(out));
        // QCommandLineParser's own lines come from Qt's catalogue (qtbase_de).
        QVERIFY2(!out.contains(QLatin1String("Displays")), qPrintable(out));
        const QStringList english = englishLines(out);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void errorsAreGerman()
    {
        const CliResult missing =
            runCli({QStringLiteral("get"), QStringLiteral("LK_I18N_MISSING")}, {}, german());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(text(missing.err)
                     .contains(QStringLiteral(
                         "Im Tresor „default“ gibt es kein Geheimnis namens LK_I18N_MISSING.")),
                 missing.err.constData());
        QVERIFY2(englishLines(text(missing.err)).isEmpty(), missing.err.constData());

        const CliResult unknown = runCli({QStringLiteral("frobnicate")}, {}, german());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(text(unknown.err).contains(QStringLiteral("unbekannter Befehl „frobnicate“")),
                 unknown.err.constData());

        const CliResult invalid = runCli(
            {QStringLiteral("set"), QStringLiteral("9LIVES"), QStringLiteral("x")}, {}, german());
        QCOMPARE(invalid.exitCode, 2);
        QVERIFY2(text(invalid.err).contains(QStringLiteral("beginnt mit einer Ziffer")),
                 invalid.err.constData());
    }

    void commandOutputIsGerman()
    {
        // The user's own texts (descriptions, the manifest) are German here:
        // they are never translated.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile manifest(dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("name: beispiel\nsecrets:\n  - key: LK_I18N_SET\n    description: Gesetzt\n"
                       "  - key: LK_I18N_ABSENT\n    description: Fehlt noch\n"
                       "integrations:\n  - key: slack\n    description: Nachrichten\n");
        manifest.close();
        QFile env(dir.filePath(QStringLiteral("neu.env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("LK_I18N_SET=i18n-value-4567\nLK_I18N_NEW=i18n-value-8910\nLEER=\n");
        env.close();
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("LK_I18N_SET"), QStringLiteral("-d"),
                         QStringLiteral("Gesetzt")},
                        "i18n-value-4567\n", german())
                     .exitCode,
                 0);
        const QList<QPair<QStringList, int>> commands = {
            {{QStringLiteral("list")}, 0},
            {{QStringLiteral("status")}, 0},
            {{QStringLiteral("check"), dir.path()}, 1},
            {{QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--manifest"),
              manifest.fileName(), QStringLiteral("--"), QStringLiteral("true")},
             1},
            {{QStringLiteral("import"), QStringLiteral("--dry-run"), env.fileName()}, 0},
            {{QStringLiteral("scan"), dir.path()}, 1},
            {{QStringLiteral("export"), QStringLiteral("--output"), dir.filePath("x.env")}, 0},
        };
        for (const auto& [arguments, status] : commands) {
            const CliResult result = runCli(arguments, {}, german());
            const QString output = text(result.out + result.err);
            QVERIFY2(result.exitCode == status,
                     qPrintable(arguments.join(' ') + QStringLiteral(": ") + output));
            QVERIFY2(!output.trimmed().isEmpty(), qPrintable(arguments.join(' ')));
            const QStringList english = englishLines(output);
            QVERIFY2(english.isEmpty(), qPrintable(arguments.join(' ') + QStringLiteral(":\n") +
                                                   english.join(QLatin1Char('\n'))));
        }
    }

    void englishUnderCOrWhenEnglishComesFirst()
    {
        for (const QProcessEnvironment& environment :
             {language(QString(), QStringLiteral("C")),
              language(QStringLiteral("en:de"), QStringLiteral("de_DE.UTF-8"))}) {
            const CliResult help = runCli({QStringLiteral("--help")}, {}, environment);
            QVERIFY2(text(help.out).startsWith(QLatin1String("Usage: latchkey-cli")),
                     help.out.constData());
            const CliResult missing =
                runCli({QStringLiteral("get"), QStringLiteral("LK_I18N_MISSING")}, {}, environment);
            QCOMPARE(missing.exitCode, 1);
            QVERIFY2(text(missing.err)
                         .contains(QStringLiteral(
                             "There is no secret named LK_I18N_MISSING in vault \"default\".")),
                     missing.err.constData());
        }
    }

    void machineReadableOutputIsNotTranslated()
    {
        const CliResult set = runCli({QStringLiteral("set"), QStringLiteral("LK_I18N_KEY"),
                                      QStringLiteral("-d"), QStringLiteral("Beschreibung")},
                                     "i18n-value-123\n", german());
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(text(set.out + set.err).contains(QLatin1String("gespeichert")),
                 set.out.constData());

        const CliResult status =
            runCli({QStringLiteral("status"), QStringLiteral("--json")}, {}, german());
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("available"));

        const CliResult list =
            runCli({QStringLiteral("list"), QStringLiteral("--json")}, {}, german());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("\"key\": \"LK_I18N_KEY\"") ||
                     list.out.contains("\"key\":\"LK_I18N_KEY\""),
                 list.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
