// Issue 12 in the desktop app, driven with QTest on the real widgets (found by
// objectName) against the real keychain (tests/with-keyring.sh), offscreen:
// the age column (with its icon, sortable), Undo in the status bar after a
// delete, the editor's Generate button.
#include "AgeDelegate.h"
#include "AppIdentity.h"
#include "UiTestSupport.h"
#include "VaultModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using uitest::App;

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

bool select(QTableView* table, const QString& key)
{
    const QModelIndex index = rowIndex(table, key, 0);
    if (!index.isValid())
        return false;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    return true;
}

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
        App app(QStringLiteral("ui-age"));
        SecretChange expired;
        expired.schedule.expires = QDate::currentDate().addDays(-3);
        QVERIFY(!setWith(app.vault(), QStringLiteral("LK_EXPIRED"), kCanary, expired));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_FRESH"), kCanary));
        auto* table = app.find<QTableView>("secretsTable");
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->headerData(VaultModel::AgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Age"));
        QVERIFY(!table->isColumnHidden(VaultModel::AgeColumn));
        QVERIFY(table->columnWidth(VaultModel::AgeColumn) > 0);
        const QModelIndex stale =
            rowIndex(table, QStringLiteral("LK_EXPIRED"), VaultModel::AgeColumn);
        const QModelIndex fresh =
            rowIndex(table, QStringLiteral("LK_FRESH"), VaultModel::AgeColumn);
        QVERIFY(stale.isValid() && fresh.isValid());
        QVERIFY(stale.data().toString().contains(QStringLiteral("stale")));
        QCOMPARE(fresh.data().toString(), QStringLiteral("0d"));
        // The table draws a warning icon beside a stale age, none beside a fresh one.
        auto* delegate =
            qobject_cast<AgeDelegate*>(table->itemDelegateForColumn(VaultModel::AgeColumn));
        QVERIFY(delegate);
        QVERIFY(!delegate->iconFor(stale).isNull());
        QVERIFY(delegate->iconFor(fresh).isNull());
        // Sortable: clicking the header sorts by it, the oldest first when descending.
        QTest::mouseClick(
            table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(VaultModel::AgeColumn) +
                       table->columnWidth(VaultModel::AgeColumn) / 2,
                   table->horizontalHeader()->height() / 2));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(VaultModel::AgeColumn));
        // Set again, LK_EXPIRED is the younger one (the expiry date stays).
        const QDateTime before = rowIndex(table, QStringLiteral("LK_EXPIRED"), 0)
                                     .data(VaultModel::UpdatedRole)
                                     .toDateTime();
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_EXPIRED"), kCanary));
        QTRY_VERIFY(rowIndex(table, QStringLiteral("LK_EXPIRED"), 0)
                        .data(VaultModel::UpdatedRole)
                        .toDateTime() > before);
        QCOMPARE(
            rowIndex(table, QStringLiteral("LK_EXPIRED"), VaultModel::AgeColumn).data().toString(),
            QStringLiteral("0d \u00b7 stale")); // the expiry date stays
        table->sortByColumn(VaultModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("LK_FRESH"));
        table->sortByColumn(VaultModel::AgeColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("LK_EXPIRED"));
    }

    void undoAfterDeleteBringsItBack()
    {
        App app(QStringLiteral("ui-undo"));
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_UNDO"), kCanary));
        auto* table = app.find<QTableView>("secretsTable");
        auto* undo = app.window.statusBar()->findChild<QToolButton*>(QStringLiteral("undoDelete"));
        QVERIFY(table && undo);
        QVERIFY(!undo->isVisible());
        QTRY_VERIFY(select(table, QStringLiteral("LK_UNDO")));
        app.action("actionDelete")->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = app.find<QMessageBox>("confirmDelete")));
        QVERIFY(box->informativeText().contains(QStringLiteral("trash")));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 20000);
        // Non-modal: the window goes on working while Undo is offered.
        QTRY_VERIFY(undo->isVisible() && undo->isEnabled());
        QVERIFY(!app.find<QMessageBox>("confirmDelete"));
        QString value;
        QCOMPARE(uitest::valueSync(app.vault(), QStringLiteral("LK_UNDO"), value).kind,
                 ErrorKind::NotFound);
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QVERIFY(!uitest::valueSync(app.vault(), QStringLiteral("LK_UNDO"), value));
        QVERIFY2(value == kCanary, "Undo did not bring back the value byte for byte");
        QVERIFY(!undo->isVisible());
        QVERIFY(!app.action("actionUndoDelete")->isEnabled());
    }

    void generateButtonFillsARandomValue()
    {
        App app(QStringLiteral("ui-generate"));
        app.action("actionAdd")->trigger();
        QWidget* editor = nullptr;
        QTRY_VERIFY((editor = app.find("secretEditor")) && editor->isVisible());
        auto* key = editor->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
        auto* valueEdit = editor->findChild<QLineEdit*>(QStringLiteral("valueEdit"));
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* generate = editor->findChild<QToolButton*>(QStringLiteral("generateButton"));
        auto* length = editor->findChild<QSpinBox*>(QStringLiteral("generateLength"));
        auto* charset = editor->findChild<QComboBox*>(QStringLiteral("generateCharset"));
        QVERIFY(key && valueEdit && save && generate && length && charset);
        // A key a service issues: no generating.
        QTest::keyClicks(key, QStringLiteral("OPENAI_API_KEY"));
        QVERIFY(!generate->isEnabled());
        QVERIFY(generate->toolTip().contains(QStringLiteral("OpenAI")));
        key->clear();
        QTest::keyClicks(key, QStringLiteral("LK_WEBHOOK_SECRET"));
        QVERIFY(generate->isEnabled());
        length->setValue(48);
        charset->setCurrentText(QStringLiteral("hex"));
        QTest::mouseClick(generate, Qt::LeftButton);
        const QString first = valueEdit->text();
        QCOMPARE(first.size(), 48);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]+$")).match(first).hasMatch());
        QCOMPARE(valueEdit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(valueEdit->text() != first);
        // From the multi-line editor too: it goes back to one hidden line.
        auto* multiToggle = editor->findChild<QToolButton*>(QStringLiteral("multiLineButton"));
        auto* multi = editor->findChild<QPlainTextEdit*>(QStringLiteral("multiLineEdit"));
        QVERIFY(multiToggle && multi);
        QTest::mouseClick(multiToggle, Qt::LeftButton);
        QVERIFY(multiToggle->isChecked());
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(!multiToggle->isChecked());
        QVERIFY(multi->toPlainText().isEmpty());
        QCOMPARE(valueEdit->text().size(), 48);
        const QString stored = valueEdit->text();
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);
        QString value;
        QVERIFY(!uitest::valueSync(app.vault(), QStringLiteral("LK_WEBHOOK_SECRET"), value));
        QVERIFY2(value == stored, "the keychain does not hold the generated value");
    }
};

QTEST_MAIN(TestLifecycleWidgets)
#include "tst_lifecycle_widgets.moc"
