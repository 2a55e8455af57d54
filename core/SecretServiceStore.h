#pragma once

#include "SecretStore.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

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
// and the label "<KEY> (Latchkey, vault <vault>)". Earlier values and the
// trash (SecretServicePast.cpp) are items with attributes of their own, with
// no `server` or `user`, so that no lookup of a current value finds them:
//
//   history: latchkey:vault=<vault> latchkey:kind=history latchkey:history-of=<KEY>
//            latchkey:version=<N> latchkey:replaced=<UTC time> latchkey:revision=<id>
//   trash:   latchkey:vault=<vault> latchkey:kind=trash latchkey:trash-of=<KEY>
//            latchkey:deleted=<UTC time> latchkey:revision=<id>
//
// labelled "<KEY> (Latchkey, vault <vault>, earlier value N)" and
// "<KEY> (Latchkey, vault <vault>, deleted)". Every call runs on the
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
    void prepareWrite() override;
    void items(const QStringList& keys, QObject* context, ItemsDone done) override;
    void status(QObject* context, StatusDone done) override;
    void readAll(QObject* context, ValuesDone done) override;
    void unlock(QObject* context, Done done) override;

    bool keepsPast() const override { return true; }
    void past(const QStringList& keys, QObject* context, PastDone done) override;
    void allHistory(QObject* context, PastDone done) override;
    void readPast(const PastItem& item, QObject* context, ReadDone done) override;
    void archive(const QString& key, const QDateTime& time, QObject* context, Done done) override;
    void move(const QString& key, Slot from, Slot to, const QDateTime& time, QObject* context,
              Done done) override;
    void removePast(const QString& key, Slot slot, int version, QObject* context,
                    Done done) override;
    void pruneHistory(const QString& key, int keep, QObject* context, Done done) override;

    QString description() const override;
    bool canEnumerate() const override { return true; }
    bool readsInBulk() const override { return true; }
    bool recordsRevision() const override { return true; }

private:
    // What is known of one key's items: its current item's revision and its
    // history and trash items (SecretServicePast.cpp).
    struct KeyItems {
        bool current = false;
        QString currentRevision;
        QList<PastItem> history; // newest first
        std::optional<PastItem> trash;
    };
    void keyItems(const QString& key, QObject* context,
                  std::function<void(const Error&, const KeyItems&)> done);
    // The history and trash items found by `matches` (attribute sets of
    // SecretServiceClient.h), `what` naming them in errors.
    void pastMatching(const QString& what, std::vector<std::map<std::string, std::string>> matches,
                      QObject* context, PastDone done);

    QString m_vault;
    QString m_server;
    QString m_provider; // learnt from status(), for messages
};

} // namespace latchkey
