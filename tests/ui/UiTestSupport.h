#pragma once

// Helpers shared by the widget tests. Widgets are found as a user finds
// them, by what they are (their objectName), never through accessors of the
// window. Values used here are canaries: a test that finds one where it must
// not be says so without printing it.
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "SecretActions.h"
#include "SecretStore.h"
#include "Session.h"
#include "TestKeychain.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTimer>

namespace uitest {

using testsupport::setSync;
using testsupport::valueSync;

// A window of its own (the tray's menu, its search popup) found by its
// objectName among the top-level widgets, as tests find every widget.
template <typename T = QWidget> T* topLevel(const char* name)
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->objectName() == QLatin1String(name))
            if (auto* found = qobject_cast<T*>(widget))
                return found;
    return nullptr;
}

// One run of the app: a session on vault `vault`, its window, shown.
struct App {
    explicit App(const QString& vault, latchkey::Session::VaultFactory factory = {})
        : clipboard(QApplication::clipboard())
        , session(factory ? factory : [](const QString& name) { return new latchkey::Vault(name); })
        , window(&session, &clipboard)
    {
        session.openVault(vault);
        window.show();
    }
    latchkey::Vault& vault() { return *session.vault(); }
    template <typename T = QWidget> T* find(const char* name) const
    {
        return window.findChild<T*>(QLatin1String(name));
    }
    QAction* action(const char* name) const { return find<QAction>(name); }

    latchkey::ClipboardGuard clipboard;
    latchkey::Session session;
    latchkey::MainWindow window;
};

// A store that refuses every write, for the "keychain said no" paths of
// pure widget tests. The real keychain is used everywhere else.
class RefusingStore : public latchkey::SecretStore {
public:
    using SecretStore::SecretStore;
    latchkey::Error error{latchkey::ErrorKind::Locked,
                          QStringLiteral("The keychain refused access: it is locked.")};
    latchkey::KeychainState state = latchkey::KeychainState::Locked;
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
        QTimer::singleShot(0, context, [this, done] {
            latchkey::KeychainStatus status;
            status.state = state;
            status.store = QStringLiteral("Refusing test store");
            status.detail = error.message;
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
