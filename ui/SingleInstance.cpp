#include "SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace latchkey {

namespace {
// A small, versioned frame: magic, then the argument list.
constexpr quint32 kMagic = 0x4c4b5931; // "LKY1"
constexpr qint64 kMaxMessage = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString& socketPath, QObject* parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(QStringLiteral("latchkey.sock"));
}

bool SingleInstance::forwardToRunning(const QStringList& arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream << kMagic << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers one byte once it has taken the request.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.read(1) == "k";
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        // A socket left by a crashed instance: nobody answers on it.
        QLocalSocket probe;
        probe.connectToServer(m_socketPath);
        if (probe.waitForConnected(500))
            return false;
        QLocalServer::removeServer(m_socketPath);
        if (!m_server->listen(m_socketPath))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() > kMaxMessage) {
                    socket->abort();
                    return;
                }
                QDataStream stream(socket);
                stream.startTransaction();
                quint32 magic = 0;
                QStringList arguments;
                stream >> magic >> arguments;
                if (!stream.commitTransaction())
                    return; // wait for the rest of the message
                if (magic != kMagic) {
                    socket->abort();
                    return;
                }
                socket->write("k");
                socket->flush();
                emit activated(arguments);
            });
        }
    });
    return true;
}

} // namespace latchkey
