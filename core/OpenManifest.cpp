#include "OpenManifest.h"

#include "ManifestWatcher.h"
#include "ReadinessModel.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QDir>
#include <QFileInfo>

namespace latchkey {

OpenManifest::OpenManifest(const QString& pathOrDirectory, QObject* parent)
    : QObject(parent)
    , m_watcher(new ManifestWatcher(pathOrDirectory, this))
    , m_readiness(new ReadinessModel(this))
{
    connect(m_watcher, &ManifestWatcher::manifestChanged, this, [this](const Manifest& manifest) {
        m_readiness->setManifest(manifest);
        emit manifestChanged();
        emit verdictChanged();
    });
    connect(m_readiness, &ReadinessModel::reportChanged, this, &OpenManifest::verdictChanged);
    m_readiness->setManifest(m_watcher->manifest());
}

QString OpenManifest::path() const
{
    return m_watcher->path();
}

QString OpenManifest::title() const
{
    const Manifest& manifest = m_watcher->manifest();
    if (!manifest.name.isEmpty())
        return manifest.name;
    return QFileInfo(path()).dir().dirName();
}

const Manifest& OpenManifest::manifest() const
{
    return m_watcher->manifest();
}

Vault* OpenManifest::vault() const
{
    return m_readiness->vault();
}

void OpenManifest::setVault(Vault* vault, const VaultModel* index)
{
    QPointer<const VaultModel> model(index);
    m_readiness->setListed([model](const QString& key) { return model && model->contains(key); });
    if (m_ages)
        disconnect(m_ages);
    if (index) {
        m_readiness->setAges([model](const QString& key) -> std::optional<SecretAge> {
            return model ? model->ageOf(key) : std::nullopt;
        });
        // A new value, a new expiry or a new default rotation period changes
        // the table's rows; the ages shown here follow.
        m_ages = connect(index, &QAbstractItemModel::dataChanged, m_readiness,
                         &ReadinessModel::refreshAges);
    } else {
        m_readiness->setAges({});
    }
    m_readiness->setVault(vault);
}

void OpenManifest::setKeychainState(KeychainState state)
{
    const KeychainState before = m_readiness->keychainState();
    m_readiness->setKeychainState(state);
    // Unlocked, locked, back or gone: what the keychain says may differ now.
    if (before != state && before != KeychainState::Unknown)
        m_readiness->evaluate();
}

void OpenManifest::keysChanged(const QStringList& keys)
{
    for (const QString& key : keys)
        if (declares(key)) {
            m_readiness->evaluate();
            return;
        }
}

void OpenManifest::reload()
{
    m_watcher->reload();
}

void OpenManifest::evaluate()
{
    m_readiness->evaluate();
}

bool OpenManifest::needsKey(const QString& key) const
{
    const SecretRequirement* secret = manifest().secret(key);
    return secret && !secret->optional;
}

bool OpenManifest::declares(const QString& key) const
{
    return manifest().secret(key) != nullptr;
}

OpenManifest::Tone OpenManifest::tone() const
{
    if (!manifest().isValid())
        return Tone::Invalid;
    if (!m_readiness->hasReport())
        return Tone::Checking;
    int missing = 0, locked = 0, unreadable = 0;
    for (int row = 0; row < m_readiness->rowCount(); ++row) {
        if (m_readiness->index(row, 0).data(ReadinessModel::OptionalRole).toBool())
            continue;
        switch (m_readiness->stateAt(row)) {
        case SecretState::Missing:
            ++missing;
            break;
        case SecretState::Locked:
            ++locked;
            break;
        case SecretState::Unreadable:
        case SecretState::Checking:
            ++unreadable;
            break;
        default:
            break;
        }
    }
    if (missing > 0)
        return Tone::NotReady;
    if (locked > 0)
        return Tone::Locked;
    if (unreadable > 0 || m_readiness->keychainState() == KeychainState::Unavailable ||
        m_readiness->keychainState() == KeychainState::NotResponding)
        return Tone::Unknown;
    return Tone::Ready;
}

QString OpenManifest::verdict() const
{
    const Manifest& manifest = this->manifest();
    switch (tone()) {
    case Tone::Invalid:
        return tr("This manifest has %n error(s); fix the file to see what the app needs", nullptr,
                  int(manifest.errors().size()));
    case Tone::Checking:
        return tr("Checking the keychain\u2026");
    case Tone::Ready: {
        const qsizetype due = m_readiness->dueForRotation().size();
        if (due == 0)
            return tr("Ready to run");
        return due == 1
                   ? tr("Ready to run, but 1 declared secret is stale, expiring or needs rotation")
                   : tr("Ready to run, but %1 declared secrets are stale, expiring or need "
                        "rotation")
                         .arg(due);
    }
    case Tone::NotReady: {
        // Missing first; what exists behind a lock or cannot be read is said
        // apart from it, never counted as missing.
        int missing = 0, locked = 0, unreadable = 0;
        for (int row = 0; row < m_readiness->rowCount(); ++row) {
            if (m_readiness->index(row, 0).data(ReadinessModel::OptionalRole).toBool())
                continue;
            const SecretState state = m_readiness->stateAt(row);
            missing += state == SecretState::Missing;
            locked += state == SecretState::Locked;
            unreadable += state == SecretState::Unreadable;
        }
        QStringList parts;
        parts << (missing == 1 ? tr("1 required secret missing")
                               : tr("%1 required secrets missing").arg(missing));
        if (locked > 0)
            parts << tr("locked: %1").arg(locked);
        if (unreadable > 0)
            parts << tr("unreadable: %1").arg(unreadable);
        return parts.join(tr(", "));
    }
    case Tone::Locked:
        return tr("The keychain is locked: unlock it to check the required secrets");
    case Tone::Unknown:
        break;
    }
    if (m_readiness->keychainState() == KeychainState::Unavailable)
        return tr("Cannot check: no keychain is reachable");
    if (m_readiness->keychainState() == KeychainState::NotResponding)
        return tr("Cannot check: the keychain is not answering");
    const ReadinessReport shown = m_readiness->shownReport();
    const QString why = shown.keychainError ? shown.keychainError.message
                                            : tr("the keychain did not give back every required "
                                                 "secret");
    return tr("Cannot check: %1").arg(why);
}

} // namespace latchkey
