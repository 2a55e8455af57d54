#pragma once

#include "SecretStore.h"

#include <chrono>

namespace latchkey {

// The only code that talks to QtKeychain. Items are stored under the service
// name `latchkey/<vault>` with the secret's name as key. QtKeychain's insecure
// plaintext fallback is never enabled.
class Keychain : public SecretStore {
    Q_OBJECT
public:
    explicit Keychain(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }

    // A job that has not answered by then reports ErrorKind::Timeout. The
    // job itself keeps running (QtKeychain jobs cannot be cancelled); its late
    // answer is ignored.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void probe(QObject* context, Done done) override;
    QString description() const override;

    // Which store QtKeychain will use on this platform and in this environment.
    static QString storeDescription();

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
};

} // namespace latchkey
