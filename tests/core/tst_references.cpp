// latchkey:// references, template placeholders, and the shell statements
// of `env` read back by the real bash, zsh and fish.
#include "EnvWriter.h"
#include "SecretReference.h"
#include "SecretTemplate.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace latchkey;

class TestReferences : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("vault");
        QTest::addColumn<QString>("key");
        QTest::newRow("key") << "latchkey://OPENAI_API_KEY"
                             << ""
                             << "OPENAI_API_KEY";
        QTest::newRow("vault") << "latchkey://staging/DB_URL"
                               << "staging"
                               << "DB_URL";
        QTest::newRow("bad key") << "latchkey://1ABC"
                                 << ""
                                 << "";
        QTest::newRow("bad vault") << "latchkey://../x/KEY"
                                   << ""
                                   << "";
        QTest::newRow("empty") << "latchkey://"
                               << ""
                               << "";
        QTest::newRow("deeper") << "latchkey://a/b/KEY"
                                << ""
                                << "";
        QTest::newRow("other scheme") << "https://x"
                                      << ""
                                      << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, vault);
        QFETCH(QString, key);
        QString why;
        const auto reference = SecretReference::parse(text, why);
        QCOMPARE(reference.has_value(), !key.isEmpty());
        if (reference) {
            QCOMPARE(reference->vault, vault);
            QCOMPARE(reference->key, key);
            QCOMPARE(reference->toString(), text);
            QCOMPARE(reference->vaultOr(QStringLiteral("default")),
                     vault.isEmpty() ? QStringLiteral("default") : vault);
        } else {
            QVERIFY(!why.isEmpty());
        }
    }

    void templatePlaceholders()
    {
        const QByteArray text = "db: {{ latchkey://DB_URL }}\n"
                                "helm: {{ .Values.x }} é{{latchkey://staging/TOKEN}}!\n"
                                "again {{  latchkey://DB_URL\t}}";
        const SecretTemplate t = SecretTemplate::scan(text, QStringLiteral("t.tmpl"));
        QVERIFY(!t.error);
        QCOMPARE(t.placeholders.size(), 3);
        QCOMPARE(t.placeholders.at(1).reference.vault, QStringLiteral("staging"));
        QCOMPARE(t.placeholders.at(1).line, 2);
        QCOMPARE(t.placeholders.at(1).column, 24); // characters: é is one
        QCOMPARE(t.placeholders.at(2).line, 3);
        const QHash<QString, QString> values{
            {QStringLiteral("latchkey://DB_URL"), QStringLiteral("pg://u:p@h/d")},
            {QStringLiteral("latchkey://staging/TOKEN"), QStringLiteral("t$k")}};
        QCOMPARE(t.fill(text, values), QByteArray("db: pg://u:p@h/d\nhelm: {{ .Values.x }} ét$k!\n"
                                                  "again pg://u:p@h/d"));
    }

    void templateErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("bad key") << QByteArray("a\n  {{ latchkey://bad-key }}") << 2 << 3;
        QTest::newRow("unclosed") << QByteArray("x {{ latchkey://KEY }\n}}") << 1 << 3;
        QTest::newRow("wrong scheme") << QByteArray("{{ latchkey:KEY }}") << 1 << 1;
    }
    void templateErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const SecretTemplate t = SecretTemplate::scan(text, QStringLiteral("t.tmpl"));
        QVERIFY(t.error.has_value());
        QCOMPARE(t.error->line, line);
        QCOMPARE(t.error->column, column);
    }

    // What `env` prints, each shell reads back byte for byte.
    void shellsReadBack_data()
    {
        QTest::addColumn<int>("shell");
        QTest::addColumn<QString>("program");
        QTest::newRow("bash") << int(envwriter::Shell::Bash) << "bash";
        QTest::newRow("zsh") << int(envwriter::Shell::Zsh) << "zsh";
        QTest::newRow("fish") << int(envwriter::Shell::Fish) << "fish";
    }
    void shellsReadBack()
    {
        QFETCH(int, shell);
        QFETCH(QString, program);
        const QString path = QStandardPaths::findExecutable(program);
        QVERIFY2(!path.isEmpty(),
                 qPrintable(program + " is needed (installer/deps.sh installs it)"));
        const QString tricky = QString::fromUtf8("it's \"$HOME\" `id` \\n \\' \\\\ $(x) ;|&\n"
                                                 "line2\t\xc3\xa9 !! * ~");
        const QByteArray statements = envwriter::shellExports(
            {{QStringLiteral("A_VALUE"), tricky}, {QStringLiteral("B_PLAIN"), QStringLiteral("x")}},
            static_cast<envwriter::Shell>(shell));
        // The same line in all three shells.
        const QByteArray print = "printf '%s' \"$A_VALUE\"; printf '|%s' \"$B_PLAIN\"\n";
        QProcess run;
        run.start(path, {QStringLiteral("-c"), QString::fromUtf8(statements + print)});
        QVERIFY(run.waitForFinished(30000));
        QCOMPARE(run.readAllStandardError(), QByteArray());
        QCOMPARE(run.readAllStandardOutput(), tricky.toUtf8() + "|x");
    }
};

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
