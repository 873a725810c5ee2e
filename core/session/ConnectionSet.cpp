#include "session/ConnectionSet.h"

#include "session/ExploredParams.h"

#include <QTcpServer>

#include <functional>

namespace kt {

namespace {

// Hands the accepted descriptor over as it is, instead of wrapping it in a
// QTcpSocket, so the test connection owns it like one it opened itself.
class AcceptingServer : public QTcpServer
{
public:
    std::function<void(qintptr)> onAccepted;

protected:
    void incomingConnection(qintptr descriptor) override { onAccepted(descriptor); }
};

} // namespace

ConnectionSet::ConnectionSet(ExploredParams *explored, QObject *parent)
    : QObject(parent)
    , m_explored(explored)
{}

ConnectionSet::~ConnectionSet() = default;

TestConnection *ConnectionSet::open(const std::optional<Target> &target,
                                    const RequestedOptions &options)
{
    auto *connection = new TestConnection(this);
    connection->setConnectTimeoutMs(m_connectTimeoutMs);
    connection->setPollIntervalMs(m_pollIntervalMs);
    add(connection);
    setSelected(connection);
    if (target) {
        connection->connectTo(*target, options);
        return connection;
    }
    // Short, so a list of them stays readable; the address is shown where
    // there is room for it.
    ++m_embeddedOpened;
    connection->setLabel(m_embeddedOpened == 1 ? tr("embedded peer")
                                               : tr("embedded peer #%1").arg(m_embeddedOpened));
    QString error;
    if (!m_peer.start(QHostAddress(QHostAddress::LocalHost), &error)) {
        // Still go through connectTo so the failure lands in the log: port 0
        // is refused at once.
        connection->connectTo({QStringLiteral("127.0.0.1"), 0}, options);
        return connection;
    }
    connection->connectTo({m_peer.address().toString(), m_peer.port()}, options);
    return connection;
}

void ConnectionSet::add(TestConnection *connection)
{
    emit connectionAboutToBeAdded(int(m_connections.size()));
    m_connections.append(connection);
    const auto changed = [this, connection] {
        emit connectionChanged(connection);
    };
    connect(connection, &TestConnection::stateChanged, this, changed);
    connect(connection, &TestConnection::observationUpdated, this, changed);
    connect(connection, &TestConnection::effectiveOptionsChanged, this, [this, connection] {
        emit connectionChanged(connection);
        if (connection == m_selected)
            publishSelected();
    });
    connect(connection, &TestConnection::measuredEventsChanged, this, [this, connection] {
        if (connection != m_selected)
            return;
        emit selectedMeasuredEventsChanged(connection->measuredEvents());
        publishSelectedMeasured();
    });
    connect(connection, &TestConnection::eventAdded, this,
            [this, connection](const ConnectionEvent &event) {
                if (connection == m_selected)
                    emit selectedEventAdded(event);
            });
    emit connectionAdded(connection);
}

void ConnectionSet::remove(TestConnection *connection)
{
    const int index = indexOf(connection);
    if (index < 0)
        return;
    emit connectionAboutToBeRemoved(connection);
    m_connections.removeAt(index);
    connection->disconnect(this);
    if (connection == m_selected)
        m_selected = nullptr;
    // Later, not now: remove() may be reached from one of its own signals.
    connection->disconnectFromPeer();
    connection->deleteLater();
    emit connectionRemoved();
    if (!m_selected && !m_connections.isEmpty())
        setSelected(m_connections.at(qMin<qsizetype>(index, m_connections.size() - 1)));
    else if (!m_selected)
        setSelected(nullptr);
}

int ConnectionSet::indexOf(const TestConnection *connection) const
{
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i) == connection)
            return int(i);
    }
    return -1;
}

void ConnectionSet::setSelected(TestConnection *connection)
{
    if (connection == m_selected && connection)
        return;
    m_selected = connection;
    emit selectedChanged(connection);
    emit selectedMeasuredEventsChanged(selectedMeasuredEvents());
    publishSelected();
}

QList<MeasuredEvent> ConnectionSet::selectedMeasuredEvents() const
{
    if (const TestConnection *selected = m_selected)
        return selected->measuredEvents();
    return {};
}

Measurement ConnectionSet::selectedMeasurement() const
{
    const TestConnection *selected = m_selected;
    if (!selected || !selected->effective())
        return {};
    const EffectiveOptions effective = *selected->effective();
    const QList<MeasuredEvent> events = selected->measuredEvents();
    return {selectedOrigin(), effective.params(), effective.keepalive, measuredScenario(events),
            events};
}

void ConnectionSet::publishSelected()
{
    const TestConnection *selected = m_selected;
    if (!m_explored || !selected)
        return;
    const auto effective = selected->effective();
    if (!effective)
        return;
    m_explored->setParams(effective->params(), selectedOrigin());
    publishSelectedMeasured();
}

QString ConnectionSet::selectedOrigin() const
{
    const TestConnection *selected = m_selected;
    if (!selected)
        return {};
    const QString where =
        selected->peerAddress().isEmpty() ? selected->label() : selected->peerAddress();
    return tr("the test connection to %1").arg(where);
}

void ConnectionSet::publishSelectedMeasured()
{
    if (m_explored && m_selected)
        m_explored->setMeasurement(selectedMeasurement());
}

bool ConnectionSet::listen(quint16 port, const RequestedOptions &options, QString *error)
{
    if (const auto invalid = validateRequested(options)) {
        *error = invalid->message;
        return false;
    }
    stopListening();
    auto server = std::make_unique<AcceptingServer>();
    server->onAccepted = [this](qintptr descriptor) {
        auto *connection = new TestConnection(this);
        connection->setPollIntervalMs(m_pollIntervalMs);
        add(connection);
        connection->adoptAccepted(int(descriptor), m_listenOptions);
        if (!m_selected || !m_selected->isActive())
            setSelected(connection);
    };
    if (!server->listen(QHostAddress::Any, port)) {
        *error = tr("cannot listen on port %1: %2").arg(port).arg(server->errorString());
        return false;
    }
    m_listenOptions = options;
    m_listener = std::move(server);
    return true;
}

void ConnectionSet::stopListening()
{
    m_listener.reset();
}

bool ConnectionSet::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 ConnectionSet::listeningPort() const
{
    return isListening() ? m_listener->serverPort() : 0;
}

} // namespace kt
