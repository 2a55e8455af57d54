// Fault injection (issue 8): the keyring daemon itself. The real latchkey-cli
// against the real private gnome-keyring (tests/with-keyring.sh) when the
// daemon restarts between commands and while a `set` is in flight; against
// a fresh keyring that has no login collection yet; and on a KDE desktop,
// where the value must still go to the Secret Service.
#include "FaultSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace faults;

namespace {

const QString kVault = QStringLiteral("default");

// Restarts the daemon. A client that calls while it is down may have the
// bus start one by itself (D-Bus activation), which comes up with the
// keyring locked; that is a state the CLI must handle too, and the test
// then unlocks it the way a user would.
bool restartAndUnlock()
{
    if (testsupport::restartKeyring())
        return true;
    for (int i = 0; i < 100; ++i) {
        if (testsupport::keyringctl(QStringLiteral("pid")) &&
            (!testsupport::keyringLocked() || testsupport::unlockKeyring()))
            return !testsupport::keyringLocked();
        QThread::msleep(50);
    }
    return false;
}

} // namespace

class TestFaultsKeyring : public QObject {
    Q_OBJECT
private slots:
    // A failed test must not leave the next one a locked keyring.
    void cleanup() { QVERIFY(testsupport::keyringLocked() ? testsupport::unlockKeyring() : true); }

    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
    }

    void restartBetweenCommands()
    {
        const Runner run = plainRunner();
        const QByteArray before = newValue("R001"), after = newValue("R002");
        QCOMPARE(run({"set", "RESTART_BEFORE"}, before).exitCode, 0);
        QVERIFY(testsupport::restartKeyring());
        QCOMPARE(run({"set", "RESTART_AFTER"}, after).exitCode, 0);
        QVERIFY(getShowsMask(run, kVault, QStringLiteral("RESTART_BEFORE"), before).isEmpty());
        const CliResult reveal = run({"get", "--reveal", "RESTART_BEFORE"}, {});
        QCOMPARE(reveal.exitCode, 0);
        QVERIFY(reveal.out == before);
        QVERIFY(testsupport::restartKeyring());
        QCOMPARE(run({"delete", "RESTART_AFTER"}, {}).exitCode, 0);
        QVERIFY(!keychainItems(kVault).contains(QStringLiteral("RESTART_AFTER")));
        const QString problem = agreement(run, kVault, indexPathOf(kVault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A daemon started again without the password (as D-Bus activation
    // starts one) has never opened the keyring: it shows the items only by
    // digests of their attributes. Every verb that needs them must say the
    // keychain is locked (exit 3), never that the secret, its trash copy or
    // its earlier value is missing, and everything must be there once the
    // keyring is unlocked.
    void restartedLockedKeyringIsLockedNotEmpty()
    {
        const Runner run = plainRunner();
        const QByteArray current = newValue("H001"), first = newValue("H002"),
                         second = newValue("H003"), trashed = newValue("H004");
        QCOMPARE(run({"set", "HASHED_CURRENT"}, current).exitCode, 0);
        QCOMPARE(run({"set", "HASHED_VERSIONED"}, first).exitCode, 0);
        QCOMPARE(run({"set", "HASHED_VERSIONED"}, second).exitCode, 0);
        QCOMPARE(run({"set", "HASHED_TRASHED"}, trashed).exitCode, 0);
        QCOMPARE(run({"delete", "HASHED_TRASHED"}, {}).exitCode, 0);
        QVERIFY(testsupport::restartKeyring(false));

        const QList<QStringList> verbs{
            {"delete", "HASHED_CURRENT"},
            {"delete", "--purge", "HASHED_CURRENT"},
            {"restore", "HASHED_TRASHED"},
            {"restore", "HASHED_VERSIONED", "--version", "1"},
            {"history", "HASHED_VERSIONED"},
            {"get", "HASHED_CURRENT"},
            {"list"},
            {"trash"},
            {"set", "--keep-value", "-d", "changed", "HASHED_CURRENT"},
        };
        for (const QStringList& verb : verbs) {
            const CliResult result = run(verb, {});
            const QByteArray what = verb.join(u' ').toUtf8() + ": " + result.err;
            if (verb.contains(QStringLiteral("--keep-value"))) {
                // Only the index changes: allowed behind a lock.
                QVERIFY2(result.exitCode == 0, what.constData());
                continue;
            }
            QVERIFY2(result.exitCode == 3, what.constData());
            QVERIFY2(result.err.contains("lock"), what.constData());
        }

        QVERIFY(testsupport::unlockKeyring());
        const CliResult reveal = run({"get", "--reveal", "HASHED_CURRENT"}, {});
        QCOMPARE(reveal.exitCode, 0);
        QVERIFY(reveal.out == current);
        QCOMPARE(run({"restore", "HASHED_VERSIONED", "--version", "1"}, {}).exitCode, 0);
        QVERIFY(run({"get", "--reveal", "HASHED_VERSIONED"}, {}).out == first);
        QCOMPARE(run({"restore", "HASHED_TRASHED"}, {}).exitCode, 0);
        QVERIFY(run({"get", "--reveal", "HASHED_TRASHED"}, {}).out == trashed);
        const QString problem = agreement(run, kVault, indexPathOf(kVault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // An interrupted set meets a daemon that started again locked: it shows
    // no item's key, so nothing proves the key absent. The journal waits
    // and the key stays listed; once unlocked, the next command settles it.
    void interruptedChangeWaitsOutALockedRestart()
    {
        const Runner run = plainRunner();
        const QByteArray value = newValue("J001");
        QCOMPARE(run({"set", "-d", "kept", "JOURNAL_KEY"}, value).exitCode, 0);
        // What a set of another value leaves when it is killed after its
        // journal entry (tst_faults_kill makes such journals for real).
        const QString journal = indexPathOf(kVault).chopped(5) + QStringLiteral(".journal");
        QFile file(journal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema":3,"vault":"default","pending":[{"op":"set","key":"JOURNAL_KEY",)"
                   R"("revision":"feedface00","time":"2026-01-01T00:00:00.000Z","hint":"x"}]})");
        file.close();
        QVERIFY(testsupport::restartKeyring(false));

        const CliResult locked = run({"list", "--json"}, {});
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.out.contains("JOURNAL_KEY"), locked.out.constData());
        QVERIFY(QFile::exists(journal));

        QVERIFY(testsupport::unlockKeyring());
        const CliResult list = run({"list"}, {});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(list.out.contains("JOURNAL_KEY") && list.out.contains("kept"));
        QVERIFY(!QFile::exists(journal));
        QVERIFY(run({"get", "--reveal", "JOURNAL_KEY"}, {}).out == value);
        const QString problem = agreement(run, kVault, indexPathOf(kVault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The daemon is stopped and started again while `set` runs. Whatever
    // the moment, the command either did it (exit 0, value readable) or says
    // what is left, and the next listing agrees with the keychain.
    void restartDuringSet()
    {
        const Runner run = plainRunner();
        const QString key = QStringLiteral("RESTART_DURING");
        QCOMPARE(run({"set", key}, newValue("D000")).exitCode, 0);
        for (int round = 1; round <= 8; ++round) {
            const QByteArray old = keychainItems(kVault).value(key);
            const QByteArray value =
                newValue("D" + QByteArray::number(round).rightJustified(3, '0'));
            QElapsedTimer clock;
            clock.start();
            QProcess cli;
            cli.start(cliPath(), {"set", key});
            cli.write(value);
            cli.closeWriteChannel();
            QThread::msleep(QRandomGenerator::global()->bounded(100));
            QVERIFY(restartAndUnlock());
            if (cli.state() != QProcess::NotRunning)
                QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
            const CliResult result{cli.exitCode(), cli.readAllStandardOutput(),
                                   cli.readAllStandardError()};
            QVERIFY2(leak(result).isEmpty(), qPrintable(leak(result)));

            qInfo("round %d: exit %d after %lld ms %s", round, result.exitCode,
                  static_cast<long long>(clock.elapsed()), result.err.trimmed().constData());
            QHash<QString, QByteArray> items;
            const QString problem = agreement(run, kVault, indexPathOf(kVault), &items);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("round %1 (exit %2, %3): %4")
                                    .arg(round)
                                    .arg(result.exitCode)
                                    .arg(QString::fromUtf8(result.err.trimmed()), problem)));
            if (result.exitCode == 0) {
                QCOMPARE(items.value(key), value);
            } else {
                // A failure either changed nothing or said that the outcome
                // is not known yet (and the listing above settled it).
                QVERIFY2(result.exitCode == 3, result.err.constData());
                QVERIFY2(oneSentence(result.err), result.err.constData());
                // The daemon went away and came back within a second or two,
                // far inside the 10 s deadline: that is not "did not answer in
                // time" (the call is retried on a fresh connection).
                QVERIFY2(!result.err.contains("did not answer"), result.err.constData());
                QVERIFY2(items.value(key) == old || result.err.contains("not known yet"),
                         qPrintable(QStringLiteral("round %1: exit %2 (%3) but the keychain "
                                                   "holds the new value")
                                        .arg(round)
                                        .arg(result.exitCode)
                                        .arg(QString::fromUtf8(result.err.trimmed()))));
            }
        }
    }

    // A keyring daemon with no login collection (never unlocked, nothing
    // on disk) and no display for a prompt: "unavailable", exit 3, never 4.
    void freshKeyringWithoutACollection()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        for (const char* sub : {"data", "config", "cache", "runtime"})
            QVERIFY(QDir(home.path()).mkpath(QString::fromLatin1(sub)));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("OUT"), home.path());
        env.insert(QStringLiteral("VALUE"), QString::fromUtf8(newValue("F001")));
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                                 "GNOME_KEYRING_CONTROL", "SECRET_BACKEND"})
            env.remove(QString::fromLatin1(name));
        // Everything in one new session bus: the daemon, then each command
        // with its output kept apart.
        const QString script = QStringLiteral(
            "gnome-keyring-daemon --components=secrets --daemonize >/dev/null 2>&1 </dev/null\n"
            "printf %s \"$VALUE\" | \"$LATCHKEY_CLI\" set FRESH_KEY >\"$OUT/set.out\" "
            "2>\"$OUT/set.err\"; echo $? >\"$OUT/set.rc\"\n"
            "\"$LATCHKEY_CLI\" status >\"$OUT/status.out\" 2>\"$OUT/status.err\"; "
            "echo $? >\"$OUT/status.rc\"\n"
            "\"$LATCHKEY_CLI\" status --json >\"$OUT/json.out\" 2>\"$OUT/json.err\"; "
            "echo $? >\"$OUT/json.rc\"\n"
            "\"$LATCHKEY_CLI\" list >\"$OUT/list.out\" 2>\"$OUT/list.err\"; "
            "echo $? >\"$OUT/list.rc\"\n");
        QProcess session;
        session.setProcessEnvironment(env);
        session.start(QStringLiteral("dbus-run-session"),
                      {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(session.waitForFinished(120000));
        auto file = [&](const char* name) {
            return fileBytes(home.filePath(QString::fromLatin1(name))).trimmed();
        };
        auto shown = [&](const char* what) {
            return QByteArray(what) + ": " + file((QByteArray(what) + ".out").constData()) + " / " +
                   file((QByteArray(what) + ".err").constData());
        };
        QVERIFY2(file("set.rc") == "3", shown("set").constData());
        QVERIFY2(oneSentence(file("set.err")), shown("set").constData());
        QVERIFY2(!file("set.out").contains("Saved"), shown("set").constData());
        QVERIFY2(file("status.rc") == "3", shown("status").constData());
        QVERIFY2(file("status.out").contains("unavailable"), shown("status").constData());
        QVERIFY2(file("status.err").contains("no default keyring"), shown("status").constData());
        QVERIFY2(file("json.out").contains("\"state\": \"unavailable\""),
                 shown("json").constData());
        QVERIFY2(file("list.rc") == "3", shown("list").constData());
        for (const char* name : {"set.out", "set.err", "status.out", "status.err", "json.out",
                                 "json.err", "list.out", "list.err"})
            QVERIFY2(!file(name).contains(env.value(QStringLiteral("VALUE")).left(12).toUtf8()),
                     name);
        // Nothing was written anywhere: no index entry for the key.
        QVERIFY(!fileBytes(home.filePath(QStringLiteral("data/latchkey/vaults/default.json")))
                     .contains("FRESH_KEY"));
    }

    // QtKeychain would use KWallet on KDE; the Secret Service store does not.
    void kdeDesktopStillUsesTheSecretService()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
        env.insert(QStringLiteral("KDE_FULL_SESSION"), QStringLiteral("true"));
        env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("5"));
        const Runner kde = plainRunner(env);
        const QByteArray value = newValue("K001");
        const CliResult set = kde({"set", "KDE_KEY"}, value);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(leak(set).isEmpty());
        QCOMPARE(testsupport::secretToolLookup(kVault, QStringLiteral("KDE_KEY")), value);
        const CliResult status = kde({"status"}, {});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("gnome-keyring"), status.out.constData());
        QVERIFY2(status.out.contains("Secret Service"), status.out.constData());
        // And a non-KDE session sees the same value.
        QVERIFY(getShowsMask(plainRunner(), kVault, QStringLiteral("KDE_KEY"), value).isEmpty());
        const QString problem = agreement(kde, kVault, indexPathOf(kVault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFaultsKeyring)
#include "tst_faults_keyring.moc"
