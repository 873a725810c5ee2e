#include "session/ExploredParams.h"

namespace kt {

ExploredParams::ExploredParams(QObject *parent)
    : QObject(parent)
{}

void ExploredParams::setParams(const KeepaliveParams &params, const QString &origin)
{
    if (params == m_params && origin == m_origin)
        return;
    const bool originChanged = origin != m_origin;
    m_params = params;
    m_origin = origin;
    if (originChanged && !(m_measurement == Measurement{})) {
        m_measurement = {};
        emit measurementChanged(m_measurement);
    }
    emit changed(m_params);
}

void ExploredParams::setMeasurement(const Measurement &measurement)
{
    if (measurement.origin != m_origin || measurement == m_measurement)
        return;
    m_measurement = measurement;
    emit measurementChanged(m_measurement);
}

void ExploredParams::setGoal(const TuningGoal &goal)
{
    if (goal == m_goal)
        return;
    m_goal = goal;
    emit goalChanged(m_goal);
}

} // namespace kt
