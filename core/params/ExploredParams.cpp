#include "params/ExploredParams.h"

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
    if (originChanged && !m_measured.isEmpty()) {
        m_measured.clear();
        emit measuredChanged(m_measured);
    }
    emit changed(m_params);
}

void ExploredParams::setMeasured(const QList<MeasuredEvent> &events, const QString &origin)
{
    if (origin != m_origin || events == m_measured)
        return;
    m_measured = events;
    emit measuredChanged(m_measured);
}

} // namespace kt
