// With no Secret Service reachable the window says so, with the remedy, and
// nothing pretends a value was saved. Runs outside with-keyring.sh, with
// DBUS_SESSION_BUS_ADDRESS pointing nowhere (see CMakeLists.txt).
#include "AppIdentity.h"
#include "SecretActions.h"
#include "UiTestSupport.h"
#include "VaultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace latchkey;

class TestNoKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nowhere")));
    }

    void bannerAndNoPretendedSave()
    {
        uitest::App app(QStringLiteral("default"));
        QWidget* banner = app.find("keychainBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QCOMPARE(app.session.keychain().state, KeychainState::Unavailable);
        QVERIFY(app.find<QLabel>("keychainMessage")
                    ->text()
                    .contains(QStringLiteral("No keychain is available")));
        QVERIFY(!app.find("keychainUnlock")->isVisible());
        auto* status = app.find<QLabel>("storeStatus");
        QVERIFY(status && status->text().contains(QStringLiteral("unavailable")));

        app.window.actions()->addSecret();
        QWidget* editor = app.find("secretEditor");
        QVERIFY(editor);
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("keyEdit")),
                         QStringLiteral("NOT_SAVED"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("valueEdit")),
                         QStringLiteral("canary-nokeychain-1"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto* error = editor->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY(editor->isVisible());
        QVERIFY(error->text().startsWith(QStringLiteral("Not saved")));
        QCOMPARE(app.session.secrets()->rowCount(), 0);
        QVERIFY(app.vault().list().entries.isEmpty());
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
