// The desktop app in a real X server with a real tray host (tests/run.sh
// starts Xvfb and trayer), over the real Secret Service (this test runs
// inside tests/with-keyring.sh). The tray: the icon appears, the menu groups
// the fixture secrets by manifest, choosing one puts the value on the X
// clipboard — read back by xclip, a second, independent client — and it
// leaves again; its Show/Hide entry is always right; Ctrl+Q quits after its
// search box was used. The editor's value field leaves nothing in the X
// PRIMARY selection, and the window's title names the vault once.
#include "OpenManifest.h"
#include "QuickSearchPopup.h"
#include "SecretActions.h"
#include "Settings.h"
#include "TrayIcon.h"
#include "UiTestSupport.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using namespace std::chrono_literals;

namespace {

const QString kCanary = QStringLiteral("sk-canary-tray-3e8d1f0a6b2c");

void setSecret(Vault& vault, const QString& key, const QString& value, const QString& description)
{
    const Error error = testsupport::setSync(vault, key, value, description);
    QVERIFY2(!error, qPrintable(error.message));
}

// Reads an X selection through xclip while this process keeps serving it.
QByteArray xclip(const QString& selection, const QStringList& extra = {})
{
    QProcess process;
    process.start(QStringLiteral("xclip"),
                  QStringList{QStringLiteral("-o"), QStringLiteral("-selection"), selection} +
                      extra);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000)) {
        process.kill();
        process.waitForFinished();
        return "<xclip hung>";
    }
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

QByteArray xclip(const QStringList& extra = {})
{
    return xclip(QStringLiteral("clipboard"), extra);
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

QString toggleText(QMenu* menu)
{
    emit menu->aboutToShow(); // what the tray host's click does first
    QAction* toggle = menu->findChild<QAction*>(QStringLiteral("trayToggleWindow"));
    return toggle ? toggle->text() : QStringLiteral("<no entry>");
}

} // namespace

