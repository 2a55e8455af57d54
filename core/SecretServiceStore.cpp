#include "SecretServiceStore.h"

#include "SecretServiceCall.h"
#include "SecretServiceClient.h"
#include "SecretServiceMessages.h"
#include "SecretValue.h"
#include "Wipe.h"

#include <QHash>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace latchkey {

namespace ss = secretservice;
using ss::knownProvider;
using ss::noKeychainText;
using ss::rememberedProvider;
using ss::seconds;
using ss::timeoutError;
using ss::toError;

using namespace sscall;

SecretServiceStore::SecretServiceStore(const QString& vault, QObject* parent)
    : SecretStore(parent)
    , m_vault(vault)
    , m_server(QLatin1String("latchkey/") + vault)
{
    // The client tells us (on its thread) when the provider restarts or a
    // collection is locked or unlocked; stateChanged() is emitted here.
    static std::atomic<bool> listening{false};
    if (!listening.exchange(true)) {
        ss::Client::instance().setChangeListener([] {
            if (QCoreApplication* app = QCoreApplication::instance())
                QMetaObject::invokeMethod(
                    app, [] { emit SecretServiceEvents::instance()->changed(); },
                    Qt::QueuedConnection);
        });
        qAddPostRoutine([] { ss::Client::instance().shutdown(); });
    }
    connect(SecretServiceEvents::instance(), &SecretServiceEvents::changed, this,
            &SecretStore::stateChanged);
}

SecretServiceEvents* SecretServiceEvents::instance()
{
    static QPointer<SecretServiceEvents> events;
    if (!events)
        events = new SecretServiceEvents(QCoreApplication::instance());
    return events;
}

QString SecretServiceStore::label(const QString& vault, const QString& key)
{
    return tr("%1 (Latchkey, vault %2)").arg(key, vault);
}

QString SecretServiceStore::description() const
{
    // installer/start.sh runs Latchkey in a throw-away keyring when the
    // session has none; the user must see that nothing stored there lasts.
    if (qEnvironmentVariableIsSet("LATCHKEY_DEMO_KEYRING"))
        return tr("Secret Service (private demo keyring: secrets vanish on exit)");
    return tr("Secret Service");
}

void SecretServiceStore::read(const QString& key, QObject* context, ReadDone done)
{
    const QString what = tr("the value of %1").arg(key);
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    // Python's keyring (and secret-tool users following it) store under
    // service/username only; Latchkey writes both pairs (write() below), so
    // a value that has no server/user item is looked up by those once more.
    const std::vector<ss::Attributes> matches =
        ss::valueMatches(m_server.toStdString(), key.toStdString());
    const ss::Attributes python = matches.back();
    auto answer = [call, done, what, provider](ss::Status status, ss::Bytes bytes) {
        deliver(call, [status, bytes, done, what, provider]() mutable {
            if (!status.ok())
                return done(toError(status, what, provider), {});
            QByteArray utf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
            bytes.clear();
            QString value = secretValueFromStored(utf8);
            // Text that does not survive the round trip was not UTF-8.
            QByteArray again = value.toUtf8();
            const bool text = again == utf8;
            wipe(again);
            wipe(utf8);
            if (!text) {
                wipe(value);
                return done({ErrorKind::Other,
                             tr("The keychain's value for %1 is not UTF-8 text, which Latchkey "
                                "cannot handle.")
                                 .arg(what)},
                            {});
            }
            done({}, value);
            wipe(value);
        });
    };
    call->handle = ss::Client::instance().read(
        matches.front(), [call, python, answer](ss::Status status, ss::Bytes bytes) {
            if (status.code != ss::Code::NotFound)
                return answer(status, std::move(bytes));
            call->handle = ss::Client::instance().read(python, answer);
        });
}

