#include "Keychain.h"

#include "SecretValue.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Keychain", text);
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
    case QKeychain::AccessDeniedByUser:
        return {ErrorKind::AccessDenied,
                tr("The keychain refused access%1: it is locked or access was denied; unlock it "
                   "and try again.")
                    .arg(where)};
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
        return {ErrorKind::AccessDenied,
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
    QObject::connect(
        job, &QKeychain::Job::finished, context, [settled, finish, key](QKeychain::Job* done) {
            if (*settled)
                return;
            *settled = true;
            finish(classify(done->error(), done->errorString(), key), static_cast<JobT*>(done));
        });
    QTimer::singleShot(timeout, context, [settled, finish, key, timeout] {
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
    job->start();
}

} // namespace

Keychain::Keychain(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void Keychain::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeout, context, key,
           [done](const Error& error, QKeychain::ReadPasswordJob* finished) {
               // Not textData(): QString::fromUtf8 drops a leading byte order mark.
               done(error, (!error && finished) ? secretValueFromStored(finished->binaryData())
                                                : QString());
           });
}

void Keychain::write(const QString& key, const QString& value, QObject* context, Done done)
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
    runJob(job, m_timeout, context, key,
           [done](const Error& error, QKeychain::WritePasswordJob*) { done(error); });
}

void Keychain::remove(const QString& key, QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeout, context, key,
           [done](const Error& error, QKeychain::DeletePasswordJob*) { done(error); });
}

void Keychain::probe(QObject* context, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(kProbeKey);
    runJob(job, m_timeout, context, QString(),
           [done](const Error& error, QKeychain::ReadPasswordJob*) { done(error); });
}

QString Keychain::description() const
{
    return storeDescription();
}

QString Keychain::storeDescription()
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    if (qEnvironmentVariable("SECRET_BACKEND") == QLatin1String("file"))
        return tr("libsecret file store (SECRET_BACKEND=file)");
    if (qEnvironmentVariableIsSet("FLATPAK_ID") || qEnvironmentVariableIsSet("SNAP"))
        return tr("libsecret file store (sandbox)");
    // installer/start.sh runs Latchkey in a throw-away keyring when the
    // session has none; the user must see that nothing stored there lasts.
    if (qEnvironmentVariableIsSet("LATCHKEY_DEMO_KEYRING"))
        return tr("Secret Service (private demo keyring: secrets vanish on exit)");
    return tr("Secret Service");
#endif
}

} // namespace latchkey
