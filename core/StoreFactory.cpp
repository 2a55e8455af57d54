#include "StoreFactory.h"

#include "KeychainFactory.h"
#include "TeamStore.h"
#include "VaultRegistry.h"

namespace latchkey {

SecretStore* createVaultStore(const QString& vault, QObject* parent)
{
    const auto team = VaultRegistry::find(vault);
    if (!team)
        return new TeamStore(vault, team.error(), parent);
    if (team.value())
        return new TeamStore(vault, team.value()->store, parent);
    return createKeychainStore(vault, parent);
}

} // namespace latchkey
