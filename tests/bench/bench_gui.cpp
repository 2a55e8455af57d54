// bench_gui: the desktop app's main window side by side with a bare Qt table
// window, each in a fresh process, on the display Qt is given (the figures in
// the README are taken under Xvfb with QT_QPA_PLATFORM=xcb).
//
//   bench_gui [RUNS]       prints, for 0, 1,000 and 10,000 secrets, the median
//                          time from main() to the window shown with every row
//                          in it (the two windows run alternately; the ratio is
//                          the median of the per-pair ratios), the resident
//                          memory then, the median cost of
//                          one filter keystroke (the filter alone, and with the
//                          repaint that follows; the bare window filters with
//                          Qt's own QSortFilterProxyModel), and Latchkey's tray
//                          menu (rebuilt over every secret, then opened until
//                          it is on screen).
//   BENCH_GUI_STARTUP_ONLY=1 bench_gui --child latchkey|bare ROWS [DIR]
//                          one window that quits once shown: what
//                          to run under a profiler (callgrind) for start-up
//                          (DIR: a folder holding the index, bench.json).
//
// The vault is an index file with a store that answers at once (no keychain):
// what is measured is the window, not the keyring. The timed runs find the
// index already on disk, written once by the parent, as the app finds the one
// it wrote on an earlier day; a child started without DIR writes its own
// first, inside its timed start-up.
// Not a test: speed is measured, never asserted.
#include "AppStyle.h"
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "Session.h"
#include "TeamControls.h"
#include "TrayIcon.h"
#include "Vault.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace latchkey;

namespace {

// A keychain that has every key and answers on the next turn.
class InstantStore : public SecretStore {
public:
    using SecretStore::SecretStore;
    void read(const QString&, QObject* context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [done] { done({}, QStringLiteral("bench-value")); });
    }
    void write(const QString&, const QString&, const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    void remove(const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    void presence(const QStringList& keys, QObject* context, PresenceDone done) override
    {
        const qsizetype n = keys.size();
        QTimer::singleShot(0, context,
                           [done, n] { done({}, QList<Presence>(n, Presence::Present)); });
    }
    void items(const QStringList& keys, QObject* context, ItemsDone done) override
    {
        QList<ItemState> states;
        for (const QString& key : keys)
            states.append({key, Presence::Present, {}});
        QTimer::singleShot(0, context, [done, states] { done({}, states); });
    }
    void status(QObject* context, StatusDone done) override
    {
        QTimer::singleShot(0, context, [done] {
            KeychainStatus status;
            status.state = KeychainState::Available;
            status.store = QStringLiteral("bench");
            done(status);
        });
    }
    void unlock(QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    QString description() const override { return QStringLiteral("bench"); }
};

QString keyOf(int i)
{
    return QStringLiteral("SERVICE_%1_API_KEY").arg(i, 5, 10, QLatin1Char('0'));
}

QString descriptionOf(int i)
{
    return QStringLiteral("Token number %1 for the benchmark service").arg(i);
}

bool writeIndex(const QString& directory, int count)
{
    QByteArray json = R"({"schema":2,"vault":"bench","secrets":[)";
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        json += R"({"key":")" + keyOf(i).toUtf8() + R"(","description":")" +
                descriptionOf(i).toUtf8() +
                R"(","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","hint":""})";
    }
    json += "]}";
    QFile file(directory + QStringLiteral("/bench.json"));
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Calls `done` once `window` is exposed and `model` has `rows` rows, after
// one more turn of the event loop so the rows are painted.
void whenShown(QWidget* window, const QAbstractItemModel* model, int rows,
               std::function<void()> done)
{
    auto* poll = new QTimer(window);
    poll->setInterval(0);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed() ||
            model->rowCount() < rows)
            return;
        poll->stop();
        QTimer::singleShot(0, window, done);
    });
    poll->start();
}

struct Keystrokes {
    double filter = 0, withRepaint = 0; // medians, ms
};

