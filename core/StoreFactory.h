#pragma once

#include <QString>

class QObject;

namespace latchkey {

class SecretStore;

// The store of the vault named `vault`: a TeamStore for a team vault (the
// registry, VaultRegistry.h, lists it), otherwise the OS keychain
// (KeychainFactory.h). A team vault whose registry cannot be read gets a
// store that reports why on every call, never the keychain instead.
SecretStore* createVaultStore(const QString& vault, QObject* parent = nullptr);

} // namespace latchkey