class TestTray : public QObject {
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
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000),
                 "no tray host on this X server (tests/run.sh starts trayer)");
    }

    void quickCopyFromTheTray()
    {
        uitest::App app(QStringLiteral("default"), factory());
        app.clipboard.setClearDelay(2500ms);
        setSecret(app.vault(), QStringLiteral("OPENAI_API_KEY"), kCanary,
                  QStringLiteral("GPT calls"));
        setSecret(app.vault(), QStringLiteral("UNRELATED_TOKEN"), QStringLiteral("other-value"),
                  QString());
        app.window.openManifest(qEnvironmentVariable("LATCHKEY_TEST_DATA") +
                                QStringLiteral("/tray"));

        TrayIcon tray(&app.session, &app.clipboard, &app.window, app.window.quitAction(),
                      app.window.openManifestAction());
        tray.show();
        QTRY_VERIFY(tray.icon()->isVisible());
        QVERIFY(!tray.icon()->icon().isNull());
        QVERIFY(tray.icon()->geometry().isValid()); // embedded in the tray host

        // Grouped by the open manifest, with its verdict, then the rest.
        QTRY_COMPARE_WITH_TIMEOUT(
            sectionTitles(uitest::topLevel<QMenu>("trayMenu")),
            (QStringList{QStringLiteral("tray-demo — 1 missing"), QStringLiteral("Other secrets")}),
            10000);
        QAction* missing = actionForKey(uitest::topLevel<QMenu>("trayMenu"),
                                        QStringLiteral("REPLICATE_API_TOKEN"));
        QVERIFY(missing && !missing->isEnabled());
        for (QAction* action : uitest::topLevel<QMenu>("trayMenu")->actions())
            QVERIFY2(!action->text().contains(kCanary.right(4)), "a value reached the menu");

        QAction* copy =
            actionForKey(uitest::topLevel<QMenu>("trayMenu"), QStringLiteral("OPENAI_API_KEY"));
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
        QVERIFY(!app.clipboard.holdsCopiedValue());

        // The copied key is now the most recently used of the vault.
        QCOMPARE(app.session.recentKeys().value(0), QStringLiteral("OPENAI_API_KEY"));
        setSecret(app.vault(), QStringLiteral("AAA_FIRST_ALPHABETICALLY"), QStringLiteral("x"),
                  QString());
        QTRY_VERIFY(actionForKey(uitest::topLevel<QMenu>("trayMenu"),
                                 QStringLiteral("AAA_FIRST_ALPHABETICALLY")));

        // Left click shows and hides the window; the menu's entry says which.
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        QCOMPARE(toggleText(uitest::topLevel<QMenu>("trayMenu")), QStringLiteral("Hide Latchkey"));
        tray.toggleWindow();
        QTRY_VERIFY(!app.window.isVisible());
        QCOMPARE(toggleText(uitest::topLevel<QMenu>("trayMenu")), QStringLiteral("Show Latchkey"));
        tray.toggleWindow();
        QTRY_VERIFY(app.window.isVisible());
        QCOMPARE(toggleText(uitest::topLevel<QMenu>("trayMenu")), QStringLiteral("Hide Latchkey"));
        // Closed to the tray by the window's own close button.
        Settings::setCloseToTray(true);
        app.window.setCloseHidesWindow(true);
        app.window.close();
        QTRY_VERIFY(!app.window.isVisible());
        QCOMPARE(toggleText(uitest::topLevel<QMenu>("trayMenu")), QStringLiteral("Show Latchkey"));
        Settings::setCloseToTray(false);
    }

    // Text selected in the editor's value field never stays in the X PRIMARY
    // selection, where a middle click would paste it; nor after the dialog.
    void valueFieldLeavesNoPrimarySelection()
    {
        uitest::App app(QStringLiteral("default"), factory());
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        app.window.actions()->addSecret();
        QWidget* editor = app.find("secretEditor");
        QVERIFY(editor);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto* value = editor->findChild<QLineEdit*>(QStringLiteral("valueEdit"));
        auto* description = editor->findChild<QLineEdit*>(QStringLiteral("descriptionEdit"));
        editor->findChild<QToolButton*>(QStringLiteral("showButton"))->click();
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        value->setFocus();
        QTest::keyClicks(value, kCanary);
        // Selected with the keyboard, as a user would before copying it.
        QTest::keyClick(value, Qt::Key_Home, Qt::ShiftModifier);
        QVERIFY(value->hasSelectedText());
        QTest::qWait(300);
        QVERIFY2(xclip(QStringLiteral("primary")) != kCanary.toUtf8(),
                 "the value field owns the PRIMARY selection");
        // Other fields keep the usual behaviour: PRIMARY works for them.
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("plain words"));
        QTest::keyClick(description, Qt::Key_Home, Qt::ShiftModifier);
        QTRY_COMPARE(xclip(QStringLiteral("primary")), QByteArray("plain words"));
        // Selected again with the mouse, then the dialog closes.
        value->setFocus();
        QTest::mouseDClick(value, Qt::LeftButton, {}, QPoint(5, value->height() / 2));
        QTest::keyClick(value, Qt::Key_End, Qt::ShiftModifier);
        QTest::qWait(300);
        QVERIFY(xclip(QStringLiteral("primary")) != kCanary.toUtf8());
        editor->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(!app.find("secretEditor"));
        QVERIFY(xclip(QStringLiteral("primary")) != kCanary.toUtf8());
    }

    // The platform adds the display name: "staging — Latchkey", never twice.
    void windowTitleNamesTheVaultOnce()
    {
        QApplication::setApplicationDisplayName(QStringLiteral("Latchkey"));
        uitest::App app(QStringLiteral("staging"), factory());
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        auto title = [&] {
            QProcess xprop;
            // xprop prints non-ASCII as octal escapes unless its locale is
            // UTF-8, whatever locale the suite itself runs in.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            xprop.setProcessEnvironment(env);
            xprop.start(QStringLiteral("xprop"),
                        {QStringLiteral("-id"), QString::number(app.window.winId()),
                         QStringLiteral("_NET_WM_NAME")});
            xprop.waitForFinished(10000);
            return QString::fromUtf8(xprop.readAllStandardOutput());
        };
        QTRY_VERIFY2(title().contains(QStringLiteral("\"staging \u2014 Latchkey\"")),
                     qPrintable(title()));
        app.session.openVault(QStringLiteral("default"));
        QTRY_VERIFY2(title().contains(QStringLiteral("\"Latchkey\"")), qPrintable(title()));
    }

    // Ctrl+Q quits after the tray's search box was used, also with "close to
    // the tray" on: the application's event loop really ends. Last, as it
    // ends the test application's event loop.
    void ctrlQQuitsAfterTheTraySearch()
    {
        Settings::setCloseToTray(true);
        uitest::App app(QStringLiteral("default"), factory());
        app.clipboard.setClearDelay(0ms);
        TrayIcon tray(&app.session, &app.clipboard, &app.window, app.window.quitAction(),
                      app.window.openManifestAction());
        tray.show();
        app.window.setCloseHidesWindow(true);
        QTRY_VERIFY(app.session.secrets()->contains(QStringLiteral("UNRELATED_TOKEN")));
        tray.openSearch();
        auto* popup = uitest::topLevel<QuickSearchPopup>("quickSearch");
        QVERIFY(popup && popup->isVisible());
        // Words in any order, each a part of the key or the description: the
        // window's search rule (SecretFilterModel::matches).
        QTest::keyClicks(popup->findChild<QLineEdit*>(QStringLiteral("quickSearchField")),
                         QStringLiteral("token unrel"));
        QSignalSpy copied(&tray, &TrayIcon::copied);
        QTest::keyClick(popup->findChild<QLineEdit*>(QStringLiteral("quickSearchField")),
                        Qt::Key_Return);
        QTRY_COMPARE(copied.size(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), QStringLiteral("UNRELATED_TOKEN"));
        QCOMPARE(xclip(), QByteArray("other-value"));
        QVERIFY(!popup->isVisible());
        app.clipboard.clear();
        QTRY_VERIFY(xclip() != QByteArray("other-value"));

        // The quit request goes through the real event loop: exec() returns
        // 0 only if every window agreed to close; the guard ends it otherwise.
        app.window.showNormal();
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QTimer::singleShot(200, &app.window,
                           [&] { QTest::keyClick(&app.window, Qt::Key_Q, Qt::ControlModifier); });
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
        guard.start(10000);
        const int code = QCoreApplication::exec();
        guard.stop();
        QCOMPARE(code, 0);
        QVERIFY(!app.window.isVisible());
        Settings::setCloseToTray(false);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
