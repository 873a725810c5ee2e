#include "socket/LoopbackPeer.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <sys/socket.h>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackPeer)
};

} // namespace

LoopbackPeer::LoopbackPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackPeer::onNewConnection);
}

bool LoopbackPeer::start(const QHostAddress &address, QString *error)
{
    if (m_server.isListening())
        return true;
    if (m_server.listen(address, 0))
        return true;
    if (error)
        *error = Tr::tr("the embedded peer cannot listen on %1: %2")
                     .arg(address.toString(), m_server.errorString());
    return false;
}

void LoopbackPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sockets.removeOne(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackPeer::closeAll()
{
    const auto sockets = m_sockets;
    for (QTcpSocket *socket : sockets)
        socket->disconnectFromHost();
}

void LoopbackPeer::resetAll()
{
    const auto sockets = m_sockets;
    for (QTcpSocket *socket : sockets) {
        // SO_LINGER with a zero timeout makes close() send RST instead of
        // FIN (tcp_close → tcp_disconnect path in net/ipv4/tcp.c).
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }
}

} // namespace kt
