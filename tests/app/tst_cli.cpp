// latchkey-cli's secret verbs, run as processes against the real Secret
// Service (this test runs inside tests/with-keyring.sh).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

namespace {

const QByteArray kCanary = "sk-canary-cli-9c4e71d2a5b8";

QString indexPath(const QString& vault)
{
    return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/latchkey/vaults/") + vault +
           QStringLiteral(".json");
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QProcessEnvironment envWith(const QString& name, const QString& value)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(name, value);
    return env;
}

#define VERIFY_NO_CANARY(result)                                                                   \
    QVERIFY2(!(result).err.contains(kCanary), "the value leaked to stderr");                       \
    QVERIFY2(!(result).err.contains(kCanary.left(12)), "part of the value leaked to stderr")

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(!qEnvironmentVariable("XDG_DATA_HOME").isEmpty());
    }

    void helpAndVersion()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* verb : {"list", "set", "get", "delete"})
            QVERIFY2(help.out.contains(verb), verb);
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("latchkey-cli "));
        const CliResult setHelp = runCli({QStringLiteral("set"), QStringLiteral("--help")});
        QCOMPARE(setHelp.exitCode, 0);
        QVERIFY(setHelp.out.contains("--description"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << QByteArray("Usage");
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << QByteArray("unknown command");
        QTest::newRow("unknown option") << QStringList{"list", "--nope"} << QByteArray("nope");
        QTest::newRow("get without key") << QStringList{"get"} << QByteArray("exactly one KEY");
        QTest::newRow("invalid key")
            << QStringList{"get", "1ABC"} << QByteArray("starts with a digit");
        QTest::newRow("key with dash") << QStringList{"set", "MY-KEY", "v"} << QByteArray("'-'");
        QTest::newRow("bad vault")
            << QStringList{"--vault", "../x", "list"} << QByteArray("vault name");
        QTest::newRow("empty vault")
            << QStringList{"--vault", "", "list"} << QByteArray("the vault name is empty");
        QTest::newRow("empty vault, get") << QStringList{"--vault=", "get", "--reveal", "KEY"}
                                          << QByteArray("vault name is empty");
        QTest::newRow("bad timeout")
            << QStringList{"--timeout", "soon", "list"} << QByteArray("--timeout");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message) || result.out.contains(message),
                 result.err.constData());
    }

    void setGetListDelete()
    {
        CliResult set = runCli({QStringLiteral("set"), QStringLiteral("OPENAI_API_KEY"),
                                QStringLiteral("-d"), QStringLiteral("For GPT-4 calls")},
                               kCanary + '\n');
        QCOMPARE(set.exitCode, 0);
        QVERIFY(!set.out.contains(kCanary));
        VERIFY_NO_CANARY(set);

        const CliResult get = runCli({QStringLiteral("get"), QStringLiteral("OPENAI_API_KEY")});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out, QString(QString(8, QChar(0x2022)) + QStringLiteral("a5b8\n")).toUtf8());

        // The trailing newline of `echo` is not part of the value; nothing else is added.
        const CliResult reveal = runCli(
            {QStringLiteral("get"), QStringLiteral("OPENAI_API_KEY"), QStringLiteral("--reveal")});
        QCOMPARE(reveal.exitCode, 0);
        QVERIFY(reveal.out == kCanary);
        VERIFY_NO_CANARY(reveal);

        const CliResult list = runCli({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("KEY") && list.out.contains("DESCRIPTION") &&
                list.out.contains("UPDATED"));
        QVERIFY(list.out.contains("OPENAI_API_KEY") && list.out.contains("For GPT-4 calls"));
        QVERIFY(!list.out.contains(kCanary.right(4)));

        const CliResult json = runCli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("vault")).toString(), QStringLiteral("default"));
        const QJsonArray secrets = doc.object().value(QStringLiteral("secrets")).toArray();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(!json.out.contains(kCanary));

        QVERIFY(!fileBytes(indexPath(QStringLiteral("default"))).contains(kCanary));

        const CliResult del = runCli({QStringLiteral("delete"), QStringLiteral("OPENAI_API_KEY")});
        QCOMPARE(del.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("get"), QStringLiteral("OPENAI_API_KEY")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("delete"), QStringLiteral("OPENAI_API_KEY")}).exitCode, 1);
        const CliResult empty = runCli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(empty.out)
                     .object()
                     .value(QStringLiteral("secrets"))
                     .toArray()
                     .size(),
                 0);
    }

    void valueSources()
    {
        // `-` reads standard input, keeping inner newlines (a PEM key).
        const QByteArray pem = "-----BEGIN KEY-----\nAAAA\nBBBB\n-----END KEY-----";
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("TLS_KEY"), QStringLiteral("-")},
                        pem + '\n')
                     .exitCode,
                 0);
        QCOMPARE(
            runCli({QStringLiteral("get"), QStringLiteral("TLS_KEY"), QStringLiteral("--reveal")})
                .out,
            pem);

        // On the command line it works, with a warning about its visibility.
        const CliResult argv = runCli(
            {QStringLiteral("set"), QStringLiteral("ARGV_KEY"), QStringLiteral("value-on-argv")});
        QCOMPARE(argv.exitCode, 0);
        QVERIFY(argv.err.contains("warning"));
        QCOMPARE(
            runCli({QStringLiteral("get"), QStringLiteral("ARGV_KEY"), QStringLiteral("--reveal")})
                .out,
            QByteArray("value-on-argv"));

        // Non-ASCII survives byte for byte.
        const QByteArray utf8 = "p\xC3\xA4ss \xE2\x82\xAC \xF0\x9F\x94\x91";
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("UTF8_KEY")}, utf8).exitCode, 0);
        QCOMPARE(
            runCli({QStringLiteral("get"), QStringLiteral("UTF8_KEY"), QStringLiteral("--reveal")})
                .out,
            utf8);

        // Updating keeps the description unless a new one is given.
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("UTF8_KEY"), QStringLiteral("-d"),
                         QStringLiteral("first")},
                        "one")
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("UTF8_KEY")}, "two").exitCode, 0);
        QVERIFY(runCli({QStringLiteral("list")}).out.contains("first"));
    }

    void rejectedValuesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray() << QByteArray("empty");
        QTest::newRow("only a newline") << QByteArray("\n") << QByteArray("empty");
        QTest::newRow("nul byte") << QByteArray("sk-canary-cli-9c4e71d2a5b8\0tail", 31)
                                  << QByteArray("NUL");
        QTest::newRow("invalid utf-8")
            << QByteArray("sk-canary-cli-9c4e71d2a5b8\xFF") << QByteArray("UTF-8");
        QTest::newRow("over 64 KiB") << QByteArray(64 * 1024 + 10, 'x') << QByteArray("64 KiB");
    }
    void rejectedValuesStoreNothing()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const CliResult result = runCli({QStringLiteral("--vault"), QStringLiteral("rejected"),
                                         QStringLiteral("set"), QStringLiteral("REJECTED_KEY")},
                                        input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        VERIFY_NO_CANARY(result);
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("rejected"),
                         QStringLiteral("get"), QStringLiteral("REJECTED_KEY")})
                     .exitCode,
                 1);
    }

    void vaultsAreSeparate()
    {
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("staging"),
                         QStringLiteral("set"), QStringLiteral("DATABASE_URL")},
                        "postgres://staging")
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("production"),
                         QStringLiteral("get"), QStringLiteral("DATABASE_URL")})
                     .exitCode,
                 1);
        QCOMPARE(runCli({QStringLiteral("get"), QStringLiteral("DATABASE_URL")}, {},
                        envWith(QStringLiteral("LATCHKEY_VAULT"), QStringLiteral("staging")))
                     .exitCode,
                 0);
    }

    // A terminal prompt must not echo what is typed. `script` gives the CLI a
    // real pseudo-terminal.
    void promptDoesNotEcho()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QFAIL("util-linux `script` is needed to give the CLI a terminal");
        QProcess script;
        script.start(QStringLiteral("script"),
                     {QStringLiteral("-qec"), cliPath() + QStringLiteral(" set TTY_KEY"),
                      QStringLiteral("/dev/null")});
        QVERIFY(script.waitForStarted());
        QTest::qWait(500);
        script.write(kCanary + '\n');
        QVERIFY(script.waitForFinished(30000));
        const QByteArray screen = script.readAllStandardOutput() + script.readAllStandardError();
        QCOMPARE(script.exitCode(), 0);
        QVERIFY2(screen.contains("Value for TTY_KEY"), screen.constData());
        QVERIFY2(!screen.contains(kCanary), "the typed value was echoed to the terminal");
        QVERIFY(
            runCli({QStringLiteral("get"), QStringLiteral("TTY_KEY"), QStringLiteral("--reveal")})
                .out == kCanary);
    }

    void noKeychainExits3_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("arguments");
        const QStringList commands[] = {
            {"list"}, {"set", "NEW_KEY", "-"}, {"get", "NEW_KEY"}, {"delete", "NEW_KEY"}};
        for (const QStringList& command : commands) {
            QTest::newRow(qPrintable(command.first() + QStringLiteral(", no session bus")))
                << "DBUS_SESSION_BUS_ADDRESS"
                << "unix:path=/nonexistent/bus" << command;
            QTest::newRow(qPrintable(command.first() + QStringLiteral(", no secret service")))
                << "SECRET_SERVICE_BUS_NAME"
                << "org.example.none" << command;
        }
    }
    void noKeychainExits3()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QStringList, arguments);
        QTemporaryDir data;
        QProcessEnvironment env = envWith(variable, value);
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const CliResult result =
            runCli(QStringList{QStringLiteral("--vault"), QStringLiteral("offline")} + arguments,
                   kCanary, env);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("No keychain is reachable"), result.err.constData());
        QVERIFY(result.err.contains("gnome-keyring"));
        QCOMPARE(result.err.count('\n'), 1);
        VERIFY_NO_CANARY(result);
        // Nothing was stored anywhere else.
        QVERIFY(QDir(data.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    // A Secret Service that never answers: the CLI gives up at its deadline.
    void stuckKeychainTimesOut()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("dbus-test-tool"));
        if (tool.isEmpty())
            QFAIL("dbus-test-tool (Debian package dbus-tests) is needed for this test");
        QProcess blackHole;
        blackHole.start(tool, {QStringLiteral("black-hole"), QStringLiteral("--session"),
                               QStringLiteral("--name=org.example.stuck")});
        QVERIFY(blackHole.waitForStarted());
        QTest::qWait(300);
        const CliResult result = runCli(
            {QStringLiteral("--timeout"), QStringLiteral("1.5"), QStringLiteral("get"),
             QStringLiteral("ANY_KEY")},
            {},
            envWith(QStringLiteral("SECRET_SERVICE_BUS_NAME"), QStringLiteral("org.example.stuck")),
            20000);
        blackHole.kill();
        blackHole.waitForFinished();
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("did not answer"), result.err.constData());
    }

    // Must stay last: locks this test's private keyring for good.
    // A corrupt index is moved aside and rebuilt from the keychain; the
    // warning that says so comes once, with the program's name.
    void corruptIndexWarnsOnce()
    {
        const QStringList vault{QStringLiteral("--vault"), QStringLiteral("corrupt")};
        QCOMPARE(
            runCli(vault + QStringList{QStringLiteral("set"), QStringLiteral("KEPT_KEY")}, kCanary)
                .exitCode,
            0);
        QFile index(indexPath(QStringLiteral("corrupt")));
        QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
        index.write("{\"schema\":3,\"secr");
        index.close();
        const CliResult list = runCli(vault + QStringList{QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.count("warning") == 1, list.err.constData());
        QVERIFY2(list.err.startsWith("latchkey-cli: warning: "), list.err.constData());
        QVERIFY(list.out.contains("KEPT_KEY"));
        VERIFY_NO_CANARY(list);
    }

    void lockedKeychainIsUnreadableAndKeepsEntry()
    {
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("LOCKED_KEY"), QStringLiteral("-d"),
                         QStringLiteral("kept")},
                        kCanary)
                     .exitCode,
                 0);
        QVERIFY(testsupport::lockKeyring());

        const CliResult get = runCli(
            {QStringLiteral("get"), QStringLiteral("LOCKED_KEY"), QStringLiteral("--reveal")});
        QCOMPARE(get.exitCode, 3);
        QVERIFY2(get.err.contains("locked"), get.err.constData());
        QVERIFY(get.out.isEmpty());
        VERIFY_NO_CANARY(get);
        const CliResult list = runCli({QStringLiteral("list")});
        QVERIFY(list.out.contains("LOCKED_KEY"));

        const CliResult set = runCli({QStringLiteral("set"), QStringLiteral("OTHER_KEY")}, kCanary);
        QCOMPARE(set.exitCode, 3);
        VERIFY_NO_CANARY(set);
        QVERIFY(!runCli({QStringLiteral("list")}).out.contains("OTHER_KEY"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
