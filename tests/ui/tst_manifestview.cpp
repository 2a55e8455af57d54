// Manifest tabs in the main window, on the offscreen platform against the
// real keychain (tests/with-keyring.sh): fixing missing keys, following the
// file, platform connections, refusing what is not a file, the window's
// actions acting on the manifest's selected row, and a verdict that wraps.
#include "AppIdentity.h"
#include "ManifestView.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace latchkey;
using uitest::App;

namespace {

const QString kCanary = QStringLiteral("sk-manifest-canary-2c7e99f1");
const QString kOtherCanary = QStringLiteral("tok-manifest-canary-51d0");

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

bool tableShows(const QAbstractItemModel* model, const QString& needle)
{
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString().contains(needle))
                return true;
    return false;
}

// The tab showing `path`, opened through the window as a user would.
ManifestView* open(App& app, const QString& path)
{
    app.window.openManifest(path);
    return qobject_cast<ManifestView*>(app.find<QTabWidget>("tabs")->currentWidget());
}

QString verdict(ManifestView* view)
{
    return view->findChild<QLabel*>(QStringLiteral("verdict"))->text();
}

bool selectRow(ManifestView* view, const QString& key)
{
    auto* table = view->findChild<QTableView*>(QStringLiteral("readinessTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == key) {
            table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
            return true;
        }
    return false;
}

QWidget* editorOf(App& app)
{
    QWidget* editor = app.find("secretEditor");
    return editor && editor->isVisible() ? editor : nullptr;
}

} // namespace

