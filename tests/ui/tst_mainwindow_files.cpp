// How the main window gets at manifests: drag and drop, folders, the File ▸
// Open Recent menu, several manifests open at once and remembered across
// runs, no duplicate tabs, and a manifest deleted while its tab is open.
// Runs on the offscreen platform inside tests/with-keyring.sh, so the
// keychain and the QSettings file are private to this process.
#include "AppIdentity.h"
#include "ManifestView.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace latchkey;

namespace {

const QString kCanary = QStringLiteral("sk-files-canary-5d0e91");

QString testData(const QString& relative)
{
    return QDir(qEnvironmentVariable("LATCHKEY_TEST_DATA")).filePath(relative);
}

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QChar(0x2026)).trimmed();
}

QAction* actionIn(const QList<QAction*>& actions, const QString& text)
{
    for (QAction* action : actions)
        if (plain(action->text()) == text)
            return action;
    return nullptr;
}

// The window's menus as a user sees them.
QMenu* fileMenu(const MainWindow& window)
{
    QAction* file = actionIn(window.menuBar()->actions(), QStringLiteral("File"));
    return file ? file->menu() : nullptr;
}

QMenu* recentMenu(MainWindow& window)
{
    QMenu* file = fileMenu(window);
    QAction* recent = file ? actionIn(file->actions(), QStringLiteral("Open Recent")) : nullptr;
    return recent ? recent->menu() : nullptr;
}

// Opens File ▸ Open Recent and returns the entries it lists (the paths
// above the separator), top to bottom. The menu stays open.
QStringList showRecent(MainWindow& window)
{
    QMenu* recent = recentMenu(window);
    if (!recent)
        return {QStringLiteral("<no Open Recent menu>")};
    recent->popup(window.mapToGlobal(QPoint(10, 10)));
    QStringList entries;
    for (QAction* action : recent->actions()) {
        if (action->isSeparator())
            break;
        if (action->isEnabled())
            entries << QDir::fromNativeSeparators(action->text());
    }
    return entries;
}

QStringList recentEntries(MainWindow& window)
{
    const QStringList entries = showRecent(window);
    if (QMenu* recent = recentMenu(window))
        recent->hide();
    return entries;
}

// Clicks the entry for `path` in File ▸ Open Recent.
bool clickRecent(MainWindow& window, const QString& path)
{
    showRecent(window);
    QMenu* recent = recentMenu(window);
    if (!recent || !QTest::qWaitForWindowExposed(recent))
        return false;
    QAction* entry = actionIn(recent->actions(), QDir::toNativeSeparators(path));
    if (!entry)
        return false;
    const QPoint at = recent->actionGeometry(entry).center();
    QTest::mouseMove(recent, at);
    QTest::mouseClick(recent, Qt::LeftButton, {}, at);
    return true;
}

QTabWidget* tabsOf(const MainWindow& window)
{
    return window.findChild<QTabWidget*>(QStringLiteral("tabs"));
}

// The manifest tabs, in tab order.
QList<ManifestView*> manifestViews(const MainWindow& window)
{
    QList<ManifestView*> views;
    QTabWidget* tabs = tabsOf(window);
    for (int i = 0; i < tabs->count(); ++i)
        if (auto* view = qobject_cast<ManifestView*>(tabs->widget(i)))
            views << view;
    return views;
}

ManifestView* viewFor(const MainWindow& window, const QString& path)
{
    for (ManifestView* view : manifestViews(window))
        if (view->path() == path)
            return view;
    return nullptr;
}

QStringList openPaths(const MainWindow& window)
{
    QStringList paths;
    for (ManifestView* view : manifestViews(window))
        paths << view->path();
    return paths;
}

// Opens through the window, as the menu, a drop or the command line do; the
// tab it shows.
ManifestView* openIn(MainWindow& window, const QString& path)
{
    window.openManifest(path);
    return qobject_cast<ManifestView*>(tabsOf(window)->currentWidget());
}

QStringList storedOpen()
{
    return QSettings().value(QStringLiteral("manifests/open")).toStringList();
}

QStringList storedRecent()
{
    return QSettings().value(QStringLiteral("manifests/recent")).toStringList();
}

