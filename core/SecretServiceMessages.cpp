#include "SecretServiceMessages.h"

#include "KeychainStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace latchkey::secretservice {

namespace {

// The same translation context as the store's other sentences.
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretServiceStore", text);
}

// Remembers which provider served Latchkey last, so that a command started
// after it stopped still names it (README.md, "The keychain's state"). The
// file holds a program's display name, never anything secret.
QString lastProviderPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QLatin1String("/latchkey/provider");
}

QString& remembered()
{
    static bool loaded = false;
    static QString name;
    if (!loaded) {
        loaded = true;
        QFile file(lastProviderPath());
        if (file.open(QIODevice::ReadOnly))
            name = QString::fromUtf8(file.read(256)).trimmed();
    }
    return name;
}

} // namespace

QString rememberedProvider()
{
    return remembered();
}

QString seconds(std::chrono::milliseconds timeout)
{
    return QString::number(static_cast<double>(timeout.count()) / 1000.0);
}

// The provider's display name: the one status() learnt, else the program the
// client found owning the Secret Service (also after it stopped); empty when
// this process never reached one. Remembers it for later commands.
// Application thread only.
QString knownProvider(const QString& learnt)
{
    const QString name =
        !learnt.isEmpty()
            ? learnt
            : providerDisplayName(QString::fromStdString(Client::instance().provider()));
    QString& last = remembered();
    if (!name.isEmpty() && name != last) {
        last = name;
        QDir().mkpath(QFileInfo(lastProviderPath()).path());
        QSaveFile file(lastProviderPath());
        if (file.open(QIODevice::WriteOnly)) {
            file.write(name.toUtf8() + '\n');
            file.commit(); // best effort: only a later message loses the name
        }
    }
    return name;
}

// "No keychain is reachable" with the provider that served Latchkey last,
// when there was one.
QString noKeychainText(const QString& detail)
{
    const QString last = remembered();
    if (!last.isEmpty())
        return tr("No keychain is reachable: %1, which served Latchkey last, is not running in "
                  "this session (%2); start %1 again and try again.")
            .arg(last, detail);
    return tr("No keychain is reachable: no Secret Service is running in this session (%1); "
              "start gnome-keyring, KeePassXC's Secret Service integration or KWallet, then "
              "try again.")
        .arg(detail);
}

Error toError(const Status& status, const QString& what, const QString& learnt)
{
    const QString provider = knownProvider(learnt);
    // "The keychain (gnome-keyring) is locked", or just "The keychain is
    // locked" before the provider's name is known (status() learns it).
    const QString service = provider.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(provider);
    const QString detail = QString::fromStdString(status.message);
    switch (status.code) {
    case Code::Ok:
        return {};
    case Code::NotFound:
        return {ErrorKind::NotFound, tr("The keychain has no item for %1.").arg(what)};
    case Code::Locked:
        return {ErrorKind::Locked,
                tr("The keychain%1 is locked, so %2 cannot be reached; unlock it (latchkey-cli "
                   "status shows the state) and try again.")
                    .arg(service, what)};
    case Code::Dismissed:
        return {ErrorKind::AccessDenied,
                tr("The keychain%1 did not get the user's approval for %2 (%3).")
                    .arg(service, what, detail)};
    case Code::NotResponding:
    case Code::Cancelled:
        return {ErrorKind::Timeout,
                tr("The keychain%1 did not answer in time for %2.").arg(service, what)};
    case Code::NoCollection:
        return {ErrorKind::Unavailable,
                tr("The keychain%1 has no default keyring, so %2 cannot be stored; create one "
                   "(for example in Passwords and Keys) and try again (%3).")
                    .arg(service, what, detail)};
    case Code::Unavailable:
        // A provider that served this process and stopped is named: the user
        // knows which program to start again.
        if (!provider.isEmpty())
            return {ErrorKind::Unavailable,
                    tr("The keychain (%1) is unavailable: it stopped or left the session, so %2 "
                       "cannot be reached; start %1 again and try again (%3).")
                        .arg(provider, what, detail)};
        return {ErrorKind::Unavailable, noKeychainText(detail)};
    case Code::Other:
        break;
    }
    return {ErrorKind::Other,
            tr("The keychain%1 reported an error for %2: %3").arg(service, what, detail)};
}

Error timeoutError(std::chrono::milliseconds timeout, const QString& what, const QString& learnt,
                   Phase phase)
{
    const QString provider = knownProvider(learnt);
    const QString name = provider.isEmpty() ? tr("Secret Service") : provider;
    // A provider's own dialog (KeePassXC asks per client and per deletion)
    // is not a hang: say which dialog it is and where to answer it.
    switch (phase) {
    case Phase::Permission:
        return {ErrorKind::Timeout,
                tr("The keychain (%1) is waiting for you to allow Latchkey access to %2 in its "
                   "own dialog; nobody answered within %3 seconds. Allow it in %1 (or turn off "
                   "its access confirmation for Latchkey) and try again.")
                    .arg(name, what, seconds(timeout))};
    case Phase::Deletion:
        return {ErrorKind::Timeout,
                tr("The keychain (%1) is waiting for you to confirm the deletion of %2 in its own "
                   "dialog; nobody answered within %3 seconds. Confirm it in %1 and try again.")
                    .arg(name, what, seconds(timeout))};
    case Phase::Creation:
    case Phase::Unlock:
        return {ErrorKind::Timeout,
                tr("The keychain (%1) is waiting for you to answer its prompt for %2; nobody "
                   "answered within %3 seconds. Answer the prompt in %1 and try again.")
                    .arg(name, what, seconds(timeout))};
    case Phase::Service:
        break;
    }
    return {ErrorKind::Timeout,
            tr("The keychain (%1) did not answer within %2 seconds for %3; it may be stuck or "
               "waiting for a prompt.")
                .arg(name, seconds(timeout), what)};
}
} // namespace latchkey::secretservice
