#pragma once

// Internal to the libsecret store (SecretServiceStore.cpp,
// SecretServicePast.cpp): one client request seen from the application's
// thread, with the store's deadline, and the client's answers in the
// store's words.
#include "Error.h"
#include "SecretServiceClient.h"
#include "SecretValue.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace latchkey::sscall {

namespace ss = secretservice;

inline QString tr(const char* text)
{
    return QCoreApplication::translate("SecretServiceStore", text);
}

// One call in flight: answered once, by the service or by the deadline,
// whichever comes first, and never after its context is gone.
struct Call {
    QPointer<QObject> context;
    QPointer<QTimer> deadline; // dropped as soon as the answer comes
    std::atomic<bool> settled{false};
    ss::Client::Handle handle = 0;
};

inline std::shared_ptr<Call> begin(QObject* context, std::chrono::milliseconds deadline,
                                   std::function<void()> onTimeout)
{
    auto call = std::make_shared<Call>();
    call->context = context;
    if (deadline.count() > 0 && context) {
        auto* timer = new QTimer(context);
        timer->setSingleShot(true);
        call->deadline = timer;
        // The timer holds the callback (and what it captured) only until the
        // call settles, not for the whole deadline.
        QObject::connect(timer, &QTimer::timeout, context,
                         [weak = std::weak_ptr<Call>(call), onTimeout, timer] {
                             timer->deleteLater();
                             auto call = weak.lock();
                             if (!call || call->settled.exchange(true))
                                 return;
                             ss::Client::instance().cancel(call->handle);
                             onTimeout();
                         });
        timer->start(deadline);
    }
    return call;
}

// Runs `answer` on the application's thread (where every store and context
// lives) unless the call was settled already.
template <typename F> void deliver(const std::shared_ptr<Call>& call, F answer)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    QMetaObject::invokeMethod(
        app,
        [call, answer]() mutable {
            if (call->deadline)
                call->deadline->deleteLater();
            if (!call->context || call->settled.exchange(true))
                return;
            answer();
        },
        Qt::QueuedConnection);
}

inline ss::Bytes toBytes(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    ss::Bytes bytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return bytes;
}

inline QString seconds(std::chrono::milliseconds timeout)
{
    return QString::number(static_cast<double>(timeout.count()) / 1000.0);
}

inline ss::Attributes matchFor(const QString& server, const QString& key)
{
    return {{"server", server.toStdString()}, {"user", key.toStdString()}};
}

inline Error toError(const ss::Status& status, const QString& what, const QString& provider)
{
    // "The keychain (gnome-keyring) is locked", or just "The keychain is
    // locked" before the provider's name is known (status() learns it).
    const QString service = provider.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(provider);
    const QString detail = QString::fromStdString(status.message);
    switch (status.code) {
    case ss::Code::Ok:
        return {};
    case ss::Code::NotFound:
        return {ErrorKind::NotFound, tr("The keychain has no item for %1.").arg(what)};
    case ss::Code::Locked:
        return {ErrorKind::Locked,
                tr("The keychain%1 is locked, so %2 cannot be reached; unlock it (latchkey-cli "
                   "status shows the state) and try again.")
                    .arg(service, what)};
    case ss::Code::Dismissed:
        return {ErrorKind::AccessDenied,
                tr("The keychain%1 did not get the user's approval for %2 (%3).")
                    .arg(service, what, detail)};
    case ss::Code::NotResponding:
    case ss::Code::Cancelled:
        return {ErrorKind::Timeout,
                tr("The keychain%1 did not answer in time for %2.").arg(service, what)};
    case ss::Code::NoCollection:
        return {ErrorKind::Unavailable,
                tr("The keychain%1 has no default keyring, so %2 cannot be stored; create one "
                   "(for example in Passwords and Keys) and try again (%3).")
                    .arg(service, what, detail)};
    case ss::Code::Unavailable:
        return {ErrorKind::Unavailable,
                tr("No keychain is reachable: no Secret Service is running in this session (%1); "
                   "start gnome-keyring, KeePassXC's Secret Service integration or KWallet, then "
                   "try again.")
                    .arg(detail)};
    case ss::Code::Other:
        break;
    }
    return {ErrorKind::Other,
            tr("The keychain%1 reported an error for %2: %3").arg(service, what, detail)};
}

inline Error timeoutError(std::chrono::milliseconds timeout, const QString& what,
                          const QString& provider)
{
    return {ErrorKind::Timeout,
            tr("The keychain (%1) did not answer within %2 seconds for %3; it may be stuck or "
               "waiting for a prompt.")
                .arg(provider.isEmpty() ? tr("Secret Service") : provider, seconds(timeout), what)};
}

// A value as the service returned it, as text; false when it is not UTF-8
// (which Latchkey never stores). Wipes the bytes.
inline bool decodeValue(ss::Bytes& bytes, QString& value)
{
    QByteArray utf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    bytes.clear();
    value = secretValueFromStored(utf8);
    // Text that does not survive the round trip was not UTF-8.
    QByteArray again = value.toUtf8();
    const bool text = again == utf8;
    wipe(again);
    wipe(utf8);
    if (!text)
        wipe(value);
    return text;
}

} // namespace latchkey::sscall
