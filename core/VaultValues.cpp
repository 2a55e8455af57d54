#include "VaultValues.h"

#include "SecretName.h"
#include "Vault.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultValues", text);
}

struct Pending {
    ValueRead read;
    QSet<QString> open;
    bool finished = false;
    VaultValues::Done done;
    QPointer<QObject> guard;

    void finish()
    {
        if (finished)
            return;
        finished = true;
        if (guard)
            guard->deleteLater(); // late answers of a stuck keychain are dropped
        done(read);
        read.wipe();
    }
};

} // namespace

void ValueRead::wipe()
{
    latchkey::wipe(values);
}

void VaultValues::read(Vault& vault, const QStringList& keys, QObject* context, Done done,
                       std::chrono::milliseconds deadline)
{
    auto pending = std::make_shared<Pending>();
    pending->read.vault = vault.name();
    pending->done = std::move(done);
    for (const QString& key : keys)
        pending->open.insert(key);
    QObject* guard = new QObject(context);
    pending->guard = guard;
    if (pending->open.isEmpty()) {
        QTimer::singleShot(0, guard, [pending] { pending->finish(); });
        return;
    }
    QTimer::singleShot(deadline, guard, [pending, deadline] {
        const Error late{ErrorKind::Timeout,
                         tr("The keychain did not answer within %1 seconds; it may be stuck or "
                            "waiting for an unlock prompt.")
                             .arg(static_cast<double>(deadline.count()) / 1000.0)};
        for (const QString& key : std::as_const(pending->open))
            pending->read.errors.insert(key, late);
        if (!pending->read.keychainError)
            pending->read.keychainError = late;
        pending->finish();
    });
    const QSet<QString> unique = pending->open;
    for (const QString& key : unique) {
        vault.value(key, guard, [pending, key](const Error& error, const QString& value) {
            if (pending->finished || !pending->open.remove(key))
                return;
            if (error) {
                pending->read.errors.insert(key, error);
                if (isKeychainError(error.kind) && !pending->read.keychainError)
                    pending->read.keychainError = error;
            } else {
                pending->read.values.insert(key, value);
            }
            if (pending->open.isEmpty())
                pending->finish();
        });
    }
}

void VaultValues::readAll(Vault& vault, QObject* context, Done done,
                          std::chrono::milliseconds deadline)
{
    if (vault.store()->readsInBulk()) {
        // The keychain's own items of the vault, values included, in one
        // bulk read (bounded by the store's timeout): what `scan` must find
        // is what the keychain holds.
        const QString name = vault.name();
        vault.store()->readAll(
            context, [name, done](const Error& error, const QHash<QString, QString>& values) {
                ValueRead read;
                read.vault = name;
                if (error)
                    read.keychainError = error;
                else
                    read.values = values;
                done(read);
                read.wipe();
            });
        return;
    }
    QPointer<Vault> alive(&vault);
    vault.refresh(
        context, [alive, context, done, deadline](const Error& error, const VaultListing& listing) {
            ValueRead failed;
            failed.vault = alive ? alive->name() : QString();
            if (error || listing.status.error() || !alive) {
                failed.keychainError =
                    error ? error
                          : (alive ? listing.status.error()
                                   : Error{ErrorKind::Other, tr("The vault was closed.")});
                done(failed);
                return;
            }
            QStringList keys;
            for (const SecretInfo& info : listing.entries)
                keys << info.key;
            read(*alive, keys, context, done, deadline);
        });
}

QStringList VaultValues::names(const QString& directory)
{
    QStringList result;
    const QStringList files =
        QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString name = file.chopped(5);
        if (vaultNameError(name).isEmpty())
            result << name;
    }
    return result;
}

} // namespace latchkey
