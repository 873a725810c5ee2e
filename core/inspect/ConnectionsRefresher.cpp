#include "inspect/ConnectionsRefresher.h"

#include "inspect/ConnectionView.h"

namespace kt::inspect {

ConnectionsRefresher::ConnectionsRefresher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const ConnectionsSnapshot>>();
}

void ConnectionsRefresher::refresh()
{
    auto snapshot = std::make_shared<ConnectionsSnapshot>();
    std::string error;
    if (!inspectConnections(m_request, snapshot->result, error)) {
        snapshot->error = QString::fromStdString(error);
        // The model keeps the listing it has and shows the error.
        emit refreshed(snapshot);
        return;
    }
    if (!m_readings.empty())
        mergeReadings(snapshot->result, m_readings);
    snapshot->commands.reserve(qsizetype(snapshot->result.processes.size()));
    for (const ProcessRecord &process : snapshot->result.processes)
        snapshot->commands.append(QString::fromUtf8(process.command));
    snapshot->timeoutS = m_timeoutS;
    SurvivalCache cache(m_hz, m_timeoutS > 0 ? std::optional<double>(m_timeoutS) : std::nullopt);
    snapshot->survives.reserve(snapshot->result.sockets.size());
    for (const SocketRecord &record : snapshot->result.sockets) {
        const std::optional<bool> survives = cache.survives(record);
        snapshot->survives.push_back(survives ? std::int8_t(*survives) : std::int8_t(-1));
    }
    snapshot->operations =
        diffSockets(m_previous, m_previousSurvives, snapshot->result.sockets, snapshot->survives);
    m_previous = snapshot->result.sockets;
    m_previousSurvives = snapshot->survives;
    emit refreshed(snapshot);
}

void ConnectionsRefresher::takeHelperOutput(const QByteArray &output)
{
    std::vector<Reading> readings;
    std::string error;
    if (!parseReadings(std::string_view(output.constData(), std::size_t(output.size())), readings,
                       error)) {
        emit readingsTaken(false, QString::fromStdString(error), 0);
        return;
    }
    m_readings = std::move(readings);
    int read = 0;
    for (const Reading &r : m_readings)
        read += r.status == OptionsStatus::Read ? 1 : 0;
    emit readingsTaken(true, QString(), read);
}

void ConnectionsRefresher::setMiddlebox(double timeoutS, int hz)
{
    m_timeoutS = timeoutS;
    m_hz = hz;
}

void ConnectionsRefresher::clearReadings()
{
    m_readings.clear();
}

} // namespace kt::inspect
