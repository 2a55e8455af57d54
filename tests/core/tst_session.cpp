// The Session (what the desktop app has open) on the real keychain
// (tests/with-keyring.sh): the index read off this thread, change
// notifications that name the key, readiness re-evaluated only where a key is
// declared, the keychain locked, unlocked and restarted under it, a read that
// waits for the provider's unlock prompt, manifests and vaults remembered.
#include "AppIdentity.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "Session.h"
#include "TestKeychain.h"
#include "Vault.h"
#include "VaultLock.h"
#include "VaultModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace latchkey;
using testsupport::setSync;

namespace {

const QString kCanary = QStringLiteral("sk-session-canary-4be1d0a7");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray manifestFor(const QString& name, const QStringList& keys)
{
    QByteArray text = "name: " + name.toUtf8() + "\nsecrets:\n";
    for (const QString& key : keys)
        text += "  - key: " + key.toUtf8() + "\n    description: for " + name.toUtf8() + "\n";
    return text;
}

// A store whose keychain is locked until unlock() answers, which takes its
// time (the user reading the provider's prompt) — longer than the store's
// own deadline for a read.
class SlowUnlockStore : public SecretStore {
public:
    bool locked = true;
    int unlockCalls = 0;
    QStringList calls;
    void read(const QString& key, QObject* context, ReadDone done) override
    {
        calls << QStringLiteral("read");
        QTimer::singleShot(10, context, [this, key, done] {
            if (locked)
                return done({ErrorKind::Locked, QStringLiteral("locked")}, QString());
            done({}, kCanary);
        });
    }
    void write(const QString&, const QString&, const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    void remove(const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    void presence(const QStringList& keys, QObject* context, PresenceDone done) override
    {
        QTimer::singleShot(0, context, [this, keys, done] {
            done({}, QList<Presence>(keys.size(), locked ? Presence::Locked : Presence::Present));
        });
    }
    void items(const QStringList&, QObject* context, ItemsDone done) override
    {
        QTimer::singleShot(0, context, [done] { done({}, {}); });
    }
    void status(QObject* context, StatusDone done) override
    {
        QTimer::singleShot(0, context, [this, done] {
            KeychainStatus status;
            status.state = locked ? KeychainState::Locked : KeychainState::Available;
            done(status);
        });
    }
    void unlock(QObject* context, Done done) override
    {
        ++unlockCalls;
        calls << QStringLiteral("unlock");
        QTimer::singleShot(1500, context, [this, done] {
            locked = false;
            done({});
        });
    }
    QString description() const override { return QStringLiteral("slow unlock"); }
};

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Session::VaultFactory factory()
    {
        const QString dir = m_dir.path();
        return [dir](const QString& name) { return new Vault(name, dir); };
    }

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY(m_dir.isValid());
        QVERIFY(qEnvironmentVariableIsSet("LATCHKEY_TEST_KEYRING_PASSWORD"));
        // Locking and restarting the keyring go through the Secret Service.
        QVERIFY(testsupport::isLibsecret());
    }

    // A case that failed while the keyring was locked must not fail the next.
    void cleanup()
    {
        if (testsupport::keyringLocked())
            QVERIFY(testsupport::unlockKeyring());
    }

