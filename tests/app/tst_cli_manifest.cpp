// latchkey-cli check and run as processes against the real Secret Service
// (inside tests/with-keyring.sh): exit statuses, fix commands, JSON, exactly
// the declared environment, fail-fast, exit status and signal pass-through.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

#include <csignal>

namespace {

const QByteArray kCanary = "sk-canary-manifest-3e8d51a0b7c6";
const QByteArray kOther = "sk-canary-undeclared-91c0ffee42";

const QByteArray kManifest = "name: demo-app\n"
                             "secrets:\n"
                             "  - key: DEMO_OPENAI_API_KEY\n"
                             "    description: OpenAI key for \"GPT\" calls\n"
                             "  - key: DEMO_WEBHOOK_SECRET\n"
                             "    description: Webhook signing secret\n"
                             "    optional: true\n"
                             "env:\n  DEMO_MODEL_NAME: gpt2\n";

#define VERIFY_NO_CANARY(result)                                                                   \
    QVERIFY2(!(result).out.contains(kCanary) && !(result).err.contains(kCanary),                   \
             "the value leaked");                                                                  \
    QVERIFY2(!(result).out.contains(kCanary.left(14)) && !(result).err.contains(kCanary.left(14)), \
             "part of the value leaked")

QString fixture(const QString& name)
{
    return qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/manifests/") + name;
}

// NAME=value lines printed by `env`, as a map; values stay in memory only.
QHash<QByteArray, QByteArray> parseEnv(const QByteArray& out)
{
    QHash<QByteArray, QByteArray> env;
    for (const QByteArray& entry : out.split('\0')) {
        const qsizetype eq = entry.indexOf('=');
        if (eq > 0)
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return env;
}

} // namespace

class TestCliManifest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kManifest);
        file.close();
        m_manifest = file.fileName();
    }

    void checkNotReady()
    {
        const CliResult r = runCli({QStringLiteral("check"), m_manifest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("demo-app"));
        QVERIFY(r.out.contains("KEY"));
        QVERIFY(r.out.contains("DEMO_OPENAI_API_KEY  required  missing"));
        QVERIFY(r.out.contains("DEMO_WEBHOOK_SECRET  optional  missing"));
        QVERIFY(r.out.contains("Not ready: 1 required secret missing."));
        QVERIFY2(r.out.contains(
                     "  latchkey-cli set DEMO_OPENAI_API_KEY -d 'OpenAI key for \"GPT\" calls'"),
                 r.out.constData());
        QVERIFY(!r.out.contains("set DEMO_WEBHOOK_SECRET")); // optional never blocks
    }

    void checkFolderAndVault()
    {
        // A folder means its inf.yml; another vault shows up in the fix command.
        const CliResult r = runCli({QStringLiteral("--vault"), QStringLiteral("staging"),
                                    QStringLiteral("check"), m_dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("latchkey-cli --vault staging set DEMO_OPENAI_API_KEY -d"));
    }

    void checkJson()
    {
        const CliResult r = runCli({QStringLiteral("check"), m_manifest, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("app")).toString(), QStringLiteral("demo-app"));
        QCOMPARE(o.value(QStringLiteral("ready")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        const QJsonArray secrets = o.value(QStringLiteral("secrets")).toArray();
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secrets.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(secrets.at(0).toObject().value(QStringLiteral("required")).toBool(), true);
        QVERIFY(secrets.at(0)
                    .toObject()
                    .value(QStringLiteral("fix"))
                    .toString()
                    .startsWith(QStringLiteral("latchkey-cli set DEMO_OPENAI_API_KEY")));
    }

    void invalidManifest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("diagnostic");
        QTest::newRow("optional maybe")
            << "error_optional.yml"
            << QByteArray("error_optional.yml:7:15: error: `optional` must be true or false");
        QTest::newRow("two documents")
            << "error_two_documents.yml"
            << QByteArray("error_two_documents.yml:5:1: error: a second YAML document");
        QTest::newRow("no such file") << "does_not_exist.yml" << QByteArray("no such file");
    }
    void invalidManifest()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, diagnostic);
        const CliResult check = runCli({QStringLiteral("check"), fixture(file)});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(diagnostic), check.err.constData());
        const CliResult json = runCli({QStringLiteral("check"), fixture(file), "--json"});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("valid")).toBool(true),
            false);
        const QString marker = m_dir.filePath(QStringLiteral("started-invalid"));
        const CliResult run =
            runCli({QStringLiteral("run"), QStringLiteral("--manifest"), fixture(file),
                    QStringLiteral("--"), QStringLiteral("touch"), marker});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(marker));
    }

    void runRefusesWhenNotReady()
    {
        const QString marker = m_dir.filePath(QStringLiteral("started"));
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                                    QStringLiteral("--"), QStringLiteral("touch"), marker});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(marker));
        QVERIFY(r.err.contains("not starting touch: 1 required secret missing"));
        QVERIFY(r.err.contains("latchkey-cli set DEMO_OPENAI_API_KEY -d"));
    }

    void setSecrets()
    {
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("DEMO_OPENAI_API_KEY")}, kCanary)
                     .exitCode,
                 0);
        // In the vault but not declared: must never reach the child.
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("DEMO_UNDECLARED_TOKEN")}, kOther)
                     .exitCode,
                 0);
        const CliResult r = runCli({QStringLiteral("check"), m_manifest});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Ready to run."));
        QVERIFY(r.out.contains("DEMO_OPENAI_API_KEY  required  set"));
        VERIFY_NO_CANARY(r);
    }

    void runInjectsExactlyTheDeclaredSet()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEMO_OPENAI_API_KEY"), QStringLiteral("inherited"));
        env.insert(QStringLiteral("DEMO_PARENT_ONLY"), QStringLiteral("kept"));
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                    QStringLiteral("--"), QStringLiteral("env"), QStringLiteral("-0")},
                   {}, env);
        QCOMPARE(r.exitCode, 0);
        const QHash<QByteArray, QByteArray> child = parseEnv(r.out);
        QVERIFY2(child.value("DEMO_OPENAI_API_KEY") == kCanary, "the declared secret is missing");
        QCOMPARE(child.value("DEMO_MODEL_NAME"), QByteArray("gpt2"));
        QCOMPARE(child.value("DEMO_PARENT_ONLY"), QByteArray("kept"));
        QVERIFY(!child.contains("DEMO_WEBHOOK_SECRET")); // optional, not set
        QVERIFY(!child.contains("DEMO_UNDECLARED_TOKEN"));
        QVERIFY2(!r.out.contains(kOther), "an undeclared secret reached the child");
        QVERIFY2(!r.err.contains(kCanary), "the value leaked to stderr");
    }

    void dryRunIsMasked()
    {
        const QString marker = m_dir.filePath(QStringLiteral("dry"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEMO_OPENAI_API_KEY"), QStringLiteral("inherited"));
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--manifest"), m_manifest, QStringLiteral("--"),
                                    QStringLiteral("touch"), marker},
                                   {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(marker));
        const QByteArray masked = QString(8, QChar(0x2022)).toUtf8() + kCanary.right(4);
        QVERIFY(r.out.contains("DEMO_OPENAI_API_KEY=" + masked));
        QVERIFY(r.out.contains("overrides the inherited value"));
        QVERIFY(r.out.contains("DEMO_MODEL_NAME=gpt2"));
        QVERIFY(!r.out.contains("DEMO_UNDECLARED_TOKEN"));
        VERIFY_NO_CANARY(r);
    }

    void exitStatus_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("status");
        QTest::newRow("success") << "exit 0" << 0;
        QTest::newRow("failure") << "exit 7" << 7;
        QTest::newRow("killed by SIGTERM") << "kill -TERM $$" << 128 + 15;
        QTest::newRow("killed by SIGKILL") << "kill -KILL $$" << 128 + 9;
    }
    void exitStatus()
    {
        QFETCH(QString, script);
        QFETCH(int, status);
        const CliResult r =
            runCli({QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                    QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QCOMPARE(r.exitCode, status);
    }

    void commandNotFound()
    {
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                                    QStringLiteral("--"), QStringLiteral("no-such-command-xyz")});
        QCOMPARE(r.exitCode, 127);
        QVERIFY(r.err.contains("no-such-command-xyz: command not found"));
    }

    void stdinPassesThrough()
    {
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                                    QStringLiteral("--"), QStringLiteral("cat")},
                                   "hello through stdin");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("hello through stdin"));
    }

    void signalsReachTheChild_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << 15;
        QTest::newRow("SIGINT") << 2;
        QTest::newRow("SIGHUP") << 1;
    }
    void signalsReachTheChild()
    {
        QFETCH(int, signal);
        QProcess process;
        // The child reports the signal it got and exits with 100 + its number.
        const QString script =
            QStringLiteral("trap 'exit 101' HUP; trap 'exit 102' INT; trap 'exit 115' TERM; "
                           "echo started; while :; do sleep 0.05; done");
        process.start(cliPath(),
                      {QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                       QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted());
        QByteArray output;
        while (!output.contains("started") && process.waitForReadyRead(20000))
            output += process.readAllStandardOutput();
        QVERIFY2(output.contains("started"), process.readAllStandardError().constData());
        ::kill(static_cast<pid_t>(process.processId()), signal);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 100 + signal);
    }

    void keychainUnavailable()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/latchkey-bus"));
        const CliResult check = runCli({QStringLiteral("check"), m_manifest}, {}, env);
        QCOMPARE(check.exitCode, 3);
        const QString marker = m_dir.filePath(QStringLiteral("unavailable"));
        const CliResult run =
            runCli({QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                    QStringLiteral("--"), QStringLiteral("touch"), marker},
                   {}, env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFile::exists(marker));
    }

    // Last: locks the private keyring.
    void lockedKeychain()
    {
        QVERIFY(testsupport::lockKeyring());
        const CliResult r = runCli({QStringLiteral("check"), m_manifest});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains("DEMO_OPENAI_API_KEY  required  unreadable"));
        VERIFY_NO_CANARY(r);
    }

private:
    QTemporaryDir m_dir;
    QString m_manifest;
};

QTEST_GUILESS_MAIN(TestCliManifest)
#include "tst_cli_manifest.moc"
