// The vault when the keychain is locked, and when its daemon restarts under
// a running vault: nothing is claimed that did not happen, and nothing is
// lost. Runs with both stores against the real gnome-keyring, which
// tests/support/keyringctl.cpp locks and unlocks without a prompt.
#include "Vault.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

using namespace testsupport;
using namespace latchkey;

namespace {
QSet<QString> listedKeys(const Vault& vault)
{
    QSet<QString> keys;
    for (const SecretInfo& info : vault.list().entries)
        keys.insert(info.key);
    return keys;
}

bool secretToolStore(const QString& vault, const QString& key, const QByteArray& value)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=other tool"),
                QStringLiteral("server"), Vault::serviceFor(vault), QStringLiteral("user"), key});
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(30000) && tool.exitCode() == 0;
}

const QString kCanary = QStringLiteral("sk_live_canary_lock_4f2a");
} // namespace

class TestVaultLocked : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        // Every test starts and ends with the keyring unlocked.
        if (keyringLocked())
            QVERIFY(unlockKeyring());
    }

    void everyVerbOnALockedKeychain()
    {
        const QString name = QStringLiteral("locked");
        Vault vault(name, m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("STRIPE_SECRET_KEY"), kCanary));
        QVERIFY(lockKeyring());
        QVERIFY(keyringLocked());

        QString value;
        const Error read = valueSync(vault, QStringLiteral("STRIPE_SECRET_KEY"), value);
        QCOMPARE(read.kind, isLibsecret() ? ErrorKind::Locked : ErrorKind::Unreadable);
        QVERIFY(value.isEmpty());
        QVERIFY(!read.message.contains(kCanary));

        // A write to a locked collection is refused, and claims nothing.
        const Error write = setSync(vault, QStringLiteral("NEW_KEY"), QStringLiteral("v"));
        QVERIFY2(write.kind == ErrorKind::Locked, qPrintable(write.message));
        QCOMPARE(listedKeys(vault), QSet<QString>{QStringLiteral("STRIPE_SECRET_KEY")});

        // A delete is refused too: "Deleted" would be a lie.
        const Error removed = removeSync(vault, QStringLiteral("STRIPE_SECRET_KEY"));
        QVERIFY2(removed.kind == ErrorKind::Locked || removed.kind == ErrorKind::Unreadable,
                 qPrintable(removed.message));
        QCOMPARE(listedKeys(vault), QSet<QString>{QStringLiteral("STRIPE_SECRET_KEY")});
        QVERIFY(!QFile::exists(vault.index().journalPath()));

        if (isLibsecret()) {
            QCOMPARE(statusSync(vault).state, KeychainState::Locked);
            const auto found = presenceSync(vault, {QStringLiteral("STRIPE_SECRET_KEY")});
            QCOMPARE(found.value(0), Presence::Locked);
            // Behind a lock, absence proves nothing (core/README.md: "not found"
            // only from an unlocked keychain): the whole answer is Locked.
            Error error;
            const auto withAbsent = presenceSync(
                vault, {QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("NEW_KEY")}, &error);
            QVERIFY2(error.kind == ErrorKind::Locked, qPrintable(error.message));
            QVERIFY(withAbsent.isEmpty());
            QString none;
            QCOMPARE(valueSync(vault, QStringLiteral("NEW_KEY"), none).kind, ErrorKind::Locked);
            // The listing keeps every entry and says it could not check them.
            const VaultListing listing = refreshSync(vault);
            QCOMPARE(listing.status.state, KeychainState::Locked);
            QCOMPARE(listing.entries.size(), 1);
            QCOMPARE(listing.presence.value(QStringLiteral("STRIPE_SECRET_KEY")), Presence::Locked);
        }

        QVERIFY(unlockKeyring());
        QVERIFY(!valueSync(vault, QStringLiteral("STRIPE_SECRET_KEY"), value));
        QCOMPARE(value, kCanary);
        QCOMPARE(listedKeys(vault), secretToolKeys(name));
    }

    // A value the index does not list is still not "not found" when it is
    // behind a lock.
    void unlistedValueBehindALock()
    {
        const QString name = QStringLiteral("unlisted");
        Vault vault(name, m_dir.path());
        QVERIFY(secretToolStore(name, QStringLiteral("HIDDEN_KEY"), "canary-hidden"));
        QVERIFY(lockKeyring());
        QString value;
        if (!isLibsecret()) {
            // QtKeychain on Linux answers "not found" here (it cannot tell),
            // and its delete refuses rather than claim anything.
            QCOMPARE(valueSync(vault, QStringLiteral("HIDDEN_KEY"), value).kind,
                     ErrorKind::NotFound);
            QVERIFY(removeSync(vault, QStringLiteral("HIDDEN_KEY")));
            QVERIFY(unlockKeyring());
            QCOMPARE(secretToolLookup(name, QStringLiteral("HIDDEN_KEY")),
                     QByteArray("canary-hidden"));
            return;
        }
        QCOMPARE(valueSync(vault, QStringLiteral("HIDDEN_KEY"), value).kind, ErrorKind::Locked);
        QCOMPARE(removeSync(vault, QStringLiteral("HIDDEN_KEY")).kind, ErrorKind::Locked);
        QVERIFY(unlockKeyring());
        QVERIFY(!valueSync(vault, QStringLiteral("HIDDEN_KEY"), value));
        QCOMPARE(value, QStringLiteral("canary-hidden"));
    }

    // The keychain's state changes are noticed without asking.
    void lockAndUnlockAreAnnounced()
    {
        Vault vault(QStringLiteral("announce"), m_dir.path());
        if (!isLibsecret()) {
            // QtKeychain can neither hear of a lock nor see one: it reports
            // the keychain reachable, and reads answer "unreadable".
            QVERIFY(lockKeyring());
            QCOMPARE(statusSync(vault).state, KeychainState::Available);
            return;
        }
        QCOMPARE(statusSync(vault).state, KeychainState::Available); // connects
        QSignalSpy changed(&vault, &Vault::stateChanged);
        QVERIFY(lockKeyring());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QCOMPARE(statusSync(vault).state, KeychainState::Locked);
        changed.clear();
        QVERIFY(unlockKeyring());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QCOMPARE(statusSync(vault).state, KeychainState::Available);
    }

    // The daemon restarts under a running vault: the next operations work,
    // without a new Vault (the GUI keeps its vault for its whole life).
    void keyringRestartsUnderARunningVault()
    {
        const QString name = QStringLiteral("restart");
        Vault vault(name, m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("BEFORE"), QStringLiteral("canary-before")));
        QSignalSpy changed(&vault, &Vault::stateChanged);
        QVERIFY(restartKeyring());
        if (isLibsecret())
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QString value;
        const Error read = valueSync(vault, QStringLiteral("BEFORE"), value);
        if (!isLibsecret() && read) {
            // QtKeychain 0.13 keeps its dead session until the process
            // restarts; it says so instead of pretending.
            QVERIFY(read.kind != ErrorKind::None);
            return;
        }
        QVERIFY2(!read, qPrintable(read.message));
        QCOMPARE(value, QStringLiteral("canary-before"));
        QVERIFY(!setSync(vault, QStringLiteral("AFTER"), QStringLiteral("canary-after")));
        QCOMPARE(secretToolLookup(name, QStringLiteral("AFTER")), QByteArray("canary-after"));
        QCOMPARE(listedKeys(vault), secretToolKeys(name));
    }
};

QTEST_GUILESS_MAIN(TestVaultLocked)
#include "tst_vaultlocked.moc"
