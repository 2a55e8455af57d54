#pragma once

#include "Error.h"
#include "VaultIndex.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

namespace latchkey {

class Vault;

// The values of many keys of one vault, read at once (every read is started
// before the first answer, as Readiness does), for the commands that need
// values in bulk: export, env, inject, run --env-file and scan.
struct ValueRead {
    QString vault;
    QHash<QString, QString> values; // the keys that were read
    QHash<QString, Error> errors;   // the keys that were not, and why (NotFound, Locked, …)
    Error keychainError;            // the keychain could not be asked (locked, unavailable, …)

    // Overwrites the values with zeros (Wipe.h).
    void wipe();
};

class VaultValues {
public:
    using Done = std::function<void(ValueRead& read)>;

    // Reads `keys`; answers once, within `deadline` even if the keychain is stuck.
    static void read(Vault& vault, const QStringList& keys, QObject* context, Done done,
                     std::chrono::milliseconds deadline);
    // Every value of the vault: read in bulk from a store that can
    // (SecretStore::readsInBulk), else the keys the vault lists once checked
    // against the keychain (Vault::refresh), then their values one by one
    // (a team vault decrypts each file).
    static void readAll(Vault& vault, QObject* context, Done done,
                        std::chrono::milliseconds deadline);

    // The vaults that have an index in `directory`, sorted.
    static QStringList names(const QString& directory = VaultIndex::defaultDirectory());
};

} // namespace latchkey