// What a file manager sends: a drag entering the window, then the drop.
bool dragEnter(QWidget* target, const QMimeData& mime)
{
    QDragEnterEvent enter(target->rect().center(), Qt::CopyAction | Qt::LinkAction, &mime,
                          Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(target, &enter);
    return enter.isAccepted();
}

// Qt delivers the drop to the widget that accepted the drag's entry, and to
// nobody when none did.
bool drop(QWidget* target, const QMimeData& mime)
{
    QDropEvent event(QPointF(target->rect().center()), Qt::CopyAction | Qt::LinkAction, &mime,
                     Qt::LeftButton, Qt::NoModifier);
    event.setAccepted(false);
    QApplication::sendEvent(target, &event);
    return event.isAccepted();
}

std::unique_ptr<QMimeData> urls(const QList<QUrl>& list)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls(list);
    return mime;
}

// One run of the app's window, with the real keychain.
struct Harness : uitest::App {
    Harness()
        : App(QStringLiteral("default"))
    {
    }
};

} // namespace

class TestMainWindowFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        // These tests rewrite the recent and open manifest lists: never the user's.
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(qEnvironmentVariableIsSet("LATCHKEY_TEST_KEYRING_PASSWORD") && !config.isEmpty() &&
                     QSettings().fileName().startsWith(config),
                 "run through tests/with-keyring.sh (ctest does), which isolates the settings");
        QVERIFY(QFileInfo::exists(testData(QStringLiteral("ui/inf.yml"))));
        QVERIFY(QFileInfo::exists(testData(QStringLiteral("tray/inf.yml"))));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("manifests/recent"));
        QSettings().remove(QStringLiteral("manifests/open"));
    }

    void dropOfManifestOpensTab()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(manifestViews(h.window).isEmpty());

        const QString path = absolute(testData(QStringLiteral("ui/inf.yml")));
        const auto mime = urls({QUrl::fromLocalFile(path)});
        QVERIFY2(dragEnter(&h.window, *mime), "dragging an inf.yml over the window is refused");
        QVERIFY2(manifestViews(h.window).isEmpty(), "entering the window already opened it");
        QVERIFY2(drop(&h.window, *mime), "dropping an inf.yml is refused");
        QCOMPARE(openPaths(h.window), QStringList{path});
        ManifestView* view = manifestViews(h.window).constFirst();
        QCOMPARE(tabsOf(h.window)->currentWidget(), view);
        QCOMPARE(tabsOf(h.window)->tabText(tabsOf(h.window)->indexOf(view)),
                 QStringLiteral("summarizer"));

        // A folder with an inf.yml in it is a manifest too. Dragged over the
        // open manifest's table, Qt hands it up to the window, as a real drag.
        QWidget* overTable =
            view->findChild<QTableView*>(QStringLiteral("readinessTable"))->viewport();
        QVERIFY(!overTable->acceptDrops());
        const auto folder = urls({QUrl::fromLocalFile(testData(QStringLiteral("tray")))});
        QVERIFY(dragEnter(overTable, *folder));
        QVERIFY(drop(overTable, *folder));
        const QString tray = absolute(testData(QStringLiteral("tray/inf.yml")));
        QCOMPARE(openPaths(h.window), (QStringList{path, tray}));
        QCOMPARE(tabsOf(h.window)->currentWidget(), viewFor(h.window, tray));

        // Among other files, only the manifest opens.
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notes, "not a manifest\n"));
        const QString other = absolute(testData(QStringLiteral("ui/screenshot-app/inf.yml")));
        const auto mixed = urls({QUrl::fromLocalFile(notes), QUrl::fromLocalFile(other)});
        QVERIFY(dragEnter(&h.window, *mixed));
        QVERIFY(drop(&h.window, *mixed));
        QCOMPARE(openPaths(h.window), (QStringList{path, tray, other}));
    }

    void dropOfNonManifestIsRefused()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notes, "name: looks like yaml\nsecrets: []\n"));
        const QString empty = dir.filePath(QStringLiteral("no-manifest"));
        QVERIFY(QDir().mkpath(empty));

        struct Case {
            const char* what;
            std::unique_ptr<QMimeData> mime;
        };
        Case cases[] = {
            {"a .txt file", urls({QUrl::fromLocalFile(notes)})},
            {"a folder without an inf.yml", urls({QUrl::fromLocalFile(empty)})},
            {"a remote inf.yml", urls({QUrl(QStringLiteral("https://example.com/app/inf.yml"))})},
            {"plain text", std::make_unique<QMimeData>()},
        };
        cases[3].mime->setText(testData(QStringLiteral("ui/inf.yml")));
        for (const Case& c : cases) {
            QVERIFY2(!dragEnter(h.find<QTableView>("secretsTable")->viewport(), *c.mime),
                     qPrintable(QStringLiteral("accepted dragging %1 over the table").arg(c.what)));
            QVERIFY2(!dragEnter(&h.window, *c.mime),
                     qPrintable(QStringLiteral("accepted dragging %1").arg(c.what)));
            QVERIFY2(!drop(&h.window, *c.mime),
                     qPrintable(QStringLiteral("accepted dropping %1").arg(c.what)));
            QVERIFY2(manifestViews(h.window).isEmpty(),
                     qPrintable(QStringLiteral("dropping %1 opened a tab").arg(c.what)));
        }
        QCOMPARE(tabsOf(h.window)->count(), 1);
        QVERIFY(storedRecent().isEmpty());
        QVERIFY(storedOpen().isEmpty());
    }

    void openingFolderOpensItsManifest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("my-app"));
        const QString manifest = absolute(folder + QStringLiteral("/inf.yml"));
        QVERIFY(writeFile(manifest, readAll(testData(QStringLiteral("tray/inf.yml")))));
        QVERIFY(writeFile(folder + QStringLiteral("/other.yml"), "name: not-this-one\n"));

        Harness h;
        ManifestView* view = openIn(h.window, folder);
        QVERIFY(view);
        QCOMPARE(view->path(), manifest);
        QCOMPARE(view->title(), QStringLiteral("tray-demo"));
        QCOMPARE(view->manifest()->readiness()->rowCount(), 3);
        QVERIFY(view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->count() == 0);
        QCOMPARE(tabsOf(h.window)->currentWidget(), view);
        QCOMPARE(tabsOf(h.window)->tabText(tabsOf(h.window)->indexOf(view)),
                 QStringLiteral("tray-demo"));
        // The file, not the folder, is what is remembered.
        QCOMPARE(storedRecent(), QStringList{manifest});
        QCOMPARE(storedOpen(), QStringList{manifest});
    }

    void recentMenuListsReopensAndPersists()
    {
        const QString first = absolute(testData(QStringLiteral("ui/inf.yml")));
        const QString second = absolute(testData(QStringLiteral("tray/inf.yml")));
        {
            Harness h;
            QVERIFY(QTest::qWaitForWindowExposed(&h.window));
            QVERIFY(recentMenu(h.window));
            QCOMPARE(recentEntries(h.window), QStringList());

            QVERIFY(openIn(h.window, first));
            QVERIFY(openIn(h.window, testData(QStringLiteral("tray"))));
            QCOMPARE(recentEntries(h.window), (QStringList{second, first}));

            // File ▸ Close Manifest closes the current tab, the second one.
            QCOMPARE(tabsOf(h.window)->currentWidget(), viewFor(h.window, second));
            QAction* close =
                actionIn(fileMenu(h.window)->actions(), QStringLiteral("Close Manifest"));
            QVERIFY(close);
            close->trigger();
            QCOMPARE(openPaths(h.window), QStringList{first});
            // Closing does not forget it.
            QCOMPARE(recentEntries(h.window), (QStringList{second, first}));

            // Clicking its entry opens it again.
            QVERIFY(clickRecent(h.window, second));
            QTRY_VERIFY(viewFor(h.window, second));
            QCOMPARE(openPaths(h.window), (QStringList{first, second}));
            QCOMPARE(tabsOf(h.window)->currentWidget(), viewFor(h.window, second));
        }

        // Written to the settings file, so the next run has it.
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        const QByteArray stored = readAll(settings.fileName());
        QVERIFY2(stored.contains(first.toUtf8()) && stored.contains(second.toUtf8()),
                 "the recent manifests are not in the settings file");

        Harness next;
        QVERIFY(manifestViews(next.window).isEmpty());
        QCOMPARE(recentEntries(next.window), (QStringList{second, first}));
        QVERIFY(clickRecent(next.window, first));
        QTRY_VERIFY(viewFor(next.window, first));
        QCOMPARE(openPaths(next.window), QStringList{first});
        // The one opened last moves to the top.
        QCOMPARE(recentEntries(next.window), (QStringList{first, second}));

        // Clear List empties it.
        showRecent(next.window);
        QAction* clear = actionIn(recentMenu(next.window)->actions(), QStringLiteral("Clear List"));
        QVERIFY(clear);
        recentMenu(next.window)->hide();
        clear->trigger();
        QCOMPARE(recentEntries(next.window), QStringList());
    }

    // A manifest deleted since it was opened drops out of File ▸ Open Recent
    // when the menu is shown, not only at the next start.
    void goneFileLeavesOpenRecentWhenShown()
    {
        QTemporaryDir dir;
        const QString path = absolute(dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(QFile::copy(testData(QStringLiteral("ui/inf.yml")), path));
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(openIn(h.window, path));
        actionIn(fileMenu(h.window)->actions(), QStringLiteral("Close Manifest"))->trigger();
        QCOMPARE(recentEntries(h.window), QStringList{path});
        QVERIFY(QFile::remove(path));
        showRecent(h.window); // as a user opens the menu
        QTRY_COMPARE(recentEntries(h.window), QStringList());
    }

    void severalManifestsRememberedAcrossRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString one = absolute(dir.filePath(QStringLiteral("one/inf.yml")));
        const QString two = absolute(dir.filePath(QStringLiteral("two/inf.yml")));
        const QString three = absolute(dir.filePath(QStringLiteral("three/inf.yml")));
        QVERIFY(writeFile(one, readAll(testData(QStringLiteral("ui/inf.yml")))));
        QVERIFY(writeFile(two, readAll(testData(QStringLiteral("tray/inf.yml")))));
        QVERIFY(writeFile(three, readAll(testData(QStringLiteral("ui/screenshot-app/inf.yml")))));

        {
            Harness h;
            QVERIFY(QTest::qWaitForWindowExposed(&h.window));
            QVERIFY(openIn(h.window, one));
            QVERIFY(openIn(h.window, two));
            QVERIFY(openIn(h.window, three));
            QCOMPARE(openPaths(h.window), (QStringList{one, two, three}));
            QCOMPARE(tabsOf(h.window)->count(), 4);

            // Close the middle one with its tab's close button.
            QTabBar* bar = tabsOf(h.window)->tabBar();
            const int index = tabsOf(h.window)->indexOf(viewFor(h.window, two));
            auto* button =
                qobject_cast<QAbstractButton*>(bar->tabButton(index, QTabBar::RightSide));
            if (!button)
                button = qobject_cast<QAbstractButton*>(bar->tabButton(index, QTabBar::LeftSide));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(openPaths(h.window), (QStringList{one, three}));
        } // gone without a close event, as when the session ends

        {
            Harness next;
            QVERIFY(manifestViews(next.window).isEmpty());
            next.session.restoreManifests();
            QCOMPARE(openPaths(next.window), (QStringList{one, three}));
            QCOMPARE(tabsOf(next.window)->tabText(1), QStringLiteral("summarizer"));
            QCOMPARE(tabsOf(next.window)->tabText(2), QStringLiteral("meeting-summarizer"));
            QCOMPARE(tabsOf(next.window)->currentIndex(), 0); // the secrets come first
        }

        // One deleted between runs is not brought back as an empty tab.
        QVERIFY(QFile::remove(three));
        Harness last;
        last.session.restoreManifests();
        QCOMPARE(openPaths(last.window), QStringList{one});
        QCOMPARE(storedOpen(), QStringList{one});
    }

    void sameManifestTwiceIsOneTab()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("app"));
        const QString manifest = absolute(folder + QStringLiteral("/inf.yml"));
        QVERIFY(writeFile(manifest, readAll(testData(QStringLiteral("ui/inf.yml")))));
        const QString link = dir.filePath(QStringLiteral("link-to-app"));
        QVERIFY(QFile::link(folder, link));

        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        ManifestView* view = openIn(h.window, manifest);
        QVERIFY(view);

        const QStringList spellings{
            manifest,
            folder,
            folder + QStringLiteral("/"),
            folder + QStringLiteral("/./inf.yml"),
            dir.filePath(QStringLiteral("app/../app/inf.yml")),
            QDir::current().relativeFilePath(manifest),
            link,
            link + QStringLiteral("/inf.yml"),
        };
        for (const QString& spelling : spellings) {
            tabsOf(h.window)->setCurrentIndex(0);
            QVERIFY2(openIn(h.window, spelling) == view,
                     qPrintable(QStringLiteral("%1 opened another view").arg(spelling)));
            QVERIFY2(manifestViews(h.window).size() == 1,
                     qPrintable(QStringLiteral("%1 opened a second tab").arg(spelling)));
            QCOMPARE(tabsOf(h.window)->currentWidget(), view);
        }

        // Dropped again, or picked from the recent list: still one tab.
        tabsOf(h.window)->setCurrentIndex(0);
        const auto mime = urls({QUrl::fromLocalFile(folder)});
        QVERIFY(dragEnter(&h.window, *mime));
        QVERIFY(drop(&h.window, *mime));
        QCOMPARE(manifestViews(h.window).size(), 1);
        QCOMPARE(tabsOf(h.window)->currentWidget(), view);
        tabsOf(h.window)->setCurrentIndex(0);
        QVERIFY(clickRecent(h.window, manifest));
        QTRY_COMPARE(tabsOf(h.window)->currentWidget(), view);
        QCOMPARE(manifestViews(h.window).size(), 1);
        QCOMPARE(tabsOf(h.window)->count(), 2);
        QCOMPARE(storedRecent(), QStringList{manifest});
        QCOMPARE(storedOpen(), QStringList{manifest});
    }

    void deletedManifestShowsProblem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("doomed"));
        const QString manifest = absolute(folder + QStringLiteral("/inf.yml"));
        const QByteArray content = "name: doomed-app\n"
                                   "secrets:\n"
                                   "  - key: LK_FILES_DOOMED\n"
                                   "    description: Set so the manifest is ready\n";
        QVERIFY(writeFile(manifest, content));

        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        QVERIFY(!uitest::setSync(h.vault(), QStringLiteral("LK_FILES_DOOMED"), kCanary));
        ManifestView* view = openIn(h.window, manifest);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->manifest()->isReady(), 20000);
        QVERIFY(view->verdictText().contains(QStringLiteral("Ready to run")));
        QCOMPARE(view->manifest()->readiness()->rowCount(), 1);
        QVERIFY(!view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->isVisible());

        // Deleted on disk: the view says so instead of still claiming "ready".
        QVERIFY(QFile::remove(manifest));
        QTRY_VERIFY_WITH_TIMEOUT(
            view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->isVisible(), 10000);
        QVERIFY(view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->count() > 0);
        QVERIFY2(
            view->findChild<QListWidget*>(QStringLiteral("diagnostics"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("no such file")),
            qPrintable(
                view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->item(0)->text()));
        QVERIFY(!view->manifest()->isReady());
        QVERIFY(!view->verdictText().contains(QStringLiteral("Ready")));
        QCOMPARE(view->manifest()->readiness()->rowCount(), 0);
        QCOMPARE(manifestViews(h.window), QList<ManifestView*>{view});

        // Put back, it is followed again.
        QVERIFY(writeFile(manifest, content));
        QTRY_VERIFY_WITH_TIMEOUT(view->manifest()->isReady(), 20000);
        QVERIFY(!view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->isVisible());
        QCOMPARE(view->title(), QStringLiteral("doomed-app"));

        // The whole folder gone: still a problem shown, nothing crashes, and
        // the tab closes normally.
        QVERIFY(QDir(folder).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(
            view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->isVisible(), 10000);
        QVERIFY(!view->manifest()->isReady());
        view->manifest()->reload();
        QVERIFY(view->findChild<QListWidget*>(QStringLiteral("diagnostics"))->count() > 0);
        tabsOf(h.window)->setCurrentWidget(view);
        QAction* close = actionIn(fileMenu(h.window)->actions(), QStringLiteral("Close Manifest"));
        QVERIFY(close);
        close->trigger();
        QVERIFY(manifestViews(h.window).isEmpty());
        QVERIFY(storedOpen().isEmpty());
    }
};

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindow_files.moc"
