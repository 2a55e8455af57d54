// The child environment of `run`: parent + manifest env + declared secrets
// that are set, nothing else from the vault, and masked descriptions only.
#include "ManifestParser.h"
#include "Runner.h"

#include <QTest>

using namespace latchkey;

namespace {
const QString kCanary = QStringLiteral("sk-canary-runner-5f2a9c71e3d4");

Manifest manifest()
{
    return ManifestParser::parse("name: app\n"
                                 "env:\n  MODEL_NAME: gpt2\n  LANG: C.UTF-8\n"
                                 "secrets:\n"
                                 "  - key: OPENAI_API_KEY\n    description: OpenAI\n"
                                 "  - key: WEBHOOK_SECRET\n    description: hooks\n"
                                 "    optional: true\n"
                                 "  - key: SENTRY_DSN\n    description: errors\n"
                                 "    optional: true\n",
                                 QStringLiteral("inf.yml"));
}
} // namespace

class TestRunner : public QObject {
    Q_OBJECT
private slots:
    void environment_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value"); // null: absent
        QTest::newRow("inherited") << "PATH"
                                   << "/usr/bin:/bin";
        QTest::newRow("declared secret overrides inherited") << "OPENAI_API_KEY" << kCanary;
        QTest::newRow("manifest env") << "MODEL_NAME"
                                      << "gpt2";
        QTest::newRow("manifest env overrides inherited") << "LANG"
                                                          << "C.UTF-8";
        QTest::newRow("optional secret that is set") << "SENTRY_DSN"
                                                     << "https://dsn.example/1";
        QTest::newRow("undeclared vault secret is never added") << "STRIPE_SECRET_KEY" << QString();
        QTest::newRow("optional missing stays absent") << "WEBHOOK_SECRET" << QString();
    }

    void environment()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const QHash<QString, QString> values{
            {QStringLiteral("OPENAI_API_KEY"), kCanary},
            {QStringLiteral("SENTRY_DSN"), QStringLiteral("https://dsn.example/1")},
            // Read for some other reason; not declared, so never passed on.
            {QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_live_undeclared_0000")},
        };
        const QStringList parent{QStringLiteral("PATH=/usr/bin:/bin"),
                                 QStringLiteral("OPENAI_API_KEY=old-value"),
                                 QStringLiteral("LANG=en_US.UTF-8")};
        const ChildEnvironment env = ChildEnvironment::build(manifest(), values, parent);
        QCOMPARE(env.value(name), value);
        QCOMPARE(env.value(name).isNull(), value.isNull());
        // Each name appears once.
        int count = 0;
        for (const QString& entry : env.entries)
            count += entry.startsWith(name + u'=') ? 1 : 0;
        QCOMPARE(count, value.isNull() ? 0 : 1);
    }

    void injections()
    {
        const QHash<QString, QString> values{{QStringLiteral("OPENAI_API_KEY"), kCanary}};
        const ChildEnvironment env = ChildEnvironment::build(
            manifest(), values,
            {QStringLiteral("OPENAI_API_KEY=old"), QStringLiteral("HOME=/home/u")});
        QCOMPARE(env.injected.size(), 3);
        QCOMPARE(env.injected.at(0).name, QStringLiteral("MODEL_NAME"));
        QCOMPARE(env.injected.at(0).source, Injection::Source::ManifestEnv);
        QVERIFY(!env.injected.at(0).overrides);
        const Injection secret = env.injected.at(2);
        QCOMPARE(secret.name, QStringLiteral("OPENAI_API_KEY"));
        QCOMPARE(secret.source, Injection::Source::Secret);
        QVERIFY(secret.overrides);
        QCOMPARE(secret.shown, QString(8, QChar(0x2022)) + kCanary.right(4));
        QVERIFY(!secret.shown.contains(kCanary.left(10)));
        QCOMPARE(env.notSet,
                 (QStringList{QStringLiteral("WEBHOOK_SECRET"), QStringLiteral("SENTRY_DSN")}));
    }

    void secretBeatsManifestEnv()
    {
        const Manifest m = ManifestParser::parse(
            "name: a\nenv:\n  OPENAI_API_KEY: placeholder\nsecrets:\n  - key: OPENAI_API_KEY\n",
            QStringLiteral("inf.yml"));
        const ChildEnvironment env =
            ChildEnvironment::build(m, {{QStringLiteral("OPENAI_API_KEY"), kCanary}}, {});
        QCOMPARE(env.value(QStringLiteral("OPENAI_API_KEY")), kCanary);
        QCOMPARE(env.entries.size(), 1);
        QCOMPARE(env.injected.size(), 1);
    }

    void loaderVariables_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("loader");
        for (const char* name : {"PATH",
                                 "IFS",
                                 "ENV",
                                 "BASH_ENV",
                                 "SHELLOPTS",
                                 "BASHOPTS",
                                 "GCONV_PATH",
                                 "LD_PRELOAD",
                                 "LD_LIBRARY_PATH",
                                 "LD_AUDIT",
                                 "LD_ANYTHING",
                                 "DYLD_INSERT_LIBRARIES",
                                 "DYLD_LIBRARY_PATH",
                                 "PYTHONPATH",
                                 "PYTHONHOME",
                                 "PYTHONSTARTUP",
                                 "PYTHONUSERBASE",
                                 "NODE_OPTIONS",
                                 "NODE_PATH",
                                 "PERL5LIB",
                                 "PERLLIB",
                                 "PERL5OPT",
                                 "RUBYLIB",
                                 "RUBYOPT",
                                 "CLASSPATH",
                                 "JAVA_TOOL_OPTIONS",
                                 "JDK_JAVA_OPTIONS",
                                 "_JAVA_OPTIONS"})
            QTest::newRow(name) << name << true;
        for (const char* name : {"MODEL_NAME", "HOME", "LANG", "PATHWAY", "MY_PATH",
                                 "PYTHONUNBUFFERED", "NODE_ENV", "LDAP_URL", "OPENAI_API_KEY"})
            QTest::newRow(name) << name << false;
