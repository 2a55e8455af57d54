#include "SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace latchkey {

namespace {
// What a store without history and trash answers (the QtKeychain store:
// QtKeychain can neither search by attributes nor move an item).
Error noPast(const QString& store)
{
    return {ErrorKind::Other,
            QCoreApplication::translate("SecretStore",
                                        "The %1 store keeps no earlier or deleted values; history, "
                                        "trash and restore need the Secret Service store (the "
                                        "default on Linux).")
                .arg(store)};
}
} // namespace

void SecretStore::past(const QStringList&, QObject* context, PastDone done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error, {}); });
}

void SecretStore::allHistory(QObject* context, PastDone done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error, {}); });
}

void SecretStore::readPast(const PastItem&, QObject* context, ReadDone done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error, {}); });
}

void SecretStore::archive(const QString&, const QDateTime&, QObject* context, Done done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error); });
}

void SecretStore::move(const QString&, Slot, Slot, const QDateTime&, QObject* context, Done done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error); });
}

void SecretStore::removePast(const QString&, Slot, int, QObject* context, Done done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error); });
}

void SecretStore::pruneHistory(const QString&, int, QObject* context, Done done)
{
    QTimer::singleShot(0, context, [done, error = noPast(description())] { done(error); });
}

void runInSequence(QList<std::function<void(SecretStore::Done)>> steps, SecretStore::Done done)
{
    if (steps.isEmpty())
        return done({});
    auto first = steps.takeFirst();
    first([steps, done](const Error& error) {
        if (error)
            return done(error);
        runInSequence(steps, done);
    });
}

} // namespace latchkey
