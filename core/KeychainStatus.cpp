#include "KeychainStatus.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KeychainStatus", text);
}
} // namespace

Error KeychainStatus::error() const
{
    switch (state) {
    case KeychainState::Available:
        return {};
    case KeychainState::Locked:
        return {ErrorKind::Locked, detail.isEmpty() ? tr("The keychain (%1) is locked; unlock it "
                                                         "and try again.")
                                                          .arg(where())
                                                    : detail};
    case KeychainState::NotResponding:
        return {ErrorKind::Timeout,
                detail.isEmpty() ? tr("The keychain (%1) did not answer in time.").arg(where())
                                 : detail};
    case KeychainState::Unknown:
    case KeychainState::Unavailable:
        break;
    }
    return {ErrorKind::Unavailable,
            detail.isEmpty() ? tr("No keychain is reachable (%1).").arg(where()) : detail};
}

QString KeychainStatus::where() const
{
    if (provider.isEmpty())
        return store;
    if (store.isEmpty())
        return provider;
    return tr("%1 through the %2").arg(provider, store);
}

QString KeychainStatus::stateName(KeychainState state)
{
    switch (state) {
    case KeychainState::Unknown:
        return QStringLiteral("unknown");
    case KeychainState::Available:
        return QStringLiteral("available");
    case KeychainState::Locked:
        return QStringLiteral("locked");
    case KeychainState::Unavailable:
        return QStringLiteral("unavailable");
    case KeychainState::NotResponding:
        return QStringLiteral("not-responding");
    }
    return QStringLiteral("unknown");
}

QString KeychainStatus::stateText(KeychainState state)
{
    switch (state) {
    case KeychainState::Unknown:
        return tr("checking");
    case KeychainState::Available:
        return tr("available");
    case KeychainState::Locked:
        return tr("locked");
    case KeychainState::Unavailable:
        return tr("unavailable");
    case KeychainState::NotResponding:
        return tr("not responding");
    }
    return tr("checking");
}

QString providerDisplayName(const QString& program)
{
    const QString name = program.trimmed();
    if (name.startsWith(QLatin1String("gnome-keyring")))
        return QStringLiteral("gnome-keyring");
    if (name.compare(QLatin1String("keepassxc"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("KeePassXC");
    if (name.startsWith(QLatin1String("kwalletd")) || name == QLatin1String("ksecretd"))
        return QStringLiteral("KWallet");
    return name;
}

} // namespace latchkey
