#include "QtKeychainStore.h"

#include "QtKeychainJobs.h"

#include "SecretValue.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace latchkey {

namespace {

// The key the probe reads. It is not a valid secret name, so no real item can
// ever answer it.
const QString kProbeKey = QStringLiteral("latchkey probe (not a secret)");

} // namespace

QtKeychainStore::QtKeychainStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void QtKeychainStore::start(int op, const QString& key, const QByteArray& data, QObject* context,
                            std::function<void(const Error&, const QByteArray&)> done)
{
    QString why;
    const qtkeychain::StartFunction startJob = qtkeychain::starter(why);
    if (!startJob) {
        QTimer::singleShot(0, context, [done, why] {
            done({ErrorKind::Unavailable, why}, QByteArray());
        });
        return;
    }
    startJob(static_cast<qtkeychain::Op>(op), m_service, key, data, timeout(), context, done);
}

void QtKeychainStore::read(const QString& key, QObject* context, ReadDone done)
{
    start(int(qtkeychain::Op::Read), key, {}, context,
          [done](const Error& error, const QByteArray& data) {
              QByteArray bytes = data;
              QString value = error ? QString() : secretValueFromStored(bytes);
              wipe(bytes);
              done(error, value);
              wipe(value);
          });
}

void QtKeychainStore::write(const QString& key, const QString& value, const QString&,
                            QObject* context, Done done)
{
    // Checked here as well as in Vault: QtKeychain would silently cut a value
    // at its first NUL, and that must never happen whoever calls us.
    const QString invalid = secretValueError(value);
    if (!invalid.isEmpty()) {
        QTimer::singleShot(0, context, [done, invalid] {
            done({ErrorKind::InvalidInput, tr("Cannot store the value: %1.").arg(invalid)});
        });
        return;
    }
    QByteArray utf8 = value.toUtf8();
    start(int(qtkeychain::Op::Write), key, utf8, context,
          [done](const Error& error, const QByteArray&) { done(error); });
    wipe(utf8);
}

void QtKeychainStore::remove(const QString& key, QObject* context, Done done)
{
    // QtKeychain reports success for deleting what it cannot see (a locked
    // item included), so a delete is framed by reads: there before, gone after.
    QPointer<QtKeychainStore> self(this);
    read(key, context, [self, key, context, done](const Error& before, const QString&) {
        if (before)
            return done(before);
        if (!self)
            return done({ErrorKind::Other, tr("The keychain store was closed.")});
        self->start(int(qtkeychain::Op::Remove), key, {}, context,
                    [self, key, context, done](const Error& error, const QByteArray&) {
                        if (error)
                            return done(error);
                        if (!self)
                            return done({});
                        self->read(key, context, [key, done](const Error& after, const QString&) {
                            if (after.kind == ErrorKind::NotFound)
                                return done({});
                            if (after)
                                return done(after);
                            done({ErrorKind::Other,
                                  tr("The keychain still holds %1 after deleting it.").arg(key)});
                        });
                    });
    });
}

void QtKeychainStore::presence(const QStringList& keys, QObject* context, PresenceDone done)
{
    // QtKeychain runs one job at a time, so the reads go one after another.
    auto answers = std::make_shared<QList<Presence>>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<QtKeychainStore> self(this);
    const bool trusted = trustsNotFound();
    *next = [self, keys, context, done, answers, next, trusted] {
        if (answers->size() == keys.size() || !self) {
            done({}, *answers);
            *next = nullptr; // breaks the cycle through the captured `next`
            return;
        }
        self->read(keys.at(answers->size()), context,
                   [done, answers, next, trusted](const Error& error, const QString&) {
                       if (!error)
                           answers->append(Presence::Present);
                       else if (error.kind == ErrorKind::NotFound)
                           answers->append(trusted ? Presence::Absent : Presence::Unknown);
                       else if (error.kind == ErrorKind::Locked)
                           answers->append(Presence::Locked);
                       else {
                           done(error, {});
                           *next = nullptr;
                           return;
                       }
                       (*next)();
                   });
    };
    (*next)();
}

void QtKeychainStore::items(const QStringList&, QObject* context, ItemsDone done)
{
    QTimer::singleShot(0, context, [done] {
        done({ErrorKind::Other, tr("QtKeychain cannot list the items of a vault.")}, {});
    });
}

void QtKeychainStore::status(QObject* context, StatusDone done)
{
    const QString store = description();
    start(int(qtkeychain::Op::Probe), kProbeKey, {}, context,
          [done, store](const Error& error, const QByteArray&) {
              KeychainStatus status;
              status.store = store;
              if (!error || error.kind == ErrorKind::NotFound) {
                  status.state = KeychainState::Available;
              } else if (error.kind == ErrorKind::Locked) {
                  status.state = KeychainState::Locked;
                  status.detail = error.message;
              } else if (error.kind == ErrorKind::Timeout) {
                  status.state = KeychainState::NotResponding;
                  status.detail = error.message;
              } else {
                  status.state = KeychainState::Unavailable;
                  status.detail = error.message;
              }
              done(status);
          });
}

void QtKeychainStore::unlock(QObject* context, Done done)
{
    QTimer::singleShot(0, context, [done] {
        done({ErrorKind::AccessDenied,
              tr("QtKeychain cannot ask the keychain to unlock; unlock it in your keyring "
                 "manager and try again.")});
    });
}

QString QtKeychainStore::description() const
{
    return storeDescription();
}

bool QtKeychainStore::trustsNotFound() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;
#else
    return false;
#endif
}

QString QtKeychainStore::storeDescription()
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    // QtKeychain goes through libsecret's own backend choice, which these
    // environments send to a local file instead of the Secret Service.
    if (qEnvironmentVariable("SECRET_BACKEND") == QLatin1String("file"))
        return tr("libsecret file store (SECRET_BACKEND=file) through QtKeychain");
    if (qEnvironmentVariableIsSet("FLATPAK_ID") || qEnvironmentVariableIsSet("SNAP"))
        return tr("libsecret file store (sandbox) through QtKeychain");
    return tr("Secret Service through QtKeychain");
#endif
}

} // namespace latchkey
