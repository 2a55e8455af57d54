#include "KeychainFactory.h"

#include "QtKeychainStore.h"
#ifdef LATCHKEY_HAVE_LIBSECRET
#include "SecretServiceStore.h"
#endif

namespace latchkey {

QString keychainBackend()
{
#ifdef LATCHKEY_HAVE_LIBSECRET
    if (qEnvironmentVariable("LATCHKEY_KEYCHAIN") == QLatin1String("qtkeychain"))
        return QStringLiteral("qtkeychain");
    return QStringLiteral("libsecret");
#else
    return QStringLiteral("qtkeychain");
#endif
}

SecretStore* createKeychainStore(const QString& vault, QObject* parent)
{
    const QString service = QLatin1String("latchkey/") + vault;
#ifdef LATCHKEY_HAVE_LIBSECRET
    if (keychainBackend() == QLatin1String("libsecret"))
        return new SecretServiceStore(vault, parent);
#endif
    return new QtKeychainStore(service, parent);
}

} // namespace latchkey
