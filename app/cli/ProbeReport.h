#pragma once

#include "ProbeOptions.h"

#include <QJsonArray>

namespace kt {
class TestConnection;
struct ConnectionEvent;
struct TcpObservation;
} // namespace kt

namespace kt::cli {

// Everything `keepalivectl probe` prints on stdout: as it happens in text
// mode, or one JSON document at the end with --json. The run (ProbeCommand)
// says what happened; this says it.
class ProbeReport
{
public:
    explicit ProbeReport(const ProbeOptions &options);

    void listening(quint16 port);
    // The options are applied and read back: target, table, detection time.
    void connected(const TestConnection *connection);
    void observed(const TcpObservation &observation);
    void eventAdded(const ConnectionEvent &event);
    // The JSON document, or the probe counts after a watch. `connection` is
    // null when nobody connected to --listen; `signal` is the signal that
    // ended the run, or 0.
    void finish(const TestConnection *connection, int signal);

private:
    ProbeOptions m_options;
    QJsonArray m_observations;
    bool m_connected = false;
};

} // namespace kt::cli
