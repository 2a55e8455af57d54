// Fault injection (issue 8): the real latchkey-cli killed with SIGKILL at
// random points of `set` and `delete`, many times, against the real private
// gnome-keyring. After every kill the next `list --json` must agree with
// secret-tool, every index hint must be the mask of the value really stored,
// and a command that got to exit 0 before the kill must have done what it said.
#include "FaultSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace faults;

namespace {

const QString kVault = QStringLiteral("default");
constexpr int kRounds = 160;
constexpr int kMaxDelayMs = 80;

} // namespace

class TestFaultsKill : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
    }

    void sigkillAtRandomPoints()
    {
        const Runner run = plainRunner();
        const QStringList keys{QStringLiteral("KILL_ONE"), QStringLiteral("KILL_TWO")};
        auto* random = QRandomGenerator::global();
        QHash<QString, QSet<QByteArray>> written; // every value ever piped to each key
        // Kills land anywhere in a command's life: from 0 ms to a little
        // past how long a `set` takes here (at least kMaxDelayMs).
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i) {
            const QByteArray value = newValue("T00" + QByteArray::number(i));
            written[keys.first()].insert(value);
            QCOMPARE(run({"set", keys.first()}, value).exitCode, 0);
        }
        const int maxDelay = std::max(kMaxDelayMs, static_cast<int>(clock.elapsed() * 12 / 10 / 3));
        int killed = 0, finished = 0, leftJournal = 0, doubled = 0;
        clock.restart();
        for (int round = 0; round < kRounds; ++round) {
            // Usually one command; a third of the time a second one follows
            // before anything is checked, so kills also land in the repair
            // of what the first left (`list` repairs too).
            const int steps = random->bounded(3) == 0 ? 2 : 1;
            doubled += steps - 1;
            QStringList done;
            for (int step = 0; step < steps; ++step) {
                const QString key = keys.at(static_cast<int>(random->bounded(2)));
                // set : delete : list = 3 : 2 : 1, so there is mostly a value to delete.
                const int pick = static_cast<int>(random->bounded(6));
                const QString verb = pick < 3   ? QStringLiteral("set")
                                     : pick < 5 ? QStringLiteral("delete")
                                                : QStringLiteral("list");
                const QByteArray value =
                    newValue(QByteArray::number(round * 2 + step).rightJustified(4, '0'));
                const int delay = static_cast<int>(random->bounded(maxDelay + 1));
                QProcess cli;
                cli.start(cliPath(), verb == QLatin1String("list") ? QStringList{verb}
                                                                   : QStringList{verb, key});
                QVERIFY(cli.waitForStarted());
                if (verb == QLatin1String("set")) {
                    written[key].insert(value);
                    cli.write(value);
                    cli.closeWriteChannel();
                }
                if (!cli.waitForFinished(delay)) {
                    cli.kill(); // SIGKILL
                    QVERIFY(cli.waitForFinished(30000));
                }
                const bool wasKilled = cli.exitStatus() == QProcess::CrashExit;
                killed += wasKilled;
                finished += !wasKilled;
                leftJournal +=
                    QFile::exists(QString(indexPathOf(kVault)).replace(".json", ".journal"));
                done << QStringLiteral("%1 %2 %3 after %4 ms")
                            .arg(verb, key, wasKilled ? "killed" : "finished")
                            .arg(delay);
                const CliResult result{wasKilled ? -1 : cli.exitCode(), cli.readAllStandardOutput(),
                                       cli.readAllStandardError()};
                const QString leaked = leak(result);
                QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
                if (wasKilled)
                    continue;
                // A delete of a key that is not there says so (exit 1).
                QVERIFY2(result.exitCode == 0 ||
                             (verb == QLatin1String("delete") && result.exitCode == 1),
                         result.err.constData());
                // What exited 0 was true, checked before anything else runs.
                const QHash<QString, QByteArray> now = keychainItems(kVault);
                if (result.exitCode == 0 && verb == QLatin1String("delete"))
                    QVERIFY2(!now.contains(key), qPrintable(done.join(", ")));
                if (result.exitCode == 0 && verb == QLatin1String("set"))
                    QVERIFY2(now.value(key) == value, qPrintable(done.join(", ")));
            }

            QHash<QString, QByteArray> items;
            const QString problem = agreement(run, kVault, indexPathOf(kVault), &items);
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(
                    QStringLiteral("round %1 (%2): %3").arg(round).arg(done.join(", "), problem)));
            for (const QString& key : keys) {
                if (!items.contains(key))
                    continue;
                // A killed set left the old value or its own, never another.
                QVERIFY2(written.value(key).contains(items.value(key)),
                         qPrintable(QStringLiteral("round %1: %2 holds a value never set")
                                        .arg(round)
                                        .arg(key)));
                const QString shown = getShowsMask(run, kVault, key, items.value(key));
                QVERIFY2(shown.isEmpty(), qPrintable(shown));
            }
        }
        qInfo("%d rounds (%d of two commands) in %lld ms, kills after 0-%d ms: %d killed (%d "
              "left a journal), %d finished",
              kRounds, doubled, static_cast<long long>(clock.elapsed()), maxDelay, killed,
              leftJournal, finished);
        // Kills inside a transaction must have happened, or this proved nothing.
        QVERIFY2(leftJournal > 0, "no kill landed between the journal and its clearing");
    }
};

QTEST_GUILESS_MAIN(TestFaultsKill)
#include "tst_faults_kill.moc"
