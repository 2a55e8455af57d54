// Issue 12's History section of the editor and the Trash view, driven with
// QTest on the real widgets (found by objectName) against the real keychain
// (tests/with-keyring.sh), offscreen: earlier values listed masked and never
// shown, one restored byte for byte; a deleted secret listed in the trash,
// restored, deleted for good (no keychain item left, as secret-tool sees it)
// and the trash emptied, following latchkey-cli as it changes the trash. The
// trash's model runs under QAbstractItemModelTester.
#include "AppIdentity.h"
#include "CliRunner.h"
#include "TrashModel.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace latchkey;
using uitest::App;

namespace {

QString value(int n)
{
    // Distinct last four characters: the masks tell the versions apart.
    return QStringLiteral("ui-history-canary-9b2e-") + QString::number(1000 + n);
}

const QString kTrashCanary = QStringLiteral("ui-trash-canary-41d7-");

bool select(QTableView* table, const QString& key)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == key) {
            table->selectRow(row);
            return true;
        }
    return false;
}

// Every text a widget tree shows or carries: labels, fields, buttons,
// tooltips, item views' cells.
QStringList textsOf(const QWidget* root)
{
    QStringList texts;
    QList<const QWidget*> widgets{root};
    for (const QWidget* child : root->findChildren<QWidget*>())
        widgets << child;
    for (const QWidget* widget : widgets) {
        texts << widget->toolTip() << widget->windowTitle();
        if (auto* label = qobject_cast<const QLabel*>(widget))
            texts << label->text();
        if (auto* line = qobject_cast<const QLineEdit*>(widget))
            texts << line->text() << line->displayText();
        if (auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts << button->text();
        if (auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                        texts << model->index(row, column).data(role).toString();
        }
    }
    return texts;
}

bool showsAnyOf(const QWidget* root, const QString& needle)
{
    for (const QString& text : textsOf(root))
        if (text.contains(needle))
            return true;
    return false;
}

// Every item of `vault` in the keychain, current ones and the trash and
// history items of its own (`secret-tool search --all`), whole.
QByteArray keychainItems(const QString& vault)
{
    QByteArray all;
    for (const QStringList& match :
         {QStringList{QStringLiteral("server"), Vault::serviceFor(vault)},
          QStringList{QStringLiteral("latchkey:vault"), vault}}) {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(QStringLiteral("secret-tool"),
                   QStringList{QStringLiteral("search"), QStringLiteral("--all")} + match);
        tool.waitForFinished(30000);
        all += tool.readAllStandardOutput();
    }
    return all;
}

QMessageBox* confirm(App& app, const char* name)
{
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] {
            return (box = app.window.findChild<QMessageBox*>(QLatin1String(name))) &&
                   box->isVisible();
        }))
        return nullptr;
    return box;
}

class FixedClock : public Clock {
public:
    QDateTime now() const override { return at; }
    QDateTime at;
};

} // namespace

class TestHistoryTrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void cleanup()
    {
        if (testsupport::keyringLocked())
            QVERIFY(testsupport::unlockKeyring());
    }

    void trashModelCountsTheDaysLeft()
    {
        TrashModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto clock = std::make_shared<FixedClock>();
        clock->at = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
        SecretInfo older;
        older.key = QStringLiteral("OLD");
        older.description = QStringLiteral("old one");
        older.deleted = clock->at.addDays(-29).addSecs(-3600);
        SecretInfo newer;
        newer.key = QStringLiteral("NEW");
        newer.deleted = clock->at.addDays(-2);
        SecretInfo gone;
        gone.key = QStringLiteral("GONE");
        gone.deleted = clock->at.addDays(-31);
        model.setTrash({older, gone, newer}, 30, clock);
        QCOMPARE(model.rowCount(), 3);
        // The newest delete first.
        QCOMPARE(model.keyAt(0), QStringLiteral("NEW"));
        QCOMPARE(model.keyAt(2), QStringLiteral("GONE"));
        QCOMPARE(model.index(0, TrashModel::DaysLeftColumn).data(TrashModel::DaysLeftRole).toInt(),
                 28);
        QCOMPARE(model.index(1, 0).data(TrashModel::DaysLeftRole).toInt(), 1); // 23 h left
        QCOMPARE(model.index(2, 0).data(TrashModel::DaysLeftRole).toInt(), 0);
        QCOMPARE(model.index(1, TrashModel::DescriptionColumn).data().toString(),
                 QStringLiteral("old one"));
        QCOMPARE(model.index(0, 0).data(TrashModel::PurgeAfterRole).toDateTime(),
                 newer.deleted.addDays(30));
        QCOMPARE(model.index(0, TrashModel::DaysLeftColumn).data().toString(),
                 QStringLiteral("28"));
        QCOMPARE(model.index(2, TrashModel::DaysLeftColumn).data().toString(),
                 QStringLiteral("none"));
        QVERIFY(model.roleNames().contains(TrashModel::DaysLeftRole));
        model.setTrash({}, 30, clock);
        QCOMPARE(model.rowCount(), 0);
    }

    void historyListsMaskedVersionsAndRestoresOne()
    {
        App app(QStringLiteral("ui-history"));
        const QString key = QStringLiteral("LK_ROTATED");
        for (int n = 0; n <= 6; ++n) // set, then overwrite ×6
            QVERIFY(!uitest::setSync(app.vault(), key, value(n)));
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(select(table, key));
        app.action("actionEdit")->trigger();
        QWidget* editor = nullptr;
        QTRY_VERIFY((editor = app.find("secretEditor")) && editor->isVisible());
        auto* section = editor->findChild<QWidget*>(QStringLiteral("historySection"));
        auto* list = editor->findChild<QTreeWidget*>(QStringLiteral("historyList"));
        auto* restore = editor->findChild<QPushButton*>(QStringLiteral("restoreVersionButton"));
        QVERIFY(section && list && restore);
        QTRY_VERIFY(section->isVisible());
        // The history keeps five: values 5, 4, 3, 2, 1 newest first (0 fell out).
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 5, 20000);
        int previous = INT_MAX;
        for (int i = 0; i < 5; ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            const int version = item->text(0).toInt();
            QVERIFY(version > 0 && version < previous);
            previous = version;
            QVERIFY(!item->text(1).isEmpty()); // when it was replaced
            QVERIFY2(item->text(2).endsWith(value(5 - i).right(4)), qPrintable(item->text(2)));
            QVERIFY(!item->text(2).contains(QStringLiteral("canary")));
        }
        // Canary: no value anywhere in the window or the editor, only masks.
        for (int n = 0; n <= 6; ++n) {
            QVERIFY2(!showsAnyOf(editor, value(n)), "the editor shows a value");
            QVERIFY2(!showsAnyOf(&app.window, value(n)), "the window shows a value");
        }
        QVERIFY(!restore->isEnabled()); // nothing chosen yet
        // Tab goes from the description through the history to Save.
        QStringList chain;
        QWidget* at = editor->findChild<QWidget*>(QStringLiteral("descriptionEdit"));
        for (int i = 0; at && i < 8; ++i, at = at->nextInFocusChain())
            chain << at->objectName();
        const qsizetype toggle = chain.indexOf(QStringLiteral("historyToggle"));
        QVERIFY2(toggle > 0 && toggle < chain.indexOf(QStringLiteral("restoreVersionButton")) &&
                     chain.indexOf(QStringLiteral("restoreVersionButton")) <
                         chain.indexOf(QStringLiteral("saveButton")),
                 qPrintable(chain.join(QLatin1Char(','))));
        // Bring back value 2 (the fourth row).
        list->setCurrentItem(list->topLevelItem(3));
        QTRY_VERIFY(restore->isEnabled()); // once a read under way has answered
        const int version = list->topLevelItem(3)->text(0).toInt();
        QTest::mouseClick(restore, Qt::LeftButton);
        QString stored;
        QTRY_VERIFY_WITH_TIMEOUT(!uitest::valueSync(app.vault(), key, stored) && stored == value(2),
                                 20000);
        QVERIFY2(testsupport::secretToolLookup(QStringLiteral("ui-history"), key) ==
                     value(2).toUtf8(),
                 "secret-tool does not find the restored value byte for byte");
        // Said in the window's message bar; the list is read again: value 6 is the newest.
        auto* message = app.find<QLabel>("messageText");
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible() &&
                    message->text().contains(QStringLiteral("version %1").arg(version)));
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() > 0 &&
                                     list->topLevelItem(0)->text(2).endsWith(value(6).right(4)),
                                 20000);
        for (int n = 0; n <= 6; ++n)
            QVERIFY2(!showsAnyOf(editor, value(n)), "the editor shows a value after restoring");
        // The editor is still open, its value field untouched.
        QVERIFY(editor->isVisible());
        QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("valueEdit"))->text().isEmpty());
    }

    void historySaysWhenThereIsNone()
    {
        App app(QStringLiteral("ui-history-none"));
        const QString key = QStringLiteral("LK_ONCE");
        QVERIFY(!uitest::setSync(app.vault(), key, value(0)));
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(select(table, key));
        app.action("actionEdit")->trigger();
        QWidget* editor = nullptr;
        QTRY_VERIFY((editor = app.find("secretEditor")) && editor->isVisible());
        auto* status = editor->findChild<QLabel*>(QStringLiteral("historyStatus"));
        auto* list = editor->findChild<QTreeWidget*>(QStringLiteral("historyList"));
        QVERIFY(status && list);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("No earlier values."), 20000);
        QVERIFY(!list->isVisible());
        QVERIFY(
            !editor->findChild<QPushButton*>(QStringLiteral("restoreVersionButton"))->isVisible());
        // A new secret has no history section at all.
        editor->close();
        QTRY_VERIFY(!app.find("secretEditor"));
        app.action("actionAdd")->trigger();
        QTRY_VERIFY((editor = app.find("secretEditor")) && editor->isVisible());
        QVERIFY(!editor->findChild<QWidget*>(QStringLiteral("historySection"))->isVisible());
    }

    void historySaysWhenTheKeychainIsLocked()
    {
        App app(QStringLiteral("ui-history-locked"));
        const QString key = QStringLiteral("LK_LOCKED");
        QVERIFY(!uitest::setSync(app.vault(), key, value(0)));
        QVERIFY(!uitest::setSync(app.vault(), key, value(1)));
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(select(table, key));
        QVERIFY(testsupport::lockKeyring());
        app.action("actionEdit")->trigger();
        QWidget* editor = nullptr;
        QTRY_VERIFY((editor = app.find("secretEditor")) && editor->isVisible());
        auto* status = editor->findChild<QLabel*>(QStringLiteral("historyStatus"));
        auto* list = editor->findChild<QTreeWidget*>(QStringLiteral("historyList"));
        auto* restore = editor->findChild<QPushButton*>(QStringLiteral("restoreVersionButton"));
        QVERIFY(status && list && restore);
        // The versions are listed (their attributes are readable), their masks
        // are not: the values behind the lock cannot be read to be masked.
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 20000);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("(cannot be read now)"));
        // Restoring says why not, in the section and in the window's message bar.
        list->setCurrentItem(list->topLevelItem(0));
        QTRY_VERIFY(restore->isEnabled()); // once a read under way has answered
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(status->isVisible() &&
                                      status->text().contains(QStringLiteral("was not restored")),
                                  qPrintable(status->text()), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("lock"), Qt::CaseInsensitive),
                 qPrintable(status->text()));
        auto* message = app.find<QLabel>("messageText");
        QTRY_VERIFY(message->isVisible() &&
                    message->text().contains(QStringLiteral("lock"), Qt::CaseInsensitive));
        QVERIFY(testsupport::unlockKeyring());
        QString stored;
        QVERIFY(!uitest::valueSync(app.vault(), key, stored));
        QVERIFY2(stored == value(1), "a refused restore changed the value");
        QVERIFY(!showsAnyOf(editor, value(0)));
    }

    void historyAndTrashAreOffWithoutAStoreThatKeepsThem()
    {
        // A store that keeps no earlier values (as a team vault's): no trash to show.
        uitest::RefusingStore store;
        App app(QStringLiteral("ui-nopast"),
                [&store](const QString& name) { return new Vault(name, &store); });
        QVERIFY(!app.action("actionTrash")->isEnabled());
    }

    void trashRestoresPurgesAndEmpties()
    {
        const QString vault = QStringLiteral("ui-trash");
        App app(vault);
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        const QStringList keys{QStringLiteral("LK_TRASH_A"), QStringLiteral("LK_TRASH_B"),
                               QStringLiteral("LK_TRASH_C")};
        for (const QString& key : keys)
            QVERIFY(!uitest::setSync(app.vault(), key, kTrashCanary + key,
                                     QStringLiteral("about %1").arg(key)));
        QAction* show = app.action("actionTrash");
        QVERIFY(show && show->isEnabled());
        show->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = app.find<QDialog>("trashDialog")) && dialog->isVisible());
        QVERIFY(!dialog->isModal()); // beside the window
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("trashTable"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("trashStatus"));
        auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("trashRestoreButton"));
        auto* purge = dialog->findChild<QPushButton*>(QStringLiteral("trashPurgeButton"));
        auto* empty = dialog->findChild<QPushButton*>(QStringLiteral("emptyTrashButton"));
        QVERIFY(table && status && restore && purge && empty);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(status->text(), QStringLiteral("The trash is empty."));
        QVERIFY(!empty->isEnabled());

        // Deleted while the view is open: it follows the vault.
        for (const QString& key : keys)
            QVERIFY(!testsupport::removeSync(app.vault(), key));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 20000);
        QTRY_COMPARE(app.find<QTableView>("secretsTable")->model()->rowCount(), 0);
        QVERIFY(select(table, QStringLiteral("LK_TRASH_B")));
        const int row = table->selectionModel()->selectedRows().first().row();
        const QAbstractItemModel* model = table->model();
        QCOMPARE(model->index(row, TrashModel::DescriptionColumn).data().toString(),
                 QStringLiteral("about LK_TRASH_B"));
        QVERIFY(model->index(row, 0).data(TrashModel::DeletedRole).toDateTime().isValid());
        QVERIFY(!model->index(row, TrashModel::DeletedColumn).data().toString().isEmpty());
        QCOMPARE(model->index(row, 0).data(TrashModel::DaysLeftRole).toInt(), 30);
        QCOMPARE(model->index(row, TrashModel::DaysLeftColumn).data().toString(),
                 QStringLiteral("30"));
        for (const QString& key : keys) {
            QVERIFY2(!showsAnyOf(dialog, kTrashCanary + key), "the trash shows a value");
            QVERIFY(testsupport::secretToolLookup(vault, key).isEmpty());
        }

        // Restore: the value is back, byte for byte, and the row leaves the trash.
        QVERIFY(select(table, QStringLiteral("LK_TRASH_A")));
        QTRY_VERIFY(restore->isEnabled()); // once a read under way has answered
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
        QString stored;
        QVERIFY(!uitest::valueSync(app.vault(), QStringLiteral("LK_TRASH_A"), stored));
        QVERIFY2(stored == kTrashCanary + QStringLiteral("LK_TRASH_A"),
                 "the restored value differs");
        QCOMPARE(testsupport::secretToolLookup(vault, QStringLiteral("LK_TRASH_A")),
                 (kTrashCanary + QStringLiteral("LK_TRASH_A")).toUtf8());
        auto* message = app.find<QLabel>("messageText");
        QTRY_VERIFY(message->isVisible() &&
                    message->text().contains(QStringLiteral("Restored LK_TRASH_A")));

        // Delete for Good, after a confirmation that does not block: nothing of it is left.
        QVERIFY(select(table, QStringLiteral("LK_TRASH_B")));
        QTest::mouseClick(purge, Qt::LeftButton);
        QMessageBox* box = confirm(app, "confirmPurge");
        QVERIFY(box);
        QVERIFY(keychainItems(vault).contains("LK_TRASH_B")); // still there until confirmed
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmPurgeButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QByteArray items = keychainItems(vault);
        QVERIFY2(!items.contains("LK_TRASH_B"), "a keychain item of the purged key is left");
        QVERIFY(items.contains("LK_TRASH_C"));
        QVERIFY(items.contains("LK_TRASH_A"));

        // Cancelling the confirmation changes nothing.
        QTest::mouseClick(empty, Qt::LeftButton);
        QVERIFY((box = confirm(app, "confirmEmptyTrash")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(table->model()->rowCount(), 1);

        // Empty Trash: the last one goes for good; the restored one stays.
        QTest::mouseClick(empty, Qt::LeftButton);
        QVERIFY((box = confirm(app, "confirmEmptyTrash")));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmEmptyTrashButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 20000);
        QTRY_COMPARE(status->text(), QStringLiteral("The trash is empty."));
        items = keychainItems(vault);
        QVERIFY2(!items.contains("LK_TRASH_C"), "a keychain item of an emptied key is left");
        QVERIFY(items.contains("LK_TRASH_A"));
        QVERIFY(!empty->isEnabled());

        // Another process (latchkey-cli) deletes and restores: the open view follows.
        const QStringList inVault{QStringLiteral("--vault"), vault};
        QCOMPARE(
            runCli(inVault + QStringList{QStringLiteral("delete"), QStringLiteral("LK_TRASH_A")})
                .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("LK_TRASH_A"));
        QVERIFY(empty->isEnabled());
        QCOMPARE(
            runCli(inVault + QStringList{QStringLiteral("restore"), QStringLiteral("LK_TRASH_A")})
                .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 20000);
    }
};

QTEST_MAIN(TestHistoryTrash)
#include "tst_history_trash.moc"
