#pragma once

#include "Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace latchkey {

// Where secret values live. One asynchronous call per operation, each
// answered exactly once through its callback on the event loop; the callback
// is dropped if `context` is destroyed first. The real implementation is
// Keychain; widget tests may substitute a fake.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Error& error, const QString& value)>;
    using Done = std::function<void(const Error& error)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, Done done) = 0;
    virtual void remove(const QString& key, QObject* context, Done done) = 0;

    // Answers NotFound when the store is reachable, another error when not.
    virtual void probe(QObject* context, Done done) = 0;

    // A short, user-facing name of the backing store ("Secret Service").
    virtual QString description() const = 0;
};

} // namespace latchkey
