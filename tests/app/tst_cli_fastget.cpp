// latchkey-cli's front (app/cli/Front.cpp, FastGet.h) on the real keyring:
// the plain `get --reveal` is answered without Qt, byte for byte as the full
// command answers it, and every other case is the full command's, with its
// messages and exit codes. Whether Qt was loaded is read from the dynamic
// loader's own log (LD_DEBUG=files), not from anything the program says.
#include "CliRunner.h"
#include "TestKeychain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    CliResult result;
    bool logged = false; // the loader wrote its log: without it nothing is known
    bool loadedQt = false;

    bool byFront() const { return logged && !loadedQt; }
    bool byFullCommand() const { return logged && loadedQt; }
};

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LATCHKEY_TIMEOUT"));
    env.remove(QStringLiteral("LATCHKEY_KEYCHAIN"));
    env.remove(QStringLiteral("LATCHKEY_VAULT"));
    return env;
}

// latchkey-cli with the loader's log of the files it loaded.
Run traced(const QStringList& arguments, QProcessEnvironment env = baseEnvironment())
{
    QTemporaryDir logs;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), logs.filePath(QStringLiteral("ld")));
    Run run;
    run.result = runCli(arguments, {}, env);
    QByteArray log;
    for (const QString& name : QDir(logs.path()).entryList(QDir::Files)) {
        QFile file(logs.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            log += file.readAll();
    }
    run.logged = log.contains("latchkey-cli");
    run.loadedQt = log.contains("libQt6Core.so");
    return run;
}

// The same command, answered by the full command line: a timeout given is
// one of the cases the front leaves to it (app/cli/FastGet.h).
Run asFullCommand(const QStringList& arguments)
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("LATCHKEY_TIMEOUT"), QStringLiteral("10"));
    return traced(arguments, env);
}

// The command, as the user runs it, is answered by the full command line,
// and with what the full command line answers when it is made to.
void leftToTheFullCommand(const QStringList& arguments)
{
    const Run run = traced(arguments);
    QVERIFY2(run.result.exitCode >= 0, "latchkey-cli did not finish");
    QVERIFY(run.byFullCommand());
    const Run full = asFullCommand(arguments);
    QVERIFY(full.byFullCommand());
    QCOMPARE(run.result.exitCode, full.result.exitCode);
    QCOMPARE(run.result.out, full.result.out);
}

// secret-tool writes exactly the bytes it reads from a pipe.
bool secretToolStore(const QStringList& attributes, const QByteArray& value)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               QStringList{QStringLiteral("store"), QStringLiteral("--label=fast get test")} +
                   attributes);
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(30000) && tool.exitCode() == 0;
}

QString dataFolder()
{
    return QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("latchkey"));
}

} // namespace

