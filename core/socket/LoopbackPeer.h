#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace kt {

// The peer the test connection talks to when no target is given: a listening
// socket on loopback that this program runs itself, so a first launch shows a
// live connection with no network at all. It accepts every connection, reads
// and discards what arrives, and never closes first; the kernel answers the
// keep-alive probes, as it would for any idle peer.
class LoopbackPeer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackPeer(QObject *parent = nullptr);

    // Listens on `address` (127.0.0.1 by default) on an ephemeral port, or on
    // the first call of port() if not started yet. Returns false with a
    // message on failure.
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
               QString *error = nullptr);
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return int(m_sockets.size()); }

    // Closes the peer's side of every accepted connection (the test
    // connections then see the peer close), or resets them (RST via
    // SO_LINGER 0), to show what those look like.
    void closeAll();
    void resetAll();

private:
    void onNewConnection();

    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
};

} // namespace kt
