#pragma once

#include "params/KeepaliveParams.h"
#include "session/Measurement.h"
#include "session/TuningGoal.h"

#include <QObject>

namespace kt {

// The values being explored in the GUI: one shared object that the System,
// Advisor and Test connection pages write and the Timeline reads, so pages never reach
// into each other. It also carries what a real connection with those values
// did (the measurement), for the Timeline to draw over the model it matches.
class ExploredParams : public QObject
{
    Q_OBJECT
public:
    explicit ExploredParams(QObject *parent = nullptr);

    KeepaliveParams params() const { return m_params; }
    // Where the current values came from, in words ("this host's settings",
    // "the test connection to 127.0.0.1:4242"); shown next to the timeline.
    QString origin() const { return m_origin; }

    // Setting values from another origin drops the measurement: it belonged
    // to the previous values.
    void setParams(const KeepaliveParams &params, const QString &origin);

    // What a real connection did (probes seen, answers, the abort), with the
    // values and scenario it was measured under.
    Measurement measurement() const { return m_measurement; }
    // Taken only while its origin is still the origin of the values, so a
    // connection that is no longer selected cannot overwrite them.
    void setMeasurement(const Measurement &measurement);

    // What the values are tuned for (see TuningGoal.h); independent of the
    // values themselves, so changing them keeps it.
    TuningGoal goal() const { return m_goal; }
    void setGoal(const TuningGoal &goal);

signals:
    void changed(const kt::KeepaliveParams &params);
    void measurementChanged(const kt::Measurement &measurement);
    void goalChanged(const kt::TuningGoal &goal);

private:
    Measurement m_measurement;
    TuningGoal m_goal;
    KeepaliveParams m_params = KeepaliveParams::kernelDefaults();
    QString m_origin = tr("the kernel defaults");
};

} // namespace kt
