// The tray in a real X server with a real tray host (tests/run.sh starts Xvfb
// and trayer), over the real Secret Service (this test runs inside
// tests/with-keyring.sh): the icon appears, the menu groups the fixture
// secrets by manifest, choosing one puts the value on the X clipboard —
// read back by xclip, a second, independent client — and it leaves again.
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "ManifestView.h"
#include "QuickSearchPopup.h"
#include "ReadinessModel.h"
#include "TestKeychain.h"
#include "TrayIcon.h"
#include "Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {

const QString kCanary = QStringLiteral("sk-canary-tray-3e8d1f0a6b2c");

void setSecret(Vault& vault, const QString& key, const QString& value, const QString& description)
{
    const Error error = testsupport::setSync(vault, key, value, description);
    QVERIFY2(!error, qPrintable(error.message));
}

// Reads the X clipboard through xclip while this process keeps serving it.
QByteArray xclip(const QStringList& extra = {})
{
    QProcess process;
    process.start(QStringLiteral("xclip"),
                  QStringList{QStringLiteral("-o"), QStringLiteral("-selection"),
                              QStringLiteral("clipboard")} +
                      extra);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000)) {
        process.kill();
        process.waitForFinished();
        return "<xclip hung>";
    }
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

QStringList sectionTitles(QMenu* menu)
{
    QStringList titles;
    for (QAction* action : menu->actions())
        if (action->isSeparator() && !action->text().isEmpty())
            titles << action->text();
    return titles;
}

QAction* actionForKey(QMenu* menu, const QString& key)
{
    for (QAction* action : menu->actions())
        if (action->data().toString() == key)
            return action;
    return nullptr;
}

} // namespace

class TestTray : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000),
                 "no tray host on this X server (tests/run.sh starts trayer)");
    }

    void quickCopyFromTheTray()
    {
        ClipboardGuard guard(QGuiApplication::clipboard());
        MainWindow window([&](const QString& name) { return new Vault(name, m_dir.path()); },
                          &guard);
        guard.setClearDelay(std::chrono::milliseconds(2500)); // the window applied the default
        QVERIFY(window.vault());
        setSecret(*window.vault(), QStringLiteral("OPENAI_API_KEY"), kCanary,
                  QStringLiteral("GPT calls"));
        setSecret(*window.vault(), QStringLiteral("UNRELATED_TOKEN"), QStringLiteral("other-value"),
                  QString());
        ManifestView* view = window.openManifest(qEnvironmentVariable("LATCHKEY_TEST_DATA") +
                                                 QStringLiteral("/tray"));
        QVERIFY(view);

        TrayIcon tray(&window, &guard);
        tray.show();
        QTRY_VERIFY(tray.icon()->isVisible());
        QVERIFY(!tray.icon()->icon().isNull());
        QVERIFY(tray.icon()->geometry().isValid()); // embedded in the tray host

        // Grouped by the open manifest, with its verdict, then the rest.
        QTRY_COMPARE_WITH_TIMEOUT(
            sectionTitles(tray.menu()),
            (QStringList{QStringLiteral("tray-demo — 1 missing"), QStringLiteral("Other secrets")}),
            10000);
        QAction* missing = actionForKey(tray.menu(), QStringLiteral("REPLICATE_API_TOKEN"));
        QVERIFY(missing && !missing->isEnabled());
        for (QAction* action : tray.menu()->actions())
            QVERIFY2(!action->text().contains(kCanary.right(4)), "a value reached the menu");

        QAction* copy = actionForKey(tray.menu(), QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(copy && copy->isEnabled());
        QSignalSpy copied(&tray, &TrayIcon::copied);
        copy->trigger();
        QTRY_COMPARE(copied.size(), 1);

        QCOMPARE(xclip(), kCanary.toUtf8());
        QVERIFY(xclip({QStringLiteral("-t"), QStringLiteral("TARGETS")})
                    .contains("x-kde-passwordManagerHint"));
        QCOMPARE(xclip({QStringLiteral("-t"), QStringLiteral("x-kde-passwordManagerHint")}),
                 QByteArray("secret"));

        // Cleared by itself after the delay.
        QTRY_VERIFY_WITH_TIMEOUT(xclip() != kCanary.toUtf8(), 10000);
        QVERIFY(!guard.holdsCopiedValue());

        // The copied key is now the most recently used of the vault.
        setSecret(*window.vault(), QStringLiteral("AAA_FIRST_ALPHABETICALLY"), QStringLiteral("x"),
                  QString());
        QTRY_VERIFY(actionForKey(tray.menu(), QStringLiteral("AAA_FIRST_ALPHABETICALLY")));

        // Left click shows and hides the window.
        window.hide();
        tray.toggleWindow();
        QTRY_VERIFY(window.isVisible());
        tray.toggleWindow();
        QTRY_VERIFY(!window.isVisible());
    }

    void searchCopiesWithEnter()
    {
        ClipboardGuard guard(QGuiApplication::clipboard());
        MainWindow window([&](const QString& name) { return new Vault(name, m_dir.path()); },
                          &guard);
        guard.setClearDelay(std::chrono::milliseconds(0));
        TrayIcon tray(&window, &guard);
        tray.show();
        tray.openSearch();
        QuickSearchPopup* popup = tray.searchPopup();
        QVERIFY(popup && popup->isVisible());
        QTest::keyClicks(popup->searchField(), QStringLiteral("unrel"));
        QSignalSpy copied(&tray, &TrayIcon::copied);
        QTest::keyClick(popup->searchField(), Qt::Key_Return);
        QTRY_COMPARE(copied.size(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), QStringLiteral("UNRELATED_TOKEN"));
        QCOMPARE(xclip(), QByteArray("other-value"));
        QVERIFY(!popup->isVisible());
        guard.clear();
        QTRY_VERIFY(xclip() != QByteArray("other-value"));
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
