#pragma once

// Internal to Vault (Vault*.cpp).
#include "Error.h"
#include "SecretName.h"
#include "VaultIndex.h"
#include "VaultLock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace latchkey {

// A change in progress: the lock, and the index and journal as read under it.
struct Transaction {
    std::shared_ptr<VaultLock> lock;
    QList<SecretInfo> entries;
    QList<SecretInfo> trash;
    QList<Intent> journal;
    QString warning;
    QStringList notices;
};

namespace vaultdetail {

// The messages of this header and of the free functions that use it, in the
// translation context "Vault" that lupdate finds through Q_DECLARE_TR_FUNCTIONS.
struct VaultText {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

// Reports through `done` on the next turn of the event loop, so that every
// answer arrives asynchronously whatever the path.
template <typename Callback, typename... Args>
void later(QObject* context, Callback done, Args... args)
{
    QTimer::singleShot(0, context, [done, args...] { done(args...); });
}

// The caller's callback, dropped if the caller's context is gone by then.
template <typename Callback> auto guarded(QObject* context, Callback done)
{
    return [alive = QPointer<QObject>(context), hadContext = context != nullptr,
            done](auto&&... args) {
        if (!hadContext || alive)
            done(std::forward<decltype(args)>(args)...);
    };
}

inline Error notFound(const QString& key, const QString& vault)
{
    return {ErrorKind::NotFound,
            VaultText::tr("There is no secret named %1 in vault \"%2\".").arg(key, vault)};
}

inline Error keyError(const QString& key)
{
    const QString reason = secretNameError(key);
    if (reason.isEmpty())
        return {};
    return {ErrorKind::InvalidInput,
            VaultText::tr("Invalid key \"%1\": %2.").arg(quotedName(key), reason)};
}

inline QString newRevision()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

inline QList<SecretInfo> without(QList<SecretInfo> entries, const QString& key)
{
    if (const auto at = VaultIndex::find(entries, key))
        entries.removeAt(*at);
    return entries;
}

} // namespace vaultdetail

} // namespace latchkey
