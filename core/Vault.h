#pragma once

#include "SecretStore.h"
#include "VaultIndex.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QFileSystemWatcher;

namespace latchkey {

// One named vault: the index (metadata) and the secret store (values)
// together. Writes go to the store first and then to the index, so the index
// never claims a value the store does not have. All value access is
// asynchronous; listing reads only the index.
class Vault : public QObject {
    Q_OBJECT
public:
    using ReadDone = SecretStore::ReadDone;
    using Done = SecretStore::Done;

    static QString defaultName() { return QStringLiteral("default"); }
    static QString serviceFor(const QString& vault) { return QLatin1String("latchkey/") + vault; }

    // Uses the OS keychain under `latchkey/<name>`; the Vault owns it.
    explicit Vault(const QString& name,
                   const QString& indexDirectory = VaultIndex::defaultDirectory(),
                   QObject* parent = nullptr);
    // Uses `store`, which must outlive the Vault (tests own their collaborators).
    Vault(const QString& name, SecretStore* store,
          const QString& indexDirectory = VaultIndex::defaultDirectory(),
          QObject* parent = nullptr);

    QString name() const { return m_name; }
    SecretStore* store() const { return m_store; }
    const VaultIndex& index() const { return m_index; }

    VaultIndex::Snapshot list() const { return m_index.load(); }

    // Creates or updates `key`. A null description keeps the existing one.
    void set(const QString& key, const QString& value, const std::optional<QString>& description,
             QObject* context, Done done);
    // The value from the store. A key the index lists but the store says it
    // does not have is Unreadable (a locked collection answers "not found").
    void value(const QString& key, QObject* context, ReadDone done);
    void remove(const QString& key, QObject* context, Done done);
    Error setDescription(const QString& key, const QString& description);

    // Emits changed() when the index file changes on disk, including writes by
    // other processes such as latchkey-cli.
    void watch();

signals:
    void changed();
    // A non-fatal notice, e.g. that a corrupt index was moved aside.
    void warning(const QString& message);

private:
    void rewatch();
    void report(const QString& warningText);

    QString m_name;
    SecretStore* m_store = nullptr;
    VaultIndex m_index;
    QFileSystemWatcher* m_watcher = nullptr;
};

} // namespace latchkey
