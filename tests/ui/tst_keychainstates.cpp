// The window tells the truth about the keychain while it changes under the
// running app (offscreen, inside tests/with-keyring.sh, whose private keyring
// this test locks, unlocks and restarts): the banner with Unlock, rows and
// verdicts that change at once and recover by themselves, Set Missing… that
// never offers a key that exists, errors said without a modal dialog, and a
// save that works after the keyring daemon restarted.
#include "AppIdentity.h"
#include "ManifestView.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "UiTestSupport.h"
#include "VaultModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using uitest::App;

namespace {

const QString kCanary = QStringLiteral("sk-states-canary-6d3b0e12");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString valueCell(App& app, const QString& key)
{
    auto* table = app.find<QTableView>("secretsTable");
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == key)
            return table->model()->index(row, VaultModel::ValueColumn).data().toString();
    return {};
}

QString verdict(ManifestView* view)
{
    return view->findChild<QLabel*>(QStringLiteral("verdict"))->text();
}

// No modal box anywhere: errors go to the banner, the message bar or the
// status bar.
bool anyMessageBox()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (qobject_cast<QMessageBox*>(widget) && widget->isVisible())
            return true;
    return false;
}

} // namespace

class TestKeychainStates : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY(qEnvironmentVariableIsSet("LATCHKEY_TEST_KEYRING_PASSWORD"));
        QVERIFY(testsupport::isLibsecret());
    }

    void cleanup()
    {
        QVERIFY(testsupport::thawKeyring());
        if (testsupport::keyringLocked())
            QVERIFY(testsupport::unlockKeyring());
    }

    // Locked under the running window: the banner says so with Unlock, the
    // rows say "Locked", the verdict stops saying "Ready", Retry does not
    // clear the banner, Set Missing… offers only what is really missing. Once
    // unlocked elsewhere, all of it recovers without a restart.
    void lockAndUnlockUnderTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("inf.yml")),
                          "name: locked-app\nsecrets:\n  - key: LK_SET\n  - key: LK_NEVER\n"));
        App app(QStringLiteral("states-lock"));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_SET"), kCanary));
        app.window.openManifest(dir.path());
        auto* view = qobject_cast<ManifestView*>(app.find<QTabWidget>("tabs")->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(
            verdict(view).contains(QStringLiteral("1 required secret missing")), 20000);
        QTRY_VERIFY(valueCell(app, QStringLiteral("LK_SET")).startsWith(QChar(0x2022)));
        QWidget* banner = app.find("keychainBanner");
        QVERIFY(!banner->isVisible());

        QVERIFY(testsupport::lockKeyring());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        auto* unlock = app.find<QPushButton>("keychainUnlock");
        QVERIFY(unlock->isVisible());
        QVERIFY(app.find<QLabel>("keychainMessage")->text().contains(QStringLiteral("locked")));
        QVERIFY(app.find<QLabel>("storeStatus")->text().contains(QStringLiteral("locked")));
        QCOMPARE(valueCell(app, QStringLiteral("LK_SET")), QStringLiteral("Locked"));
        QTRY_VERIFY(verdict(view).contains(QStringLiteral("locked")));
        QVERIFY(!verdict(view).contains(QStringLiteral("Ready")));
        QVERIFY(!view->manifest()->isReady());
        // A check that meets the lock asks the keychain for its state once;
        // nothing asks again and again while nothing changes.
        QSignalSpy asked(&app.session, &Session::keychainChanged);
        QTest::qWait(1500);
        QVERIFY2(asked.count() < 6, qPrintable(QString::number(asked.count())));

        // Retry asks again and keeps the banner: it is still locked.
        app.find<QPushButton>("keychainRetry")->click();
        QTest::qWait(500);
        QVERIFY(banner->isVisible());

        // Behind the lock nothing is known to be missing (an absent key may
        // be there too, core/VaultReads.cpp): Set Missing… offers nothing, so
        // it can never overwrite LK_SET or anything else.
        app.find<QTabWidget>("tabs")->setCurrentWidget(view);
        QCOMPARE(view->stateOf(QStringLiteral("LK_NEVER")), SecretState::Locked);
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("setMissingButton"))->isVisible());

        // Copying while locked fails here (the test keyring has no prompter
        // to unlock it with): said in the window, never in a modal box.
        auto* secrets = app.find<QTableView>("secretsTable");
        app.find<QTabWidget>("tabs")->setCurrentIndex(0);
        secrets->selectRow(0);
        app.action("actionCopy")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.statusBar()->currentMessage().isEmpty(), 10000);
        QVERIFY(!anyMessageBox());
        QVERIFY(QApplication::clipboard()->text() != kCanary);

        QVERIFY(testsupport::unlockKeyring());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QTRY_VERIFY(valueCell(app, QStringLiteral("LK_SET")).startsWith(QChar(0x2022)));
        QTRY_VERIFY_WITH_TIMEOUT(
            verdict(view).contains(QStringLiteral("1 required secret missing")), 10000);
        QVERIFY(!verdict(view).contains(QStringLiteral("locked")));
        app.action("actionCopy")->trigger();
        QTRY_VERIFY(QApplication::clipboard()->text() == kCanary);
        app.clipboard.clear();
    }

    // A keychain that stops answering: the check that timed out brings up the
    // banner (not only "Cannot check" on the tab), and once the keychain
    // answers again everything is checked again without anyone asking.
    void notAnsweringThenBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inf.yml"));
        QVERIFY(writeFile(path, "name: stuck-app\nsecrets:\n  - key: LK_SET\n"));
        App app(QStringLiteral("states-stuck"));
        app.vault().store()->setTimeout(std::chrono::seconds(2));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_SET"), kCanary));
        app.window.openManifest(dir.path());
        auto* view = qobject_cast<ManifestView*>(app.find<QTabWidget>("tabs")->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(verdict(view).contains(QStringLiteral("Ready to run")), 20000);
        QWidget* banner = app.find("keychainBanner");
        QVERIFY(!banner->isVisible());

        QVERIFY(testsupport::freezeKeyring());
        // The app's author adds a key: the new check cannot be answered.
        QVERIFY(writeFile(path, "name: stuck-app\nsecrets:\n  - key: LK_SET\n"
                                "  - key: LK_NEVER\n"));
        QTRY_VERIFY_WITH_TIMEOUT(verdict(view).startsWith(QStringLiteral("Cannot check")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(app.find<QLabel>("storeStatus")->text().contains(QStringLiteral("not responding")));
        QVERIFY(!anyMessageBox());

        QVERIFY(testsupport::thawKeyring());
        QTRY_VERIFY_WITH_TIMEOUT(
            verdict(view).contains(QStringLiteral("1 required secret missing")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QCOMPARE(view->stateOf(QStringLiteral("LK_SET")), SecretState::Set);
    }

    // A key a manifest needs that is not in the vault's index but is in the
    // locked keychain is never offered for overwriting.
    void editNeverOverwritesWhatIsBehindTheLock()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("inf.yml")),
                          "name: stray-app\nsecrets:\n  - key: LK_STRAY\n"));
        // Stored by another tool: in the keychain, not in Latchkey's index.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("store"), QStringLiteral("--label=stray"),
                    QStringLiteral("server"), Vault::serviceFor(QStringLiteral("states-stray")),
                    QStringLiteral("user"), QStringLiteral("LK_STRAY")});
        tool.write(kCanary.toUtf8());
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(20000) && tool.exitCode() == 0);
        QVERIFY(testsupport::lockKeyring());
        App app(QStringLiteral("states-stray"));
        app.window.openManifest(dir.path());
        auto* view = qobject_cast<ManifestView*>(app.find<QTabWidget>("tabs")->currentWidget());
        QTRY_VERIFY_WITH_TIMEOUT(view->manifest()->readiness()->hasReport(), 10000);
        QTRY_COMPARE(app.session.keychain().state, KeychainState::Locked);
        QVERIFY(!app.session.secrets()->contains(QStringLiteral("LK_STRAY")));
        QTRY_COMPARE(view->stateOf(QStringLiteral("LK_STRAY")), SecretState::Locked);
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("setMissingButton"))->isVisible());
        app.window.actions()->editKey(QStringLiteral("LK_STRAY"));
        QTest::qWait(200);
        QVERIFY(!app.find("secretEditor"));
        QTRY_VERIFY(app.find("messageBar")->isVisible());
        QVERIFY(app.find<QLabel>("messageText")->text().contains(QStringLiteral("unlock")));
        QVERIFY(testsupport::unlockKeyring());
        // Unlocked, the stray is adopted into the index and shown as set.
        QTRY_VERIFY_WITH_TIMEOUT(app.session.secrets()->contains(QStringLiteral("LK_STRAY")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->manifest()->isReady(), 10000);
        QCOMPARE(testsupport::secretToolLookup(QStringLiteral("states-stray"),
                                               QStringLiteral("LK_STRAY")),
                 kCanary.toUtf8());
    }

    // The keyring daemon restarted under the running window: the next save
    // from the editor works, and the banner never sticks.
    void saveAfterTheDaemonRestarted()
    {
        App app(QStringLiteral("states-restart"));
        QTRY_VERIFY(app.session.keychain().usable());
        QVERIFY(testsupport::restartKeyring());
        app.window.actions()->addSecret();
        QWidget* editor = app.find("secretEditor");
        QVERIFY(editor);
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("keyEdit")),
                         QStringLiteral("LK_AFTER_RESTART"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("valueEdit")), kCanary);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);
        QCOMPARE(testsupport::secretToolLookup(QStringLiteral("states-restart"),
                                               QStringLiteral("LK_AFTER_RESTART")),
                 kCanary.toUtf8());
        QTRY_VERIFY(app.session.secrets()->contains(QStringLiteral("LK_AFTER_RESTART")));
        QTRY_VERIFY(!app.find("keychainBanner")->isVisible());
    }
};

QTEST_MAIN(TestKeychainStates)
#include "tst_keychainstates.moc"
