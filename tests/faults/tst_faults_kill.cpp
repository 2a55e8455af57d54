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
        // Kills land anywhere in a command's life: from 0 ms to a little
        // past how long a `set` takes here (at least kMaxDelayMs).
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run({"set", keys.first()}, newValue("T00" + QByteArray::number(i))).exitCode,
                     0);
        const int maxDelay = std::max(kMaxDelayMs, static_cast<int>(clock.elapsed() * 12 / 10 / 3));
        int killed = 0, finished = 0, leftJournal = 0;
        clock.restart();
        for (int round = 0; round < kRounds; ++round) {
            const QString key = keys.at(static_cast<int>(random->bounded(2)));
            // Twice as many sets as deletes, so there is mostly a value to delete.
            const bool remove = random->bounded(3) == 0;
            const QByteArray value = newValue(QByteArray::number(round).rightJustified(4, '0'));
            const int delay = static_cast<int>(random->bounded(maxDelay + 1));

            QProcess cli;
            cli.start(cliPath(), remove ? QStringList{"delete", key} : QStringList{"set", key});
            QVERIFY(cli.waitForStarted());
            if (!remove) {
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
            leftJournal += QFile::exists(QString(indexPathOf(kVault)).replace(".json", ".journal"));
            const CliResult result{wasKilled ? -1 : cli.exitCode(), cli.readAllStandardOutput(),
                                   cli.readAllStandardError()};
            const QString leaked = leak(result);
            QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
            if (!wasKilled) // a delete of a key that is not there says so (exit 1)
                QVERIFY2(result.exitCode == 0 || (remove && result.exitCode == 1),
                         result.err.constData());

            QHash<QString, QByteArray> items;
            const QString problem = agreement(run, kVault, indexPathOf(kVault), &items);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("round %1 (%2 %3, killed after %4 ms: %5): %6")
                                    .arg(round)
                                    .arg(remove ? "delete" : "set", key)
                                    .arg(delay)
                                    .arg(wasKilled ? "yes" : "no", problem)));
            // What exited 0 was true.
            if (!wasKilled && result.exitCode == 0 && remove)
                QVERIFY2(!items.contains(key), qPrintable(QStringLiteral("round %1").arg(round)));
            if (!wasKilled && result.exitCode == 0 && !remove)
                QVERIFY2(items.value(key) == value,
                         qPrintable(QStringLiteral("round %1").arg(round)));
            // A killed set left either the old value or its own, never half of one.
            if (items.contains(key)) {
                const QString shown = getShowsMask(run, kVault, key, items.value(key));
                QVERIFY2(shown.isEmpty(), qPrintable(shown));
            }
        }
        qInfo("%d rounds in %lld ms, kills after 0-%d ms: %d killed (%d left a journal), %d "
              "finished",
              kRounds, static_cast<long long>(clock.elapsed()), maxDelay, killed, leftJournal,
              finished);
        // Kills inside a transaction must have happened, or this proved nothing.
        QVERIFY2(leftJournal > 0, "no kill landed between the journal and its clearing");
    }
};

QTEST_GUILESS_MAIN(TestFaultsKill)
#include "tst_faults_kill.moc"