#ifndef Q_OS_WIN
        QTest::newRow("lowercase path is another variable") << "path" << false;
#endif
    }
    void loaderVariables()
    {
        QFETCH(QString, name);
        QFETCH(bool, loader);
        QCOMPARE(isLoaderVariable(name), loader);
    }

    void loaderVariablesSetByManifest()
    {
        const Manifest m = ManifestParser::parse("name: a\nenv:\n  MODEL_NAME: gpt2\n"
                                                 "  PATH: ./bin\n  LD_PRELOAD: ./evil.so\n",
                                                 QStringLiteral("inf.yml"));
        QVERIFY(m.isValid());
        QCOMPARE(loaderVariablesSet(m),
                 (QStringList{QStringLiteral("PATH"), QStringLiteral("LD_PRELOAD")}));
        QVERIFY(loaderVariablesSet(manifest()).isEmpty());
    }

    // run --env-file's variables come last and win over everything else.
    void setOverridesLast()
    {
        const QHash<QString, QString> values{{QStringLiteral("OPENAI_API_KEY"), kCanary}};
        ChildEnvironment env = ChildEnvironment::build(
            manifest(), values, {QStringLiteral("PATH=/bin"), QStringLiteral("HOME=/h")});
        env.set(QStringLiteral("MODEL_NAME"), QStringLiteral("from-file"),
                Injection::Source::EnvFile, QStringLiteral("shown"));
        env.set(QStringLiteral("HOME"), QStringLiteral("/other"), Injection::Source::EnvFile,
                QStringLiteral("shown"));
        env.set(QStringLiteral("NEW_ONE"), QStringLiteral("x"), Injection::Source::EnvFile,
                QStringLiteral("shown"));
        QCOMPARE(env.value(QStringLiteral("MODEL_NAME")), QStringLiteral("from-file"));
        QCOMPARE(env.value(QStringLiteral("HOME")), QStringLiteral("/other"));
        QCOMPARE(env.value(QStringLiteral("NEW_ONE")), QStringLiteral("x"));
        QCOMPARE(env.value(QStringLiteral("OPENAI_API_KEY")), kCanary);
        QCOMPARE(env.entries.filter(QStringLiteral("MODEL_NAME=")).size(), 1);
        int fromFile = 0;
        for (const Injection& i : env.injected) {
            if (i.source != Injection::Source::EnvFile)
                continue;
            ++fromFile;
            QCOMPARE(i.overrides, i.name == QLatin1String("HOME"));
        }
        QCOMPARE(fromFile, 3);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