void SecretServiceStore::write(const QString& key, const QString& value, const QString& revision,
                               QObject* context, Done done)
{
    const QString what = key;
    const QString invalid = secretValueError(value);
    if (!invalid.isEmpty()) {
        QTimer::singleShot(0, context, [done, invalid] {
            done({ErrorKind::InvalidInput, tr("Cannot store the value: %1.").arg(invalid)});
        });
        return;
    }
    ss::Attributes attributes = matchFor(m_server, key);
    attributes["service"] = m_server.toStdString();
    attributes["username"] = key.toStdString();
    attributes["type"] = "plaintext";
    attributes["xdg:schema"] = "org.qt.keychain";
    if (!revision.isEmpty())
        attributes[revisionAttribute().toStdString()] = revision.toStdString();
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase));
    });
    call->handle = ss::Client::instance().store(matchFor(m_server, key), attributes,
                                                label(m_vault, key).toStdString(), toBytes(value),
                                                [call, done, what, provider](ss::Status status) {
                                                    deliver(call, [status, done, what, provider] {
                                                        done(toError(status, what, provider));
                                                    });
                                                });
}

void SecretServiceStore::remove(const QString& key, QObject* context, Done done)
{
    const QString what = key;
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase));
    });
    call->handle = ss::Client::instance().remove(
        matchFor(m_server, key), [call, done, what, provider](ss::Status status) {
            deliver(call,
                    [status, done, what, provider] { done(toError(status, what, provider)); });
        });
}

void SecretServiceStore::prepareWrite()
{
    // The key exchange costs the client a few milliseconds of CPU and the
    // service one round trip; begun here, it runs beside the presence search
    // and the vault's file work instead of after them.
    ss::Client::instance().openSession([](ss::Status) {});
}

void SecretServiceStore::presence(const QStringList& keys, QObject* context, PresenceDone done)
{
    std::vector<ss::Attributes> matches;
    matches.reserve(static_cast<std::size_t>(keys.size()));
    for (const QString& key : keys)
        matches.push_back(matchFor(m_server, key));
    const QString what = tr("the secrets of vault \"%1\"").arg(m_vault);
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    call->handle = ss::Client::instance().presence(
        matches, [call, done, what, provider](ss::Status status, std::vector<ss::Presence> found) {
            deliver(call, [status, found, done, what, provider] {
                if (!status.ok())
                    return done(toError(status, what, provider), {});
                QList<Presence> answer;
                answer.reserve(static_cast<qsizetype>(found.size()));
                for (ss::Presence p : found)
                    answer.append(p == ss::Presence::Present  ? Presence::Present
                                  : p == ss::Presence::Locked ? Presence::Locked
                                                              : Presence::Absent);
                done({}, answer);
            });
        });
}

void SecretServiceStore::items(const QStringList& keys, QObject* context, ItemsDone done)
{
    std::vector<ss::Attributes> matches;
    if (keys.isEmpty())
        matches.push_back({{"server", m_server.toStdString()}});
    for (const QString& key : keys)
        matches.push_back(matchFor(m_server, key));
    const QString what = tr("the secrets of vault \"%1\"").arg(m_vault);
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    call->handle = ss::Client::instance().items(
        matches, [call, done, what, provider](ss::Status status, std::vector<ss::Item> found) {
            deliver(call, [status, found, done, what, provider] {
                if (!status.ok())
                    return done(toError(status, what, provider), {});
                QList<ItemState> answer;
                for (const ss::Item& item : found) {
                    ItemState state;
                    const auto user = item.attributes.find("user");
                    if (user != item.attributes.end())
                        state.key = QString::fromStdString(user->second);
                    const auto revision = item.attributes.find(revisionAttribute().toStdString());
                    if (revision != item.attributes.end())
                        state.revision = QString::fromStdString(revision->second);
                    state.presence = item.locked ? Presence::Locked : Presence::Present;
                    answer.append(state);
                }
                done({}, answer);
            });
        });
}

