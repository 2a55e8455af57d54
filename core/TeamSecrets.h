#pragma once

#include "KeychainStatus.h"
#include "SecretStore.h"
#include "TeamRepository.h"

namespace latchkey {

// The secrets of a team store, one at a time, as SecretStore defines them:
// what TeamStore runs on its thread. Reads decrypt in memory; presence and
// listing never decrypt (they read the recipients from the files' headers);
// every change encrypts to the checked recipients, writes the files, commits
// (a message naming the key, never the value) and pushes when it can.
class TeamSecrets {
public:
    explicit TeamSecrets(TeamRepository& repository);

    // The value; the caller wipes it (Wipe.h).
    Result<QString> read(const QString& key) const;
    Error write(const QString& key, const QString& value, const QString& revision,
                const WriteInfo& info, PushOutcome& pushed);
    Error remove(const QString& key, PushOutcome& pushed);
    Error describe(const QString& key, const QString& description, PushOutcome& pushed);
    QList<Presence> presence(const QStringList& keys) const;
    // With the shared metadata of each item (every item when `keys` is empty).
    QList<ItemState> items(const QStringList& keys) const;
    KeychainStatus status() const;
    // Reads one secret this user can read, so that gpg-agent asks for the
    // passphrase (its own pinentry) and caches it.
    Error unlock() const;

    // The shared metadata of `key` as the files say (ItemState::shared).
    SharedInfo sharedInfo(const QString& key, const QByteArray& ciphertext,
                          QString* revision = nullptr) const;
    // Whether this user's secret keys can read a ciphertext, from its header.
    static Presence presenceIn(const QByteArray& ciphertext, const QSet<QString>& secretKeyIds);

private:
    TeamRepository& m_repo;
};

} // namespace latchkey
