// Hostile input to latchkey-cli, as processes on the real keychain
// (inside tests/with-keyring.sh): escape sequences from a manifest or the
// index never reach a terminal raw, the fix command is safe to paste, bad
// --timeout values are refused, a byte order mark survives, and Ctrl-C at the
// hidden prompt gives the terminal back.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "PtyRun.h"

namespace {

const QByteArray kCanary = "sk-canary-output-4d7be29c10af";
const QByteArray kEsc = "\x1b";

// Escape sequences that set the window title, clear the screen and colour
// text, plus a shell payload and a right-to-left override.
QByteArray hostileManifest(const QString& marker)
{
    return "name: \"evil\\e]0;app-title\\a-app\"\n"
           "secrets:\n"
           "  - key: ESC_TOKEN\n"
           "    description: \"Token \\e]0;owned\\a for \\e[2J it's $(touch " +
           marker.toUtf8() + ") `touch " + marker.toUtf8() +
           "` \\u202e end\"\n"
           "  - key: ESC_OPTIONAL\n"
           "    description: \"opt \\e[31mred\\e[0m\"\n"
           "    optional: true\n"
           "env:\n"
           "  ESC_MODE: \"plain \\e[2J value\"\n";
}

#define VERIFY_NO_ESC(result)                                                                      \
    QVERIFY2(!(result).out.contains(kEsc), (result).out.constData());                              \
    QVERIFY2(!(result).err.contains(kEsc), (result).err.constData())

// The words /bin/sh makes of `line` when it runs it, with the leading
// "latchkey-cli" replaced by a function that prints its arguments.
QStringList shellWords(QByteArray line, const QString& workingDirectory)
{
    line = line.trimmed();
    if (!line.startsWith("latchkey-cli "))
        return {};
    line = "words " + line.mid(int(sizeof "latchkey-cli"));
    QProcess sh;
    sh.setWorkingDirectory(workingDirectory);
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"),
              QStringLiteral("words() { printf '%s\\0' \"$@\"; }; ") + QString::fromUtf8(line)});
    if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
        return {QStringLiteral("<sh failed>")};
    QStringList words = QString::fromUtf8(sh.readAllStandardOutput()).split(QChar(u'\0'));
    words.removeLast(); // after the last NUL
    return words;
}

