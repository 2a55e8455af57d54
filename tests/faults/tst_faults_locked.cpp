// Fault injection (issue 8): every verb of the real latchkey-cli against a
// locked collection of the real, private gnome-keyring (tests/with-keyring.sh).
// Locked is a state: each verb exits 3 with one sentence naming the lock,
// never claims "Saved" or "Deleted", and changes nothing in the keychain or
// the index; a value the index does not list is "locked", never "not found".
#include "FaultSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace faults;

namespace {

const QString kVault = QStringLiteral("default");

} // namespace

class TestFaultsLocked : public QObject {
    Q_OBJECT
private slots:
    // A failed test must not leave the next one a locked keyring.
    void cleanup() { QVERIFY(testsupport::keyringLocked() ? testsupport::unlockKeyring() : true); }

    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY2(!testsupport::keyringLocked(), "the private keyring must start unlocked");
    }

    void everyVerbOnALockedKeychain()
    {
        const Runner run = plainRunner();
        const QByteArray first = newValue("L001"), second = newValue("L002");
        const QByteArray stray = newValue("L003"), replacement = newValue("L004");
        QCOMPARE(run({"set", "LOCKED_FIRST", "-d", "first"}, first).exitCode, 0);
        QCOMPARE(run({"set", "LOCKED_SECOND"}, second).exitCode, 0);
        // In the keychain but not in the index: another tool stored it.
        QVERIFY(secretToolStore(kVault, QStringLiteral("LOCKED_STRAY"), stray));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString manifest = dir.filePath(QStringLiteral("inf.yml"));
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: locked-app\nsecrets:\n"
                   "  - key: LOCKED_FIRST\n    description: first\n"
                   "  - key: LOCKED_STRAY\n    description: stored by another tool\n"
                   "  - key: LOCKED_SECOND\n    description: second\n    optional: true\n"
                   "  - key: LOCKED_ABSENT\n    description: never stored\n"
                   "    optional: true\n");
        file.close();
        const QString marker = dir.filePath(QStringLiteral("child-ran"));

        const QByteArray indexBefore = fileBytes(indexPathOf(kVault));
        QVERIFY(!indexBefore.isEmpty());
        const QHash<QString, QByteArray> itemsBefore = keychainItems(kVault);
        QCOMPARE(itemsBefore.size(), 3);

        QVERIFY(testsupport::lockKeyring());
        QVERIFY(testsupport::keyringLocked());

        struct Verb {
            QStringList arguments;
            QByteArray input;
        };
        const QList<Verb> verbs{
            {{"set", "LOCKED_NEW"}, replacement},
            {{"set", "LOCKED_FIRST"}, replacement},
            {{"set", "LOCKED_STRAY", "-"}, replacement},
            {{"get", "LOCKED_FIRST"}, {}},
            {{"get", "LOCKED_FIRST", "--reveal"}, {}},
            {{"get", "LOCKED_STRAY"}, {}},
            {{"get", "LOCKED_STRAY", "--reveal"}, {}},
            {{"get", "LOCKED_NEVER_STORED"}, {}},
            {{"delete", "LOCKED_FIRST"}, {}},
            {{"delete", "LOCKED_STRAY"}, {}},
            {{"delete", "LOCKED_NEVER_STORED"}, {}},
            {{"list"}, {}},
            {{"list", "--json"}, {}},
            {{"status"}, {}},
            {{"status", "--json"}, {}},
            {{"check", manifest}, {}},
            {{"check", manifest, "--json"}, {}},
            {{"run", "--dry-run", "--manifest", manifest, "--", "true"}, {}},
            {{"run", "--manifest", manifest, "--", "touch", marker}, {}},
        };
        // Every verb is tried; the problems are reported together.
        QStringList problems;
        for (const Verb& verb : verbs) {
            const QString name = verb.arguments.join(QLatin1Char(' '));
            const CliResult result = run(verb.arguments, verb.input);
            auto problem = [&](const QString& what) {
                problems << QStringLiteral("%1 (exit %2): %3; stdout \"%4\" stderr \"%5\"")
                                .arg(name)
                                .arg(result.exitCode)
                                .arg(what, QString::fromUtf8(result.out.left(300)),
                                     QString::fromUtf8(result.err.trimmed()));
            };
            if (const QString leaked = leak(result); !leaked.isEmpty())
                problem(leaked);
            if (result.exitCode != 3)
                problem(QStringLiteral("exit status is not 3"));
            if (result.out.contains("Saved") || result.out.contains("Deleted"))
                problem(QStringLiteral("claims a change"));
            if (result.err.contains("There is no") || result.err.contains("not found"))
                problem(QStringLiteral("says \"not found\" behind a lock"));
            // The error names the lock; check's report and the --json
            // outputs may say it on standard output instead.
            if (!namesTheLock(result.err + result.out))
                problem(QStringLiteral("nothing names the lock"));
            const bool reportsOnStdout =
                verb.arguments.first() == QLatin1String("check") || name == "status --json";
            if (result.err.isEmpty() && !reportsOnStdout)
                problem(QStringLiteral("no error on standard error"));
            // One sentence first; run may list the keys below it.
            if (!result.err.isEmpty() && !oneSentence(result.err.trimmed().split('\n').first()))
                problem(QStringLiteral("the error is not one sentence"));
            if (fileBytes(indexPathOf(kVault)) != indexBefore)
                problem(QStringLiteral("the index changed"));
            if (QFile::exists(QString(indexPathOf(kVault)).replace(".json", ".journal")))
                problem(QStringLiteral("a journal was left behind"));
            if (QFile::exists(marker))
                problem(QStringLiteral("run started its child"));
            // Locked, secret-tool still sees the items (not their values).
            const QSet<QString> keysBefore(itemsBefore.keyBegin(), itemsBefore.keyEnd());
            if (testsupport::secretToolKeys(kVault) != keysBefore)
                problem(QStringLiteral("the keychain's items changed"));
        }
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), "see the warnings above");
        // The exit status of `status` is not the only sign: it says it.
        const CliResult status = run({"status", "--json"}, {});
        QVERIFY2(status.out.contains("\"state\": \"locked\""), status.out.constData());
        QVERIFY2(status.out.contains("gnome-keyring"), status.out.constData());

        QVERIFY(testsupport::unlockKeyring());
        QCOMPARE(keychainItems(kVault), itemsBefore);
        const QString problem = agreement(run, kVault, indexPathOf(kVault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The stray was adopted by the listing; nothing was lost or added.
        QCOMPARE(keychainItems(kVault), itemsBefore);
        QVERIFY(getShowsMask(run, kVault, QStringLiteral("LOCKED_FIRST"), first).isEmpty());
        QVERIFY(getShowsMask(run, kVault, QStringLiteral("LOCKED_STRAY"), stray).isEmpty());
    }

    // A lock that comes while the item is in the index but the keychain was
    // last seen unlocked: `delete` must not fall back to "not found" either.
    void deleteOfAnUnlistedValueBehindALock()
    {
        const Runner run = plainRunner();
        const QByteArray value = newValue("L005");
        QVERIFY(secretToolStore(kVault, QStringLiteral("LOCKED_ONLY_IN_KEYCHAIN"), value));
        QVERIFY(testsupport::lockKeyring());
        for (const QStringList& arguments :
             {QStringList{"delete", "LOCKED_ONLY_IN_KEYCHAIN"},
              QStringList{"get", "LOCKED_ONLY_IN_KEYCHAIN"},
              QStringList{"get", "--reveal", "LOCKED_ONLY_IN_KEYCHAIN"}}) {
            const CliResult result = run(arguments, {});
            QVERIFY2(result.exitCode == 3, result.err.constData());
            QVERIFY2(namesTheLock(result.err), result.err.constData());
            QVERIFY2(!result.err.contains("There is no"), result.err.constData());
            QVERIFY2(oneSentence(result.err), result.err.constData());
            QVERIFY(leak(result).isEmpty());
        }
        QVERIFY(testsupport::unlockKeyring());
        QCOMPARE(keychainItems(kVault).value(QStringLiteral("LOCKED_ONLY_IN_KEYCHAIN")), value);
        const QString problem = agreement(run, kVault, indexPathOf(kVault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFaultsLocked)
#include "tst_faults_locked.moc"
