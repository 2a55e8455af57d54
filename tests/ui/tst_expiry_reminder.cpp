// Issue 12: the daily reminder of secrets due for a new value, against the
// real keychain. Time is the vault's injected clock, moved on by the test;
// the reminder names keys and never a value (canary), comes at most once a
// day per vault, and says nothing when nothing is due.
#include "AppIdentity.h"
#include "Clock.h"
#include "ExpiryReminder.h"
#include "Session.h"
#include "TestKeychain.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {

const QString kCanary = QStringLiteral("sk-reminder-canary-5c1e77");

// A clock the test moves on.
class MovableClock : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addDays(offset); }
    int offset = 0;
};

} // namespace

class TestExpiryReminder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // the last-shown day
        setApplicationIdentity();
    }

    void remindsOnceADay()
    {
        const QString name = QStringLiteral("reminder-daily");
        QTemporaryDir dir;
        auto clock = std::make_shared<MovableClock>();
        {
            Vault writer(name, dir.path());
            SecretChange soon;
            soon.schedule.expires = QDate::currentDate().addDays(5);
            const Error error =
                testsupport::setSync(writer, QStringLiteral("EXPIRING_KEY"), kCanary, soon);
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(!testsupport::setSync(writer, QStringLiteral("FRESH_KEY"), kCanary));
        }
        Session session([&](const QString& vaultName) {
            auto* vault = new Vault(vaultName, dir.path());
            vault->setClock(clock);
            return vault;
        });
        ExpiryReminder reminder(&session);
        QSignalSpy reminded(&reminder, &ExpiryReminder::remind);
        session.openVault(name);
        QTRY_VERIFY(session.isLoaded() && session.secrets()->rowCount() == 2);

        // The session's load triggers the first check on its own.
        QTRY_COMPARE_WITH_TIMEOUT(reminded.count(), 1, 10000);
        QCOMPARE(reminder.dueKeys(), QStringList{QStringLiteral("EXPIRING_KEY")});
        const QString message = reminded.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("EXPIRING_KEY")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("expires in 5 days")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("FRESH_KEY")));
        QVERIFY(!message.contains(kCanary) && !reminded.first().at(0).toString().contains(kCanary));

        // The same day: quiet, also for a new process (the day is stored).
        reminder.check();
        ExpiryReminder restarted(&session);
        QSignalSpy remindedAgain(&restarted, &ExpiryReminder::remind);
        restarted.check();
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(remindedAgain.count(), 0);

        // The next day it reminds again; nine days on the key has expired.
        clock->offset = 9;
        reminder.check();
        QCOMPARE(reminded.count(), 2);
        const QString later = reminded.last().at(1).toString();
        QVERIFY2(later.contains(QStringLiteral("expired")), qPrintable(later));

        // A new value with no expiry: nothing is due, nothing is said.
        SecretChange renewed;
        renewed.schedule.expires = QDate();
        const Error error = testsupport::setSync(*session.vault(), QStringLiteral("EXPIRING_KEY"),
                                                 kCanary, renewed);
        QVERIFY2(!error, qPrintable(error.message));
        QTRY_VERIFY(reminder.dueKeys().isEmpty());
        clock->offset = 10;
        reminder.check();
        QCOMPARE(reminded.count(), 2);

        for (const QString& key : {QStringLiteral("EXPIRING_KEY"), QStringLiteral("FRESH_KEY")})
            QVERIFY(!testsupport::removeSync(*session.vault(), key));
    }

    // Several keys: one reminder that counts them and names the first few.
    void manyKeysInOneReminder()
    {
        const QString name = QStringLiteral("reminder-many");
        QTemporaryDir dir;
        auto clock = std::make_shared<MovableClock>();
        clock->offset = 400;
        {
            Vault writer(name, dir.path());
            Lifecycle lifecycle;
            lifecycle.trashDays = 0;
            writer.setLifecycle(lifecycle);
            for (int i = 0; i < 7; ++i)
                QVERIFY(
                    !testsupport::setSync(writer, QStringLiteral("OLD_KEY_%1").arg(i), kCanary));
        }
        Session session([&](const QString& vaultName) {
            auto* vault = new Vault(vaultName, dir.path());
            Lifecycle lifecycle;
            lifecycle.rotateDays = 90; // 400 days old: every key is stale
            lifecycle.trashDays = 0;
            vault->setLifecycle(lifecycle);
            vault->setClock(clock);
            return vault;
        });
        ExpiryReminder reminder(&session);
        QSignalSpy reminded(&reminder, &ExpiryReminder::remind);
        session.openVault(name);
        QTRY_COMPARE_WITH_TIMEOUT(reminded.count(), 1, 10000);
        const QString message = reminded.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("7 secrets in vault")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("OLD_KEY_0")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("and 2 more")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("OLD_KEY_6")));
        for (int i = 0; i < 7; ++i)
            QVERIFY(
                !testsupport::removeSync(*session.vault(), QStringLiteral("OLD_KEY_%1").arg(i)));
    }
};

QTEST_MAIN(TestExpiryReminder)
#include "tst_expiry_reminder.moc"
