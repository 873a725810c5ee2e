#pragma once

#include "params/KeepaliveParams.h"
#include "schedule/MeasuredEvent.h"

#include <QObject>

namespace kt {

// The values being explored in the GUI: one shared object that the System and
// Test connection pages write and the Timeline reads, so pages never reach
// into each other.
class ExploredParams : public QObject
{
    Q_OBJECT
public:
    explicit ExploredParams(QObject *parent = nullptr);

    KeepaliveParams params() const { return m_params; }
    // Where the current values came from, in words ("this host's settings",
    // "the test connection's values"); shown next to the timeline.
    QString origin() const { return m_origin; }

    // Setting values from another origin drops the measured events: they
    // belonged to the previous values.
    void setParams(const KeepaliveParams &params, const QString &origin);

    // What a real connection with these values did (probes seen, answers, the
    // abort), on the schedule's axis; the Timeline draws it over the model.
    QList<MeasuredEvent> measured() const { return m_measured; }
    // Taken only while `origin` is still the origin of the values, so a
    // connection that is no longer selected cannot overwrite them.
    void setMeasured(const QList<MeasuredEvent> &events, const QString &origin);

signals:
    void changed(const kt::KeepaliveParams &params);
    void measuredChanged(const QList<kt::MeasuredEvent> &events);

private:
    QList<MeasuredEvent> m_measured;
    KeepaliveParams m_params = KeepaliveParams::kernelDefaults();
    QString m_origin = tr("the kernel defaults");
};

} // namespace kt
