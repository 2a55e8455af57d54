// Preferences as a user changes them: values land in QSettings, "Start
// Latchkey when I log in" writes and removes a valid XDG autostart entry, and
// the vault's lifecycle settings are stored where `latchkey-cli config` reads
// them and applied to the open vault at once (real keychain).
#include "Autostart.h"
#include "Clock.h"
#include "Lifecycle.h"
#include "PreferencesDialog.h"
#include "SecretAge.h"
#include "Session.h"
#include "Settings.h"
#include "TestKeychain.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {
// How many earlier values of `key` the keychain holds (secret-tool's view).
int earlierValues(const QString& key)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("latchkey:history-of"), key});
    tool.waitForFinished(30000);
    return static_cast<int>(tool.readAll().count("latchkey:version"));
}

QCheckBox* startAtLogin(const PreferencesDialog& dialog)
{
    return dialog.findChild<QCheckBox*>(QStringLiteral("startAtLogin"));
}
} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("latchkey"));
        QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
        QVERIFY(Autostart::entryPath().startsWith(m_config.path()));
    }

    void valuesAreStored()
    {
        PreferencesDialog dialog;
        dialog.findChild<QSpinBox*>(QStringLiteral("clipboardDelay"))->setValue(45);
        dialog.findChild<QSpinBox*>(QStringLiteral("revealDuration"))->setValue(3);
        dialog.accept();
        QCOMPARE(Settings::clipboardClearSeconds(), 45);
        QCOMPARE(Settings::revealSeconds(), 3);
    }

    void vaultLifecycleIsStoredAndApplied()
    {
        class LaterClock : public Clock {
        public:
            QDateTime now() const override { return QDateTime::currentDateTimeUtc().addDays(100); }
        };
        const QString name = QStringLiteral("prefs-lifecycle");
        QTemporaryDir dir;
        {
            Vault writer(name, dir.path());
            for (const char* tail : {"1234", "2345", "3456", "4567"}) // three earlier values
                QVERIFY(!testsupport::setSync(writer, QStringLiteral("OLD_KEY"),
                                              QStringLiteral("value-prefs-") + tail));
        }
        Session session([&](const QString& vaultName) {
            auto* vault = new Vault(vaultName, dir.path());
            vault->setLifecycle(Lifecycle::load(vaultName));
            vault->setClock(std::make_shared<LaterClock>());
            return vault;
        });
        session.openVault(name);
        VaultModel& table = *session.secrets();
        QTRY_COMPARE(table.rowCount(), 1);
        QCOMPARE(table.index(0, VaultModel::KeyColumn).data(VaultModel::AgeStateRole).toInt(),
                 int(AgeState::Ok)); // no rotation period yet

        PreferencesDialog dialog(&session);
        auto* box = dialog.findChild<QWidget*>(QStringLiteral("vaultLifecycle"));
        QVERIFY(box);
        dialog.show();
        QVERIFY(box->isVisible());
        auto* history = dialog.findChild<QSpinBox*>(QStringLiteral("historyVersions"));
        auto* trash = dialog.findChild<QSpinBox*>(QStringLiteral("trashDays"));
        auto* rotate = dialog.findChild<QSpinBox*>(QStringLiteral("rotateEveryDays"));
        QVERIFY(history && trash && rotate);
        QCOMPARE(history->value(), Lifecycle::kDefaultHistory);
        QCOMPARE(trash->value(), Lifecycle::kDefaultTrashDays);
        QCOMPARE(rotate->text(), QStringLiteral("Never"));
        history->setValue(2);
        trash->setValue(0);
        QCOMPARE(trash->text(), QStringLiteral("Delete at once"));
        rotate->setValue(30);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Lifecycle stored = Lifecycle::load(name);
        QCOMPARE(stored.history, 2);
        QCOMPARE(stored.trashDays, 0);
        QCOMPARE(stored.rotateDays, 30);
        QCOMPARE(stored.text(QStringLiteral("rotate-every")), QStringLiteral("30d"));
        QCOMPARE(session.vault()->lifecycle(), stored);
        QVERIFY(!session.vault()->keepsTrash());
        // The lowered history limit leaves two earlier values, at once.
        QTRY_COMPARE(earlierValues(QStringLiteral("OLD_KEY")), 2);
        // 100 days old with a 30-day period: stale, without reopening.
        QCOMPARE(table.index(0, VaultModel::KeyColumn).data(VaultModel::AgeStateRole).toInt(),
                 int(AgeState::Stale));

        QVERIFY(!testsupport::removeSync(*session.vault(), QStringLiteral("OLD_KEY")));
    }

    void startAtLoginWritesAndRemovesTheEntry()
    {
        QVERIFY(!Autostart::isEnabled());
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(startAtLogin(dialog)->isVisible());
            QVERIFY(!startAtLogin(dialog)->isChecked());
            QTest::mouseClick(startAtLogin(dialog), Qt::LeftButton, {},
                              QPoint(8, startAtLogin(dialog)->height() / 2));
            QVERIFY(startAtLogin(dialog)->isChecked());
            dialog.accept();
        }
        QVERIFY(QFile::exists(Autostart::entryPath()));
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.contains(QCoreApplication::applicationFilePath().toUtf8()));
        const QString validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validate.isEmpty()) {
            QProcess check;
            check.start(validate, {Autostart::entryPath()});
            QVERIFY(check.waitForFinished(20000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        }

        {
            PreferencesDialog dialog;
            QVERIFY(startAtLogin(dialog)->isChecked());
            startAtLogin(dialog)->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        QVERIFY(!Autostart::isEnabled());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
