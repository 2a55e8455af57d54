#pragma once

// Internal to Vault (Vault.cpp, VaultReads.cpp).
#include "VaultIndex.h"
#include "VaultLock.h"

#include <QStringList>

#include <memory>

namespace latchkey {

// A change in progress: the lock, and the index and journal as read under it.
struct Transaction {
    std::shared_ptr<VaultLock> lock;
    QList<SecretInfo> entries;
    QList<Intent> journal;
    QString warning;
    QStringList notices;
};

} // namespace latchkey