// Types "service_0012" into `setText` one character at a time, then erases
// it: the median cost of a keystroke, without and with the repaint.
Keystrokes type(const std::function<void(const QString&)>& setText)
{
    QList<double> filters, keystrokes;
    const QString typed = QStringLiteral("service_0012");
    for (int round = 0; round < 2; ++round)
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            QElapsedTimer keystroke;
            keystroke.start();
            setText(typed.left(round == 0 ? n : typed.size() - n));
            filters.append(double(keystroke.nsecsElapsed()) / 1e6);
            QCoreApplication::processEvents();
            keystrokes.append(double(keystroke.nsecsElapsed()) / 1e6);
        }
    std::sort(filters.begin(), filters.end());
    std::sort(keystrokes.begin(), keystrokes.end());
    return {filters.at(filters.size() / 2), keystrokes.at(keystrokes.size() / 2)};
}

int child(int argc, char** argv, const QElapsedTimer& clock)
{
    QApplication app(argc, argv);
    const QString kind = QString::fromLatin1(argv[2]);
    const int rows = QString::fromLatin1(argv[3]).toInt();
    if (kind == QLatin1String("bare")) {
        QStandardItemModel model(rows, 4);
        for (int i = 0; i < rows; ++i) {
            model.setItem(i, 0, new QStandardItem(keyOf(i)));
            model.setItem(i, 1, new QStandardItem(QStringLiteral("\u2022\u2022\u2022\u2022")));
            model.setItem(i, 2, new QStandardItem(descriptionOf(i)));
            model.setItem(i, 3, new QStandardItem(QStringLiteral("2026-01-01 00:00")));
        }
        QTableView view;
        view.setModel(&model);
        view.resize(900, 560);
        view.show();
        QSortFilterProxyModel proxy;
        whenShown(&view, &model, rows, [&] {
            const qint64 shown = clock.elapsed();
            const double rss = rssMiB();
            if (qEnvironmentVariableIsSet("BENCH_GUI_STARTUP_ONLY"))
                return app.quit();
            // The anchor of a keystroke: Qt's own proxy filtering every column
            // for the same text, sorted by key, and the repaint.
            proxy.setSourceModel(&model);
            proxy.setFilterKeyColumn(-1);
            proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
            proxy.sort(0);
            view.setModel(&proxy);
            QCoreApplication::processEvents();
            const Keystrokes cost =
                type([&](const QString& text) { proxy.setFilterFixedString(text); });
            std::printf("%lld %.1f %.2f %.2f 0\n", static_cast<long long>(shown), rss, cost.filter,
                        cost.withRepaint);
            app.quit();
        });
        return app.exec();
    }
    AppStyle::install(); // as app/gui/main.cpp
    QTemporaryDir own;
    const QString directory = argc > 4 ? QString::fromLocal8Bit(argv[4]) : own.path();
    if (argc <= 4 && !writeIndex(directory, rows))
        return 1;
    InstantStore store;
    ClipboardGuard clipboard(QApplication::clipboard());
    Session session([&](const QString& name) { return new Vault(name, &store, directory); });
    session.openVault(QStringLiteral("bench"));
    MainWindow window(&session, &clipboard);
    new TeamControls(&window, &session); // as app/gui/main.cpp: Sync, Members, team banner
    window.resize(900, 560);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("secretsTable"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    QAction quit(QStringLiteral("Quit"));
    QAction open(QStringLiteral("Open"));
    std::unique_ptr<TrayIcon> tray;
    std::function<void(qint64, double)> typeAndOpenTray;
    whenShown(&window, table->model(), rows, [&] {
        const qint64 shown = clock.elapsed();
        const double rss = rssMiB();
        if (qEnvironmentVariableIsSet("BENCH_GUI_STARTUP_ONLY"))
            return app.quit(); // for a profiler: the start-up alone
        // The typing starts once the vault has settled (its listing from the
        // keychain lands after the window is shown), so a keystroke is timed
        // alone.
        QTimer::singleShot(300, &window, [&, shown, rss] { typeAndOpenTray(shown, rss); });
    });
    typeAndOpenTray = [&](qint64 shown, double rss) {
        // The first keystroke after a change of the rows folds their case
        // once (core/SecretFilterModel.h); the ones measured are the typing
        // that follows.
        search->setText(QStringLiteral("warm"));
        search->clear();
        QCoreApplication::processEvents();
        const Keystrokes cost = type([&](const QString& text) { search->setText(text); });
        // The tray menu, as a click on the icon finds it: rebuilt over every
        // secret (as after any change), then opened until it is on screen.
        tray = std::make_unique<TrayIcon>(&session, &clipboard, &window, &quit, &open);
        QMenu* trayMenu = nullptr; // a window of its own, found as the tests find it
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->objectName() == QLatin1String("trayMenu"))
                trayMenu = qobject_cast<QMenu*>(widget);
        if (!trayMenu)
            return app.exit(1);
        QList<double> menus;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer menu;
            menu.start();
            tray->rebuildMenu();
            trayMenu->popup(QPoint(40, 40));
            while (!trayMenu->windowHandle() || !trayMenu->windowHandle()->isExposed())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            menus.append(double(menu.nsecsElapsed()) / 1e6);
            trayMenu->hide();
            QCoreApplication::processEvents();
        }
        std::sort(menus.begin(), menus.end());
        std::printf("%lld %.1f %.2f %.2f %.2f\n", static_cast<long long>(shown), rss, cost.filter,
                    cost.withRepaint, menus.at(menus.size() / 2));
        app.quit();
    };
    return app.exec();
}

