#pragma once

#include "Manifest.h"
#include "Vault.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace latchkey {

class ManifestWatcher;
class ReadinessModel;
class SecretEditor;

// One open inf.yml: the app's name and description, a verdict banner, the
// readiness of each declared secret, the integrations and credentials the
// platform manages, and the manifest's diagnostics. It follows the file on disk and the vault, so
// it is never stale. Activating a key that is not set opens the editor pre-filled with the key and
// the manifest's description.
class ManifestView : public QWidget {
    Q_OBJECT
public:
    ManifestView(const QString& pathOrDirectory, Vault* vault, QWidget* parent = nullptr);

    QString path() const;
    QString title() const;
    void setVault(Vault* vault);

    // "Ready to run", "2 required secrets missing", …
    QString verdictText() const;
    bool isReady() const;
    bool needsKey(const QString& key) const;
    ReadinessModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* diagnostics() const { return m_diagnostics; }
    SecretEditor* currentEditor() const { return m_editor; }

public slots:
    // Opens the editor for `key` (add when not set, edit when set).
    void editKey(const QString& key);
    // Walks through every missing required key in turn.
    void setMissing();
    void reload();

signals:
    void titleChanged(const QString& title);
    void verdictChanged();
    void storeError(const latchkey::Error& error);

private:
    void showManifest(const Manifest& manifest);
    void updateVerdict();
    void nextMissing();

    QPointer<Vault> m_vault;
    ManifestWatcher* m_watcher;
    ReadinessModel* m_model;
    QLabel* m_name;
    QLabel* m_description;
    QLabel* m_path;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QWidget* m_verdictBanner;
    QPushButton* m_setMissing;
    QTableView* m_table;
    QLabel* m_integrationsTitle;
    QLabel* m_integrations;
    QLabel* m_diagnosticsTitle;
    QListWidget* m_diagnostics;
    QPointer<SecretEditor> m_editor;
    QStringList m_walk;
    bool m_walking = false;
};

} // namespace latchkey
