#pragma once

// Internal to the libsecret store (SecretServiceStore.cpp,
// SecretServicePast.cpp, SecretServiceMoves.cpp): one client request seen from
// the application's thread, with the store's deadline. The failures' wording
// is in SecretServiceMessages.h.
#include "Error.h"
#include "SecretServiceClient.h"
#include "SecretServiceMessages.h"
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
using ss::seconds;
using ss::timeoutError;
using ss::toError;

// The messages of this header and of the free functions that use it, in the
// translation context "SecretServiceStore" that lupdate finds through Q_DECLARE_TR_FUNCTIONS.
struct CallText {
    Q_DECLARE_TR_FUNCTIONS(SecretServiceStore)
};

// One call in flight: answered once, by the service or by the deadline,
// whichever comes first, and never after its context is gone.
struct Call {
    QPointer<QObject> context;
    QPointer<QTimer> deadline; // dropped as soon as the answer comes
    std::atomic<bool> settled{false};
    std::atomic<ss::Client::Handle> handle{0}; // set again by a second lookup
};

// `onTimeout` learns what the request was waiting for when time ran out.
inline std::shared_ptr<Call> begin(QObject* context, std::chrono::milliseconds deadline,
                                   std::function<void(ss::Phase)> onTimeout)
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
                             const ss::Phase phase = ss::Client::instance().phase(call->handle);
                             ss::Client::instance().cancel(call->handle);
                             onTimeout(phase);
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

inline ss::Attributes matchFor(const QString& server, const QString& key)
{
    return ss::valueMatches(server.toStdString(), key.toStdString()).front();
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
