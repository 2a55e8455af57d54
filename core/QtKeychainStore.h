#pragma once

#include "SecretStore.h"

namespace latchkey {

// The store on macOS (Keychain) and Windows (Credential Manager) through
// QtKeychain; selectable on Linux too (LATCHKEY_KEYCHAIN=qtkeychain), where
// it goes through libsecret with QtKeychain's own rules. Items are stored
// under the service name `latchkey/<vault>` with the secret's name as key.
// QtKeychain's insecure plaintext fallback is never enabled.
//
// What QtKeychain cannot do, this store says rather than guesses: it cannot
// list items, record revisions or ask for an unlock, and on Linux its "not
// found" may mean "locked" (trustsNotFound() is false there).
class QtKeychainStore : public SecretStore {
    Q_OBJECT
public:
    explicit QtKeychainStore(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& value, const QString& revision, QObject* context,
               Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void presence(const QStringList& keys, QObject* context, PresenceDone done) override;
    void items(const QStringList& keys, QObject* context, ItemsDone done) override;
    void status(QObject* context, StatusDone done) override;
    void unlock(QObject* context, Done done) override;
    QString description() const override;
    bool trustsNotFound() const override;

    // Which store QtKeychain will use on this platform and in this environment.
    static QString storeDescription();

private:
    void start(int op, const QString& key, const QByteArray& data, QObject* context,
               std::function<void(const Error&, const QByteArray&)> done);

    QString m_service;
};

} // namespace latchkey
