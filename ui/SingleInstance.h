#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace latchkey {

// One Latchkey per user session. The first instance listens on a local
// socket in the user's runtime directory; a later start hands its arguments
// (manifest paths) to it and exits instead of fighting over the tray.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `socketPath` defaults to $XDG_RUNTIME_DIR/latchkey.sock (private to the user).
    explicit SingleInstance(const QString& socketPath = defaultSocketPath(),
                            QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketPath();

    // True when a running instance took `arguments`; the caller should exit.
    bool forwardToRunning(const QStringList& arguments, int timeoutMs = 2000) const;

    // Becomes the running instance. False if the socket cannot be created.
    bool listen();

signals:
    // A later start asked to be shown, with these arguments (absolute paths).
    void activated(const QStringList& arguments);

private:
    QString m_socketPath;
    QLocalServer* m_server = nullptr;
};

} // namespace latchkey
