#include "TeamStore.h"

#include "IoThread.h"
#include "TeamRepository.h"
#include "TeamSecrets.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace latchkey {

namespace {

using Changed = std::pair<Error, PushOutcome>;

} // namespace

TeamStore::TeamStore(const QString& vault, const QString& folder, QObject* parent)
    : SecretStore(parent)
    , m_vault(vault)
    , m_folder(folder)
    , m_repo(std::make_shared<TeamRepository>(vault, folder))
    , m_io(new IoThread(this))
{
    // gpg-agent may ask for a passphrase and git may talk to a server: a
    // team store gets more time than a keychain (the CLI's --timeout still
    // sets it).
    setTimeout(std::chrono::seconds(120));
}

TeamStore::TeamStore(const QString& vault, const Error& error, QObject* parent)
    : SecretStore(parent)
    , m_vault(vault)
    , m_broken(error)
{
}

TeamStore::~TeamStore()
{
    delete m_io; // waits for the work under way, which uses m_repo
    m_io = nullptr;
}

QString TeamStore::description() const
{
    return tr("team store %1").arg(m_folder.isEmpty() ? m_vault : m_folder);
}

Error TeamStore::timeoutError(const QString& what) const
{
    return {ErrorKind::Timeout,
            tr("The team store did not finish %1 within %2 seconds; gpg-agent may be waiting for "
               "a passphrase or git for the network.")
                .arg(what)
                .arg(static_cast<double>(timeout().count()) / 1000.0)};
}

template <typename R>
void TeamStore::job(QObject* context, bool bounded, std::function<R(TeamRepository&)> work,
                    std::function<void(R)> done, std::function<R(const Error&)> failed)
{
    struct Call {
        QPointer<QObject> context;
        bool hadContext = false;
        bool settled = false;
        QPointer<QTimer> deadline;
    };
    auto call = std::make_shared<Call>();
    call->context = context;
    call->hadContext = context != nullptr;
    auto deliver = [call, done](R result) {
        if (call->deadline)
            call->deadline->deleteLater();
        if (call->settled || (call->hadContext && !call->context))
            return;
        call->settled = true;
        done(std::move(result));
    };
    if (m_broken) {
        const Error error = m_broken;
        QTimer::singleShot(0, context ? context : this,
                           [deliver, failed, error] { deliver(failed(error)); });
        return;
    }
    if (bounded && context) {
        auto* timer = new QTimer(context);
        timer->setSingleShot(true);
        call->deadline = timer;
        const Error late = timeoutError(tr("in time"));
        QObject::connect(timer, &QTimer::timeout, context,
                         [deliver, failed, late] { deliver(failed(late)); });
        timer->start(timeout());
    }
    auto repo = m_repo;
    m_io->run<R>([repo, work]() -> R { return work(*repo); }, deliver);
}

void TeamStore::read(const QString& key, QObject* context, ReadDone done)
{
    job<Result<QString>>(
        context, true, [key](TeamRepository& repo) { return TeamSecrets(repo).read(key); },
        [done](Result<QString> result) {
            if (!result)
                return done(result.error(), QString());
            done({}, result.value());
            wipe(result.value());
        },
        [](const Error& e) { return Result<QString>(e); });
}

void TeamStore::write(const QString& key, const QString& value, const QString& revision,
                      QObject* context, Done done)
{
    writeWithInfo(key, value, revision, {QDateTime::currentDateTimeUtc(), std::nullopt}, context,
                  std::move(done));
}

void TeamStore::writeWithInfo(const QString& key, const QString& value, const QString& revision,
                              const WriteInfo& info, QObject* context, Done done)
{
    // The worker's copy of the value is wiped as soon as it is encrypted.
    auto secret = std::make_shared<QString>(value);
    secret->detach();
    QPointer<TeamStore> self(this);
    job<Changed>(
        context, true,
        [key, secret, revision, info](TeamRepository& repo) {
            PushOutcome pushed;
            const Error error = TeamSecrets(repo).write(key, *secret, revision, info, pushed);
            wipe(*secret);
            return Changed{error, pushed};
        },
        [self, done](Changed result) {
            if (self && !result.first)
                if (const QString text = result.second.notice(self->m_vault); !text.isEmpty())
                    emit self->notice(text);
            done(result.first);
        },
        [](const Error& e) {
            return Changed{e, {}};
        });
}

void TeamStore::remove(const QString& key, QObject* context, Done done)
{
    QPointer<TeamStore> self(this);
    job<Changed>(
        context, true,
        [key](TeamRepository& repo) {
            PushOutcome pushed;
            const Error error = TeamSecrets(repo).remove(key, pushed);
            return Changed{error, pushed};
        },
        [self, done](Changed result) {
            if (self && !result.first)
                if (const QString text = result.second.notice(self->m_vault); !text.isEmpty())
                    emit self->notice(text);
            done(result.first);
        },
        [](const Error& e) {
            return Changed{e, {}};
        });
}

