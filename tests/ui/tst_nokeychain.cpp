// With no Secret Service reachable the window says so, with the remedy, and
// nothing pretends a value was saved. Runs outside with-keyring.sh, with
// DBUS_SESSION_BUS_ADDRESS pointing nowhere (see CMakeLists.txt).
#include "AppIdentity.h"
#include "ClipboardGuard.h"
#include "KeychainBanner.h"
#include "MainWindow.h"
#include "SecretEditor.h"
#include "Vault.h"
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
        ClipboardGuard clipboard(QApplication::clipboard());
        MainWindow window([](const QString& name) { return new Vault(name); }, &clipboard);
        window.show();
        KeychainBanner* banner = window.keychainBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QCOMPARE(banner->status().state, KeychainState::Unavailable);
        QVERIFY(banner->message().contains(QStringLiteral("No keychain is available")));
        auto* status = window.findChild<QLabel*>(QStringLiteral("storeStatus"));
        QVERIFY(status && status->text().contains(QStringLiteral("unavailable")));

        window.addSecret();
        SecretEditor* editor = window.currentEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("NOT_SAVED"));
        QTest::keyClicks(editor->valueEdit(), QStringLiteral("canary-nokeychain-1"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->errorLabel()->isVisible(), 30000);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->errorLabel()->text().startsWith(QStringLiteral("Not saved")));
        QCOMPARE(window.vaultModel()->rowCount(), 0);
        QVERIFY(window.vault()->list().entries.isEmpty());
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
