#include "QtKeychainStore.h"

#include "SecretValue.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("QtKeychainStore", text);
}

// The key the probe reads. It is not a valid secret name, so no real item can
// ever answer it.
const QString kProbeKey = QStringLiteral("latchkey probe (not a secret)");

QString unavailableHint()
{
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain could not be reached");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager could not be reached");
#else
    return tr("no Secret Service is running in this session; start gnome-keyring, KWallet or "
              "KeePassXC's Secret Service integration, then try again");
#endif
}

bool mentions(const QString& detail, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles)
        if (detail.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

// QtKeychain reports most Secret Service failures as OtherError with a GLib
// message, so the message is the only way to tell them apart.
Error classify(QKeychain::Error code, const QString& detail, const QString& key)
{
    const QString where = key.isEmpty() ? QString() : tr(" (key %1)").arg(key);
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {ErrorKind::NotFound, tr("The keychain has no item%1.").arg(where)};
    case QKeychain::AccessDenied:
        return {ErrorKind::Locked,
                tr("The keychain refused access%1: it is locked or access was denied; unlock it "
                   "and try again.")
                    .arg(where)};
    case QKeychain::AccessDeniedByUser:
        return {ErrorKind::AccessDenied, tr("Access to the keychain%1 was denied.").arg(where)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {ErrorKind::Unavailable, tr("No keychain is reachable: %1.").arg(unavailableHint())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentions(detail, {"Timeout was reached", "timed out"}))
        return {ErrorKind::Timeout, tr("The keychain did not answer in time%1.").arg(where)};
    if (mentions(detail, {"not provided by any .service", "autolaunch", "ServiceUnknown",
                          "Could not connect", "No such file or directory", "NoReply",
                          "Disconnected", "name is not activatable", "Failed to execute"}))
        return {ErrorKind::Unavailable,
                tr("No keychain is reachable: %1 (%2).").arg(unavailableHint(), detail)};
    if (mentions(detail, {"locked", "prompt", "dismissed", "denied", "not allowed"}))
        return {ErrorKind::Locked,
                tr("The keychain refused access%1: it is locked or access was denied (%2).")
                    .arg(where, detail)};
    return {ErrorKind::Other, tr("The keychain reported an error%1: %2").arg(where, detail)};
}

// Runs one QtKeychain job with a deadline; `finish` is called exactly once.
template <typename JobT, typename Finish>
void runJob(JobT* job, std::chrono::milliseconds timeout, QObject* context, const QString& key,
            Finish finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto settled = std::make_shared<bool>(false);
    // The deadline's timer (and what `finish` captured) goes as soon as the
    // job answers, not when the deadline would have passed.
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [settled, finish, key, timer](QKeychain::Job* done) {
                         timer->deleteLater();
                         if (*settled)
                             return;
                         *settled = true;
                         finish(classify(done->error(), done->errorString(), key),
                                static_cast<JobT*>(done));
                     });
    QObject::connect(timer, &QTimer::timeout, context, [settled, finish, key, timeout, timer] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        const Error error{
            ErrorKind::Timeout,
            tr("The keychain did not answer within %1 seconds%2; it may be stuck or waiting for "
               "an unlock prompt.")
                .arg(static_cast<double>(timeout.count()) / 1000.0)
                .arg(key.isEmpty() ? QString() : tr(" (key %1)").arg(key))};
        finish(error, nullptr);
    });
    timer->start(timeout);
    job->start();
}

} // namespace

QtKeychainStore::QtKeychainStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void QtKeychainStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, timeout(), context, key,
           [done](const Error& error, QKeychain::ReadPasswordJob* finished) {
               // Not textData(): QString::fromUtf8 drops a leading byte order mark.
               QString value =
                   (!error && finished) ? secretValueFromStored(finished->binaryData()) : QString();
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
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    runJob(job, timeout(), context, key,
           [done](const Error& error, QKeychain::WritePasswordJob*) { done(error); });
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
        auto* job = new QKeychain::DeletePasswordJob(self->m_service);
        job->setKey(key);
        runJob(job, self->timeout(), context, key,
               [self, key, context, done](const Error& error, QKeychain::DeletePasswordJob*) {
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
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(kProbeKey);
    runJob(job, timeout(), context, QString(),
           [done, store](const Error& error, QKeychain::ReadPasswordJob*) {
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