void TeamStore::describe(const QString& key, const QString& description, QObject* context,
                         Done done)
{
    QPointer<TeamStore> self(this);
    job<Changed>(
        context, true,
        [key, description](TeamRepository& repo) {
            PushOutcome pushed;
            const Error error = TeamSecrets(repo).describe(key, description, pushed);
            return Changed{error, pushed};
        },
        [self, done](Changed result) {
            if (self && !result.first)
                if (const QString text = result.second.notice(self->m_vault); !text.isEmpty())
                    emit self->notice(text);
            done(result.first);
        },
        [](const Error& e) {
            return Changed{e, {}};
        });
}

void TeamStore::presence(const QStringList& keys, QObject* context, PresenceDone done)
{
    using Answer = std::pair<Error, QList<Presence>>;
    job<Answer>(
        context, true,
        [keys](TeamRepository& repo) {
            if (Error error = repo.open())
                return Answer{error, {}};
            return Answer{{}, TeamSecrets(repo).presence(keys)};
        },
        [done](Answer a) { done(a.first, a.second); },
        [](const Error& e) {
            return Answer{e, {}};
        });
}

void TeamStore::items(const QStringList& keys, QObject* context, ItemsDone done)
{
    using Answer = std::pair<Error, QList<ItemState>>;
    job<Answer>(
        context, true,
        [keys](TeamRepository& repo) {
            if (Error error = repo.open())
                return Answer{error, {}};
            return Answer{{}, TeamSecrets(repo).items(keys)};
        },
        [done](Answer a) { done(a.first, a.second); },
        [](const Error& e) {
            return Answer{e, {}};
        });
}

void TeamStore::status(QObject* context, StatusDone done)
{
    const QString store = description();
    job<KeychainStatus>(
        context, true, [](TeamRepository& repo) { return TeamSecrets(repo).status(); },
        [done](KeychainStatus status) { done(status); },
        [store](const Error& e) {
            KeychainStatus status;
            status.state = e.kind == ErrorKind::Timeout ? KeychainState::NotResponding
                                                        : KeychainState::Unavailable;
            status.provider = QStringLiteral("GnuPG");
            status.store = store;
            status.detail = e.message;
            return status;
        });
}

void TeamStore::unlock(QObject* context, Done done)
{
    job<Error>(
        context, false, [](TeamRepository& repo) { return TeamSecrets(repo).unlock(); },
        [done](Error e) { done(e); }, [](const Error& e) { return e; });
}

void TeamStore::inspect(bool contactRemote, QObject* context,
                        std::function<void(const TeamHealth&)> done)
{
    job<TeamHealth>(
        context, false,
        [contactRemote](TeamRepository& repo) {
            TeamHealth health;
            if ((health.error = repo.open()))
                return health;
            health.sync = TeamSync(repo).state(contactRemote);
            const Result<QList<Recipient>> members = repo.members();
            if (!members) {
                health.error = members.error();
                return health;
            }
            health.members = *members;
            for (const Recipient& own : repo.gpg().ownKeys())
                health.mine << own.fingerprint;
            for (const Recipient& r : health.members) {
                if (!r.usable())
                    health.problems << tr("Recipient %1: %2.").arg(r.id, r.problem);
                if (r.secret && !health.member) {
                    health.member = true;
                    health.passphraseNeeded = repo.gpg().needsPassphrase(r.fingerprint);
                }
            }
            return health;
        },
        [done](TeamHealth health) { done(health); },
        [](const Error& e) {
            TeamHealth health;
            health.error = e;
            return health;
        });
}

void TeamStore::sync(const SyncChoices& choices, QObject* context,
                     std::function<void(const SyncReport&)> done)
{
    QPointer<TeamStore> self(this);
    job<SyncReport>(
        context, false, [choices](TeamRepository& repo) { return TeamSync(repo).sync(choices); },
        [self, done](SyncReport report) {
            done(report);
            if (self) // the files may have changed: what was learnt is out of date
                emit self->stateChanged();
        },
        [](const Error& e) {
            SyncReport report;
            report.error = e;
            return report;
        });
}

void TeamStore::members(QObject* context, std::function<void(const Result<QList<Recipient>>&)> done)
{
    using Answer = Result<QList<Recipient>>;
    job<Answer>(
        context, false, [](TeamRepository& repo) { return TeamMembers(repo).list(); },
        [done](Answer a) { done(a); }, [](const Error& e) { return Answer(e); });
}

void TeamStore::addMember(const QString& who, QObject* context,
                          std::function<void(const Result<MemberChange>&)> done)
{
    using Answer = Result<MemberChange>;
    QPointer<TeamStore> self(this);
    job<Answer>(
        context, false, [who](TeamRepository& repo) { return TeamMembers(repo).add(who); },
        [self, done](Answer a) {
            done(a);
            if (self)
                emit self->stateChanged();
        },
        [](const Error& e) { return Answer(e); });
}

void TeamStore::removeMember(const QString& who, QObject* context,
                             std::function<void(const Result<MemberChange>&)> done)
{
    using Answer = Result<MemberChange>;
    QPointer<TeamStore> self(this);
    job<Answer>(
        context, false, [who](TeamRepository& repo) { return TeamMembers(repo).remove(who); },
        [self, done](Answer a) {
            done(a);
            if (self)
                emit self->stateChanged();
        },
        [](const Error& e) { return Answer(e); });
}

} // namespace latchkey
