#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace kt {

// The far end for measuring a path's idle timeout when the real server is
// too precious to receive stray bytes: `keepalivectl probe --listen PORT
// --echo`. It accepts every connection on all addresses, answers every byte
// by sending it back, never closes first and applies no keep-alive of its
// own (SO_KEEPALIVE off), so nothing but the measurement's own packets
// crosses the path.
class EchoServer : public QObject
{
    Q_OBJECT
public:
    explicit EchoServer(QObject *parent = nullptr);

    // Listens on `port` of every address (IPv4 and IPv6). False, with the
    // reason in `error`, when it cannot.
    bool listen(quint16 port, QString *error = nullptr);
    quint16 port() const { return m_server.serverPort(); }

    int openConnections() const { return int(m_sockets.size()); }
    qint64 connectionsAccepted() const { return m_accepted; }
    qint64 bytesEchoed() const { return m_bytesEchoed; }

signals:
    void connectionOpened(const QString &peer);
    // `reason` in words: "closed by the peer", "reset by the peer".
    void connectionClosed(const QString &peer, qint64 bytesEchoed, const QString &reason);

private:
    void onNewConnection();
    void echo(QTcpSocket *socket);

    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, qint64> m_echoed; // bytes echoed per connection
    qint64 m_accepted = 0;
    qint64 m_bytesEchoed = 0;
};

} // namespace kt
