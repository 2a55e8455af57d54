// The part of the QtKeychain store that calls QtKeychain. On Linux it is
// built as a module of its own, loaded only when LATCHKEY_KEYCHAIN=qtkeychain
// asks for it (QtKeychainJobs.h says why); elsewhere it is linked in.
#include "QtKeychainJobs.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "QtKeychainStore" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(QtKeychainStore)
};

QString unavailableHint()
{
#if defined(Q_OS_MACOS)
    return Strings::tr("the macOS Keychain could not be reached");
#elif defined(Q_OS_WIN)
    return Strings::tr("Windows Credential Manager could not be reached");
#else
    return Strings::tr(
        "no Secret Service is running in this session; start gnome-keyring, KWallet or "
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
    const QString where = key.isEmpty() ? QString() : Strings::tr(" (key %1)").arg(key);
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {ErrorKind::NotFound, Strings::tr("The keychain has no item%1.").arg(where)};
    case QKeychain::AccessDenied:
        return {ErrorKind::Locked,
                Strings::tr(
                    "The keychain refused access%1: it is locked or access was denied; unlock it "
                    "and try again.")
                    .arg(where)};
    case QKeychain::AccessDeniedByUser:
        return {ErrorKind::AccessDenied,
                Strings::tr("Access to the keychain%1 was denied.").arg(where)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {ErrorKind::Unavailable,
                Strings::tr("No keychain is reachable: %1.").arg(unavailableHint())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentions(detail, {"Timeout was reached", "timed out"}))
        return {ErrorKind::Timeout,
                Strings::tr("The keychain did not answer in time%1.").arg(where)};
    if (mentions(detail, {"not provided by any .service", "autolaunch", "ServiceUnknown",
                          "Could not connect", "No such file or directory", "NoReply",
                          "Disconnected", "name is not activatable", "Failed to execute"}))
        return {ErrorKind::Unavailable,
                Strings::tr("No keychain is reachable: %1 (%2).").arg(unavailableHint(), detail)};
    if (mentions(detail, {"locked", "prompt", "dismissed", "denied", "not allowed"}))
        return {
            ErrorKind::Locked,
            Strings::tr("The keychain refused access%1: it is locked or access was denied (%2).")
                .arg(where, detail)};
    return {ErrorKind::Other,
            Strings::tr("The keychain reported an error%1: %2").arg(where, detail)};
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
            Strings::tr(
                "The keychain did not answer within %1 seconds%2; it may be stuck or waiting for "
                "an unlock prompt.")
                .arg(static_cast<double>(timeout.count()) / 1000.0)
                .arg(key.isEmpty() ? QString() : Strings::tr(" (key %1)").arg(key))};
        finish(error, nullptr);
    });
    timer->start(timeout);
    job->start();
}

} // namespace

} // namespace latchkey

// The one entry point, with C linkage so the module's loader can find it.
extern "C" Q_DECL_EXPORT void
latchkey_qtkeychain_start(latchkey::qtkeychain::Op op, const QString& service, const QString& key,
                          const QByteArray& data, std::chrono::milliseconds timeout,
                          QObject* context, const latchkey::qtkeychain::Finished& done)
{
    using namespace latchkey;
    using Op = qtkeychain::Op;
    switch (op) {
    case Op::Probe:
    case Op::Read: {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        runJob(job, timeout, context, op == Op::Probe ? QString() : key,
               [done](const Error& error, QKeychain::ReadPasswordJob* finished) {
                   // binaryData(), not textData(): QString::fromUtf8 drops a
                   // leading byte order mark.
                   done(error, (!error && finished) ? finished->binaryData() : QByteArray());
               });
        return;
    }
    case Op::Write: {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        // Text, as before: other Secret Service clients read it as it is.
        job->setTextData(QString::fromUtf8(data));
        runJob(job, timeout, context, key,
               [done](const Error& error, QKeychain::WritePasswordJob*) { done(error, {}); });
        return;
    }
    case Op::Remove: {
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        runJob(job, timeout, context, key,
               [done](const Error& error, QKeychain::DeletePasswordJob*) { done(error, {}); });
        return;
    }
    }
}
