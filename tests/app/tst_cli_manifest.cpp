// latchkey-cli check and run as processes against the real Secret Service
// (inside tests/with-keyring.sh): exit statuses, fix commands, JSON, exactly
// the declared environment, fail-fast, exit status and signal pass-through.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

#include <csignal>

#include <sys/stat.h>

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

    // Manifests that must be refused at once, not read: exit 2, one located
    // sentence, nothing started. runCli gives up after 20 s, so a hang fails.
    void hostileManifests_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("FIFO") << "fifo" << QByteArray(": error: this is a named pipe (FIFO)");
        QTest::newRow("FIFO inf.yml in a folder")
            << "fifo-folder" << QByteArray("inf.yml: error: this is a named pipe (FIFO)");
        QTest::newRow("device") << "/dev/zero"
                                << QByteArray("/dev/zero: error: this is a device, not a regular");
        QTest::newRow("62,000 secrets")
            << "62000"
            << QByteArray(":3:1: error: this manifest declares 62000 secrets; at most 1000");
        QTest::newRow("1 MiB of [")
            << "brackets" << QByteArray(":1:65: error: the YAML is nested more than 64 levels");
    }
    void hostileManifests()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, error);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("inf.yml"));
        const QByteArray name = QFile::encodeName(path);
        if (kind.startsWith(QLatin1String("fifo"))) {
            QCOMPARE(::mkfifo(name.constData(), 0600), 0);
            if (kind == QLatin1String("fifo-folder"))
                path = dir.path();
        } else if (kind.startsWith(u'/')) {
            path = kind;
        } else {
            QByteArray yaml;
            if (kind == QLatin1String("brackets")) {
                yaml = QByteArray(1024 * 1024, '[');
            } else {
                yaml = "name: big\nsecrets:\n";
                for (int i = 0; i < 62000; ++i)
                    yaml += "- key: K" + QByteArray::number(i).rightJustified(5, '0') + '\n';
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(yaml), yaml.size());
        }
        QElapsedTimer clock;
        clock.start();
        const CliResult check = runCli({QStringLiteral("check"), path}, {},
                                       QProcessEnvironment::systemEnvironment(), 20000);
        const qint64 ms = clock.elapsed();
        QCOMPARE(check.exitCode, 2);
        // Refused at once: 62,000 secrets once took 43 s. The README promises
        // under a second; 5 s leaves room for a loaded CI machine.
        qInfo("%s: refused in %lld ms", QTest::currentDataTag(), static_cast<long long>(ms));
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QVERIFY2(check.err.contains(error), check.err.constData());
        QVERIFY2(check.err.count('\n') <= 2, check.err.constData()); // the problem, the verdict
        const QString marker = m_dir.filePath(QStringLiteral("started-hostile"));
        const CliResult run = runCli({QStringLiteral("run"), QStringLiteral("--manifest"), path,
                                      QStringLiteral("--"), QStringLiteral("touch"), marker},
                                     {}, QProcessEnvironment::systemEnvironment(), 20000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(error), run.err.constData());
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

    // Integrations and credentials are listed apart from secrets and never
    // stored, looked up or injected; a required one does not change "ready".
    void connectionsManagedByThePlatform()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: connected-app\n"
                   "secrets:\n  - key: DEMO_OPENAI_API_KEY\n    description: set above\n"
                   "integrations:\n  - key: x.tweet.write\n    description: Posts updates\n"
                   "    optional: true\n"
                   "credentials:\n  - key: google.drive\n    description: Reads the folder\n");
        file.close();

        const CliResult human = runCli({QStringLiteral("check"), dir.path()});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("Integrations (connected on the platform, not stored here):\n"
                                    "  x.tweet.write  optional  Posts updates\n"
                                    "Credentials (connected on the platform, not stored here):\n"
                                    "  google.drive   required  Reads the folder\n"
                                    "Connect the required ones on the platform"),
                 human.out.constData());
        QVERIFY(human.out.contains("Ready to run."));

        const CliResult json = runCli({QStringLiteral("check"), dir.path(), "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("ready")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("secrets")).toArray().size(), 1);
        const QJsonArray credentials = o.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(credentials.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("google.drive"));
        QCOMPARE(credentials.at(0).toObject().value(QStringLiteral("required")).toBool(), true);
        const QJsonArray integrations = o.value(QStringLiteral("integrations")).toArray();
        QCOMPARE(integrations.size(), 1);
        QCOMPARE(integrations.at(0).toObject().value(QStringLiteral("optional")).toBool(), true);

        const CliResult dry = runCli({QStringLiteral("run"), QStringLiteral("--dry-run"),
                                      QStringLiteral("--manifest"), dir.path(),
                                      QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("Not injected, connected on the platform: x.tweet.write "
                                  "(integration, optional), google.drive (credential, required)"),
                 dry.out.constData());
        QVERIFY(!dry.out.contains("google.drive="));

        // A run refused for a missing secret names the connections too, so
        // that one look shows all the app still needs.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name: connected-app\n"
                   "secrets:\n  - key: DEMO_NEVER_STORED_KEY\n"
                   "credentials:\n  - key: google.drive\n    description: Reads the folder\n");
        file.close();
        for (const bool dryRun : {true, false}) {
            QStringList args{QStringLiteral("run"), QStringLiteral("--manifest"), dir.path(),
                             QStringLiteral("--"), QStringLiteral("true")};
            if (dryRun)
                args.insert(1, QStringLiteral("--dry-run"));
            const CliResult refused = runCli(args);
            QVERIFY2(refused.exitCode != 0, refused.err.constData());
            QVERIFY2(refused.err.contains("DEMO_NEVER_STORED_KEY"), refused.err.constData());
            QVERIFY2(refused.err.contains("Not injected, connected on the platform: google.drive "
                                          "(credential, required)"),
                     refused.err.constData());
            VERIFY_NO_CANARY(refused);
        }
        VERIFY_NO_CANARY(human);
        VERIFY_NO_CANARY(json);
        VERIFY_NO_CANARY(dry);
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
