// The manifests a session has open and the recently opened ones (Session.h).
#include "Session.h"

#include "IoThread.h"
#include "ManifestParser.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "RecentKeys.h"
#include "SessionSettings.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QFileInfo>

namespace latchkey {

using namespace sessionsettings;

OpenManifest* Session::openManifest(const QString& pathOrDirectory)
{
    const QString path = QFileInfo(ManifestParser::resolvePath(pathOrDirectory)).absoluteFilePath();
    // The same file reached through a symbolic link is the same manifest.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (OpenManifest* open : std::as_const(m_manifests))
        if (open->path() == path ||
            (!canonical.isEmpty() && QFileInfo(open->path()).canonicalFilePath() == canonical))
            return open;
    auto* manifest = new OpenManifest(path, this);
    manifest->setVault(m_vault, m_secrets);
    manifest->setKeychainState(m_status.state);
    connect(manifest, &OpenManifest::verdictChanged, this, &Session::manifestsChanged);
    connect(manifest->readiness(), &ReadinessModel::keychainFailed, this, &Session::report);
    m_manifests.append(manifest);
    if (QFileInfo(path).isFile())
        addRecentManifest(path);
    rememberOpenManifests();
    emit manifestOpened(manifest);
    emit manifestsChanged();
    return manifest;
}

void Session::closeManifest(OpenManifest* manifest)
{
    if (!m_manifests.removeOne(manifest))
        return;
    rememberOpenManifests();
    emit manifestClosed(manifest);
    manifest->deleteLater();
    emit manifestsChanged();
}

void Session::restoreManifests()
{
    m_restoring = true;
    const QStringList paths = storedList(kOpenSetting);
    for (const QString& path : paths)
        if (QFileInfo(path).isFile())
            openManifest(path);
    m_restoring = false;
    rememberOpenManifests();
}

void Session::rememberOpenManifests()
{
    if (m_restoring)
        return;
    QStringList paths;
    for (const OpenManifest* manifest : std::as_const(m_manifests))
        paths << manifest->path();
    store(kOpenSetting, paths);
}

void Session::setRecent(const QStringList& recent)
{
    if (recent == m_recent)
        return;
    m_recent = recent;
    store(kRecentSetting, m_recent);
    emit recentManifestsChanged();
}

void Session::addRecentManifest(const QString& path)
{
    setRecent(withRecent(m_recent, path, kMaxRecentManifests));
}

void Session::clearRecentManifests()
{
    setRecent({});
}

void Session::pruneRecentManifests()
{
    const QStringList paths = m_recent;
    m_files->run<QStringList>(
        [paths] {
            QStringList gone;
            for (const QString& path : paths)
                if (!QFileInfo(path).isFile())
                    gone << path;
            return gone;
        },
        [this](QStringList gone) {
            QStringList kept = m_recent;
            for (const QString& path : std::as_const(gone))
                kept.removeAll(path);
            setRecent(kept);
        });
}

} // namespace latchkey
