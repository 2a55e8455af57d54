#pragma once

// Helpers shared by the widget tests. Values used here are canaries: a test
// that finds one where it must not be says so without printing it.
#include "SecretStore.h"
#include "TestKeychain.h"
#include "Vault.h"

#include <QEventLoop>
#include <QTimer>

namespace uitest {

using testsupport::setSync;
using testsupport::valueSync;

// A store that refuses every write, for the "keychain said no" paths of
// pure widget tests. The real keychain is used everywhere else.
class RefusingStore : public latchkey::SecretStore {
public:
    using SecretStore::SecretStore;
    latchkey::Error error{latchkey::ErrorKind::Locked,
                          QStringLiteral("The keychain refused access: it is locked.")};
    void read(const QString&, QObject* context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(error, QString()); });
    }
    void write(const QString&, const QString&, const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(error); });
    }
    void remove(const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(error); });
    }
    void presence(const QStringList&, QObject* context, PresenceDone done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(error, {}); });
    }
    void items(const QStringList&, QObject* context, ItemsDone done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(error, {}); });
    }
    void status(QObject* context, StatusDone done) override
    {
        QTimer::singleShot(0, context, [done] {
            latchkey::KeychainStatus status;
            status.state = latchkey::KeychainState::Locked;
            status.store = QStringLiteral("Refusing test store");
            done(status);
        });
    }
    void unlock(QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [this, done] { done(error); });
    }
    QString description() const override { return QStringLiteral("Refusing test store"); }
};

} // namespace uitest
