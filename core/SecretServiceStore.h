#pragma once

#include "SecretStore.h"

namespace latchkey {

// The libsecret client's notices (the provider restarted, a collection was
// locked or unlocked), re-emitted on the application's thread.
class SecretServiceEvents : public QObject {
    Q_OBJECT
public:
    static SecretServiceEvents* instance();

signals:
    void changed();

private:
    using QObject::QObject;
};

// The Secret Service (gnome-keyring, KeePassXC, KWallet) through libsecret:
// the default store on Linux. One item per key, found by its attributes
// (never by schema name), so items stored by other tools are found too:
//
//   server=latchkey/<vault>  user=<KEY>        what Latchkey and `secret-tool lookup` match
//   service=latchkey/<vault> username=<KEY>    what python's `keyring` matches
//   type=plaintext  xdg:schema=org.qt.keychain what the QtKeychain store matches
//   latchkey:revision=<id>                     which Latchkey write stored the value
//
// and the label "<KEY> (Latchkey, vault <vault>)". Every call runs on the
// libsecret client's own thread (SecretServiceClient.h); answers come back
// to this thread, so the GUI never waits on D-Bus.
class SecretServiceStore : public SecretStore {
    Q_OBJECT
public:
    explicit SecretServiceStore(const QString& vault, QObject* parent = nullptr);

    static QString label(const QString& vault, const QString& key);
    static QString revisionAttribute() { return QStringLiteral("latchkey:revision"); }

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& value, const QString& revision, QObject* context,
               Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void presence(const QStringList& keys, QObject* context, PresenceDone done) override;
    void items(const QStringList& keys, QObject* context, ItemsDone done) override;
    void status(QObject* context, StatusDone done) override;
    void readAll(QObject* context, ValuesDone done) override;
    void unlock(QObject* context, Done done) override;

    QString description() const override;
    bool canEnumerate() const override { return true; }
    bool readsInBulk() const override { return true; }
    bool recordsRevision() const override { return true; }

private:
    QString m_vault;
    QString m_server;
    QString m_provider; // learnt from status(), for messages
};

} // namespace latchkey
