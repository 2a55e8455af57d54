// Fault injection for the lifecycle (issue 12): the real latchkey-cli killed
// with SIGKILL at random points of restore (from the trash and of an earlier
// version), delete --purge, trash --empty and trash expiry, against the real
// private gnome-keyring. After every kill the vault must agree with
// secret-tool for the current values (list --json) and for the trash
// (trash --json), every value must be one that was written, and a command
// that got to exit 0 must have done what it said.
#include "FaultSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace faults;

namespace {

const QString kVault = QStringLiteral("default");
constexpr int kRounds = 100;
constexpr int kMaxDelayMs = 120;

// The keys whose trash items secret-tool finds in the keychain.
QSet<QString> trashItems()
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("latchkey:kind"),
                QStringLiteral("trash")});
    tool.waitForFinished(30000);
    QSet<QString> keys;
    for (const QByteArray& line : tool.readAllStandardOutput().split('\n'))
        if (line.startsWith("attribute.latchkey:trash-of = "))
            keys.insert(QString::fromUtf8(line.mid(30)));
    return keys;
}

// Whether secret-tool finds any item at all for `key` (current, trash, history).
bool anyItemOf(const QString& key)
{
    for (const QString& attribute : {QStringLiteral("user"), QStringLiteral("latchkey:trash-of"),
                                     QStringLiteral("latchkey:history-of")}) {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), attribute, key});
        tool.waitForFinished(30000);
        if (!tool.readAllStandardOutput().trimmed().isEmpty())
            return true;
    }
    return false;
}

QString trashAgreement(const Runner& run)
{
    const CliResult trash = run({QStringLiteral("trash"), QStringLiteral("--json")}, {});
    if (trash.exitCode != 0)
        return QStringLiteral("trash --json exited %1: %2")
            .arg(trash.exitCode)
            .arg(QString::fromUtf8(trash.err));
    if (const QString leaked = leak(trash); !leaked.isEmpty())
        return leaked;
    QSet<QString> listed;
    const QJsonArray entries =
        QJsonDocument::fromJson(trash.out).object().value(QStringLiteral("trash")).toArray();
    for (const QJsonValue& entry : entries)
        listed.insert(entry.toObject().value(QStringLiteral("key")).toString());
    const QSet<QString> stored = trashItems();
    if (listed != stored)
        return QStringLiteral("trash --json shows %1 but secret-tool finds trash items of %2")
            .arg(describe(listed), describe(stored));
    return {};
}

} // namespace