QByteArray fixLine(const QByteArray& text, const QByteArray& key)
{
    for (const QByteArray& line : text.split('\n'))
        if (line.trimmed().startsWith("latchkey-cli set " + key))
            return line;
    return {};
}

} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(m_dir.isValid());
        m_marker = m_dir.filePath(QStringLiteral("MARKER"));
        m_manifest = m_dir.filePath(QStringLiteral("inf.yml"));
        QFile file(m_manifest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hostileManifest(m_marker));
    }

    // check and run before the secret is set: the table, the fix command and
    // run's refusal on stderr.
    void escapesInManifestNeverReachTheTerminal()
    {
        const CliResult check = runCli({QStringLiteral("check"), m_manifest});
        QCOMPARE(check.exitCode, 1);
        VERIFY_NO_ESC(check);
        QVERIFY2(check.out.contains("evil\\e]0;app-title\\x07-app"), check.out.constData());
        QVERIFY(check.out.contains("Token \\e]0;owned\\x07 for \\e[2J"));
        QVERIFY(check.out.contains("opt \\e[31mred\\e[0m"));

        // The printed fix command is one safe shell command: run by /bin/sh it
        // passes exactly four words, the description as shown, and runs
        // nothing that was inside it.
        const QByteArray line = fixLine(check.out, "ESC_TOKEN");
        QVERIFY2(!line.isEmpty(), check.out.constData());
        const QString shown = QStringLiteral("Token \\e]0;owned\\x07 for \\e[2J it's $(touch ") +
                              m_marker + QStringLiteral(") `touch ") + m_marker +
                              QStringLiteral("` \\u202e end");
        QCOMPARE(shellWords(line, m_dir.path()),
                 (QStringList{QStringLiteral("set"), QStringLiteral("ESC_TOKEN"),
                              QStringLiteral("-d"), shown}));
        QVERIFY2(!QFile::exists(m_marker), "pasting the fix command ran code from the manifest");

        const CliResult run = runCli({QStringLiteral("run"), QStringLiteral("--manifest"),
                                      m_manifest, QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.exitCode, 1);
        VERIFY_NO_ESC(run);
        QVERIFY(run.err.contains("Token \\e]0;owned\\x07"));
        QVERIFY(!fixLine(run.err, "ESC_TOKEN").isEmpty());
    }

    // --json is for programs: the description comes back exactly.
    void jsonStaysExact()
    {
        const CliResult r = runCli({QStringLiteral("check"), m_manifest, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("app")).toString(),
                 QStringLiteral("evil\x1b]0;app-title\x07-app"));
        const QJsonObject secret = o.value(QStringLiteral("secrets")).toArray().at(0).toObject();
        QVERIFY(secret.value(QStringLiteral("description"))
                    .toString()
                    .startsWith(QStringLiteral("Token \x1b]0;owned\x07 for \x1b[2J")));
        QVERIFY(secret.value(QStringLiteral("description")).toString().contains(QChar(0x202E)));
    }

    // A stored description with ESC, in list; and run --dry-run once ready.
    void escapesInIndexNeverReachTheTerminal()
    {
        const CliResult set =
            runCli({QStringLiteral("set"), QStringLiteral("ESC_TOKEN"), QStringLiteral("-d"),
                    QStringLiteral("stored \x1b[2J desc \x1b]0;t\x07")},
                   kCanary);
        QCOMPARE(set.exitCode, 0);
        VERIFY_NO_ESC(set);

        const CliResult list = runCli({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        VERIFY_NO_ESC(list);
        QVERIFY2(list.out.contains("stored \\e[2J desc \\e]0;t\\x07"), list.out.constData());
        const CliResult json = runCli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QStringLiteral("secrets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("description"))
                     .toString(),
                 QStringLiteral("stored \x1b[2J desc \x1b]0;t\x07"));

        const CliResult dry =
            runCli({QStringLiteral("run"), QStringLiteral("--dry-run"),
                    QStringLiteral("--manifest"), m_manifest, QStringLiteral("--"),
                    QStringLiteral("printf"), QStringLiteral("\x1b[2J")});
        QCOMPARE(dry.exitCode, 0);
        VERIFY_NO_ESC(dry);
        QVERIFY2(dry.out.contains("ESC_MODE=plain \\e[2J value"), dry.out.constData());
        QVERIFY(dry.out.contains("Would run: printf '\\e[2J'"));
        QVERIFY(!dry.out.contains(kCanary) && !dry.err.contains(kCanary.left(12)));
    }

    void badTimeoutsAreRefused_data()
    {
        QTest::addColumn<QString>("timeout");
        QTest::addColumn<bool>("fromEnvironment");
        QTest::addColumn<QByteArray>("reason");
        const struct {
            const char* value;
            const char* reason;
        } rows[] = {{"nan", "not a finite number"}, {"NaN", "not a finite number"},
                    {"inf", "not a finite number"}, {"-inf", "not a finite number"},
                    {"0.0001", "at least 0.001"},   {"0.0009", "at least 0.001"},
                    {"0", "more than 0"},           {"-5", "more than 0"},
                    {"3600.5", "at most 3600"},     {"1e400", "not a number"},
                    {"soon", "not a number"},       {"10s", "not a number"}};
        for (const auto& row : rows) {
            QTest::addRow("--timeout %s", row.value)
                << row.value << false << QByteArray(row.reason);
            QTest::addRow("LATCHKEY_TIMEOUT=%s", row.value)
                << row.value << true << QByteArray(row.reason);
        }
        QTest::addRow("--timeout ''") << "" << false << QByteArray("not a number");
    }
    void badTimeoutsAreRefused()
    {
        QFETCH(QString, timeout);
        QFETCH(bool, fromEnvironment);
        QFETCH(QByteArray, reason);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList arguments;
        if (fromEnvironment)
            env.insert(QStringLiteral("LATCHKEY_TIMEOUT"), timeout);
        else
            arguments << QStringLiteral("--timeout") << timeout;
        arguments << QStringLiteral("--vault") << QStringLiteral("timeouts")
                  << QStringLiteral("set") << QStringLiteral("TIMEOUT_KEY");
        const CliResult r = runCli(arguments, kCanary, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QVERIFY(r.err.contains(fromEnvironment ? "LATCHKEY_TIMEOUT" : "--timeout"));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!r.err.contains(kCanary));
        // Nothing was stored.
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("timeouts"),
                         QStringLiteral("get"), QStringLiteral("TIMEOUT_KEY")})
                     .exitCode,
                 1);
    }

    void goodTimeoutsWork_data()
    {
        QTest::addColumn<QString>("timeout");
        QTest::newRow("1 ms") << "0.001";
        QTest::newRow("fraction") << "2.5";
        QTest::newRow("exponent") << "1e1";
        QTest::newRow("maximum") << "3600";
    }
    void goodTimeoutsWork()
    {
        QFETCH(QString, timeout);
        // --help never touches the keychain, so even 1 ms succeeds.
        const CliResult help =
            runCli({QStringLiteral("--timeout"), timeout, QStringLiteral("list"), "--help"});
        QCOMPARE(help.exitCode, 0);
        if (timeout != QLatin1String("0.001"))
            QCOMPARE(
                runCli({QStringLiteral("--timeout"), timeout, QStringLiteral("list")}).exitCode, 0);
    }

    // A value is stored byte for byte, a leading UTF-8 byte order mark
    // included, and other Secret Service clients read the same bytes.
    // A key far longer than any valid one is refused (exit 2) by every verb
    // with a short error: it is quoted cut to its first characters, never
    // echoed whole.
    void hugeKeyIsQuotedShort()
    {
        const QString key(5000, QLatin1Char('K'));
        const QList<QStringList> verbs{{QStringLiteral("set"), key},
                                       {QStringLiteral("get"), key},
                                       {QStringLiteral("get"), QStringLiteral("--reveal"), key},
                                       {QStringLiteral("delete"), key},
                                       {QStringLiteral("history"), key},
                                       {QStringLiteral("restore"), key}};
        for (const QStringList& verb : verbs) {
            const CliResult result = runCli(verb, "value-for-a-huge-key\n");
            const QByteArray what = verb.first().toUtf8() + ": " + result.err.left(300);
            QVERIFY2(result.exitCode == 2, what.constData());
            QVERIFY2(result.err.size() < 400, what.constData());
            QVERIFY2(result.err.contains("5000 characters"), what.constData());
            QVERIFY(result.out.isEmpty());
        }
    }

    void byteOrderMarkSurvives()
    {
        const QByteArray value = "\xEF\xBB\xBF" + kCanary;
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("BOM_KEY")}, value + '\n').exitCode,
                 0);
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!secretTool.isEmpty(), "secret-tool (libsecret-tools) is needed for this test");
        QProcess lookup;
        lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                                  QStringLiteral("latchkey/default"), QStringLiteral("user"),
                                  QStringLiteral("BOM_KEY")});
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(lookup.exitCode(), 0);
        QVERIFY2(lookup.readAllStandardOutput() == value, "secret-tool read different bytes");

        const CliResult reveal =
            runCli({QStringLiteral("get"), QStringLiteral("BOM_KEY"), QStringLiteral("--reveal")});
        QCOMPARE(reveal.exitCode, 0);
        QVERIFY2(reveal.out == value, "get --reveal lost bytes");

        // And into the environment of run, unchanged.
        const QString manifest = m_dir.filePath(QStringLiteral("bom.yml"));
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secrets:\n  - key: BOM_KEY\n");
        file.close();
        const CliResult run =
            runCli({QStringLiteral("run"), QStringLiteral("--manifest"), manifest,
                    QStringLiteral("--"), QStringLiteral("printenv"), QStringLiteral("BOM_KEY")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out == value + '\n', "run passed different bytes");
    }

    // Ctrl-C (or a kill, or a hang-up) at the hidden prompt: the terminal gets
    // its echo back, a half-typed value is dropped rather than left for the
    // shell to read, and the exit status is 128 + the signal.
    void promptRestoresTerminal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("typedCtrlC");
        QTest::newRow("Ctrl-C typed") << int(SIGINT) << true;
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
        QTest::newRow("SIGHUP") << int(SIGHUP) << false;
    }
    void promptRestoresTerminal()
    {
        QFETCH(int, signal);
        QFETCH(bool, typedCtrlC);
        const PtyRun run =
            runOnPty({cliPath(), QStringLiteral("set"), QStringLiteral("PROMPT_KEY")},
                     QByteArray("input hidden"), kCanary.left(16), [&](pid_t pid, int master) {
                         if (typedCtrlC)
                             return ::write(master, "\x03", 1) == 1;
                         return ::kill(pid, signal) == 0;
                     });
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY2(run.echoBefore, "a new terminal should echo");
        QVERIFY2(!run.echoAtPrompt, "echo was on at the hidden prompt");
        QVERIFY2(run.echoAfter, "the terminal was left with echo off");
        QCOMPARE(run.exitStatus, 128 + signal);
        QVERIFY2(!run.screen.contains(kCanary.left(16)), "the typed value was echoed");
        QVERIFY2(!run.leftForShell.contains(kCanary.left(16)),
                 "the half-typed value was left for the next program to read");
        QCOMPARE(runCli({QStringLiteral("get"), QStringLiteral("PROMPT_KEY")}).exitCode, 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_manifest;
    QString m_marker;
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
