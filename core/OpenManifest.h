#pragma once

#include "KeychainStatus.h"
#include "Manifest.h"
#include "Readiness.h"

#include <QObject>
#include <QPointer>

namespace latchkey {

class ManifestWatcher;
class ReadinessModel;
class Vault;
class VaultModel;

// One inf.yml open in the desktop app: the file followed on disk, its
// readiness against the session's vault, and the verdict every front end
// shows for it (the manifest tab, the tray's group title). Session owns it
// and tells it when one of its keys or the keychain's state changed, so a
// save re-evaluates only the manifests that declare the saved key.
class OpenManifest : public QObject {
    Q_OBJECT
public:
    enum class Tone { Checking, Ready, NotReady, Locked, Unknown, Invalid };

    // `pathOrDirectory` as ManifestParser::resolvePath takes it.
    explicit OpenManifest(const QString& pathOrDirectory, QObject* parent = nullptr);

    QString path() const;
    // The app's name, or its folder's name when it has none.
    QString title() const;
    const Manifest& manifest() const;
    ReadinessModel* readiness() const { return m_readiness; }
    // The session's vault it is evaluated against (null until Session sets one).
    Vault* vault() const;

    Tone tone() const;
    // One sentence: "Ready to run", "2 required secrets missing", …
    QString verdict() const;
    bool isReady() const { return tone() == Tone::Ready; }
    // The manifest declares `key` as a required secret.
    bool needsKey(const QString& key) const;
    bool declares(const QString& key) const;

    // --- for Session ---
    // `index` answers which keys the vault lists; both may be null.
    void setVault(Vault* vault, const VaultModel* index);
    void setKeychainState(KeychainState state);
    // Re-evaluates when one of `keys` is declared here.
    void keysChanged(const QStringList& keys);

public slots:
    void reload();
    void evaluate();

signals:
    // The file was read again (edited, replaced, deleted).
    void manifestChanged();
    // What tone() and verdict() say may have changed.
    void verdictChanged();

private:
    ManifestWatcher* m_watcher;
    ReadinessModel* m_readiness;
    QMetaObject::Connection m_ages; // the vault table's changes → the age column
};

} // namespace latchkey