class TestCliFastGet : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(testsupport::unlockKeyring());
        const QString registry = QDir(dataFolder()).filePath(QStringLiteral("team-vaults.json"));
        QFile::remove(registry);
        QDir().rmdir(registry);
    }

    void answersWithoutQtByteForByte_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << QByteArray("sk-fast-get-canary-0123456789");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFwith-bom");
        QTest::newRow("emoji and accents")
            << QByteArray("p\xC3\xA4ss-\xF0\x9F\x94\x91-w\xC3\xB6rd");
        QTest::newRow("inner line break") << QByteArray("line one\nline two");
        QTest::newRow("60 KiB") << QByteArray(60 * 1024, 'x');
    }
    void answersWithoutQtByteForByte()
    {
        QFETCH(QByteArray, value);
        const CliResult stored = runCli({QStringLiteral("set"), QStringLiteral("FAST_KEY")}, value);
        QCOMPARE(stored.exitCode, 0);

        const Run fast =
            traced({QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("FAST_KEY")});
        QCOMPARE(fast.result.exitCode, 0);
        QVERIFY(fast.byFront());
        QCOMPARE(fast.result.out, value);
        QCOMPARE(fast.result.err, QByteArray());

        // The full command says the same.
        const Run full = asFullCommand(
            {QStringLiteral("get"), QStringLiteral("FAST_KEY"), QStringLiteral("--reveal")});
        QCOMPARE(full.result.exitCode, 0);
        QVERIFY(full.byFullCommand());
        QCOMPARE(full.result.out, fast.result.out);
    }

    void masksAsTheFullCommandDoes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("byFront");
        QTest::newRow("short") << QByteArray("abc") << true;
        QTest::newRow("sixteen") << QByteArray("sk-0123456789abcd") << true;
        QTest::newRow("emoji tail")
            << QByteArray("a-long-enough-value-\xF0\x9F\x94\x91\xF0\x9F\x94\x92") << true;
        QTest::newRow("combining tail") << QByteArray("a-long-enough-value-e\xCC\x81") << true;
        QTest::newRow("control in the tail")
            << QByteArray("-----BEGIN KEY-----\nabc\n-----END KEY-----\n") << true;
        QTest::newRow("C1 control in the tail")
            << QByteArray("a-long-enough-value-\xC2\x85xyz") << true;
        // Escaped for the terminal by the full command: left to it.
        QTest::newRow("bidirectional control in the tail")
            << QByteArray("a-long-enough-value-\xE2\x80\xAExyz") << false;
    }
    void masksAsTheFullCommandDoes()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, byFront);
        // Stored byte for byte (set would drop a final line break).
        QVERIFY(secretToolStore({QStringLiteral("server"), QStringLiteral("latchkey/default"),
                                 QStringLiteral("user"), QStringLiteral("MASKED_KEY")},
                                value));
        const Run run = traced({QStringLiteral("get"), QStringLiteral("MASKED_KEY")});
        QCOMPARE(run.result.exitCode, 0);
        QCOMPARE(run.byFront(), byFront);
        QCOMPARE(run.result.err, QByteArray());
        QVERIFY(run.result.out.startsWith(QByteArray("\xE2\x80\xA2").repeated(8)));

        const Run full = asFullCommand({QStringLiteral("get"), QStringLiteral("MASKED_KEY")});
        QCOMPARE(full.result.exitCode, 0);
        QVERIFY(full.byFullCommand());
        QCOMPARE(run.result.out, full.result.out);
    }

    void findsWhatTheFullCommandFinds()
    {
        // An item python's keyring wrote (service/username only).
        QVERIFY(secretToolStore({QStringLiteral("service"), QStringLiteral("latchkey/default"),
                                 QStringLiteral("username"), QStringLiteral("PY_FAST_KEY")},
                                "from-python-keyring"));
        Run run = traced(
            {QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("PY_FAST_KEY")});
        QCOMPARE(run.result.exitCode, 0);
        QVERIFY(run.byFront());
        QCOMPARE(run.result.out, QByteArray("from-python-keyring"));

        // Another vault, named three ways.
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("fast.other"),
                         QStringLiteral("set"), QStringLiteral("OTHER_KEY")},
                        "in-the-other-vault")
                     .exitCode,
                 0);
        const QList<QPair<QStringList, QString>> ways = {
            {{QStringLiteral("--vault"), QStringLiteral("fast.other")}, QString()},
            {{QStringLiteral("--vault=fast.other")}, QString()},
            {{}, QStringLiteral("fast.other")},
        };
        for (const auto& [options, fromEnvironment] : ways) {
            QProcessEnvironment env = baseEnvironment();
            if (!fromEnvironment.isEmpty())
                env.insert(QStringLiteral("LATCHKEY_VAULT"), fromEnvironment);
            run = traced(options + QStringList{QStringLiteral("get"), QStringLiteral("OTHER_KEY"),
                                               QStringLiteral("--reveal")},
                         env);
            QCOMPARE(run.result.exitCode, 0);
            QVERIFY(run.byFront());
            QCOMPARE(run.result.out, QByteArray("in-the-other-vault"));
        }
        // The same key is not in the default vault: the full command says so.
        run = traced(
            {QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("OTHER_KEY")});
        QCOMPARE(run.result.exitCode, 1);
        QVERIFY(run.byFullCommand());
        QVERIFY(run.result.err.contains("There is no secret named OTHER_KEY"));
        QCOMPARE(run.result.out, QByteArray());
    }

    void everythingElseIsTheFullCommands()
    {
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("FULL_KEY")},
                        "sk-full-command-canary-4242")
                     .exitCode,
                 0);
        // With a timeout, with an invalid key: Qt is loaded, and the full
        // command's answers come back unchanged.
        Run run = traced({QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("get"),
                          QStringLiteral("--reveal"), QStringLiteral("FULL_KEY")});
        QCOMPARE(run.result.exitCode, 0);
        QVERIFY(run.byFullCommand());
        QCOMPARE(run.result.out, QByteArray("sk-full-command-canary-4242"));
        run = traced({QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("1BAD")});
        QCOMPARE(run.result.exitCode, 2);
        QVERIFY(run.byFullCommand());
        QVERIFY(run.result.err.contains("invalid key"));

        // A registered team vault might be any vault: the full command decides.
        QVERIFY(QDir().mkpath(dataFolder()));
        QFile registry(QDir(dataFolder()).filePath(QStringLiteral("team-vaults.json")));
        QVERIFY(registry.open(QIODevice::WriteOnly));
        registry.write("{\"schema\":1,\"vaults\":[]}");
        registry.close();
        run =
            traced({QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("FULL_KEY")});
        QCOMPARE(run.result.exitCode, 0);
        QVERIFY(run.byFullCommand());
        QCOMPARE(run.result.out, QByteArray("sk-full-command-canary-4242"));
    }

    void anythingWhereTheTeamListGoesIsTheFullCommands_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty file") << "file";
        QTest::newRow("dangling link") << "link";
        QTest::newRow("named pipe") << "fifo";
        QTest::newRow("folder") << "folder";
    }
    void anythingWhereTheTeamListGoesIsTheFullCommands()
    {
        QFETCH(QString, kind);
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("LISTED_KEY")}, "team-list-canary")
                     .exitCode,
                 0);
        QVERIFY(QDir().mkpath(dataFolder()));
        const QString registry = QDir(dataFolder()).filePath(QStringLiteral("team-vaults.json"));
        if (kind == QLatin1String("file"))
            QVERIFY(QFile(registry).open(QIODevice::WriteOnly));
        else if (kind == QLatin1String("link"))
            QVERIFY(QFile::link(QStringLiteral("/nonexistent/team-vaults.json"), registry));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {registry}), 0);
        else
            QVERIFY(QDir().mkdir(registry));
        // A pipe nobody writes to must not hold the command up.
        leftToTheFullCommand(
            {QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("LISTED_KEY")});
    }

    void valuesTheFrontWillNotJudge()
    {
        // Not UTF-8: the full command's error, and no byte of it printed.
        QVERIFY(secretToolStore({QStringLiteral("server"), QStringLiteral("latchkey/default"),
                                 QStringLiteral("user"), QStringLiteral("BINARY_KEY")},
                                QByteArray("\xFF\xFE\x80raw")));
        Run run = traced(
            {QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("BINARY_KEY")});
        QCOMPARE(run.result.exitCode, 4);
        QVERIFY(run.byFullCommand());
        QVERIFY(run.result.err.contains("not UTF-8"));
        QCOMPARE(run.result.out, QByteArray());

        // A NUL byte (another tool stored it): whatever the full command does.
        QVERIFY(secretToolStore({QStringLiteral("server"), QStringLiteral("latchkey/default"),
                                 QStringLiteral("user"), QStringLiteral("NUL_KEY")},
                                QByteArray("before\0after", 12)));
        leftToTheFullCommand(
            {QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("NUL_KEY")});
    }

    void lockedKeychainIsTheFullCommands()
    {
        QCOMPARE(
            runCli({QStringLiteral("set"), QStringLiteral("LOCKED_KEY")}, "behind-a-lock").exitCode,
            0);
        QVERIFY(testsupport::lockKeyring());
        const Run run = traced(
            {QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("LOCKED_KEY")});
        QVERIFY(testsupport::unlockKeyring());
        QCOMPARE(run.result.exitCode, 3);
        QVERIFY(run.byFullCommand());
        QVERIFY2(run.result.err.contains("lock"), run.result.err.constData());
        QCOMPARE(run.result.out, QByteArray());
    }

    void stuckKeychainIsReportedByTheFullCommand()
    {
        QCOMPARE(
            runCli({QStringLiteral("set"), QStringLiteral("STUCK_KEY")}, "never-printed").exitCode,
            0);
        QVERIFY(testsupport::freezeKeyring());
        QElapsedTimer timer;
        timer.start();
        const CliResult result =
            runCli({QStringLiteral("get"), QStringLiteral("--reveal"), QStringLiteral("STUCK_KEY")},
                   {}, baseEnvironment(), 40000);
        const qint64 took = timer.elapsed();
        QVERIFY(testsupport::thawKeyring());
        // The front gives up after 2 s and the full command waits its own
        // 10 s, then says what happened (exit 3).
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("did not answer") || result.err.contains("not respond"),
                 result.err.constData());
        QCOMPARE(result.out, QByteArray());
        QVERIFY2(took < 30000, QByteArray::number(took).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFastGet)
#include "tst_cli_fastget.moc"
