// latchkey: the desktop app. Everything interesting lives in ui/ and core/.
#include "AppIdentity.h"
#include "AppStyle.h"
#include "ClipboardGuard.h"
#include "Lifecycle.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "SecretActions.h"
#include "SecretName.h"
#include "Session.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "TeamControls.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cstdio>
#include <memory>

using namespace latchkey;

namespace {
#ifdef Q_OS_UNIX
// SIGTERM and SIGINT (logout, `kill`, Ctrl+C) end Latchkey through the normal
// quit path, so the clipboard guard still takes a copied secret back off the
// clipboard. The handler only writes a byte; the event loop does the rest.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTerminationSignals(QCoreApplication&) {}
#endif
} // namespace

int main(int argc, char* argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    hardenProcess();
    QApplication app(argc, argv);
    AppStyle::install();
    quitOnTerminationSignals(app);
    setApplicationIdentity();
    installTranslations();
    QApplication::setApplicationDisplayName(QObject::tr("Latchkey"));
    QApplication::setDesktopFileName(QStringLiteral("dev.latchkey.Latchkey"));
    if (QFile::exists(QStringLiteral(":/icons/latchkey.svg")))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/latchkey.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Keeps the secrets your apps declare in inf.yml in the system keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption vaultOption(QStringLiteral("vault"), QObject::tr("Open vault NAME."),
                                   QObject::tr("NAME"));
    parser.addOption(vaultOption);
    // The desktop entry's "Check an app" action: open the manifests given
    // (as positional arguments do) and show the first one's verdict.
    QCommandLineOption checkOption(
        QStringLiteral("check"),
        QObject::tr("Show whether the given inf.yml files or folders are ready to run."));
    parser.addOption(checkOption);
    parser.addPositionalArgument(QStringLiteral("manifest"),
                                 QObject::tr("An app's inf.yml, or a folder that holds one."),
                                 QStringLiteral("[PATH…]"));
    parser.process(app);
    // One Latchkey per session: a second start hands its manifests to the
    // running one (which comes forward) and exits.
    QStringList request;
    if (parser.isSet(checkOption))
        request << QStringLiteral("--check");
    for (const QString& path : parser.positionalArguments())
        request << QDir::current().absoluteFilePath(path);
    SingleInstance instance;
    if (instance.forwardToRunning(request))
        return 0;
    instance.listen();

    QString vault = Session::rememberedVault();
    if (parser.isSet(vaultOption)) {
        // The same rule as latchkey-cli (SecretName.h): a vault name becomes a
        // file name, so anything else is refused, and never remembered.
        vault = parser.value(vaultOption);
        const QString reason = vaultNameError(vault);
        if (!reason.isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    QObject::tr("latchkey: invalid vault name \"%1\": %2").arg(vault, reason)));
            return 2;
        }
    }

    ClipboardGuard clipboard(QApplication::clipboard());
    Session session([](const QString& name) {
        // The vault's history, trash and rotation settings (`latchkey-cli config`).
        auto* opened = new Vault(name);
        opened->setLifecycle(Lifecycle::load(name));
        return opened;
    });
    session.openVault(vault);
    session.restoreManifests();
    MainWindow window(&session, &clipboard);
    new TeamControls(&window, &session); // Sync, Members and the team banner (team vaults)
    QString first;
    for (const QString& path : parser.positionalArguments()) {
        window.openManifest(path);
        first = first.isEmpty() ? path : first;
    }
    if (!first.isEmpty())
        window.openManifest(first); // the first one given is the one shown
    else if (parser.isSet(checkOption))
        // "Check inf.yml readiness" from the menu, with no file: ask for one.
        QTimer::singleShot(0, &window, &MainWindow::chooseManifest);

    QObject::connect(&instance, &SingleInstance::activated, &window,
                     [&window](const QStringList& arguments) {
                         QString shown;
                         for (const QString& argument : arguments)
                             if (argument != QLatin1String("--check")) {
                                 window.openManifest(argument);
                                 shown = shown.isEmpty() ? argument : shown;
                             }
                         if (!shown.isEmpty())
                             window.openManifest(shown);
                         window.showNormal();
                         window.raise();
                         window.activateWindow();
                     });

    // Without a tray host the app is a plain window: closing it quits.
    std::unique_ptr<TrayIcon> tray;
    if (TrayIcon::isAvailable()) {
        tray = std::make_unique<TrayIcon>(&session, &clipboard, &window, window.quitAction(),
                                          window.openManifestAction());
        tray->show();
        window.setCloseHidesWindow(true);
    }
    // Start minimized means "in the tray" when there is one.
    if (!Settings::startMinimized())
        window.show();
    else if (!tray)
        window.showMinimized();

    // Hidden hook for tests/ui/screenshots.sh: the editor with a hint shown.
    if (qgetenv("LATCHKEY_SCREENSHOT_VIEW") == "editor") {
        QTimer::singleShot(300, &window, [&window] {
            window.actions()->addSecret();
            auto* editor = window.findChild<QDialog*>(QStringLiteral("secretEditor"));
            auto field = [editor](const char* name) {
                return editor ? editor->findChild<QLineEdit*>(QLatin1String(name)) : nullptr;
            };
            if (QLineEdit* key = field("keyEdit"))
                key->setText(QStringLiteral("OPENAI_API_KEY"));
            if (QLineEdit* value = field("valueEdit"))
                value->setText(QStringLiteral("not-an-openai-key-0000"));
            if (QLineEdit* description = field("descriptionEdit"))
                description->setText(QStringLiteral("GPT models for the summarizer"));
        });
    }
    // … the editor of a secret with earlier values, its History section open.
    if (qgetenv("LATCHKEY_SCREENSHOT_VIEW") == "history") {
        auto edit = [&window] {
            QTimer::singleShot(300, &window, [&window] {
                window.actions()->editKey(QStringLiteral("DATABASE_URL"));
            });
        };
        if (session.isLoaded())
            edit();
        else
            QObject::connect(&session, &Session::loaded, &window, edit);
    }
    // … the trash beside the window.
    if (qgetenv("LATCHKEY_SCREENSHOT_VIEW") == "trash")
        QTimer::singleShot(300, &window, [&window] { window.showTrash(); });
    return app.exec();
}
