// The GUI's Import dialog (masked preview, ticked keys) and the manifest
// view's "Scan this app's folder", against the real keychain
// (tests/with-keyring.sh) on the offscreen platform.
#include "AppIdentity.h"
#include "ImportDialog.h"
#include "ManifestView.h"
#include "ScanDialog.h"
#include "TrickyEnv.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using namespace testsupport;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int rowOf(QTableWidget* table, const QString& key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, ImportDialog::KeyColumn)->text() == key)
            return row;
    return -1;
}

// Widgets are found by their objectName, as a user's tools (and
// accessibility) see them, not through the dialogs' members.
template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

QString labelText(QObject* parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

bool shows(QTableWidget* table, const QByteArray& value)
{
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            if (table->item(row, column) &&
                table->item(row, column)->text().toUtf8().contains(value))
                return true;
    return false;
}

} // namespace

class TestImportScan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void importDialogTakesTickedKeys()
    {
        Vault vault(QStringLiteral("gui-import"));
        QVERIFY(!setSync(vault, QStringLiteral("PLAIN"), QStringLiteral("existing-value-0000")));
        ImportDialog dialog(trickyenv::path(), &vault);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        QTableWidget* table = child<QTableWidget>(&dialog, "importTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 19); // every entry, the invalid one included
        // Masked preview: no value is shown, and each long one only as its mask.
        for (const auto& [key, value] : trickyenv::imported())
            QVERIFY2(!shows(table, value), qPrintable(key + " is shown in clear"));
        const int multi = rowOf(table, QStringLiteral("MULTI_DOUBLE"));
        QCOMPARE(table->item(multi, ImportDialog::ValueColumn)->text(),
                 QString(8, QChar(0x2022)) + QStringLiteral("----"));
        // New keys are ticked, the existing one is not, the empty and invalid
        // ones cannot be.
        const int plain = rowOf(table, QStringLiteral("PLAIN"));
        QCOMPARE(table->item(plain, ImportDialog::TakeColumn)->checkState(), Qt::Unchecked);
        QVERIFY(table->item(plain, ImportDialog::TakeColumn)->flags() & Qt::ItemIsUserCheckable);
        const int invalid = rowOf(table, trickyenv::invalidKey());
        QCOMPARE(table->item(invalid, ImportDialog::LineColumn)->text(),
                 QString::number(trickyenv::kInvalidLine));
        QVERIFY(
            !(table->item(invalid, ImportDialog::TakeColumn)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!(
            table->item(rowOf(table, QStringLiteral("EMPTY")), ImportDialog::TakeColumn)->flags() &
            Qt::ItemIsUserCheckable));

        // The user unticks one new key and leaves the existing one alone.
        table->item(rowOf(table, QStringLiteral("SINGLE")), ImportDialog::TakeColumn)
            ->setCheckState(Qt::Unchecked);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        QVERIFY2(labelText(&dialog, "importMessage")
                     .contains(QStringLiteral("Stored 14 new and 0 replaced")),
                 qPrintable(labelText(&dialog, "importMessage")));
        for (const auto& [key, value] : trickyenv::imported()) {
            if (key == QLatin1String("SINGLE"))
                QCOMPARE(secretToolLookup(vault.name(), key), QByteArray());
            else if (key == QLatin1String("PLAIN"))
                QCOMPARE(secretToolLookup(vault.name(), key), QByteArray("existing-value-0000"));
            else
                QVERIFY2(secretToolLookup(vault.name(), key) == value, qPrintable(key));
        }
        QVERIFY(!secretToolKeys(vault.name()).contains(trickyenv::invalidKey()));
    }

    void importDialogReportsABrokenFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.env"));
        QVERIFY(writeFile(path, "A=1\nB='open\n"));
        Vault vault(QStringLiteral("gui-broken"));
        ImportDialog dialog(path, &vault);
        QTRY_VERIFY(dialog.isReady());
        QVERIFY2(
            labelText(&dialog, "importMessage").contains(path + QStringLiteral(":2:3: error:")),
            qPrintable(labelText(&dialog, "importMessage")));
        QCOMPARE(child<QTableWidget>(&dialog, "importTable")->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    }

    void fileMenuImportsIntoTheOpenVault()
    {
        uitest::App app(QStringLiteral("gui-menu-import"));
        QAction* import = app.action("actionImport");
        QVERIFY(import);
        const QList<QAction*> fileMenu = app.window.menuBar()->actions().first()->menu()->actions();
        QVERIFY(fileMenu.contains(import));

        // The action asks for a file, then previews it for the session's vault.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.env"));
        QVERIFY(writeFile(path, "MENU_IMPORTED=menu-import-canary-4b1e\n"));
        import->trigger();
        QFileDialog* chooser = nullptr;
        QTRY_VERIFY((chooser = app.find<QFileDialog>("importFileDialog")));
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, as its Open button
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = app.find<ImportDialog>("importDialog")));
        QTRY_VERIFY(dialog->isReady());
        QCOMPARE(child<QTableWidget>(dialog, "importTable")->rowCount(), 1);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        QCOMPARE(
            secretToolLookup(QStringLiteral("gui-menu-import"), QStringLiteral("MENU_IMPORTED")),
            QByteArray("menu-import-canary-4b1e"));
    }

    void manifestViewScansItsFolder()
    {
        QTemporaryDir dir;
        uitest::App app(QStringLiteral("gui-scan"));
        Vault& vault = app.vault();
        const QString value = QStringLiteral("sk-gui-scan-canary-60d1f2e3");
        QVERIFY(!setSync(vault, QStringLiteral("LEAKED_KEY"), value));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("inf.yml")), "secrets:\n  - key: LEAKED_KEY\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("main.py")),
                          "import os\nKEY = '" + value.toUtf8() + "'\n"));
        // The manifest's tab, opened through the window as a user would.
        app.window.openManifest(dir.path());
        auto* view = qobject_cast<ManifestView*>(app.find<QTabWidget>("tabs")->currentWidget());
        QVERIFY(view);
        auto* button = view->findChild<QPushButton*>(QStringLiteral("scanFolderButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        ScanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = child<ScanDialog>(&app.window, "scanDialog")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
        QTableWidget* results = child<QTableWidget>(dialog, "scanResults");
        QVERIFY(results);
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, ScanDialog::FileColumn)->text(), QStringLiteral("main.py"));
        QCOMPARE(results->item(0, ScanDialog::LineColumn)->text(), QStringLiteral("2"));
        QCOMPARE(results->item(0, ScanDialog::ColumnColumn)->text(), QStringLiteral("8"));
        QCOMPARE(results->item(0, ScanDialog::KeyColumn)->text(), QStringLiteral("LEAKED_KEY"));
        QCOMPARE(results->item(0, ScanDialog::VaultColumn)->text(), QStringLiteral("gui-scan"));
        QVERIFY(!shows(results, value.toUtf8()));
        QVERIFY(!labelText(dialog, "scanSummary").contains(value));
        QVERIFY(labelText(dialog, "scanSummary").contains(QStringLiteral("Found 1 stored value")));

        // Clean once the value is gone.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("main.py")), "import os\n"));
        ScanDialog again(dir.path(), &vault);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 60000);
        QCOMPARE(child<QTableWidget>(&again, "scanResults")->rowCount(), 0);
        QVERIFY(labelText(&again, "scanSummary").contains(QStringLiteral("No stored value found")));
    }
};

QTEST_MAIN(TestImportScan)
#include "tst_import_scan.moc"
