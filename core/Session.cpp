#include "Session.h"

#include "IoThread.h"
#include "ManifestParser.h"
#include "OpenManifest.h"
#include "RecentKeys.h"
#include "SecretName.h"
#include "SessionSettings.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace latchkey {

using namespace sessionsettings;

namespace {

// How often a keychain that is gone or not answering is asked again.
constexpr std::chrono::seconds kReprobeInterval{5};

bool reachable(KeychainState state)
{
    return state == KeychainState::Available || state == KeychainState::Locked;
}

} // namespace

Session::Session(VaultFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_secrets(new VaultModel(this))
    , m_files(new IoThread(this))
    , m_debounce(new QTimer(this))
    , m_reprobe(new QTimer(this))
    , m_recent(storedList(kRecentSetting))
{
    // Nothing on the bus says when a stuck provider answers again: ask.
    m_reprobe->setSingleShot(true);
    m_reprobe->setInterval(kReprobeInterval);
    connect(m_reprobe, &QTimer::timeout, this, &Session::probeKeychain);
    // A CLI write touches the file and its folder several times in a row;
    // one read after the burst is enough.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(50);
    connect(m_debounce, &QTimer::timeout, this, &Session::reloadIndex);
}

Session::~Session()
{
    // The file thread may be answering; stop it before the members go.
    delete m_files;
    m_files = nullptr;
}

QString Session::rememberedVault()
{
    // A name that is not a valid vault name (edited by hand, or written by an
    // older version) is never used: it would become a file path.
    const QString name =
        QSettings().value(QLatin1String(kVaultSetting), QStringLiteral("default")).toString();
    return vaultNameError(name).isEmpty() ? name : QStringLiteral("default");
}

Vault* Session::vault() const
{
    return m_vault;
}

void Session::setLifecycle(const Lifecycle& lifecycle)
{
    if (!m_vault)
        return;
    const int before = m_vault->lifecycle().history;
    m_vault->setLifecycle(lifecycle);
    m_secrets->setAging(lifecycle.rotateDays, m_vault->sharedClock());
    emit trashChanged(); // its days left count from trash-days
    if (lifecycle.history >= before)
        return;
    // A lowered limit applies at once, as `latchkey-cli config history N`
    // does: the earlier values beyond it leave the keychain now.
    m_vault->applyHistoryLimit(this, [this](const Error& error) {
        emit notice(error ? error.message
                          : tr("Earlier values beyond the new limit were removed from the "
                               "keychain."));
    });
}

QString Session::vaultName() const
{
    return m_vault ? m_vault->name() : QString();
}

QStringList Session::vaultNames() const
{
    QStringList names = m_vaultNames;
    names << QStringLiteral("default");
    for (const QString& name : m_created)
        names << name;
    for (auto it = m_vaultLabels.cbegin(); it != m_vaultLabels.cend(); ++it)
        names << it.key();
    if (m_vault)
        names << m_vault->name();
    names.removeDuplicates();
    names.sort();
    return names;
}

QString Session::vaultLabel(const QString& name) const
{
    return m_vaultLabels.value(name, name);
}

void Session::setVaultLabel(const QString& name, const QString& label)
{
    if (!vaultNameError(name).isEmpty() || m_vaultLabels.value(name) == label)
        return;
    m_vaultLabels.insert(name, label);
    emit vaultNamesChanged();
}

void Session::openVault(const QString& name)
{
    if ((m_vault && m_vault->name() == name) || !vaultNameError(name).isEmpty())
        return;
    Vault* old = m_vault;
    m_vault = m_factory(name);
    if (!m_vault->parent())
        m_vault->setParent(this);
    ++m_generation;
    connect(m_vault, &Vault::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_vault, &Vault::warning, this, &Session::notice);
    connect(m_vault, &Vault::stateChanged, this, [this] {
        // The provider restarted, or a collection was locked or unlocked:
        // whatever the state now, check the index against it again.
        m_forceRefresh = true;
        probeKeychain();
    });
    m_vault->watch();

    m_loaded = false;
    m_loadError.clear();
    m_status = {};
    m_secrets->setEntries({});
    setTrash({});
    m_secrets->clearPresence();
    m_secrets->setKeychainState(KeychainState::Unknown);
    m_secrets->setAging(m_vault->lifecycle().rotateDays, m_vault->sharedClock());
    for (OpenManifest* manifest : std::as_const(m_manifests)) {
        manifest->setVault(m_vault, m_secrets);
        manifest->setKeychainState(KeychainState::Unknown);
    }
    m_recentKeys = RecentKeys(name).keys();
    store(kVaultSetting, name);
    if (old)
        old->retire();

    reloadIndex();
    m_forceRefresh = true;
    probeKeychain();
    refreshVaultNames();
    emit vaultChanged();
    emit keychainChanged();
}

Error Session::createVault(const QString& name)
{
    const QString reason = vaultNameError(name);
    if (!reason.isEmpty())
        return {ErrorKind::InvalidInput,
                tr("\"%1\" cannot be a vault name: %2.").arg(name, reason)};
    m_created.insert(name);
    // An empty index makes the vault exist for the next run and for
    // latchkey-cli, before it holds a secret.
    const VaultIndex index(name,
                           m_vault ? m_vault->index().directory() : VaultIndex::defaultDirectory());
    QPointer<Session> self(this);
    m_files->run<Error>(
        [index]() -> Error {
            if (QFileInfo::exists(index.path()))
                return {};
            auto written = index.update([](QList<SecretInfo>&) {});
            return written ? Error{} : written.error();
        },
        [self](Error error) {
            if (!self)
                return;
            if (error)
                emit self->notice(error.message);
            self->refreshVaultNames();
        });
    openVault(name);
    emit vaultNamesChanged();
    return {};
}

void Session::refreshVaultNames()
{
    const QString directory =
        m_vault ? m_vault->index().directory() : VaultIndex::defaultDirectory();
    m_files->run<QStringList>(
        [directory] {
            QStringList names;
            const QDir dir(directory);
            for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
                if (vaultNameError(info.completeBaseName()).isEmpty())
                    names << info.completeBaseName();
            return names;
        },
        [this](QStringList names) {
            names.sort();
            if (names == m_vaultNames)
                return;
            m_vaultNames = names;
            emit vaultNamesChanged();
        });
}

void Session::reloadIndex()
{
    if (!m_vault)
        return;
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    m_loading = true;
    const VaultIndex index = m_vault->index();
    const quint64 generation = m_generation;
    m_files->run<VaultIndex::Snapshot>(
        [index] { return index.load(); },
        [this, generation](VaultIndex::Snapshot snapshot) {
            m_loading = false;
            if (generation == m_generation) {
                const QString error = snapshot.error ? snapshot.error.message : QString();
                if (!error.isEmpty() && error != m_loadError)
                    emit notice(error);
                m_loadError = error;
                if (!snapshot.warning.isEmpty())
                    emit notice(snapshot.warning);
                // An unreadable index says nothing about the secrets: keep what is shown.
                if (!snapshot.error) {
                    const QStringList keys = m_secrets->setEntries(snapshot.entries);
                    setTrash(snapshot.trash);
                    askPresence(keys);
                    announce(keys);
                }
                if (!m_loaded) {
                    m_loaded = true;
                    emit loaded();
                }
            }
            if (m_loadAgain) {
                m_loadAgain = false;
                reloadIndex();
            }
        });
}

void Session::setTrash(const QList<SecretInfo>& trash)
{
    if (trash == m_trash)
        return;
    m_trash = trash;
    emit trashChanged();
}

void Session::announce(const QStringList& keys)
{
    if (keys.isEmpty())
        return;
    // Only the manifests that declare one of the keys look at the keychain again.
    for (OpenManifest* manifest : std::as_const(m_manifests))
        manifest->keysChanged(keys);
    emit secretsChanged(keys);
}

void Session::askPresence(const QStringList& keys)
{
    QStringList listed;
    for (const QString& key : keys)
        if (m_secrets->contains(key))
            listed << key;
    if (listed.isEmpty() || !m_vault || !reachable(m_status.state))
        return;
    const quint64 generation = m_generation;
    m_vault->presence(listed, this,
                      [this, listed, generation](const Error& error, const QList<Presence>& found) {
                          if (error || generation != m_generation)
                              return;
                          QHash<QString, Presence> presence;
                          for (qsizetype i = 0; i < listed.size() && i < found.size(); ++i)
                              presence.insert(listed.at(i), found.at(i));
                          m_secrets->setPresence(presence);
                      });
}

void Session::probeKeychain()
{
    if (!m_vault)
        return;
    if (m_probing) {
        m_probeAgain = true; // the state changed while we were asking: ask once more
        return;
    }
    m_probing = true;
    emit keychainChanged();
    const quint64 generation = m_generation;
    m_vault->status(this, [this, generation](const KeychainStatus& status) {
        m_probing = false;
        if (generation == m_generation)
            applyStatus(status);
        else
            m_probeAgain = true;
        emit keychainChanged();
        if (m_probeAgain) {
            m_probeAgain = false;
            probeKeychain();
        }
    });
}

void Session::applyStatus(const KeychainStatus& status)
{
    const bool changed = status.state != m_status.state;
    m_status = status;
    m_secrets->setKeychainState(status.state);
    for (OpenManifest* manifest : std::as_const(m_manifests))
        manifest->setKeychainState(status.state);
    if (!reachable(status.state)) {
        if (status.state != KeychainState::Unknown)
            m_reprobe->start();
        return;
    }
    m_reprobe->stop();
    if (changed || m_forceRefresh) {
        m_forceRefresh = false;
        m_recheck = false;
        refreshVault(); // which checks every manifest again
    } else if (m_recheck) {
        // Answering again (or it never stopped, and only that check timed
        // out): the manifests are checked once more. A provider that answers
        // this but keeps timing out searches is asked again after each
        // failure, no faster than its timeout.
        m_recheck = false;
        for (OpenManifest* manifest : std::as_const(m_manifests))
            manifest->evaluate();
    }
}

void Session::refreshVault()
{
    if (!m_vault)
        return;
    const quint64 generation = m_generation;
    ++m_refreshing;
    // Settles interrupted changes and checks the index against the keychain;
    // answers with what each listed key's value looks like there.
    m_vault->refresh(this, [this, generation](const Error& error, const VaultListing& listing) {
        --m_refreshing;
        if (generation != m_generation)
            return;
        if (error) {
            emit notice(error.message);
            return;
        }
        if (!listing.warning.isEmpty())
            emit notice(listing.warning);
        for (const QString& line : listing.notices)
            emit notice(line);
        const QStringList keys = m_secrets->setEntries(listing.entries);
        setTrash(listing.trash);
        m_secrets->setPresence(listing.presence);
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
        announce(keys);
        // Items added or removed behind the vault's back change verdicts too.
        for (OpenManifest* manifest : std::as_const(m_manifests))
            manifest->evaluate();
    });
}

void Session::report(const Error& error)
{
    if (!isKeychainError(error.kind))
        return;
    // What timed out is tried again once the keychain answers. Not what was
    // refused or locked: that answer comes back at once, and trying again
    // while nothing changed would ask the keychain in a loop.
    if (error.kind == ErrorKind::Timeout)
        m_recheck = true;
    probeKeychain();
}

void Session::readValue(const QString& key, QObject* context, ReadDone done)
{
    if (!m_vault)
        return;
    QPointer<Session> self(this);
    QPointer<Vault> vault(m_vault);
    auto read = [self, vault, key, context, done] {
        if (!vault)
            return;
        vault->value(key, context, [self, done](const Error& error, const QString& value) {
            if (error && self)
                self->report(error);
            done(error, value);
        });
    };
    if (m_status.state != KeychainState::Locked)
        return read();
    // A locked keychain: the provider's prompt may take as long as the user
    // needs, so unlock first (no deadline) and read once it is open; the
    // read itself then never waits on a prompt.
    unlockKeychain(context, [read, done](const Error& error) {
        if (error)
            return done(error, QString());
        read();
    });
}

void Session::unlockKeychain(QObject* context, Done done)
{
    if (!m_vault)
        return;
    m_unlocking = true;
    emit keychainChanged();
    QPointer<QObject> alive(context);
    const bool hadContext = context != nullptr;
    m_vault->unlock(this, [this, alive, hadContext, done](const Error& error) {
        m_unlocking = false;
        m_forceRefresh = true;
        probeKeychain();
        if (done && (!hadContext || alive))
            done(error);
    });
}

void Session::touchRecentKey(const QString& key)
{
    if (!m_vault)
        return;
    if (!m_recentKeys.isEmpty() && m_recentKeys.constFirst() == key)
        return;
    RecentKeys(m_vault->name()).touch(key);
    m_recentKeys = withRecent(m_recentKeys, key, RecentKeys::kMaxRemembered);
}

} // namespace latchkey