struct Figures {
    double ms = 0, rss = 0, filter = 0, keystroke = 0, menu = 0;
};

// One run of a child: its five figures, or none when it failed.
std::optional<Figures> runOnce(const QString& kind, int rows, const QString& index)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), kind, QString::number(rows), index});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> f = process.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 5)
        return std::nullopt;
    return Figures{f.at(0).toDouble(), f.at(1).toDouble(), f.at(2).toDouble(), f.at(3).toDouble(),
                   f.at(4).toDouble()};
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Pairs {
    QList<Figures> bare, ours;
    QList<double> ratios; // of start-up, per pair
    double of(const QList<Figures>& all, double Figures::*field) const
    {
        QList<double> v;
        for (const Figures& f : all)
            v.append(f.*field);
        return median(v);
    }
};

// The bare window and Latchkey's, alternately (A B A B …), so that drift in
// the machine's load hits both; the ratio is the median of the per-pair ones.
Pairs runPairs(int rows, int runs)
{
    Pairs pairs;
    QTemporaryDir index;
    if (!writeIndex(index.path(), rows))
        return pairs;
    for (int i = 0; i < runs; ++i) {
        const auto bare = runOnce(QStringLiteral("bare"), rows, index.path());
        const auto ours = runOnce(QStringLiteral("latchkey"), rows, index.path());
        if (!bare || !ours)
            continue;
        pairs.bare.append(*bare);
        pairs.ours.append(*ours);
        pairs.ratios.append(ours->ms / bare->ms);
    }
    return pairs;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    if ((argc == 4 || argc == 5) && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, clock);
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLatin1(argv[1]).toInt()) : 5;
    std::printf("%-8s %8s %9s %7s %9s %6s %15s %17s %8s\n", "secrets", "bare ms", "latchkey",
                "ratio", "bare MiB", "+MiB", "filter ms b/l", "+repaint ms b/l", "tray ms");
    for (int rows : {0, 1000, 10000}) {
        const Pairs p = runPairs(rows, runs);
        std::printf("%-8d %8.0f %9.0f %6.2fx %9.1f %6.1f %7.2f/%-7.2f %8.2f/%-8.2f %8.2f\n", rows,
                    p.of(p.bare, &Figures::ms), p.of(p.ours, &Figures::ms), median(p.ratios),
                    p.of(p.bare, &Figures::rss),
                    p.of(p.ours, &Figures::rss) - p.of(p.bare, &Figures::rss),
                    p.of(p.bare, &Figures::filter), p.of(p.ours, &Figures::filter),
                    p.of(p.bare, &Figures::keystroke), p.of(p.ours, &Figures::keystroke),
                    p.of(p.ours, &Figures::menu));
        std::fflush(stdout);
    }
    return 0;
}
