#include "socket/EchoServer.h"

#include "socket/Target.h"

#include <QTcpSocket>

namespace kt {

namespace {

// A client that sends without reading would make the echo queue grow
// without end; reading pauses while this much waits to be sent, and the
// kernel's window then slows the client down.
constexpr qint64 kMaxQueuedBytes = 1 << 20;

QString peerText(const QTcpSocket *socket)
{
    QHostAddress address = socket->peerAddress();
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // a dual-stack listener's ::ffff:a.b.c.d
    if (mapped)
        address = QHostAddress(v4);
    return Target{address.toString(), socket->peerPort()}.display();
}

} // namespace

EchoServer::EchoServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &EchoServer::onNewConnection);
}

bool EchoServer::listen(quint16 port, QString *error)
{
    if (m_server.listen(QHostAddress::Any, port))
        return true;
    if (error)
        *error = tr("cannot listen on port %1: %2").arg(port).arg(m_server.errorString());
    return false;
}

void EchoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // Accepted sockets inherit nothing from the listener here, but say
        // it: the echo must not refresh the path on its own.
        socket->setSocketOption(QAbstractSocket::KeepAliveOption, 0);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Without a limit QTcpSocket reads everything the kernel has into
        // its own buffer and the pause above would hold nothing back.
        socket->setReadBufferSize(kMaxQueuedBytes);
        m_sockets.append(socket);
        ++m_accepted;
        const QString peer = peerText(socket);
        m_echoed.insert(socket, 0);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { echo(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 bytes) {
            m_echoed[socket] += bytes;
            m_bytesEchoed += bytes;
            echo(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, peer] {
            const QString reason = socket->error() == QAbstractSocket::RemoteHostClosedError ||
                                           socket->error() == QAbstractSocket::UnknownSocketError
                                       ? tr("closed by the peer")
                                       : socket->errorString();
            m_sockets.removeOne(socket);
            emit connectionClosed(peer, m_echoed.take(socket), reason);
            socket->deleteLater();
        });
        emit connectionOpened(peer);
        echo(socket); // bytes that came with the connection
    }
}

void EchoServer::echo(QTcpSocket *socket)
{
    const qint64 room = kMaxQueuedBytes - socket->bytesToWrite();
    if (room <= 0 || socket->bytesAvailable() == 0)
        return;
    socket->write(socket->read(room));
}

} // namespace kt
