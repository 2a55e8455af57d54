// The main window's secrets page driven with QTest key and mouse events,
// against the real keychain (tests/with-keyring.sh), on the offscreen
// platform: add, reveal, copy, delete, search, the status bar, columns, icons,
// titles and About.
#include "AppIdentity.h"
#include "RevealPopup.h"
#include "SecretFilterModel.h"
#include "UiTestSupport.h"
#include "VaultModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using namespace std::chrono_literals;
using uitest::App;

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

QStringList shownKeys(QTableView* table)
{
    QStringList keys;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        keys << table->model()->index(row, 0).data().toString();
    return keys;
}

QString selectedKey(QTableView* table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

bool select(QTableView* table, const QString& key)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == key) {
            table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
            return true;
        }
    return false;
}

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void emptyStateThenAddThroughDialog()
    {
        App app(QStringLiteral("ui-add"));
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        QTRY_VERIFY(app.find("emptyState")->isVisible());
        auto* text = app.find<QLabel>("emptyText");
        QVERIFY(text && text->text().contains(QStringLiteral("No secrets yet")));

        QTest::keyClick(&app.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(app.find("secretEditor") && app.find("secretEditor")->isVisible());
        QWidget* editor = app.find("secretEditor");
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* value = editor->findChild<QLineEdit*>(QStringLiteral("valueEdit"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("keyEdit")),
                         QStringLiteral("LK_ADDED"));
        QTest::keyClicks(value, kCanary);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("descriptionEdit")),
                         QStringLiteral("added in a test"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);

        QTRY_VERIFY(!app.find("emptyState")->isVisible());
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_COMPARE(cell(table, QStringLiteral("LK_ADDED"), VaultModel::DescriptionColumn),
                     QStringLiteral("added in a test"));
        QCOMPARE(selectedKey(table), QStringLiteral("LK_ADDED")); // the saved one is selected
        QVERIFY2(!tableShows(table->model(), kCanary), "the table shows an unrevealed value");
        QString stored;
        QVERIFY(!uitest::valueSync(app.vault(), QStringLiteral("LK_ADDED"), stored));
        QVERIFY2(stored == kCanary, "the keychain does not hold what was typed");
    }

    // Reveal shows the value beside the row, in a popup: the table keeps its
    // geometry (nothing in it changes), and the value goes away by itself.
    void revealShowsThenConcealsWithoutRelayout()
    {
        App app(QStringLiteral("ui-reveal"));
        app.window.setRevealSeconds(2);
        const QString pem = QStringLiteral("-----BEGIN KEY-----\nAAAA") + kCanary +
                            QStringLiteral("\n-----END KEY-----\n");
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_REVEAL"), pem));
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(select(table, QStringLiteral("LK_REVEAL")));
        // Everything the keychain had to say about the row has arrived.
        QTRY_COMPARE(app.session.secrets()->stateOf(QStringLiteral("LK_REVEAL")), SecretState::Set);
        QTRY_VERIFY(!app.session.isRefreshing());
        const QString masked = cell(table, QStringLiteral("LK_REVEAL"), VaultModel::ValueColumn);
        QVERIFY(masked.startsWith(QChar(0x2022)));
        const int rowHeight = table->rowHeight(0);
        const int valueWidth = table->columnWidth(VaultModel::ValueColumn);
        QSignalSpy layoutChanges(table->model(), &QAbstractItemModel::dataChanged);

        app.action("actionReveal")->trigger();
        auto* popup = app.find<RevealPopup>("revealPopup");
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY2(popup->shownText() == pem, "reveal did not show the whole value");
        QCOMPARE(popup->revealedKey(), QStringLiteral("LK_REVEAL"));
        // Counts down from the setting, never above it.
        const QString countdown =
            popup->findChild<QLabel*>(QStringLiteral("revealCountdown"))->text();
        QVERIFY2(countdown.contains(QRegularExpression(QStringLiteral("in [12] s$"))),
                 qPrintable(countdown));
        QCOMPARE(table->rowHeight(0), rowHeight);
        QCOMPARE(table->columnWidth(VaultModel::ValueColumn), valueWidth);
        QCOMPARE(layoutChanges.count(), 0);
        QCOMPARE(cell(table, QStringLiteral("LK_REVEAL"), VaultModel::ValueColumn), masked);
        QVERIFY(!tableShows(table->model(), kCanary));
        // Hidden again by itself after the reveal duration, and gone from the popup.
        QTRY_VERIFY_WITH_TIMEOUT(!popup->isVisible(), 5000);
        QVERIFY(popup->shownText().isEmpty());
        QVERIFY(popup->revealedKey().isEmpty());
    }

    // A value too wide or too tall for the popover scrolls, and the scroll
    // bars never cover it: a long line stays whole above its bar.
    void revealLeavesRoomForTheScrollBars()
    {
        struct Case {
            QString value;
            bool sideways, down;
        };
        const QString line = QString(60000, QLatin1Char('x'));
        QString pem;
        for (int i = 0; i < 200; ++i)
            pem += QStringLiteral("MIIEvQIBADANBgkq%1\n").arg(i);
        QString both = pem + line;
        for (const Case& c :
             {Case{line, true, false}, Case{pem, false, true}, Case{both, true, true}}) {
            RevealPopup popup;
            popup.reveal(QStringLiteral("LK_WIDE"), c.value, QRect(100, 100, 200, 20), 5s);
            QVERIFY(QTest::qWaitForWindowExposed(&popup));
            auto* scroll = popup.findChild<QScrollArea*>();
            const QWidget* value = popup.findChild<QWidget*>(QStringLiteral("revealedValue"));
            QCOMPARE(scroll->horizontalScrollBar()->isVisible(), c.sideways);
            QCOMPARE(scroll->verticalScrollBar()->isVisible(), c.down);
            if (!c.down) // the whole height is in view, none of it under the bar
                QVERIFY2(scroll->viewport()->height() >= value->height(),
                         qPrintable(QStringLiteral("viewport %1, value %2")
                                        .arg(scroll->viewport()->height())
                                        .arg(value->height())));
            if (!c.sideways)
                QVERIFY(scroll->viewport()->width() >= value->width());
            popup.conceal();
        }
    }

    void copyThenClearWithAnHonestCountdown()
    {
        App app(QStringLiteral("ui-copy"));
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_COPY"), kCanary));
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(select(table, QStringLiteral("LK_COPY")));
        QClipboard* clipboard = QApplication::clipboard();
        clipboard->clear();
        app.clipboard.setClearDelay(5s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY2(clipboard->text() == kCanary, "Ctrl+C did not copy the value");
        QCOMPARE(clipboard->mimeData()->data(QLatin1String(ClipboardGuard::kKdeHint)),
                 QByteArray("secret"));
        // A 5 s delay counts from 5, never from 6.
        auto* countdown = app.find<QLabel>("clipboardStatus");
        QVERIFY2(countdown->text().contains(QStringLiteral("clearing in 5 s")),
                 qPrintable(countdown->text()));
        QCOMPARE(app.clipboard.secondsLeft(), 5);
        // The copy's own message does not hide the countdown.
        QTRY_COMPARE(app.window.findChild<QStatusBar*>()->currentMessage(),
                     QStringLiteral("Copied LK_COPY."));
        QVERIFY(countdown->isVisible());
        app.clipboard.setClearDelay(600ms);
        app.action("actionCopy")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        QTRY_VERIFY(countdown->text().isEmpty());

        // Something copied afterwards is never wiped.
        app.action("actionCopy")->trigger();
        QTRY_VERIFY(clipboard->text() == kCanary);
        clipboard->setText(QStringLiteral("newer content"));
        QTest::qWait(1000);
        QCOMPARE(clipboard->text(), QStringLiteral("newer content"));
    }

    void deleteAsksAndRemoves()
    {
        App app(QStringLiteral("ui-delete"));
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_DELETE"), kCanary));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_KEEP"), kOtherCanary));
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(select(table, QStringLiteral("LK_DELETE")));
        table->setFocus();

        // Cancel keeps it.
        QTest::keyClick(table, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = app.find<QMessageBox>("confirmDelete")));
        QVERIFY(box->text().contains(QStringLiteral("LK_DELETE")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!app.find<QMessageBox>("confirmDelete"));
        QTest::qWait(200);
        QCOMPARE(table->model()->rowCount(), 2);

        QVERIFY(select(table, QStringLiteral("LK_DELETE")));
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY((box = app.find<QMessageBox>("confirmDelete")));
        auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shownKeys(table), QStringList{QStringLiteral("LK_KEEP")}, 20000);
        QString value;
        QCOMPARE(uitest::valueSync(app.vault(), QStringLiteral("LK_DELETE"), value).kind,
                 ErrorKind::NotFound);
    }

    // The search field: keys and descriptions, every word; never the value,
    // not even the tail its mask shows; Enter/Down lead into the results,
    // Ctrl+C copies the one match, the selection stays or goes, never moves.
    void searchFindsLeadsAndKeepsSelection()
    {
        App app(QStringLiteral("ui-search"));
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        const QString tailed = QStringLiteral("sk-search-value-ending-in-9Q7Z");
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("ALPHA_TOKEN"), tailed));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("BETA_TOKEN"), kCanary));
        QVERIFY(!testsupport::describeSync(app.vault(), QStringLiteral("BETA_TOKEN"),
                                           QStringLiteral("for the gamma service")));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("OPENAI_API_KEY"), kOtherCanary));
        auto* table = app.find<QTableView>("secretsTable");
        auto* search = app.find<QLineEdit>("search");
        for (QToolButton* button : search->findChildren<QToolButton*>())
            QVERIFY2(!button->isVisible(), "a button beside the empty search field");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTRY_VERIFY(cell(table, QStringLiteral("ALPHA_TOKEN"), VaultModel::ValueColumn)
                        .endsWith(QStringLiteral("9Q7Z")));
        QTest::keyClick(&app.window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        QTest::keyClicks(search, QStringLiteral("openai key"));
        QCOMPARE(shownKeys(table), QStringList{QStringLiteral("OPENAI_API_KEY")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("gamma"));
        QCOMPARE(shownKeys(table), QStringList{QStringLiteral("BETA_TOKEN")});
        // The tail the mask shows is on screen, yet never searched.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("9Q7Z"));
        QCOMPARE(shownKeys(table), QStringList());
        QVERIFY(app.find("noMatches")->isVisible());
        QCOMPARE(app.find<QLabel>("noMatches")->text(),
                 QStringLiteral("No secret matches \u201c9Q7Z\u201d."));
        QCOMPARE(app.find<QLabel>("itemCount")->text(), QStringLiteral("Shown: 0 of 3"));
        // The field's clear button (ui/ClearButton.h) is there while there is
        // text; a click empties the field and brings every row back.
        auto* clear = search->findChild<QAction*>(QStringLiteral("clearText"));
        QVERIFY(clear && clear->isVisible());
        QToolButton* button = nullptr;
        for (QToolButton* candidate : search->findChildren<QToolButton*>())
            if (candidate->defaultAction() == clear)
                button = candidate;
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QVERIFY(!clear->isVisible());
        QVERIFY(!button->isVisible());
        QCOMPARE(shownKeys(table).size(), 3);

        // Enter leads into the results, with the first one selected.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("token"));
        QCOMPARE(app.find<QLabel>("itemCount")->text(), QStringLiteral("Shown: 2 of 3"));
        QVERIFY(selectedKey(table).isEmpty());
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(selectedKey(table), QStringLiteral("ALPHA_TOKEN"));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(selectedKey(table), QStringLiteral("BETA_TOKEN"));
        // Narrowing keeps the selection while it is shown...
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral(" beta"));
        QCOMPARE(selectedKey(table), QStringLiteral("BETA_TOKEN"));
        // ...and drops it, rather than moving it to another secret, when not.
        search->setText(QStringLiteral("alpha"));
        QCOMPARE(shownKeys(table), QStringList{QStringLiteral("ALPHA_TOKEN")});
        QVERIFY(selectedKey(table).isEmpty());
        QVERIFY(!app.action("actionCopy")->isEnabled());
        search->setText(QString());
        QVERIFY(selectedKey(table).isEmpty());

        // Down from the field works too; Ctrl+C there copies the one match.
        QTest::keyClicks(search, QStringLiteral("alpha"));
        QApplication::clipboard()->clear();
        QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY2(QApplication::clipboard()->text() == tailed,
                     "Ctrl+C in the search field did not copy the only match");
        app.clipboard.clear();
        search->setText(QString());
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(selectedKey(table), QStringLiteral("ALPHA_TOKEN"));
        QCOMPARE(app.find<QLabel>("itemCount")->text(), QStringLiteral("Secrets: 3"));
    }

    // Key and masked value readable, the description takes the rest.
    void columnsFitWhatTheyShow()
    {
        App app(QStringLiteral("ui-columns"));
        app.window.resize(900, 560);
        const QString longKey = QStringLiteral("A_RATHER_LONG_SECRET_NAME_FOR_A_SERVICE_TOKEN");
        QVERIFY(!uitest::setSync(app.vault(), longKey, kCanary, QStringLiteral("short")));
        auto* table = app.find<QTableView>("secretsTable");
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QFontMetrics metrics = table->fontMetrics();
        QTRY_VERIFY(table->columnWidth(VaultModel::KeyColumn) > metrics.horizontalAdvance(longKey));
        QVERIFY(table->columnWidth(VaultModel::ValueColumn) >
                metrics.horizontalAdvance(cell(table, longKey, VaultModel::ValueColumn)));
        int used = 0;
        for (int column = 0; column < VaultModel::ColumnCount; ++column)
            used += table->columnWidth(column);
        QVERIFY2(std::abs(used - table->viewport()->width()) <= 2,
                 "the description column does not take the rest of the width");
        QCOMPARE(app.window.width(), 900);

        // Nothing has a due date or a rotation flag: the age column keeps no
        // room for a state word. One that expires soon widens it to fit.
        QVERIFY(table->columnWidth(VaultModel::AgeColumn) <
                metrics.horizontalAdvance(QStringLiteral("0d \u00b7 expiring")));
        SecretChange soon;
        soon.schedule.expires = QDate::currentDate().addDays(3);
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_SOON"), kCanary, soon));
        QTRY_VERIFY(cell(table, QStringLiteral("LK_SOON"), VaultModel::AgeColumn)
                        .contains(QStringLiteral("expiring")));
        const QString age = cell(table, QStringLiteral("LK_SOON"), VaultModel::AgeColumn);
        QTRY_VERIFY2(table->columnWidth(VaultModel::AgeColumn) >
                         metrics.horizontalAdvance(age) +
                             table->style()->pixelMetric(QStyle::PM_SmallIconSize),
                     qPrintable(age));
        used = 0;
        for (int column = 0; column < VaultModel::ColumnCount; ++column)
            used += table->columnWidth(column);
        QVERIFY(std::abs(used - table->viewport()->width()) <= 2);
    }

    // Rows already loaded when the window first shows (a normal start, or a
    // start in the tray): the key column fits them in the very first paint,
    // measured against the width the window really has.
    void keyColumnFitsFromTheFirstPaint()
    {
        const QString longKey = QStringLiteral("A_RATHER_LONG_SECRET_NAME_FOR_A_SERVICE_TOKEN");
        latchkey::ClipboardGuard clipboard(QApplication::clipboard());
        Session session([](const QString& name) { return new Vault(name); });
        session.openVault(QStringLiteral("ui-columns-first"));
        QVERIFY(!uitest::setSync(*session.vault(), longKey, kCanary, QStringLiteral("short")));
        MainWindow window(&session, &clipboard);
        window.resize(900, 560);
        auto* table = window.findChild<QTableView*>(QStringLiteral("secretsTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::qWait(50); // the rows' fit, had it run hidden, would have run by now

        struct FirstPaint : QObject {
            QTableView* table = nullptr;
            int keyWidth = -1;
            bool eventFilter(QObject*, QEvent* event) override
            {
                if (event->type() == QEvent::Paint && keyWidth < 0)
                    keyWidth = table->columnWidth(VaultModel::KeyColumn);
                return false;
            }
        } probe;
        probe.table = table;
        table->viewport()->installEventFilter(&probe);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(probe.keyWidth >= 0);
        QVERIFY2(
            probe.keyWidth > table->fontMetrics().horizontalAdvance(longKey),
            qPrintable(QStringLiteral("key column %1 px at the first paint").arg(probe.keyWidth)));

        // Rows that change while the window is in the tray are fitted when it
        // comes back at the same size: a longer key widens the column.
        window.hide();
        const QString longerKey = longKey + QStringLiteral("_V2");
        QVERIFY(!uitest::setSync(*session.vault(), longerKey, kCanary, QString()));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::qWait(50);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(table->columnWidth(VaultModel::KeyColumn) > probe.keyWidth);
    }

    void toolbarIconsTitlesAndAbout()
    {
        App app(QStringLiteral("default"));
        // The copy action shows a copy icon (themed or bundled), not a floppy disk.
        const QImage copy = app.action("actionCopy")->icon().pixmap(16, 16).toImage();
        const QImage floppy =
            app.window.style()->standardIcon(QStyle::SP_DialogSaveButton).pixmap(16, 16).toImage();
        const QImage expected = (QIcon::hasThemeIcon(QStringLiteral("edit-copy"))
                                     ? QIcon::fromTheme(QStringLiteral("edit-copy"))
                                     : QIcon(QStringLiteral(":/icons/copy.svg")))
                                    .pixmap(16, 16)
                                    .toImage();
        QVERIFY(copy != floppy);
        QCOMPARE(copy, expected);

        // The platform adds " — Latchkey": the title never says it twice.
        QCOMPARE(app.window.windowTitle(), QStringLiteral("Latchkey"));
        app.session.openVault(QStringLiteral("staging"));
        QCOMPARE(app.window.windowTitle(), QStringLiteral("staging"));

        app.action("actionAbout")->trigger();
        QDialog* about = nullptr;
        QTRY_VERIFY((about = app.find<QDialog>("aboutDialog")) && about->isVisible());
        QTRY_VERIFY(app.session.keychain().state != KeychainState::Unknown);
        about->close();
        QTRY_VERIFY(!app.find<QDialog>("aboutDialog"));
        app.action("actionAbout")->trigger();
        QTRY_VERIFY((about = app.find<QDialog>("aboutDialog")));
        const QString text = about->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY2(text.contains(QCoreApplication::applicationVersion()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("gnome-keyring")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Licence")), qPrintable(text));
        // MIT, and the licences of what Latchkey ships with (core/Licenses.cpp).
        for (const char* part :
             {"MIT licence", "Qt", "LGPL-3.0-only", "QtKeychain", "BSD-3-Clause", "yaml-cpp"})
            QVERIFY2(text.contains(QLatin1String(part)), part);
        QVERIFY(!text.contains(QLatin1String("none has been chosen")));
        QVERIFY2(text.contains(QStringLiteral("https://latchkey.dev")), qPrintable(text));
        about->close();
    }

    // "New Vault…" creates the vault: it stays in the switcher while empty,
    // and is still there for the next window.
    void newVaultStaysInTheSwitcher()
    {
        {
            App app(QStringLiteral("default"));
            auto* switcher = app.find<QComboBox>("vaultSwitcher");
            QVERIFY(switcher);
            switcher->setCurrentIndex(switcher->count() - 1); // "New Vault…"
            emit switcher->activated(switcher->count() - 1);
            QInputDialog* ask = nullptr;
            QTRY_VERIFY((ask = app.find<QInputDialog>("newVaultDialog")));
            ask->setTextValue(QStringLiteral("ui-created"));
            ask->accept();
            QTRY_COMPARE(app.session.vaultName(), QStringLiteral("ui-created"));
            QTRY_COMPARE(switcher->currentText(), QStringLiteral("ui-created"));
            app.session.openVault(QStringLiteral("default"));
            QTRY_VERIFY(switcher->findText(QStringLiteral("ui-created")) >= 0);
            // A bad name is refused in the window, not in a modal box.
            emit switcher->activated(switcher->count() - 1);
            QTRY_VERIFY((ask = app.find<QInputDialog>("newVaultDialog")));
            ask->setTextValue(QStringLiteral("no/slashes"));
            ask->accept();
            QTRY_VERIFY(app.find("messageBar")->isVisible());
            QVERIFY(app.find<QLabel>("messageText")->text().contains(QStringLiteral("no/slashes")));
            QCOMPARE(app.session.vaultName(), QStringLiteral("default"));
        }
        App next(QStringLiteral("default"));
        QTRY_VERIFY(next.find<QComboBox>("vaultSwitcher")->findText(QStringLiteral("ui-created")) >=
                    0);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
