// The vault's lifecycle with an injected clock (Clock.h) on the real keyring
// (tests/with-keyring.sh): trash expiry removes the keychain items for real,
// and the age rules move with the clock. Checked with secret-tool.
#include "SecretAge.h"
#include "Vault.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

using namespace testsupport;
using namespace latchkey;

namespace {

class FakeClock : public Clock {
public:
    QDateTime now() const override { return at; }
    QDateTime at = QDateTime::currentDateTimeUtc();
};

// Every item secret-tool finds for the attribute, labels and attributes.
QByteArray search(const QString& attribute, const QString& value)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), attribute, value});
    tool.waitForFinished(30000);
    return tool.readAllStandardOutput();
}

Error call(const std::function<void(QObject*, Vault::Done)>& start)
{
    Error result{ErrorKind::Other, QStringLiteral("no answer")};
    waitFor([&](auto finish, QObject* context) {
        start(context, [&, finish](const Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

QStringList keysOf(const QList<SecretInfo>& entries)
{
    QStringList keys;
    for (const SecretInfo& info : entries)
        keys << info.key;
    return keys;
}

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const Error e_ = (expression);                                                             \
        QVERIFY2(!e_, qPrintable(e_.message));                                                     \
    } while (false)

} // namespace

class TestVaultLifecycle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!isLibsecret())
            QSKIP("history and trash need the Secret Service store");
    }

    void trashExpiresWithTheClock()
    {
        QTemporaryDir dir;
        auto clock = std::make_shared<FakeClock>();
        Vault vault(QStringLiteral("expiry"), dir.path());
        vault.setClock(clock);
        vault.setLifecycle(Lifecycle{});
        const QString key = QStringLiteral("OLD_WEBHOOK_SECRET");
        VERIFY_OK(setSync(vault, key, QStringLiteral("first-value-8d1c")));
        VERIFY_OK(setSync(vault, key, QStringLiteral("second-value-5e2f")));
        QVERIFY(vault.keepsTrash());
        VERIFY_OK(removeSync(vault, key));
        QVERIFY(!search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QVERIFY(!search(QStringLiteral("latchkey:history-of"), key).isEmpty());

        // 29 days later it is still there, restorable.
        clock->at = clock->at.addDays(29);
        VaultListing listing = refreshSync(vault);
        QCOMPARE(keysOf(listing.trash), QStringList{key});
        QVERIFY(!search(QStringLiteral("latchkey:trash-of"), key).isEmpty());

        // After 30 days it goes, value and earlier values, from the keychain too.
        clock->at = clock->at.addDays(2);
        listing = refreshSync(vault);
        QVERIFY(listing.trash.isEmpty());
        QVERIFY(vault.list().trash.isEmpty());
        QVERIFY(search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QVERIFY(search(QStringLiteral("latchkey:history-of"), key).isEmpty());
        QCOMPARE(call([&](QObject* c, Vault::Done d) { vault.restore(key, c, d); }).kind,
                 ErrorKind::NotFound);
    }

    void expiryKeepsASecretWithAValue()
    {
        // A key deleted, then set again: its trash copy expires, the new
        // value and its own history stay.
        QTemporaryDir dir;
        auto clock = std::make_shared<FakeClock>();
        Vault vault(QStringLiteral("again"), dir.path());
        vault.setClock(clock);
        const QString key = QStringLiteral("DB_PASSWORD");
        VERIFY_OK(setSync(vault, key, QStringLiteral("deleted-value-0001")));
        VERIFY_OK(removeSync(vault, key));
        VERIFY_OK(setSync(vault, key, QStringLiteral("current-value-0002")));
        VERIFY_OK(setSync(vault, key, QStringLiteral("current-value-0003")));
        clock->at = clock->at.addDays(40);
        const VaultListing listing = refreshSync(vault);
        QVERIFY(listing.trash.isEmpty());
        QCOMPARE(keysOf(listing.entries), QStringList{key});
        QVERIFY(search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QString value;
        VERIFY_OK(valueSync(vault, key, value));
        QCOMPARE(value, QStringLiteral("current-value-0003"));
        QVERIFY(!search(QStringLiteral("latchkey:history-of"), key).isEmpty());
    }

    void ageFollowsTheClock()
    {
        QTemporaryDir dir;
        auto clock = std::make_shared<FakeClock>();
        Vault vault(QStringLiteral("age"), dir.path());
        vault.setClock(clock);
        const QString key = QStringLiteral("JWT_SIGNING_KEY");
        SecretChange change;
        change.schedule.rotateDays = 30;
        VERIFY_OK(call([&](QObject* c, Vault::Done d) {
            vault.set(key, QStringLiteral("jwt-value-4a4a"), change, c, d);
        }));
        const SecretInfo info = vault.list().entries.constFirst();
        QCOMPARE(info.rotateDays, 30);
        QCOMPARE(SecretAge::of(info, 0, clock->at).state, AgeState::Ok);
        QCOMPARE(SecretAge::of(info, 0, clock->at.addDays(20)).state, AgeState::Expiring);
        const SecretAge late = SecretAge::of(info, 0, clock->at.addDays(31));
        QCOMPARE(late.state, AgeState::Stale);
        QVERIFY(late.stale);
        QCOMPARE(late.ageDays, 31);
        // A new value starts the period again and is kept as history.
        clock->at = clock->at.addDays(31);
        VERIFY_OK(setSync(vault, key, QStringLiteral("jwt-value-5b5b")));
        const SecretInfo renewed = vault.list().entries.constFirst();
        QCOMPARE(SecretAge::of(renewed, 0, clock->at).state, AgeState::Ok);
        QCOMPARE(renewed.rotateDays, 30);
    }
};

QTEST_GUILESS_MAIN(TestVaultLifecycle)
#include "tst_vaultlifecycle.moc"
