#pragma once

#include <QString>

class QObject;

namespace latchkey {

class SecretStore;

// The OS keychain store for a vault: the Secret Service through libsecret on
// Linux and other freedesktop systems, QtKeychain on macOS and Windows.
// LATCHKEY_KEYCHAIN=qtkeychain (or =libsecret) picks one where both are built.
SecretStore* createKeychainStore(const QString& vault, QObject* parent = nullptr);

// "libsecret" or "qtkeychain": what createKeychainStore() uses here and now.
QString keychainBackend();

} // namespace latchkey