void SecretServiceStore::readAll(QObject* context, ValuesDone done)
{
    const QString what = tr("the values of vault \"%1\"").arg(m_vault);
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    call->handle = ss::Client::instance().readAll(
        {{"server", m_server.toStdString()}},
        [call, done, what, provider](ss::Status status,
                                     std::vector<std::pair<std::string, ss::Bytes>> found) {
            deliver(call, [status, found = std::move(found), done, what, provider]() mutable {
                if (!status.ok())
                    return done(toError(status, what, provider), {});
                QHash<QString, QString> values;
                for (auto& [user, bytes] : found) {
                    QByteArray utf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
                    bytes.clear();
                    values.insert(QString::fromStdString(user), secretValueFromStored(utf8));
                    wipe(utf8);
                }
                done({}, values);
                wipe(values);
            });
        });
}

void SecretServiceStore::status(QObject* context, StatusDone done)
{
    const QString store = description();
    const auto limit = timeout();
    QPointer<SecretServiceStore> self(this);
    auto call = begin(context, limit, [done, limit, store, self](ss::Phase) {
        KeychainStatus status;
        status.state = KeychainState::NotResponding;
        status.store = store;
        status.provider = self ? self->m_provider : QString();
        status.detail = tr("The keychain (%1) did not answer within %2 seconds; it may be stuck or "
                           "waiting for a prompt.")
                            .arg(status.where(), seconds(limit));
        done(status);
    });
    call->handle = ss::Client::instance().info([call, done, store, self](ss::ServiceInfo info) {
        deliver(call, [info, done, store, self] {
            KeychainStatus status;
            status.store = store;
            status.provider = providerDisplayName(QString::fromStdString(info.provider));
            if (self && !status.provider.isEmpty())
                self->m_provider = status.provider;
            const QString detail = QString::fromStdString(info.status.message);
            switch (info.status.code) {
            case ss::Code::Ok:
                status.state = info.locked ? KeychainState::Locked : KeychainState::Available;
                if (info.locked)
                    status.detail = tr("The keychain (%1) is locked; unlock it (the Unlock button, "
                                       "or your keyring manager) and try again.")
                                        .arg(status.where());
                break;
            case ss::Code::Locked:
                status.state = KeychainState::Locked;
                status.detail =
                    tr("The keychain (%1) is locked; unlock it and try again.").arg(status.where());
                break;
            case ss::Code::NotResponding:
            case ss::Code::Cancelled:
                status.state = KeychainState::NotResponding;
                status.detail =
                    tr("The keychain (%1) did not answer in time; it may be stuck or waiting "
                       "for a prompt.")
                        .arg(status.where());
                break;
            case ss::Code::NoCollection:
                status.state = KeychainState::Unavailable;
                status.noKeyring = true;
                status.detail = tr("The keychain (%1) has no default keyring yet; create one (for "
                                   "example in Passwords and Keys), or save a secret and accept "
                                   "the keychain's prompt to create it.")
                                    .arg(status.where());
                break;
            default:
                status.state = KeychainState::Unavailable;
                if (status.provider.isEmpty())
                    status.provider = knownProvider(self ? self->m_provider : QString());
                if (status.provider.isEmpty()) {
                    // "KeePassXC … — unavailable": the one that served last.
                    status.provider = rememberedProvider();
                    status.detail = noKeychainText(detail);
                    break;
                }
                status.detail = tr("The keychain (%1) is unavailable: it stopped or left the "
                                   "session; start %1 again and try again (%2).")
                                    .arg(status.provider, detail);
                break;
            }
            done(status);
        });
    });
}

void SecretServiceStore::unlock(QObject* context, Done done)
{
    const QString provider = m_provider;
    // No deadline: the provider's prompt waits for the user.
    auto call = begin(context, std::chrono::milliseconds(0), {});
    call->handle = ss::Client::instance().unlock([call, done, provider](ss::Status status) {
        deliver(call, [status, done, provider] {
            done(toError(status, tr("the unlock request"), provider));
        });
    });
}

} // namespace latchkey
