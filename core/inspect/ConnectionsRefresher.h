#pragma once

#include "inspect/ConnectionsSnapshot.h"
#include "inspect/InspectWire.h"

#include <QObject>

namespace kt::inspect {

// Makes the Connections page's snapshots on a thread of its own: the dump,
// the /proc scan and the option reads never run on the UI thread. Move it to
// a QThread and call refresh() through a queued connection; each result
// comes back through refreshed(), with the diff against the one before.
// The administrator's readings (from keepalive-tuner-inspect) are kept and
// merged into every refresh until cleared.
class ConnectionsRefresher : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionsRefresher(QObject *parent = nullptr);

    // For tests: a request of their own (a hook between the steps).
    void setRequest(const InspectRequest &request) { m_request = request; }

public slots:
    void refresh();
    // The helper's output: parsed here, off the UI thread; merged into every
    // refresh from now on. readingsTaken() says how it went.
    void takeHelperOutput(const QByteArray &output);
    void clearReadings();
    // The middlebox every connection is checked against (0: none), with the
    // kernel's HZ for the model.
    void setMiddlebox(double timeoutS, int hz);

signals:
    void refreshed(std::shared_ptr<const kt::inspect::ConnectionsSnapshot> snapshot);
    void readingsTaken(bool ok, const QString &error, int count);

private:
    InspectRequest m_request;
    std::vector<SocketRecord> m_previous;
    std::vector<std::int8_t> m_previousSurvives;
    double m_timeoutS = 0;
    int m_hz = 250;
    std::vector<Reading> m_readings;
};

} // namespace kt::inspect