    // The index is read on the session's file thread: opening a vault answers
    // at once, and the rows follow.
    void loadsOffThisThreadAndNamesChangedKeys()
    {
        {
            Vault vault(QStringLiteral("session-load"), m_dir.path());
            QVERIFY(!setSync(vault, QStringLiteral("FIRST"), kCanary));
            QVERIFY(!setSync(vault, QStringLiteral("SECOND"), kCanary));
        }
        Session session(factory());
        QSignalSpy loaded(&session, &Session::loaded);
        session.openVault(QStringLiteral("session-load"));
        QVERIFY(!session.isLoaded());
        QCOMPARE(session.secrets()->rowCount(), 0);
        QTRY_VERIFY(session.isLoaded());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(session.secrets()->rowCount(), 2);
        QTRY_VERIFY(session.keychain().usable() && !session.isRefreshing());

        QSignalSpy changed(&session, &Session::secretsChanged);
        QVERIFY(!setSync(*session.vault(), QStringLiteral("THIRD"), kCanary));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().toStringList(), QStringList{QStringLiteral("THIRD")});
        QTRY_COMPARE(session.secrets()->stateOf(QStringLiteral("THIRD")), SecretState::Set);
        changed.clear();
        QVERIFY(!testsupport::removeSync(*session.vault(), QStringLiteral("FIRST")));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().toStringList(), QStringList{QStringLiteral("FIRST")});
        QCOMPARE(session.secrets()->rowCount(), 2);
    }

    // A save re-evaluates the manifests that declare the key, and no other.
    void saveReevaluatesOnlyWhereDeclared()
    {
        QTemporaryDir apps;
        QVERIFY(writeFile(apps.filePath(QStringLiteral("a.yml")),
                          manifestFor(QStringLiteral("app-a"), {QStringLiteral("ONLY_IN_A")})));
        QVERIFY(writeFile(apps.filePath(QStringLiteral("b.yml")),
                          manifestFor(QStringLiteral("app-b"), {QStringLiteral("ONLY_IN_B")})));
        Session session(factory());
        session.openVault(QStringLiteral("session-scope"));
        OpenManifest* a = session.openManifest(apps.filePath(QStringLiteral("a.yml")));
        OpenManifest* b = session.openManifest(apps.filePath(QStringLiteral("b.yml")));
        QTRY_VERIFY(a->readiness()->hasReport() && b->readiness()->hasReport());
        QTRY_VERIFY(session.keychain().usable() && !session.isRefreshing());
        QTest::qWait(300); // every evaluation the opening started has answered
        QCOMPARE(a->tone(), OpenManifest::Tone::NotReady);
        QSignalSpy reportA(a->readiness(), &ReadinessModel::reportChanged);
        QSignalSpy reportB(b->readiness(), &ReadinessModel::reportChanged);
        QVERIFY(!setSync(*session.vault(), QStringLiteral("ONLY_IN_A"), kCanary));
        QTRY_COMPARE(a->tone(), OpenManifest::Tone::Ready);
        QTest::qWait(500);
        QVERIFY(reportA.count() >= 1);
        QCOMPARE(reportB.count(), 0);
        QCOMPARE(a->verdict(), QStringLiteral("Ready to run"));
    }

    // Locked under the running session: the rows, the verdict and the state
    // change at once; unlocked, everything comes back without a restart.
    void lockThenUnlockUnderTheSession()
    {
        QTemporaryDir apps;
        const QString path = apps.filePath(QStringLiteral("inf.yml"));
        QVERIFY(writeFile(
            path, manifestFor(QStringLiteral("locked-app"),
                              {QStringLiteral("LOCKED_KEY"), QStringLiteral("NEVER_SET")})));
        Session session(factory());
        session.openVault(QStringLiteral("session-lock"));
        QVERIFY(!setSync(*session.vault(), QStringLiteral("LOCKED_KEY"), kCanary));
        OpenManifest* manifest = session.openManifest(path);
        QTRY_COMPARE(manifest->readiness()->missingRequired(),
                     QStringList{QStringLiteral("NEVER_SET")});
        QTRY_COMPARE(session.secrets()->stateOf(QStringLiteral("LOCKED_KEY")), SecretState::Set);

        QVERIFY(testsupport::lockKeyring());
        QTRY_COMPARE_WITH_TIMEOUT(session.keychain().state, KeychainState::Locked, 10000);
        QCOMPARE(session.secrets()->stateOf(QStringLiteral("LOCKED_KEY")), SecretState::Locked);
        const int row = manifest->readiness()->rowOf(QStringLiteral("LOCKED_KEY"));
        QCOMPARE(manifest->readiness()->stateAt(row), SecretState::Locked);
        // Behind a lock an absent key may be there too (core/VaultReads.cpp):
        // nothing is called missing, every required row is locked.
        QCOMPARE(manifest->readiness()->stateAt(
                     manifest->readiness()->rowOf(QStringLiteral("NEVER_SET"))),
                 SecretState::Locked);
        QCOMPARE(manifest->tone(), OpenManifest::Tone::Locked);
        QVERIFY2(manifest->verdict().contains(QStringLiteral("locked")),
                 qPrintable(manifest->verdict()));
        QVERIFY(manifest->readiness()->missingRequired().isEmpty());
        QVERIFY(!manifest->isReady());

        QVERIFY(testsupport::unlockKeyring());
        QTRY_COMPARE_WITH_TIMEOUT(session.keychain().state, KeychainState::Available, 10000);
        QTRY_COMPARE(session.secrets()->stateOf(QStringLiteral("LOCKED_KEY")), SecretState::Set);
        QTRY_COMPARE(manifest->readiness()->stateAt(row), SecretState::Set);
        QTRY_COMPARE(manifest->readiness()->missingRequired(),
                     QStringList{QStringLiteral("NEVER_SET")});
        QCOMPARE(manifest->tone(), OpenManifest::Tone::NotReady);
        QVERIFY(!manifest->verdict().contains(QStringLiteral("locked")));
    }

    // The keyring daemon restarted under the session: the next save works.
    void providerRestartThenSaveWorks()
    {
        Session session(factory());
        session.openVault(QStringLiteral("session-restart"));
        QTRY_VERIFY(session.keychain().usable());
        QVERIFY(!setSync(*session.vault(), QStringLiteral("BEFORE"), kCanary));
        QVERIFY(testsupport::restartKeyring());
        const Error error = setSync(*session.vault(), QStringLiteral("AFTER"), kCanary);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(testsupport::secretToolLookup(QStringLiteral("session-restart"),
                                               QStringLiteral("AFTER")),
                 kCanary.toUtf8());
        QTRY_VERIFY(session.keychain().usable());
        QTRY_VERIFY(session.secrets()->contains(QStringLiteral("AFTER")));
    }

    // A read for the user on a locked keychain asks to unlock first and waits
    // for the prompt as long as it takes — longer than the store's deadline.
    void readWaitsForTheUnlockPrompt()
    {
        SlowUnlockStore store;
        store.setTimeout(std::chrono::milliseconds(300));
        QTemporaryDir dir;
        Session session([&](const QString& name) { return new Vault(name, &store, dir.path()); });
        session.openVault(QStringLiteral("slow"));
        QTRY_COMPARE(session.keychain().state, KeychainState::Locked);
        QElapsedTimer clock;
        clock.start();
        Error error{ErrorKind::Other, QStringLiteral("no answer")};
        bool answered = false;
        session.readValue(QStringLiteral("ANY_KEY"), this,
                          [&](const Error& e, const QString& value) {
                              error = e;
                              answered = value == kCanary;
                          });
        QVERIFY(session.isUnlocking());
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(clock.elapsed() >= 1400);
        QCOMPARE(store.calls, (QStringList{QStringLiteral("unlock"), QStringLiteral("read")}));
        QTRY_COMPARE(session.keychain().state, KeychainState::Available);
    }

    void manifestsOpenedOnceAndRemembered()
    {
        QTemporaryDir apps;
        const QString folder = apps.filePath(QStringLiteral("app"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/inf.yml");
        QVERIFY(writeFile(path, manifestFor(QStringLiteral("remembered"), {QStringLiteral("K")})));
        QVERIFY(QFile::link(folder, apps.filePath(QStringLiteral("link"))));
        const QString fifo = apps.filePath(QStringLiteral("fifo.yml"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        {
            Session session(factory());
            session.clearRecentManifests();
            session.openVault(QStringLiteral("session-files"));
            OpenManifest* first = session.openManifest(folder);
            QCOMPARE(session.openManifest(path), first);
            QCOMPARE(session.openManifest(apps.filePath(QStringLiteral("link"))), first);
            QCOMPARE(session.manifests().size(), 1);
            OpenManifest* pipe = session.openManifest(fifo);
            QVERIFY(!pipe->manifest().isValid());
            // Only regular files are remembered as recent.
            QCOMPARE(session.recentManifests(), QStringList{path});
            session.closeManifest(pipe);
            QCOMPARE(session.manifests().size(), 1);
        }
        QVERIFY(QFile::copy(path, apps.filePath(QStringLiteral("other.yml"))));
        {
            Session session(factory());
            session.openVault(QStringLiteral("session-files"));
            session.restoreManifests();
            QCOMPARE(session.manifests().size(), 1);
            QCOMPARE(session.manifests().first()->path(), path);
            session.openManifest(apps.filePath(QStringLiteral("other.yml")));
            QCOMPARE(session.recentManifests().size(), 2);
        }
        // A recent file deleted since is dropped when the list is checked.
        QVERIFY(QFile::remove(apps.filePath(QStringLiteral("other.yml"))));
        Session session(factory());
        QSignalSpy recent(&session, &Session::recentManifestsChanged);
        session.pruneRecentManifests();
        QTRY_COMPARE(recent.count(), 1);
        QCOMPARE(session.recentManifests(), QStringList{path});
    }

    // A new vault exists from the moment it is created (its empty index),
    // for the next run too; a bad name is refused with the reason.
    void createdVaultExists()
    {
        Session session(factory());
        session.openVault(QStringLiteral("default"));
        const Error refused = session.createVault(QStringLiteral("../escape"));
        QCOMPARE(refused.kind, ErrorKind::InvalidInput);
        QVERIFY(!session.vaultNames().contains(QStringLiteral("../escape")));
        QVERIFY(!session.createVault(QStringLiteral("brand-new")));
        QCOMPARE(session.vaultName(), QStringLiteral("brand-new"));
        QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("brand-new.json"))));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("brand-new.json"))) & others,
                 QFileDevice::Permissions());

        Session later(factory());
        later.openVault(QStringLiteral("default"));
        QTRY_VERIFY(later.vaultNames().contains(QStringLiteral("brand-new")));
        QCOMPARE(Session::rememberedVault(), QStringLiteral("default"));
    }

    // A start that changes nothing writes nothing to the settings file.
    void openingTheSameVaultWritesNothing()
    {
        {
            Session session(factory());
            session.openVault(QStringLiteral("quiet"));
            session.restoreManifests(); // drops what earlier tests left open
        }
        QSettings().sync();
        const QString file = QSettings().fileName();
        const QDateTime before = QFileInfo(file).lastModified();
        QTest::qWait(1100); // file times have a resolution of a second on some systems
        Session session(factory());
        session.openVault(Session::rememberedVault());
        session.restoreManifests();
        QCOMPARE(session.vaultName(), QStringLiteral("quiet"));
        QSettings().sync();
        QCOMPARE(QFileInfo(file).lastModified(), before);
    }

    // Switching vaults never waits for the old vault's lock on this thread:
    // a save under way on the old vault waits for another process's lock on
    // its I/O thread, still finishes once the lock is free, and the old
    // vault goes only then.
    void switchingVaultsNeverWaitsForTheOldLock()
    {
        Session session(factory());
        session.openVault(QStringLiteral("retire-a"));
        QPointer<Vault> old = session.vault();
        auto lock = VaultLock::acquire(old->index().lockPath(), std::chrono::seconds(1));
        QVERIFY(lock.ok());
        Error saved{ErrorKind::Other, QStringLiteral("no answer")};
        bool answered = false;
        old->set(QStringLiteral("RETIRED_SAVE"), QStringLiteral("canary-retire-51c2"),
                 std::optional<QString>(), this, [&](const Error& error) {
                     saved = error;
                     answered = true;
                 });
        QTest::qWait(100); // the save is waiting for the lock now
        QElapsedTimer clock;
        clock.start();
        session.openVault(QStringLiteral("retire-b"));
        bool ticked = false;
        QTimer::singleShot(10, this, [&ticked] { ticked = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ticked, 30000);
        QVERIFY2(clock.elapsed() < 5000, "switching vaults waited for the old vault's lock");
        QVERIFY(old);
        QVERIFY(!answered);
        lock.value().reset();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY2(!saved, qPrintable(saved.message));
        QCOMPARE(testsupport::secretToolLookup(QStringLiteral("retire-a"),
                                               QStringLiteral("RETIRED_SAVE")),
                 QByteArray("canary-retire-51c2"));
        QTRY_VERIFY(!old);
        QCOMPARE(session.vault()->name(), QStringLiteral("retire-b"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
