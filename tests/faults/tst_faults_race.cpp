// Fault injection (issue 8): two `set`s with different values and one
// `delete` of the same key, as concurrent latchkey-cli processes against the
// real private gnome-keyring, round after round. The vault lock serializes
// them, so after each round the outcome is that of the last one: `list --json`
// agrees with secret-tool, the index's hint and `updated` describe the value
// in the keychain (the writer that stored it, not another), and every exit 0
// was true.
#include "FaultSupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <memory>

using namespace faults;

namespace {

const QString kVault = QStringLiteral("default");
const QString kKey = QStringLiteral("RACE_KEY");
constexpr int kRounds = 50;

struct Racer {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray value; // empty for the deleter
    QDateTime started, ended;
    int exitCode = -1;
    QByteArray err;
};

} // namespace

class TestFaultsRace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
    }

    void twoSettersAndADeleter()
    {
        const Runner run = plainRunner();
        int stored = 0, deleted = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < kRounds; ++round) {
            const QByteArray number = QByteArray::number(round).rightJustified(3, '0');
            std::vector<Racer> racers(3);
            racers[0].value = newValue("A" + number);
            racers[1].value = newValue("B" + number);
            // All three start before any is waited for, in a random order and
            // a few milliseconds apart, so each gets to be first and last.
            std::vector<Racer*> order{&racers[0], &racers[1], &racers[2]};
            std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
            for (Racer* next : order) {
                Racer& racer = *next;
                QThread::msleep(QRandomGenerator::global()->bounded(25));
                racer.started = QDateTime::currentDateTimeUtc();
                racer.process->start(cliPath(), racer.value.isEmpty() ? QStringList{"delete", kKey}
                                                                      : QStringList{"set", kKey});
                if (!racer.value.isEmpty()) {
                    racer.process->write(racer.value);
                    racer.process->closeWriteChannel();
                }
            }
            for (Racer& racer : racers) {
                QVERIFY(racer.process->waitForFinished(60000));
                racer.ended = QDateTime::currentDateTimeUtc();
                QCOMPARE(racer.process->exitStatus(), QProcess::NormalExit);
                racer.exitCode = racer.process->exitCode();
                racer.err = racer.process->readAllStandardError();
                const CliResult result{racer.exitCode, racer.process->readAllStandardOutput(),
                                       racer.err};
                const QString leaked = leak(result);
                QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
            }
            // Writers wait for each other; none may fail. The deleter may
            // find nothing to delete (exit 1) when it goes first.
            QVERIFY2(racers[0].exitCode == 0, racers[0].err.constData());
            QVERIFY2(racers[1].exitCode == 0, racers[1].err.constData());
            const Racer& deleter = racers[2];
            QVERIFY2(deleter.exitCode == 0 || deleter.exitCode == 1, deleter.err.constData());

            QHash<QString, QByteArray> items;
            const QString problem = agreement(run, kVault, indexPathOf(kVault), &items);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
            if (!items.contains(kKey)) {
                // Gone: only a delete that went last and said so explains it.
                QVERIFY2(deleter.exitCode == 0,
                         qPrintable(QStringLiteral("round %1: the value vanished").arg(round)));
                ++deleted;
                continue;
            }
            ++stored;
            const QByteArray value = items.value(kKey);
            const auto winner = std::find_if(racers.begin(), racers.end(),
                                             [&](const Racer& r) { return r.value == value; });
            QVERIFY2(
                winner != racers.end(),
                qPrintable(QStringLiteral("round %1: the keychain holds neither writer's value")
                               .arg(round)));
            const QString shown = getShowsMask(run, kVault, kKey, value);
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
            // `updated` is the time of the write that stored this value: within its process's
            // life (the index keeps milliseconds).
            const QDateTime updated =
                QDateTime::fromString(indexEntries(fileBytes(indexPathOf(kVault)))
                                          .value(kKey)
                                          .value(QStringLiteral("updated"))
                                          .toString(),
                                      Qt::ISODateWithMs);
            QVERIFY2(updated.isValid() && updated >= winner->started.addMSecs(-1) &&
                         updated <= winner->ended.addMSecs(1),
                     qPrintable(QStringLiteral("round %1: updated %2 is outside %3..%4")
                                    .arg(round)
                                    .arg(updated.toString(Qt::ISODateWithMs),
                                         winner->started.toString(Qt::ISODateWithMs),
                                         winner->ended.toString(Qt::ISODateWithMs))));
        }
        qInfo("%d rounds in %lld ms: a value stayed %d times, the delete went last %d times",
              kRounds, static_cast<long long>(clock.elapsed()), stored, deleted);
    }
};

QTEST_GUILESS_MAIN(TestFaultsRace)
#include "tst_faults_race.moc"
