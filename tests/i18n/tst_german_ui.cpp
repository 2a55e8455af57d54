// SPDX-License-Identifier: MIT
// The desktop app in German (CTest sets LANGUAGE=de and LC_ALL=de_DE.UTF-8),
// against the real keychain (tests/with-keyring.sh): the main window, its
// menus and toolbar, the secrets page, a manifest tab with missing secrets
// and problems, the editor, the delete confirmation, Preferences, About, the
// import preview, the scan dialog, the new-vault dialog, the tray menu and
// the locked-keychain banner. Every text, tool tip, placeholder, window and
// menu title, tab, header and cell is walked; an English source text of the
// catalogue or a common English word fails the test, naming where it is.
#include "AppIdentity.h"
#include "ImportDialog.h"
#include "ScanDialog.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "UiTestSupport.h"
#include "UiTextWalk.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using uitest::App;

namespace {

const QString kCanary = QStringLiteral("sk-i18n-canary-5b1e0c77");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestGermanUi : public QObject {
    Q_OBJECT
    QSet<QString> m_english;
    QTemporaryDir m_dir;
    int m_checked = 0;

    // Fails with every English text of `walk`, each with where it is.
    void expectGerman(const i18ntest::TextWalk& walk)
    {
        for (const auto& [at, text] : walk.texts)
            QVERIFY2(!text.contains(kCanary), qPrintable(at + QStringLiteral(" shows a value")));
        const QStringList english = i18ntest::englishTexts(walk, m_english);
        m_checked += walk.texts.size();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English in the German UI:\n") +
                                               english.join(QLatin1Char('\n'))));
    }
    void expectGerman(QWidget* root)
    {
        i18ntest::TextWalk walk;
        walk.widget(root);
        QVERIFY2(walk.texts.size() > 2, "too few texts found: the walk is broken");
        expectGerman(walk);
    }

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        const QStringList installed = installTranslations();
        QVERIFY2(installed.contains(QStringLiteral("latchkey_de_DE")),
                 qPrintable(installed.join(' ')));
        // Qt's own (standard buttons, file dialogs): qt6-translations-l10n.
        QVERIFY2(installed.contains(QStringLiteral("qtbase_de_DE")),
                 qPrintable(installed.join(' ')));
        m_english = i18ntest::englishSources(qEnvironmentVariable("LATCHKEY_TS_DE"));
        QVERIFY2(m_english.size() > 500, "the catalogue's English sources were not read");
        // The checker itself: English is found, German passes.
        QVERIFY(!i18ntest::englishIn(QStringLiteral("Delete the selected secret"), m_english)
                     .isEmpty());
        QVERIFY(!i18ntest::englishIn(QStringLiteral("&Quit"), m_english).isEmpty());
        QVERIFY(i18ntest::englishIn(QStringLiteral("OPENAI_API_KEY in ~/app/inf.yml löschen"),
                                    m_english)
                    .isEmpty());
        QVERIFY(m_dir.isValid());
    }

    void mainWindowMenusAndDialogs()
    {
        App app(QStringLiteral("i18n"));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("OPENAI_API_KEY"), kCanary,
                                 QStringLiteral("Für die Zusammenfassungen")));
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QTableView>("secretsTable") == nullptr ||
                                     app.find<QTableView>("secretsTable")->model()->rowCount() > 0,
                                 20000);
        QTest::qWait(300);
        expectGerman(&app.window);

        // The editor, new and for the stored secret.
        app.window.actions()->addSecret();
        QTRY_VERIFY(app.find("secretEditor") && app.find("secretEditor")->isVisible());
        expectGerman(app.find("secretEditor"));
        app.find<QDialog>("secretEditor")->reject();
        QTRY_VERIFY(!app.find("secretEditor") || !app.find("secretEditor")->isVisible());
        app.window.actions()->editKey(QStringLiteral("OPENAI_API_KEY"));
        QTRY_VERIFY(app.find("secretEditor") && app.find("secretEditor")->isVisible());
        expectGerman(app.find("secretEditor"));
        app.find<QDialog>("secretEditor")->reject();

        // The delete confirmation (a QMessageBox with Qt's buttons).
        app.window.actions()->deleteKey(QStringLiteral("OPENAI_API_KEY"));
        QTRY_VERIFY(app.find("confirmDelete") && app.find("confirmDelete")->isVisible());
        expectGerman(app.find("confirmDelete"));
        app.find<QDialog>("confirmDelete")->reject();

        app.window.showPreferences();
        QTRY_VERIFY(app.find("preferencesDialog"));
        expectGerman(app.find("preferencesDialog"));
        app.find<QDialog>("preferencesDialog")->reject();

        app.window.showAbout();
        QTRY_VERIFY(app.find("aboutDialog"));
        expectGerman(app.find("aboutDialog"));
        app.find<QDialog>("aboutDialog")->reject();

        // File ▸ Open Manifest: Qt's own file dialog, in German too.
        app.window.chooseManifest();
        QTRY_VERIFY(app.find("openManifestDialog"));
        expectGerman(app.find("openManifestDialog"));
        app.find<QDialog>("openManifestDialog")->reject();

        // The vault switcher's "New Vault…" asks for a name.
        auto* switcher = app.window.findChild<QComboBox*>();
        QVERIFY(switcher);
        switcher->setCurrentIndex(switcher->count() - 1);
        emit switcher->activated(switcher->count() - 1); // as a click on the item does
        QTRY_VERIFY(app.find("newVaultDialog"));
        expectGerman(app.find("newVaultDialog"));
        app.find<QDialog>("newVaultDialog")->reject();

        // The tray menu (built even where no tray host shows it).
        TrayIcon tray(&app.session, &app.clipboard, &app.window, app.window.quitAction(),
                      app.window.openManifestAction());
        tray.rebuildMenu();
        QTRY_VERIFY(!uitest::topLevel<QMenu>("trayMenu")->actions().isEmpty());
        expectGerman(uitest::topLevel<QMenu>("trayMenu"));
    }

    void manifestTabImportAndScan()
    {
        // A manifest with a missing secret, an optional one, a platform
        // integration and a warning; its descriptions are the user's own
        // (German here), never translated.
        const QString folder = m_dir.filePath(QStringLiteral("app"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/inf.yml"),
                          "name: zusammenfasser\n"
                          "secrets:\n"
                          "  - key: OPENAI_API_KEY\n"
                          "    description: Für GPT-Aufrufe\n"
                          "  - key: LK_I18N_TOKEN\n"
                          "    description: Zugriffsmarke\n"
                          "    optional: true\n"
                          "  - key: API_KEY\n"
                          "integrations:\n"
                          "  - key: slack\n"
                          "    description: Benachrichtigungen\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/.env"),
                          "NEW_I18N_KEY=sk-i18n-canary-5b1e0c77\nEMPTY_ONE=\n")); // a canary
        App app(QStringLiteral("i18n-manifest"));
        app.window.openManifest(folder);
        auto* view = app.find<QTabWidget>("tabs")->currentWidget();
        QVERIFY(view && view->objectName() == QLatin1String("manifestView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QLabel*>(QStringLiteral("verdict"))
                                     ->text()
                                     .contains(QLatin1String("fehl")),
                                 20000);
        expectGerman(&app.window);

        auto* import =
            new ImportDialog(folder + QStringLiteral("/.env"), &app.vault(), &app.window);
        import->setAttribute(Qt::WA_DeleteOnClose);
        import->open();
        QTRY_VERIFY_WITH_TIMEOUT(import->isReady(), 20000);
        expectGerman(import);
        import->reject();

        auto* scan = new ScanDialog(folder, &app.vault(), &app.window);
        scan->setAttribute(Qt::WA_DeleteOnClose);
        scan->open();
        scan->start();
        QTRY_VERIFY_WITH_TIMEOUT(scan->isFinished(), 20000);
        expectGerman(scan);
        scan->reject();
    }

    void lockedKeychainBanner()
    {
        // A store that answers "locked" to everything: the banner, the status
        // bar and the states of the listed secrets.
        uitest::RefusingStore store; // outlives the vault
        store.error = {ErrorKind::Locked, QStringLiteral("Testschlüsselbund gesperrt.")};
        App app(QStringLiteral("i18n-gesperrt"),
                [&](const QString& name) { return new Vault(name, &store, m_dir.path()); });
        QTest::qWait(500);
        expectGerman(&app.window);
    }

    void cleanupTestCase()
    {
        qInfo("%d texts checked", m_checked);
        QVERIFY2(m_checked > 150, "fewer texts than expected were checked");
    }
};

QTEST_MAIN(TestGermanUi)
#include "tst_german_ui.moc"
