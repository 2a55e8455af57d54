#pragma once

#include "SecretStore.h"
#include "TeamMembers.h"
#include "TeamSync.h"

#include <memory>
#include <optional>

namespace latchkey {

class IoThread;
class TeamRepository;

// What the GUI's banner and `status` say about a team vault besides its secrets.
struct TeamHealth {
    Error error; // the store cannot be used at all
    SyncState sync;
    QList<Recipient> members;
    QStringList problems; // recipients whose key is missing or expired, one sentence each
    bool member = false;  // this user holds the secret key of a member
    QStringList mine;     // the fingerprints of this user's secret keys (to ask to be added)
    std::optional<bool> passphraseNeeded; // gpg-agent would ask for it (unknown: nullopt)
};

// A team vault's store: a pass store in a git working tree (TeamRepository),
// behind the same SecretStore interface as the OS keychain, so that the
// vault, the CLI, the table, the manifest view and the tray work on it
// unchanged. Every call runs on a thread of the store's own, one after
// another; answers come back to the caller's thread. Values are decrypted
// only in memory and wiped once delivered.
class TeamStore : public SecretStore {
    Q_OBJECT
public:
    TeamStore(const QString& vault, const QString& folder, QObject* parent = nullptr);
    // A team vault that cannot be opened (e.g. the registry is unreadable):
    // every call answers `error`, and nothing falls back to another store.
    TeamStore(const QString& vault, const Error& error, QObject* parent = nullptr);
    ~TeamStore() override;

    QString vault() const { return m_vault; }
    QString folder() const { return m_folder; }

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& value, const QString& revision, QObject* context,
               Done done) override;
    void writeWithInfo(const QString& key, const QString& value, const QString& revision,
                       const WriteInfo& info, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void describe(const QString& key, const QString& description, QObject* context,
                  Done done) override;
    void presence(const QStringList& keys, QObject* context, PresenceDone done) override;
    void items(const QStringList& keys, QObject* context, ItemsDone done) override;
    void status(QObject* context, StatusDone done) override;
    void unlock(QObject* context, Done done) override;

    QString description() const override;
    bool canEnumerate() const override { return true; }
    bool recordsRevision() const override { return true; }
    bool carriesMetadata() const override { return true; }

    // Team operations: not bounded by timeout() (git has its own bound,
    // GitRepo::networkTimeout(), and gpg-agent may be waiting for the user).
    void inspect(bool contactRemote, QObject* context, std::function<void(const TeamHealth&)> done);
    void sync(const SyncChoices& choices, QObject* context,
              std::function<void(const SyncReport&)> done);
    void members(QObject* context, std::function<void(const Result<QList<Recipient>>&)> done);
    void addMember(const QString& who, QObject* context,
                   std::function<void(const Result<MemberChange>&)> done);
    void removeMember(const QString& who, QObject* context,
                      std::function<void(const Result<MemberChange>&)> done);

signals:
    // A change was committed here but not pushed, and why: one sentence.
    void notice(const QString& message);

private:
    template <typename R>
    void job(QObject* context, bool bounded, std::function<R(TeamRepository&)> work,
             std::function<void(R)> done, std::function<R(const Error&)> failed);
    Error timeoutError(const QString& what) const;

    QString m_vault;
    QString m_folder;
    Error m_broken;
    std::shared_ptr<TeamRepository> m_repo; // used on m_io's thread only
    IoThread* m_io = nullptr;
};

} // namespace latchkey
