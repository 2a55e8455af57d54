// `latchkey-cli run` as a process on the real keychain (inside
// tests/with-keyring.sh): every signal a terminal or supervisor
// sends reaches the child and leaves no orphan, job control stops and
// continues both, the child dies with a killed latchkey-cli, a manifest env
// that chooses the program or its libraries is refused, and run keeps no copy
// of the values while the child runs.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/uio.h>
#include <unistd.h>

namespace {

const QByteArray kCanary = "sk-canary-run-6b1f0e93d2a4c7";

// The state letter of /proc/PID/stat (R, S, T, Z, ...), or 0 when PID is gone.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && paren + 2 < text.size() ? text.at(paren + 2) : 0;
}

bool gone(qint64 pid)
{
    const char state = processState(pid);
    return state == 0 || state == 'Z' || state == 'X';
}

// Polls `condition` for up to `ms` milliseconds.
template <typename Condition> bool eventually(Condition condition, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// Reads the child's "started PID" line.
qint64 waitForChild(QProcess& process)
{
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(20000))
        output += process.readAllStandardOutput();
    const qsizetype at = output.indexOf("started ");
    return at < 0 ? 0 : output.mid(at + 8).trimmed().split('\n').first().toLongLong();
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// How often `needle` occurs in the readable memory of `pid`, or -1 when it
// cannot be read. latchkey-cli makes itself undumpable, so this needs
// CAP_SYS_PTRACE over it: as root, or, for an ordinary user, in a user
// namespace this user created (latchkey-cli started by runInOwnNamespace).
// process_vm_readv rather than /proc/PID/mem: an undumpable process's mem
// file belongs to root, while the ptrace check behind process_vm_readv
// accepts the capability in the namespace.
qsizetype copiesInMemory(qint64 pid, const QByteArray& needle)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    qsizetype count = 0;
    bool readAny = false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r') || line.contains("[vvar]") ||
            line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 from = range.at(0).toULongLong(nullptr, 16);
        const quint64 to = range.at(1).toULongLong(nullptr, 16);
        // Overlapping chunks, so a copy across a chunk boundary is seen too.
        for (quint64 at = from; at < to;) {
            const size_t want = size_t(qMin<quint64>(to - at, quint64(chunk.size())));
            iovec local{chunk.data(), want};
            iovec remote{reinterpret_cast<void*>(at), want};
            const ssize_t got = ::process_vm_readv(pid_t(pid), &local, 1, &remote, 1, 0);
            if (got <= 0)
                break;
            readAny = true;
            const QByteArrayView data(chunk.constData(), got);
            for (qsizetype i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1))
                ++count;
            // A short read stops at a page that cannot be read: the rest of
            // this mapping is skipped.
            if (size_t(got) < want || at + quint64(got) >= to)
                break;
            at += quint64(got) - quint64(needle.size());
        }
    }
    return readAny ? count : -1;
}

// Starts `arguments` of latchkey-cli so that this test may read its memory:
// directly as root; otherwise inside a user namespace that this user owns
// (unshare), with the same user ID inside, so that the session bus still
// accepts latchkey-cli and this process holds CAP_SYS_PTRACE over it. Empty
// on success, otherwise why not.
QString runInOwnNamespace(QProcess& process, const QStringList& arguments)
{
    if (::geteuid() == 0) {
        process.start(cliPath(), arguments);
    } else {
        process.start(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("--user"),
                                  QStringLiteral("--map-user=%1").arg(::getuid()),
                                  QStringLiteral("--map-group=%1").arg(::getgid()),
                                  QStringLiteral("--"), cliPath()} +
                          arguments);
    }
    if (!process.waitForStarted())
        return process.errorString();
    return {};
}

} // namespace

class TestCliRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(m_dir.isValid());
        m_manifest = m_dir.filePath(QStringLiteral("inf.yml"));
        writeFile(m_manifest, "name: run-app\nsecrets:\n  - key: RUN_TOKEN\n");
        QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("RUN_TOKEN")}, kCanary).exitCode, 0);
    }

    // kill -SIG latchkey-cli: the child traps it, reports it in its exit
    // status, and is gone afterwards (waited for, not orphaned).
    void signalsReachTheChild_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGUSR1") << int(SIGUSR1) << "USR1";
        QTest::newRow("SIGUSR2") << int(SIGUSR2) << "USR2";
        QTest::newRow("SIGWINCH") << int(SIGWINCH) << "WINCH";
        QTest::newRow("SIGQUIT") << int(SIGQUIT) << "QUIT";
        QTest::newRow("SIGHUP") << int(SIGHUP) << "HUP";
        QTest::newRow("SIGTERM") << int(SIGTERM) << "TERM";
    }
    void signalsReachTheChild()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        const QString script = QStringLiteral("trap 'exit %1' %2; echo started $$; "
                                              "while :; do sleep 0.05; done")
                                   .arg(100 + signal)
                                   .arg(name);
        QProcess process;
        process.start(cliPath(),
                      {QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                       QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted());
        const qint64 child = waitForChild(process);
        QVERIFY2(child > 0, process.readAllStandardError().constData());
        QVERIFY(::kill(pid_t(process.processId()), signal) == 0);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 100 + signal);
        QVERIFY2(gone(child), "the child outlived latchkey-cli");
    }

    // kill -TSTP latchkey-cli stops the child and then latchkey-cli; kill
    // -CONT continues both. latchkey-cli gets a process group of its own
    // whose parent (this test) is in another group of the same session, so
    // the group is not orphaned and stop signals take effect.
    void jobControlStopsAndContinuesBoth()
    {
        QProcess process;
        process.setChildProcessModifier([] { ::setpgid(0, 0); });
        process.start(cliPath(), {QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                                  QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("trap 'exit 115' TERM; echo started $$; "
                                                 "while :; do sleep 0.05; done")});
        QVERIFY(process.waitForStarted());
        const qint64 cli = process.processId();
        const qint64 child = waitForChild(process);
        QVERIFY(child > 0);

        QVERIFY(::kill(pid_t(cli), SIGTSTP) == 0);
        QVERIFY2(eventually([&] { return processState(child) == 'T'; }), "the child kept running");
        QVERIFY2(eventually([&] { return processState(cli) == 'T'; }), "latchkey-cli did not stop");

        QVERIFY(::kill(pid_t(cli), SIGCONT) == 0);
        QVERIFY2(eventually([&] { return processState(child) != 'T'; }),
                 "the child was not continued");
        QVERIFY(processState(cli) != 'T');

        QVERIFY(::kill(pid_t(cli), SIGTERM) == 0);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 115);
    }

    // SIGKILL cannot be passed on; the kernel kills the child instead
    // (PR_SET_PDEATHSIG), even one that ignores TERM, HUP and INT.
    void childDiesWithKilledCli()
    {
        QProcess process;
        process.start(cliPath(), {QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                                  QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("trap '' TERM HUP INT; echo started $$; "
                                                 "while :; do sleep 0.05; done")});
        QVERIFY(process.waitForStarted());
        const qint64 child = waitForChild(process);
        QVERIFY(child > 0);
        QVERIFY(::kill(pid_t(process.processId()), SIGKILL) == 0);
        QVERIFY(process.waitForFinished(20000));
        const bool died = eventually([&] { return gone(child); });
        if (!died)
            ::kill(pid_t(child), SIGKILL); // leave nothing behind either way
        QVERIFY2(died, "the child outlived a killed latchkey-cli");
    }

    // A manifest may not choose which program or libraries run with the
    // secrets unless the user says so.
    void loaderOverrideRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("PATH") << "PATH";
        QTest::newRow("LD_PRELOAD") << "LD_PRELOAD";
        QTest::newRow("LD_LIBRARY_PATH") << "LD_LIBRARY_PATH";
        QTest::newRow("LD_AUDIT") << "LD_AUDIT";
        QTest::newRow("PYTHONPATH") << "PYTHONPATH";
        QTest::newRow("NODE_OPTIONS") << "NODE_OPTIONS";
        QTest::newRow("BASH_ENV") << "BASH_ENV";
    }
    void loaderOverrideRefused()
    {
        QFETCH(QString, name);
        // A folder with a fake `true` that leaves a marker (with a shell
        // builtin: PATH holds nothing else): with PATH pointing there,
        // `run -- true` would start it.
        const QString bin = m_dir.filePath(QStringLiteral("bin-") + name);
        QVERIFY(QDir().mkpath(bin));
        const QString marker = m_dir.filePath(QStringLiteral("ran-") + name);
        writeFile(bin + QStringLiteral("/true"), "#!/bin/sh\n: > '" + marker.toUtf8() + "'\n");
        QFile::setPermissions(bin + QStringLiteral("/true"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString manifest = m_dir.filePath(name + QStringLiteral(".yml"));
        writeFile(manifest, "secrets:\n  - key: RUN_TOKEN\nenv:\n  MODEL_NAME: gpt2\n  " +
                                name.toUtf8() + ": " + bin.toUtf8() + "\n");

        const QStringList runTrue{QStringLiteral("run"), QStringLiteral("--manifest"), manifest,
                                  QStringLiteral("--"), QStringLiteral("true")};
        const CliResult refused = runCli(runTrue);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(name.toUtf8() + " in its env"), refused.err.constData());
        QVERIFY(refused.err.contains("--allow-env-override"));
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY(!refused.err.contains("MODEL_NAME")); // only the variables that matter
        QVERIFY(!QFile::exists(marker));

        // Refused before the keychain is asked: the same answer without one.
        QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=/nonexistent/latchkey-bus"));
        QCOMPARE(runCli(runTrue, {}, noKeychain).exitCode, 2);

        QStringList dryRun = runTrue;
        dryRun.insert(1, QStringLiteral("--dry-run"));
        const CliResult dry = runCli(dryRun);
        QCOMPARE(dry.exitCode, 2);
        QVERIFY2(dry.out.contains(name.toUtf8() + "=" + bin.toUtf8()), dry.out.constData());
        QVERIFY(dry.out.contains("refused without --allow-env-override"));
        QVERIFY(dry.err.contains(name.toUtf8()));
        QVERIFY(!dry.out.contains(kCanary) && !dry.err.contains(kCanary));

        QStringList allowed = runTrue;
        allowed.insert(1, QStringLiteral("--allow-env-override"));
        const CliResult ran = runCli(allowed);
        QCOMPARE(ran.exitCode, 0);
        if (name == QLatin1String("PATH"))
            QVERIFY2(QFile::exists(marker), "the override was not applied");
        allowed.insert(1, QStringLiteral("--dry-run"));
        const CliResult allowedDry = runCli(allowed);
        QCOMPARE(allowedDry.exitCode, 0);
        QVERIFY(allowedDry.out.contains("allowed by --allow-env-override"));
    }

    // While the child runs, latchkey-cli holds no copy of the value: not as
    // UTF-16, not as UTF-8, not in the environment block (NAME=value) it built
    // for the child. Never skipped: as an ordinary user the memory is read
    // through a user namespace (runInOwnNamespace); where neither works the
    // test fails and says why.
    void noCopiesWhileChildRuns()
    {
        QProcess process;
        const QString started = runInOwnNamespace(
            process, {QStringLiteral("run"), QStringLiteral("--manifest"), m_manifest,
                      QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo started $$; while :; do sleep 0.05; done")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const qint64 child = waitForChild(process);
        QVERIFY2(child > 0, process.readAllStandardError().constData());
        const qint64 cli = process.processId();
        // Positive control: the child's own environment holds the value, and
        // the same scan finds it there.
        const qsizetype inChild = copiesInMemory(child, "RUN_TOKEN=" + kCanary);
        const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(kCanary).utf16()),
                               kCanary.size() * 2);
        const qsizetype wide = copiesInMemory(cli, utf16);
        const qsizetype entries = copiesInMemory(cli, "RUN_TOKEN=" + kCanary);
        const qsizetype bare = copiesInMemory(cli, kCanary);
        ::kill(pid_t(cli), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QVERIFY2(wide >= 0 && entries >= 0 && bare >= 0,
                 "cannot read latchkey-cli's memory (neither root nor a user namespace of "
                 "this user: is unprivileged unshare --user allowed?)");
        QVERIFY2(inChild > 0,
                 "the scan does not find the value in the child: it cannot be trusted");
        qInfo("copies of the value in latchkey-cli while the child runs: %lld as UTF-8, "
              "%lld as UTF-16, %lld environment entries (the child: %lld)",
              static_cast<long long>(bare), static_cast<long long>(wide),
              static_cast<long long>(entries), static_cast<long long>(inChild));
        QCOMPARE(wide, 0);
        QCOMPARE(entries, 0);
        // Nor any other copy: the keychain layer wipes what it handed on.
        QCOMPARE(bare, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_manifest;
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
