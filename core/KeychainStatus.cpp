#include "KeychainStatus.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "KeychainStatus" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(KeychainStatus)
};
} // namespace

Error KeychainStatus::error() const
{
    switch (state) {
    case KeychainState::Available:
        return {};
    case KeychainState::Locked:
        return {ErrorKind::Locked, detail.isEmpty()
                                       ? Strings::tr("The keychain (%1) is locked; unlock it "
                                                     "and try again.")
                                             .arg(where())
                                       : detail};
    case KeychainState::NotResponding:
        return {ErrorKind::Timeout,
                detail.isEmpty()
                    ? Strings::tr("The keychain (%1) did not answer in time.").arg(where())
                    : detail};
    case KeychainState::Unknown:
    case KeychainState::Unavailable:
        break;
    }
    return {ErrorKind::Unavailable,
            detail.isEmpty() ? Strings::tr("No keychain is reachable (%1).").arg(where()) : detail};
}

QString KeychainStatus::where() const
{
    if (provider.isEmpty())
        return store;
    if (store.isEmpty())
        return provider;
    return Strings::tr("%1 through the %2").arg(provider, store);
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
        return Strings::tr("checking");
    case KeychainState::Available:
        return Strings::tr("available");
    case KeychainState::Locked:
        return Strings::tr("locked");
    case KeychainState::Unavailable:
        return Strings::tr("unavailable");
    case KeychainState::NotResponding:
        return Strings::tr("not responding");
    }
    return Strings::tr("checking");
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
