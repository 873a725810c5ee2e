#pragma once

#include "schedule/MeasuredEvent.h"
#include "session/Measurement.h"
#include "socket/LoopbackPeer.h"
#include "socket/TestConnection.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QTcpServer;

namespace kt {

class ExploredParams;

// The test connections open at one time, the one selected for a closer look,
// the embedded loopback peer they default to, and the optional listening
// socket whose accepted connections join the set. The selected connection's
// effective values become the shared explored values; its measured events are
// offered to whoever overlays them on the schedule (the Timeline).
class ConnectionSet : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionSet(ExploredParams *explored = nullptr, QObject *parent = nullptr);
    ~ConnectionSet() override;

    // Opens a connection to `target`, or to the embedded peer when there is
    // none (starting it on first use). The new connection is selected.
    TestConnection *open(const std::optional<Target> &target, const RequestedOptions &options);
    // Closes (if still open) and forgets one connection.
    void remove(TestConnection *connection);

    const QList<TestConnection *> &connections() const { return m_connections; }
    int indexOf(const TestConnection *connection) const;

    TestConnection *selected() const { return m_selected; }
    void setSelected(TestConnection *connection);
    QList<MeasuredEvent> selectedMeasuredEvents() const;
    // The selected connection's measured events with the values and scenario
    // they belong to; empty with no selection or before its options are read.
    Measurement selectedMeasurement() const;

    LoopbackPeer &peer() { return m_peer; }
    // Connect timeout for new connections (and for name resolution).
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    // Listen mode: accept connections on `port` (all addresses), apply
    // `options` to each and observe it like any other test connection.
    bool listen(quint16 port, const RequestedOptions &options, QString *error);
    void stopListening();
    bool isListening() const;
    quint16 listeningPort() const;

signals:
    // Around each change of connections(), for item models.
    void connectionAboutToBeAdded(int index);
    void connectionAdded(kt::TestConnection *connection);
    void connectionAboutToBeRemoved(kt::TestConnection *connection);
    void connectionRemoved();
    // Something shown about this connection changed (state, values, a poll).
    void connectionChanged(kt::TestConnection *connection);
    void selectedChanged(kt::TestConnection *connection);
    void selectedMeasuredEventsChanged(const QList<kt::MeasuredEvent> &events);
    void selectedEventAdded(const kt::ConnectionEvent &event);

private:
    void add(TestConnection *connection);
    void publishSelected();
    void publishSelectedMeasured();
    QString selectedOrigin() const;

    ExploredParams *m_explored = nullptr;
    LoopbackPeer m_peer;
    QList<TestConnection *> m_connections;
    TestConnection *m_selected = nullptr; // one of m_connections, or none
    int m_connectTimeoutMs = 5000;
    int m_pollIntervalMs = 100;
    std::unique_ptr<QTcpServer> m_listener;
    RequestedOptions m_listenOptions;
    int m_embeddedOpened = 0;
};

} // namespace kt