class TestManifestView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void fixMissingAndFollowFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inf.yml"));
        QVERIFY(writeFile(path, fixture()));
        App app(QStringLiteral("mv-fix"));
        ManifestView* view = open(app, dir.path()); // a folder works too
        QVERIFY(view);
        auto* table = view->findChild<QTableView*>(QStringLiteral("readinessTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->title(), QStringLiteral("summarizer"));
        QTRY_VERIFY_WITH_TIMEOUT(
            verdict(view).contains(QStringLiteral("2 required secrets missing")), 20000);

        // Enter on the missing key: the editor knows its name and purpose.
        table->setFocus();
        QVERIFY(selectRow(view, QStringLiteral("OPENAI_API_KEY")));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(editorOf(app));
        QWidget* editor = editorOf(app);
        auto* key = editor->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
        QCOMPARE(key->text(), QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(key->isReadOnly());
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("descriptionEdit"))->text(),
                 QStringLiteral("OpenAI API key for GPT models"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("valueEdit")), kCanary);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict(view).contains(QStringLiteral("1 required")), 20000);

        // "Set Missing…" walks through the rest.
        auto* setMissing = view->findChild<QPushButton*>(QStringLiteral("setMissingButton"));
        QVERIFY(setMissing && setMissing->isVisible());
        QTest::mouseClick(setMissing, Qt::LeftButton);
        QTRY_VERIFY(editorOf(app));
        editor = editorOf(app);
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text(),
                 QStringLiteral("LK_UI_TEST_TOKEN"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("valueEdit")), kOtherCanary);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict(view).contains(QStringLiteral("Ready to run")), 20000);
        QVERIFY(view->manifest()->isReady());
        QVERIFY(!setMissing->isVisible());
        QVERIFY2(!tableShows(table->model(), kCanary), "the readiness table shows a value");

        // Deleting a key an open manifest requires warns about it.
        app.window.actions()->deleteKey(QStringLiteral("OPENAI_API_KEY"));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = app.find<QMessageBox>("confirmDelete")));
        QVERIFY(box->informativeText().contains(QStringLiteral("summarizer requires")));
        box->button(QMessageBox::Cancel)->click();

        // Editing the file on disk refreshes the view.
        QByteArray more = fixture();
        more.replace("integrations:", "  - key: LK_UI_ADDED_LATER\n    description: New need\n"
                                      "integrations:");
        QVERIFY(writeFile(path, more));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(verdict(view).contains(QStringLiteral("1 required")), 20000);

        // A broken edit shows diagnostics, not stale data.
        auto* diagnostics = view->findChild<QListWidget*>(QStringLiteral("diagnostics"));
        QVERIFY(writeFile(path, "name: summarizer\nsecrets:\n  - key: [unclosed\n"));
        QTRY_VERIFY_WITH_TIMEOUT(diagnostics->isVisible(), 10000);
        QVERIFY(diagnostics->count() > 0);
        QVERIFY(diagnostics->item(0)->text().contains(QStringLiteral("Line")));
        QVERIFY(!view->manifest()->isReady());
        QVERIFY(!verdict(view).contains(QStringLiteral("Ready")));
    }

    // On a manifest tab the toolbar, the menus, the context menu and Ctrl+C
    // act on the manifest's selected row, never on the hidden Secrets tab.
    void actionsActOnTheManifestRow()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("inf.yml")),
                          "name: two\nsecrets:\n  - key: LK_ROW_SHOWN\n  - key: LK_ROW_UNSET\n"));
        App app(QStringLiteral("mv-actions"));
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_ROW_HIDDEN"), kOtherCanary));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_ROW_SHOWN"), kCanary));
        auto* secrets = app.find<QTableView>("secretsTable");
        QTRY_COMPARE(secrets->model()->rowCount(), 2);
        secrets->selectRow(0); // LK_ROW_HIDDEN, on the tab about to be hidden
        ManifestView* view = open(app, dir.path());
        QTRY_VERIFY(view->manifest()->readiness()->hasReport());
        auto* table = view->findChild<QTableView*>(QStringLiteral("readinessTable"));
        QVERIFY(selectRow(view, QStringLiteral("LK_ROW_SHOWN")));

        QApplication::clipboard()->clear();
        QAction* copy = app.action("actionCopy");
        QVERIFY(copy->isEnabled());
        copy->trigger(); // the toolbar's button
        QTRY_VERIFY2(QApplication::clipboard()->text() == kCanary,
                     "toolbar Copy did not copy the manifest row's value");
        app.clipboard.clear();
        // The table's own Ctrl+C copies the value too, not the key's name.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY2(QApplication::clipboard()->text() == kCanary,
                     "Ctrl+C on the manifest table did not copy the value");
        app.clipboard.clear();
        // Its context menu has the same actions.
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(table->actions().contains(copy));
        QVERIFY(table->actions().contains(app.action("actionReveal")));
        QVERIFY(table->actions().contains(app.action("actionEdit")));

        // A key the vault does not have: nothing to copy, and Edit sets it.
        QVERIFY(selectRow(view, QStringLiteral("LK_ROW_UNSET")));
        QVERIFY(!copy->isEnabled());
        QVERIFY(!app.action("actionReveal")->isEnabled());
        QVERIFY(!app.action("actionDelete")->isEnabled());
        QAction* edit = app.action("actionEdit");
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->text().contains(QStringLiteral("Set")));
        edit->trigger();
        QTRY_VERIFY(editorOf(app));
        QCOMPARE(editorOf(app)->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->text(),
                 QStringLiteral("LK_ROW_UNSET"));
        static_cast<QDialog*>(editorOf(app))->reject();

        // Back on the Secrets tab, its own selection counts again.
        app.find<QTabWidget>("tabs")->setCurrentIndex(0);
        copy->trigger();
        QTRY_VERIFY(QApplication::clipboard()->text() == kOtherCanary);
        app.clipboard.clear();
    }

    // A long verdict (a keychain's whole error message) wraps; the window
    // keeps its width.
    void longVerdictWrapsWithoutWideningTheWindow()
    {
        uitest::RefusingStore store;
        store.state = KeychainState::Available; // reachable, but every lookup fails
        store.error = {ErrorKind::Timeout,
                       QStringLiteral("The keychain did not answer because of a very long and "
                                      "detailed explanation that a provider may well give, naming "
                                      "its bus, its object path, its collection and the reason "
                                      "it thinks applies, twice over to be sure, and more.")};
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("inf.yml")),
                          "name: wide\nsecrets:\n  - key: LK_WIDE\n"));
        App app(QStringLiteral("mv-wide"),
                [&](const QString& name) { return new Vault(name, &store, dir.path()); });
        app.window.resize(900, 560);
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        ManifestView* view = open(app, dir.path());
        QTRY_VERIFY(verdict(view).startsWith(QStringLiteral("Cannot check")));
        QTest::qWait(200);
        QCOMPARE(app.window.width(), 900);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("verdict"))->wordWrap());
    }

    // Whatever the manifest says (a long name, a description with a long
    // unbroken word, a long connection) wraps or is cut: it never widens the
    // window, whose width would then be saved.
    void longManifestTextNeverWidensTheWindow()
    {
        const QByteArray word(260, 'w');
        const QByteArray manifest =
            "name: " + QByteArray("a very long application name ").repeated(4) + word +
            "\ndescription: see https://example.com/" + word +
            "\nsecrets:\n  - key: LK_LONG_TEXT\n    description: " + word +
            "\nintegrations:\n  - key: x." + word + "\n    description: " + word + "\n";
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("inf.yml")), manifest));
        App app(QStringLiteral("mv-long-text"));
        app.window.resize(900, 560);
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        ManifestView* view = open(app, dir.path());
        QVERIFY(view);
        QTRY_VERIFY(!verdict(view).isEmpty());
        QTRY_VERIFY(view->findChild<QLabel*>(QStringLiteral("appName"))->text().contains(word));
        QTest::qWait(200);
        QCOMPARE(app.window.width(), 900);
        QVERIFY(app.window.minimumSizeHint().width() < 900);
    }

    // Integrations and credentials are shown as the platform's to connect; a
    // required one is called out but never makes the verdict "not ready".
    void showsPlatformConnections()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("inf.yml")),
                          "name: connected\n"
                          "secrets:\n  - key: LK_UI_CONNECTED_TOKEN\n    description: Set here\n"
                          "integrations:\n  - key: x.tweet.write\n    description: Posts\n"
                          "    optional: yes\n"
                          "credentials:\n  - key: google.drive\n    description: Reads files\n"));
        App app(QStringLiteral("mv-connections"));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_UI_CONNECTED_TOKEN"), kCanary));
        ManifestView* view = open(app, dir.path());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->manifest()->isReady(), 20000);
        QVERIFY(verdict(view).contains(QStringLiteral("Ready to run")));
        QCOMPARE(view->manifest()->readiness()->rowCount(), 1);
        auto* connections = view->findChild<QLabel*>(QStringLiteral("platformConnections"));
        QVERIFY(connections && connections->isVisible());
        const QString text = connections->text();
        QVERIFY2(text.contains(QStringLiteral("Integration x.tweet.write (optional) \u2014 Posts")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Credential google.drive (required) \u2014 Reads files")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Connect the required ones on the platform")));
        auto* diagnostics = view->findChild<QListWidget*>(QStringLiteral("diagnostics"));
        QVERIFY(diagnostics->isVisible());
        QVERIFY(diagnostics->item(0)->text().contains(QStringLiteral("optional: yes")));
    }

    // Opening a FIFO or a device as a manifest answers at once with the
    // problem; the window never waits for a writer.
    void refusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("inf.yml"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        App app(QStringLiteral("mv-fifo"));
        for (const QString& path : {fifo, QStringLiteral("/dev/zero")}) {
            ManifestView* view = open(app, path);
            QVERIFY(view);
            QVERIFY(!view->manifest()->isReady());
            auto* diagnostics = view->findChild<QListWidget*>(QStringLiteral("diagnostics"));
            QCOMPARE(diagnostics->count(), 1);
            QVERIFY2(diagnostics->item(0)->text().contains(QStringLiteral("not a regular file")),
                     qPrintable(diagnostics->item(0)->text()));
            QCOMPARE(view->manifest()->readiness()->rowCount(), 0);
        }
        QVERIFY(!app.session.recentManifests().contains(fifo));
        QVERIFY(!app.session.recentManifests().contains(QStringLiteral("/dev/zero")));
    }
};

QTEST_MAIN(TestManifestView)
#include "tst_manifestview.moc"
