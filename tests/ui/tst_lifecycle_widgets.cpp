// Issue 12 in the desktop app, driven with QTest on the real widgets (found by
// objectName) against the real keychain (tests/with-keyring.sh), offscreen:
// the age column, Undo in the status bar after a delete, the editor's
// Generate button.
#include "AppIdentity.h"
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "SecretEditor.h"
#include "UiTestSupport.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace latchkey;

namespace {

const QString kCanary = QStringLiteral("sk-lifecycle-widget-canary-5c1d");

QModelIndex rowIndex(QTableView* table, const QString& key, int column)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == key)
            return model->index(row, column);
    return {};
}

struct Harness {
    explicit Harness(const QString& vaultName)
        : clipboard(QApplication::clipboard())
        , window([](const QString& name) { return new Vault(name); }, &clipboard)
    {
        window.switchVault(vaultName);
        window.show();
    }
    ClipboardGuard clipboard;
    MainWindow window;
};

Error setWith(Vault& vault, const QString& key, const QString& value, const SecretChange& change)
{
    Error result{ErrorKind::Other, QStringLiteral("no answer")};
    testsupport::waitFor([&](auto finish, QObject* context) {
        vault.set(key, value, change, context, [&, finish](const Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

} // namespace

class TestLifecycleWidgets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void ageColumnShowsStatusWithAnIcon()
    {
        Harness h(QStringLiteral("ui-age"));
        SecretChange expired;
        expired.schedule.expires = QDate::currentDate().addDays(-3);
        QVERIFY(!setWith(*h.window.vault(), QStringLiteral("LK_EXPIRED"), kCanary, expired));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_FRESH"), kCanary));
        QTableView* table = h.window.secretsTable();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->headerData(VaultModel::AgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Age"));
        QVERIFY(!table->isColumnHidden(VaultModel::AgeColumn));
        const QModelIndex stale =
            rowIndex(table, QStringLiteral("LK_EXPIRED"), VaultModel::AgeColumn);
        const QModelIndex fresh =
            rowIndex(table, QStringLiteral("LK_FRESH"), VaultModel::AgeColumn);
        QVERIFY(stale.isValid() && fresh.isValid());
        QVERIFY(stale.data().toString().contains(QStringLiteral("stale")));
        QVERIFY(!stale.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(fresh.data().toString(), QStringLiteral("0d"));
        QVERIFY(fresh.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Sortable: clicking the header sorts by it.
        table->sortByColumn(VaultModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(VaultModel::AgeColumn));
    }

    void undoAfterDeleteBringsItBack()
    {
        Harness h(QStringLiteral("ui-undo"));
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(!uitest::setSync(*h.window.vault(), QStringLiteral("LK_UNDO"), kCanary));
        QTRY_VERIFY(h.window.selectKey(QStringLiteral("LK_UNDO")));
        h.window.deleteSecret();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = h.window.findChild<QMessageBox*>(QStringLiteral("confirmDelete"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("trash")));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.window.vaultModel()->rowCount(), 0, 20000);
        QPushButton* undo = nullptr;
        QTRY_VERIFY(
            (undo = h.window.statusBar()->findChild<QPushButton*>(QStringLiteral("undoDelete"))));
        QVERIFY(undo->isVisible());
        QString value;
        QCOMPARE(uitest::valueSync(*h.window.vault(), QStringLiteral("LK_UNDO"), value).kind,
                 ErrorKind::NotFound);
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.window.vaultModel()->rowCount(), 1, 20000);
        QVERIFY(!uitest::valueSync(*h.window.vault(), QStringLiteral("LK_UNDO"), value));
        QVERIFY2(value == kCanary, "Undo did not bring back the value byte for byte");
        QTRY_VERIFY(!h.window.statusBar()->findChild<QPushButton*>(QStringLiteral("undoDelete")));
    }

    void generateButtonFillsARandomValue()
    {
        Harness h(QStringLiteral("ui-generate"));
        h.window.addSecret();
        SecretEditor* editor = h.window.currentEditor();
        QVERIFY(editor);
        auto* generate = editor->findChild<QToolButton*>(QStringLiteral("generateButton"));
        auto* length = editor->findChild<QSpinBox*>(QStringLiteral("generateLength"));
        auto* charset = editor->findChild<QComboBox*>(QStringLiteral("generateCharset"));
        QVERIFY(generate && length && charset);
        // A key a service issues: no generating.
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(!generate->isEnabled());
        QVERIFY(generate->toolTip().contains(QStringLiteral("OpenAI")));
        editor->keyEdit()->clear();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("LK_WEBHOOK_SECRET"));
        QVERIFY(generate->isEnabled());
        length->setValue(48);
        charset->setCurrentText(QStringLiteral("hex"));
        QTest::mouseClick(generate, Qt::LeftButton);
        const QString first = editor->valueEdit()->text();
        QCOMPARE(first.size(), 48);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]+$")).match(first).hasMatch());
        QCOMPARE(editor->valueEdit()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(editor->valueEdit()->text() != first);
        const QString stored = editor->valueEdit()->text();
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.window.currentEditor(), 20000);
        QString value;
        QVERIFY(!uitest::valueSync(*h.window.vault(), QStringLiteral("LK_WEBHOOK_SECRET"), value));
        QVERIFY2(value == stored, "the keychain does not hold the generated value");
    }
};

QTEST_MAIN(TestLifecycleWidgets)
#include "tst_lifecycle_widgets.moc"
