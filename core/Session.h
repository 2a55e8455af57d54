#pragma once

#include "Error.h"
#include "KeychainStatus.h"
#include "Lifecycle.h"
#include "SecretStore.h"
#include "VaultIndex.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QTimer;

namespace latchkey {

class IoThread;
class OpenManifest;
class Vault;
class VaultModel;

// What the desktop app has open, in one place: the current vault and its
// secrets (VaultModel, the one in-memory copy of the index), the keychain's
// state, the open manifests (each followed on disk, with its readiness), the
// recent lists, and the known vaults. The window, its pages, the tray and
// main.cpp observe it; none of them reaches into another for data.
//
// Nothing here blocks the thread it lives on: the index is read on a thread
// of the session's own, the vault does its locked work on its I/O thread, and
// the keychain answers asynchronously. Preferences it remembers (the vault,
// the open and recent manifests, the recently copied keys) are in QSettings.
class Session : public QObject {
    Q_OBJECT
public:
    // Makes the Vault for a name; the session owns what it returns (unless it
    // has a parent already). Tests pass their own.
    using VaultFactory = std::function<Vault*(const QString& name)>;
    using ReadDone = std::function<void(const Error& error, const QString& value)>;
    using Done = std::function<void(const Error& error)>;

    static constexpr int kMaxRecentManifests = 10;

    explicit Session(VaultFactory factory, QObject* parent = nullptr);
    ~Session() override;

    // --- the vault ---
    Vault* vault() const;
    // Gives the open vault new lifecycle settings (Preferences); the table's
    // age column and the manifests' follow at once.
    void setLifecycle(const Lifecycle& lifecycle);
    QString vaultName() const;
    VaultModel* secrets() const { return m_secrets; }
    // The first read of the index has answered.
    bool isLoaded() const { return m_loaded; }
    // The open vault's deleted secrets that can still be restored, as the
    // index last read lists them (trashChanged() when that changes).
    const QList<SecretInfo>& trash() const { return m_trash; }
    // The vaults there are (each has an index file or a label) plus the open
    // one, sorted.
    QStringList vaultNames() const;
    // How a vault is shown where vaults are listed (the vault switcher), e.g.
    // "shared — team, up to date"; its name until someone sets one. Setting
    // one lists the vault and emits vaultNamesChanged().
    QString vaultLabel(const QString& name) const;
    void setVaultLabel(const QString& name, const QString& label);
    // The vault remembered from the last run ("default" at first).
    static QString rememberedVault();

    // --- the keychain ---
    const KeychainStatus& keychain() const { return m_status; }
    bool isProbing() const { return m_probing; }
    bool isUnlocking() const { return m_unlocking; }
    // The index is being checked against the keychain (under the vault's lock).
    bool isRefreshing() const { return m_refreshing > 0; }

    // A value, for something the user asked for (copy, reveal). When the
    // keychain is locked this first asks the provider to unlock and waits for
    // its prompt without a deadline.
    void readValue(const QString& key, QObject* context, ReadDone done);
    // Asks the provider to unlock (its own prompt; no deadline).
    void unlockKeychain(QObject* context = nullptr, Done done = {});

    // --- manifests ---
    const QList<OpenManifest*>& manifests() const { return m_manifests; }
    // The manifest at `pathOrDirectory`, opened now or already open (the same
    // file by any spelling, symbolic links included, is opened once).
    OpenManifest* openManifest(const QString& pathOrDirectory);
    void closeManifest(OpenManifest* manifest);
    // Opens the manifests open at the end of the last run that still exist.
    void restoreManifests();
    // Most recent first; only regular files are remembered.
    QStringList recentManifests() const { return m_recent; }
    void clearRecentManifests();

    // --- recently copied keys of the open vault, most recent first ---
    QStringList recentKeys() const { return m_recentKeys; }
    void touchRecentKey(const QString& key);

public slots:
    // Opens (and remembers) vault `name`; nothing when it is open already.
    void openVault(const QString& name);
    // Creates vault `name` (its empty index) and opens it. Refuses an invalid
    // name, answering with the reason.
    Error createVault(const QString& name);
    // Asks the keychain for its state again.
    void probeKeychain();
    // An operation met `error`: when it is about the keychain, ask its state.
    void report(const latchkey::Error& error);
    // Reads the index again (the vault's file watcher calls this too).
    void reloadIndex();
    // Drops recent manifests that are no longer regular files (checked on
    // the session's thread for files).
    void pruneRecentManifests();
    void refreshVaultNames();

signals:
    void vaultChanged();
    void vaultNamesChanged();
    // Entries of these keys were added, changed or removed (index reads, the
    // vault's own changes, writes by other processes).
    void secretsChanged(const QStringList& keys);
    // The vault's trash changed (a delete, restore, purge or expiry, here or
    // by another process), another vault was opened, or its trash-days changed.
    void trashChanged();
    void loaded();
    void keychainChanged();
    void manifestOpened(latchkey::OpenManifest* manifest);
    void manifestClosed(latchkey::OpenManifest* manifest);
    // A manifest was opened or closed, or a verdict changed.
    void manifestsChanged();
    void recentManifestsChanged();
    // Something the user should know that is not an error of theirs: a
    // corrupt index moved aside, an interrupted change completed, …
    void notice(const QString& message);

private:
    void applyStatus(const KeychainStatus& status);
    void refreshVault();
    void askPresence(const QStringList& keys);
    void announce(const QStringList& keys);
    void setTrash(const QList<SecretInfo>& trash);
    void addRecentManifest(const QString& path);
    void rememberOpenManifests();
    void setRecent(const QStringList& recent);

    VaultFactory m_factory;
    QPointer<Vault> m_vault;
    VaultModel* m_secrets;
    QList<SecretInfo> m_trash;
    IoThread* m_files; // index reads, folder listings, existence checks
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_loadAgain = false;
    QString m_loadError;
    QTimer* m_debounce;

    KeychainStatus m_status;
    bool m_probing = false;
    bool m_probeAgain = false;
    bool m_forceRefresh = false;
    bool m_recheck = false; // a check timed out: check again once the keychain answers
    QTimer* m_reprobe;      // asks again while the keychain is gone or not answering
    bool m_unlocking = false;
    int m_refreshing = 0;

    QList<OpenManifest*> m_manifests;
    QStringList m_recent;
    bool m_restoring = false;
    QStringList m_recentKeys;
    QStringList m_vaultNames;
    QHash<QString, QString> m_vaultLabels;
    QSet<QString> m_created;
};

} // namespace latchkey
