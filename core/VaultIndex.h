#pragma once

#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace latchkey {

// Non-secret metadata of one secret. `hint` is the masking rule's output,
// kept so the table can show it without reading the keychain.
struct SecretInfo {
    QString key;
    QString description;
    QDateTime created;
    QDateTime updated;
    QString hint;

    bool operator==(const SecretInfo&) const = default;
};

// The metadata of one vault: `<directory>/<vault>.json`, mode 0600, replaced
// atomically and changed read-modify-write under a lock file, so that the GUI
// and the CLI writing at the same time lose nothing. Never holds a value.
class VaultIndex {
public:
    static constexpr int kSchemaVersion = 1;

    explicit VaultIndex(const QString& vault, const QString& directory = defaultDirectory());

    // `~/.local/share/latchkey/vaults` on Linux; XDG_DATA_HOME relocates it.
    static QString defaultDirectory();

    QString vault() const { return m_vault; }
    QString path() const { return m_path; }

    struct Snapshot {
        QList<SecretInfo> entries;
        Error error;     // the index could not be read: nothing is known
        QString warning; // a corrupt index was moved aside; entries are empty
    };

    // Reads the index. A missing file is an empty vault. A corrupt file is
    // moved aside (never overwritten) and reported in `warning`.
    Snapshot load() const;

    // Applies `mutate` to the current entries and writes the result, all under
    // the lock. `warning` receives the corrupt-file notice, if any.
    Error update(const std::function<void(QList<SecretInfo>&)>& mutate,
                 QString* warning = nullptr) const;

    static std::optional<qsizetype> find(const QList<SecretInfo>& entries, const QString& key);

private:
    Snapshot readUnlocked(bool moveAsideIfCorrupt) const;
    Error writeUnlocked(const QList<SecretInfo>& entries) const;

    QString m_vault;
    QString m_directory;
    QString m_path;
};

} // namespace latchkey
