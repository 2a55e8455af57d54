// The desktop app's widgets driven with QTest key and mouse events, against
// the real keychain (tests/with-keyring.sh), on the offscreen platform.
#include "AppIdentity.h"
#include "ClipboardGuard.h"
#include "KeychainBanner.h"
#include "MainWindow.h"
#include "ManifestView.h"
#include "ReadinessModel.h"
#include "RevealProxy.h"
#include "SecretEditor.h"
#include "UiTestSupport.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace latchkey;
using namespace std::chrono_literals;

namespace {

const QString kCanary = QStringLiteral("sk-widget-canary-31f8c0d2");
const QString kOtherCanary = QStringLiteral("tok-widget-canary-77aa");

bool tableShows(const QAbstractItemModel* model, const QString& needle)
{
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString().contains(needle))
                return true;
    return false;
}

QString cell(QTableView* table, const QString& key, int column)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == key)
            return model->index(row, column).data().toString();
    return QStringLiteral("<no row for %1>").arg(key);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray fixture()
{
    QFile file(qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/ui/inf.yml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each test gets its own vault, so they do not see each other's secrets.
struct Harness {
    explicit Harness(const QString& vaultName)
        : clipboard(QApplication::clipboard())
        , window([](const QString& name) { return new Vault(name); }, &clipboard)
    {
        window.switchVault(vaultName);
        window.setRevealMilliseconds(400);
        clipboard.setClearDelay(600ms);
        window.show();
    }
    ClipboardGuard clipboard;
    MainWindow window;
};

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void emptyStateThenAddThroughDialog()
    {
        Harness h(QStringLiteral("ui-add"));
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(h.window.emptyState()->isVisible());
        auto* text = h.window.emptyState()->findChild<QLabel*>(QStringLiteral("emptyText"));
        QVERIFY(text && text->text().contains(QStringLiteral("No secrets yet")));

        QTest::keyClick(&h.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(h.window.currentEditor() && h.window.currentEditor()->isVisible());
        SecretEditor* editor = h.window.currentEditor();
        QVERIFY(!editor->saveButton()->isEnabled());
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("LK_ADDED"));
        QTest::keyClicks(editor->valueEdit(), kCanary);
        QCOMPARE(editor->valueEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(editor->descriptionEdit(), QStringLiteral("added in a test"));
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.window.currentEditor(), 20000);

        QTRY_VERIFY(!h.window.emptyState()->isVisible());
        QTableView* table = h.window.secretsTable();
        QCOMPARE(cell(table, QStringLiteral("LK_ADDED"), VaultModel::DescriptionColumn),
                 QStringLiteral("added in a test"));
        QVERIFY2(!tableShows(table->model(), kCanary), "the table shows an unrevealed value");
        QString stored;
        QVERIFY(!uitest::valueSync(*h.window.vault(), QStringLiteral("LK_ADDED"), stored));
        QVERIFY2(stored == kCanary, "the keychain does not hold what was typed");
    }

    void invalidKeyKeepsSaveDisabled()
    {
        Harness h(QStringLiteral("ui-invalid"));
        h.window.addSecret();
        SecretEditor* editor = h.window.currentEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("9-BAD KEY"));
        QTest::keyClicks(editor->valueEdit(), kCanary);
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(editor->keyReasonLabel()->isVisible());
        QVERIFY(!editor->keyReasonLabel()->text().isEmpty());
        // Fixing the key enables Save and hides the reason.
        editor->keyEdit()->clear();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("GOOD_KEY"));
        QVERIFY(editor->saveButton()->isEnabled());
        QVERIFY(!editor->keyReasonLabel()->isVisible());
        editor->reject();
    }

    void wellKnownKeyWarnsButDoesNotBlock()
    {
        Harness h(QStringLiteral("ui-hint"));
        h.window.addSecret();
        SecretEditor* editor = h.window.currentEditor();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("OPENAI_API_KEY"));
        QTest::keyClicks(editor->valueEdit(), QStringLiteral("not-an-openai-looking-value"));
        QVERIFY(editor->hintLabel()->isVisible());
        QVERIFY(editor->hintLabel()->text().contains(QStringLiteral("sk-")));
        QVERIFY(editor->saveButton()->isEnabled());
        editor->valueEdit()->clear();
        QTest::keyClicks(editor->valueEdit(), QStringLiteral("sk-proj-looks-right-0123456789"));
        QVERIFY(!editor->hintLabel()->isVisible());
        editor->reject();
    }

    // Adding under a key the vault already has says that saving replaces it,
    // also for a key stored while the dialog is open.
    void existingKeyIsNoted()
    {
        Harness h(QStringLiteral("ui-existing"));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_EXISTING"), kCanary));
        h.window.addSecret();
        SecretEditor* editor = h.window.currentEditor();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("LK_EXISTING"));
        QVERIFY(editor->keyNotesLabel()->text().contains(QStringLiteral("already exists")));
        editor->keyEdit()->clear();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("LK_LATER"));
        QVERIFY(!editor->keyNotesLabel()->text().contains(QStringLiteral("already exists")));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_LATER"), kCanary));
        QTRY_VERIFY(editor->keyNotesLabel()->text().contains(QStringLiteral("already exists")));
        editor->reject();
    }

    void keychainErrorKeepsDialogOpen()
    {
        uitest::RefusingStore store;
        QTemporaryDir dir;
        Vault vault(QStringLiteral("refusing"), &store, dir.path());
        SecretEditor editor(&vault, SecretEditor::Mode::Add);
        editor.open();
        QTest::keyClicks(editor.keyEdit(), QStringLiteral("KEPT_KEY"));
        QTest::keyClicks(editor.valueEdit(), kCanary);
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(editor.errorLabel()->isVisible());
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(editor.keyEdit()->text(), QStringLiteral("KEPT_KEY"));
        QVERIFY2(editor.valueEdit()->text() == kCanary, "the typed value was lost");
        QVERIFY(!editor.errorLabel()->text().contains(kCanary));
        QVERIFY(vault.list().entries.isEmpty());
    }

    void revealShowsThenMasksAgain()
    {
        Harness h(QStringLiteral("ui-reveal"));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_REVEAL"), kCanary));
        QTRY_VERIFY(h.window.selectKey(QStringLiteral("LK_REVEAL")));
        QTableView* table = h.window.secretsTable();
        const QString masked = cell(table, QStringLiteral("LK_REVEAL"), VaultModel::ValueColumn);
        QVERIFY(masked.startsWith(QChar(0x2022)));
        h.window.revealValueAction()->trigger();
        QTRY_VERIFY2(cell(table, QStringLiteral("LK_REVEAL"), VaultModel::ValueColumn) == kCanary,
                     "reveal did not show the value");
        // Masks again by itself after the (short, test) reveal duration.
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, QStringLiteral("LK_REVEAL"), VaultModel::ValueColumn),
                                  masked, 5000);
        QVERIFY(h.window.revealProxy()->revealedKey().isEmpty());
    }

    void copyThenClear()
    {
        Harness h(QStringLiteral("ui-copy"));
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_COPY"), kCanary));
        QTRY_VERIFY(h.window.selectKey(QStringLiteral("LK_COPY")));
        QClipboard* clipboard = QApplication::clipboard();
        clipboard->clear();
        h.window.secretsTable()->setFocus();
        QTest::keyClick(h.window.secretsTable(), Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY2(clipboard->text() == kCanary, "Ctrl+C did not copy the value");
        QCOMPARE(clipboard->mimeData()->data(QLatin1String(ClipboardGuard::kKdeHint)),
                 QByteArray("secret"));
        auto* countdown = h.window.findChild<QLabel*>(QStringLiteral("clipboardStatus"));
        QVERIFY(countdown && countdown->text().contains(QStringLiteral("clearing")));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

        // Something copied afterwards is never wiped.
        h.window.copyValueAction()->trigger();
        QTRY_VERIFY(clipboard->text() == kCanary);
        clipboard->setText(QStringLiteral("newer content"));
        QTest::qWait(1000);
        QCOMPARE(clipboard->text(), QStringLiteral("newer content"));
    }

    void deleteAsksAndRemoves()
    {
        Harness h(QStringLiteral("ui-delete"));
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_DELETE"), kCanary));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_KEEP"), kOtherCanary));
        QTRY_VERIFY(h.window.selectKey(QStringLiteral("LK_DELETE")));
        h.window.secretsTable()->setFocus();

        // Cancel keeps it.
        QTest::keyClick(h.window.secretsTable(), Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = h.window.findChild<QMessageBox*>(QStringLiteral("confirmDelete"))));
        QVERIFY(box->text().contains(QStringLiteral("LK_DELETE")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!h.window.findChild<QMessageBox*>(QStringLiteral("confirmDelete")));
        QTest::qWait(200);
        QCOMPARE(h.window.vaultModel()->rowCount(), 2);

        QVERIFY(h.window.selectKey(QStringLiteral("LK_DELETE")));
        h.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        h.window.secretsTable()->setFocus();
        QTest::keyClick(h.window.secretsTable(), Qt::Key_Delete);
        QTRY_VERIFY((box = h.window.findChild<QMessageBox*>(QStringLiteral("confirmDelete"))));
        auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.window.vaultModel()->rowCount(), 1, 20000);
        QCOMPARE(h.window.vaultModel()->keyAt(0), QStringLiteral("LK_KEEP"));
        QString value;
        QCOMPARE(uitest::valueSync(*h.window.vault(), QStringLiteral("LK_DELETE"), value).kind,
                 ErrorKind::NotFound);
    }

    void searchFiltersKeyAndDescription()
    {
        Harness h(QStringLiteral("ui-search"));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("ALPHA_TOKEN"), kCanary));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("BETA_TOKEN"), kCanary));
        QVERIFY(!testsupport::describeSync(*h.window.vault(), QStringLiteral("BETA_TOKEN"),
                                           QStringLiteral("for the gamma service")));
        QTRY_COMPARE(h.window.secretsTable()->model()->rowCount(), 2);
        QTest::keyClick(&h.window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(h.window.searchField()->hasFocus());
        QTest::keyClicks(h.window.searchField(), QStringLiteral("alpha"));
        QCOMPARE(h.window.secretsTable()->model()->rowCount(), 1);
        h.window.searchField()->clear();
        QTest::keyClicks(h.window.searchField(), QStringLiteral("gamma"));
        QCOMPARE(h.window.secretsTable()->model()->rowCount(), 1);
        QCOMPARE(h.window.secretsTable()->model()->index(0, 0).data().toString(),
                 QStringLiteral("BETA_TOKEN"));
        // The hidden value is never searched.
        h.window.searchField()->clear();
        QTest::keyClicks(h.window.searchField(), kCanary.left(8));
        QCOMPARE(h.window.secretsTable()->model()->rowCount(), 0);
    }

    void manifestViewFixMissingAndFollowFile()
    {
        QTemporaryDir app;
        const QString path = app.filePath(QStringLiteral("inf.yml"));
        QVERIFY(writeFile(path, fixture()));
        Harness h(QStringLiteral("ui-manifest"));
        ManifestView* view = h.window.openManifest(app.path()); // a folder works too
        QVERIFY(view);
        QCOMPARE(view->title(), QStringLiteral("summarizer"));
        QTRY_COMPARE_WITH_TIMEOUT(
            view->verdictText().contains(QStringLiteral("2 required secrets missing")), true,
            20000);
        QVERIFY(!view->isReady());

        // Activate the missing key: the editor knows its name and purpose.
        QTableView* table = view->table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(view->currentEditor() && view->currentEditor()->isVisible());
        SecretEditor* editor = view->currentEditor();
        QCOMPARE(editor->keyEdit()->text(), QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(editor->keyEdit()->isReadOnly());
        QCOMPARE(editor->descriptionEdit()->text(),
                 QStringLiteral("OpenAI API key for GPT models"));
        QTest::keyClicks(editor->valueEdit(), kCanary);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->verdictText().contains(QStringLiteral("1 required")), 20000);

        // "Set missing…" walks through the rest.
        auto* setMissing = view->findChild<QPushButton*>(QStringLiteral("setMissingButton"));
        QVERIFY(setMissing && setMissing->isVisible());
        QTest::mouseClick(setMissing, Qt::LeftButton);
        QTRY_VERIFY(view->currentEditor() && view->currentEditor()->isVisible());
        QCOMPARE(view->currentEditor()->keyEdit()->text(), QStringLiteral("LK_UI_TEST_TOKEN"));
        QTest::keyClicks(view->currentEditor()->valueEdit(), kOtherCanary);
        QTest::mouseClick(view->currentEditor()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->verdictText().contains(QStringLiteral("Ready to run")),
                                 20000);
        QVERIFY(view->isReady());
        QVERIFY(!setMissing->isVisible());
        QVERIFY2(!tableShows(table->model(), kCanary), "the readiness table shows a value");

        // Deleting a key an open manifest requires warns about it.
        QVERIFY(h.window.selectKey(QStringLiteral("OPENAI_API_KEY")));
        h.window.deleteSecret();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = h.window.findChild<QMessageBox*>(QStringLiteral("confirmDelete"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("summarizer requires")));
        box->button(QMessageBox::Cancel)->click();

        // Editing the file on disk refreshes the view.
        QByteArray more = fixture();
        more.replace("integrations:", "  - key: LK_UI_ADDED_LATER\n    description: New need\n"
                                      "integrations:");
        QVERIFY(writeFile(path, more));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->verdictText().contains(QStringLiteral("1 required")), 20000);

        // A broken edit shows diagnostics, not stale data.
        QVERIFY(writeFile(path, "name: summarizer\nsecrets:\n  - key: [unclosed\n"));
        QTRY_VERIFY_WITH_TIMEOUT(view->diagnostics()->isVisible(), 10000);
        QVERIFY(view->diagnostics()->count() > 0);
        QVERIFY(view->diagnostics()->item(0)->text().contains(QStringLiteral("Line")));
        QVERIFY(!view->isReady());
        QVERIFY(!view->verdictText().contains(QStringLiteral("Ready")));
    }

    // Integrations and credentials are shown as the platform's to connect; a
    // required one is called out but never makes the verdict "not ready".
    void manifestViewShowsPlatformConnections()
    {
        QTemporaryDir app;
        QVERIFY(writeFile(app.filePath(QStringLiteral("inf.yml")),
                          "name: connected\n"
                          "secrets:\n  - key: LK_UI_CONNECTED_TOKEN\n    description: Set here\n"
                          "integrations:\n  - key: x.tweet.write\n    description: Posts\n"
                          "    optional: yes\n"
                          "credentials:\n  - key: google.drive\n    description: Reads files\n"));
        Harness h(QStringLiteral("ui-connections"));
        QVERIFY(
            !uitest::setSync(*h.window.vault(), QStringLiteral("LK_UI_CONNECTED_TOKEN"), kCanary));
        ManifestView* view = h.window.openManifest(app.path());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 20000);
        QVERIFY(view->verdictText().contains(QStringLiteral("Ready to run")));
        QCOMPARE(view->model()->rowCount(), 1); // connections are not secrets to set
        auto* connections = view->findChild<QLabel*>(QStringLiteral("platformConnections"));
        QVERIFY(connections && connections->isVisible());
        const QString text = connections->text();
        QVERIFY2(text.contains(QStringLiteral("Integration x.tweet.write (optional) — Posts")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Credential google.drive (required) — Reads files")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Connect the required ones on the platform")));
        // The YAML 1.1 "yes" is read, with its warning listed.
        QVERIFY(view->diagnostics()->isVisible());
        QVERIFY(view->diagnostics()->item(0)->text().contains(QStringLiteral("optional: yes")));
    }

    // Opening a FIFO or a device as a manifest answers at once with the
    // problem; the window never waits for a writer.
    void manifestViewRefusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("inf.yml"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Harness h(QStringLiteral("ui-fifo"));
        for (const QString& path : {fifo, QStringLiteral("/dev/zero")}) {
            ManifestView* view = h.window.openManifest(path);
            QVERIFY(view);
            QVERIFY(!view->isReady());
            QCOMPARE(view->diagnostics()->count(), 1);
            QVERIFY2(
                view->diagnostics()->item(0)->text().contains(QStringLiteral("not a regular file")),
                qPrintable(view->diagnostics()->item(0)->text()));
            QCOMPARE(view->model()->rowCount(), 0);
        }
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
