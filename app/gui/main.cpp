// latchkey: the desktop app. Everything interesting lives in ui/ and core/.
#include "AppIdentity.h"
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "ManifestView.h"
#include "SecretEditor.h"
#include "Settings.h"
#include "Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QTimer>

using namespace latchkey;

int main(int argc, char* argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    setApplicationIdentity();
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
    if (parser.isSet(vaultOption))
        Settings::setCurrentVault(parser.value(vaultOption));

    ClipboardGuard clipboard(QApplication::clipboard());
    MainWindow window([](const QString& name) { return new Vault(name); }, &clipboard);
    window.restoreManifests();
    ManifestView* first = nullptr;
    for (const QString& path : parser.positionalArguments()) {
        ManifestView* view = window.openManifest(path);
        first = first ? first : view;
    }
    if (parser.isSet(checkOption) && first)
        window.tabs()->setCurrentWidget(first);

    if (Settings::startMinimized())
        window.showMinimized();
    else
        window.show();

    // Hidden hooks for tests/ui/screenshots.sh: pick the view to capture.
    const QByteArray shot = qgetenv("LATCHKEY_SCREENSHOT_VIEW");
    if (shot == "editor") {
        QTimer::singleShot(300, &window, [&window] {
            window.addSecret();
            if (SecretEditor* editor = window.currentEditor()) {
                editor->keyEdit()->setText(QStringLiteral("OPENAI_API_KEY"));
                editor->valueEdit()->setText(QStringLiteral("not-an-openai-key-0000"));
                editor->descriptionEdit()->setText(QStringLiteral("GPT models for the summarizer"));
            }
        });
    } else if (shot == "secrets") {
        window.tabs()->setCurrentIndex(0);
    }
    return app.exec();
}