class TestFaultsLifecycle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
    }

    void sigkillDuringRestorePurgeAndExpiry()
    {
        const Runner run = plainRunner();
        const QStringList keys{QStringLiteral("LIFE_ONE"), QStringLiteral("LIFE_TWO")};
        auto* random = QRandomGenerator::global();
        QHash<QString, QSet<QByteArray>> written;
        QElapsedTimer clock;
        clock.start();
        for (const QString& key : keys)
            for (int i = 0; i < 2; ++i) {
                const QByteArray value =
                    newValue("S" + QByteArray::number(i) + key.right(2).toLatin1());
                written[key].insert(value);
                QCOMPARE(run({"set", key}, value).exitCode, 0);
            }
        QCOMPARE(run({"delete", keys.last()}, {}).exitCode, 0);
        const int maxDelay = std::max(kMaxDelayMs, static_cast<int>(clock.elapsed() * 12 / 10 / 5));
        int killed = 0, finished = 0, leftJournal = 0;
        QHash<QString, int> verbs;
        for (int round = 0; round < kRounds; ++round) {
            const QString key = keys.at(static_cast<int>(random->bounded(2)));
            // Mostly the lifecycle verbs; set and delete keep values and
            // trash entries coming.
            static const QStringList kinds{"set",   "delete", "restore", "version", "purge",
                                           "empty", "expire", "restore", "version", "delete"};
            const QString kind = kinds.at(static_cast<int>(random->bounded(kinds.size())));
            QStringList arguments;
            QByteArray value;
            if (kind == QLatin1String("set")) {
                value = newValue(QByteArray::number(round).rightJustified(4, '0'));
                written[key].insert(value);
                arguments = {"set", key};
            } else if (kind == QLatin1String("delete")) {
                arguments = {"delete", key};
            } else if (kind == QLatin1String("restore")) {
                arguments = {"restore", key};
            } else if (kind == QLatin1String("version")) {
                arguments = {"restore", key, "--version", QString::number(1 + random->bounded(6))};
            } else if (kind == QLatin1String("purge")) {
                arguments = {"delete", key, "--purge"};
            } else if (kind == QLatin1String("empty")) {
                arguments = {"trash", "--empty"};
            } else {
                // Trash expiry: with trash-days 0 the next listing expunges
                // everything in the trash.
                QCOMPARE(run({"config", "trash-days", "0"}, {}).exitCode, 0);
                arguments = {"list"};
            }
            ++verbs[kind];
            const int delay = static_cast<int>(random->bounded(maxDelay + 1));
            QProcess cli;
            cli.start(cliPath(), arguments);
            QVERIFY(cli.waitForStarted());
            cli.write(value);
            cli.closeWriteChannel();
            if (!cli.waitForFinished(delay)) {
                cli.kill(); // SIGKILL
                QVERIFY(cli.waitForFinished(30000));
            }
            if (kind == QLatin1String("expire"))
                QCOMPARE(run({"config", "trash-days", "30"}, {}).exitCode, 0);
            const bool wasKilled = cli.exitStatus() == QProcess::CrashExit;
            leftJournal += QFile::exists(QString(indexPathOf(kVault)).replace(".json", ".journal"));
            killed += wasKilled;
            finished += !wasKilled;
            const QString what =
                QStringLiteral("round %1: %2 %3 after %4 ms")
                    .arg(round)
                    .arg(arguments.join(u' '),
                         wasKilled ? QStringLiteral("killed") : QStringLiteral("finished"))
                    .arg(delay);
            const CliResult result{wasKilled ? -1 : cli.exitCode(), cli.readAllStandardOutput(),
                                   cli.readAllStandardError()};
            const QString leaked = leak(result);
            QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
            if (!wasKilled) {
                // Exit 1: nothing to restore, delete or bring back; never worse.
                QVERIFY2(result.exitCode == 0 || result.exitCode == 1,
                         qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(result.err)));
                const QHash<QString, QByteArray> now = keychainItems(kVault);
                if (result.exitCode == 0 && kind == QLatin1String("purge"))
                    QVERIFY2(!anyItemOf(key), qPrintable(what));
                if (result.exitCode == 0 && kind == QLatin1String("restore"))
                    QVERIFY2(now.contains(key), qPrintable(what));
                if (result.exitCode == 0 && kind == QLatin1String("empty"))
                    QVERIFY2(trashItems().isEmpty(), qPrintable(what));
                if (result.exitCode == 0 && kind == QLatin1String("expire"))
                    QVERIFY2(trashItems().isEmpty(), qPrintable(what));
                if (result.exitCode == 0 && kind == QLatin1String("delete"))
                    QVERIFY2(!now.contains(key), qPrintable(what));
            }
            QHash<QString, QByteArray> items;
            const QString problem = agreement(run, kVault, indexPathOf(kVault), &items);
            QVERIFY2(problem.isEmpty(), qPrintable(what + QStringLiteral(": ") + problem));
            const QString trash = trashAgreement(run);
            QVERIFY2(trash.isEmpty(), qPrintable(what + QStringLiteral(": ") + trash));
            for (auto it = items.constBegin(); it != items.constEnd(); ++it)
                QVERIFY2(written.value(it.key()).contains(it.value()),
                         qPrintable(what +
                                    QStringLiteral(": %1 holds a value never set").arg(it.key())));
        }
        qInfo("%d rounds in %lld ms, kills after 0-%d ms: %d killed (%d left a journal), %d "
              "finished",
              kRounds, static_cast<long long>(clock.elapsed()), maxDelay, killed, leftJournal,
              finished);
        // Kills inside a transaction must have happened, or this proved nothing.
        QVERIFY2(leftJournal > 0, "no kill landed between the journal and its clearing");
    }
};

QTEST_GUILESS_MAIN(TestFaultsLifecycle)
#include "tst_faults_lifecycle.moc"
