#include "params/ExploredParams.h"

namespace kt {

ExploredParams::ExploredParams(QObject *parent)
    : QObject(parent)
{}

void ExploredParams::setParams(const KeepaliveParams &params, const QString &origin)
{
    if (params == m_params && origin == m_origin)
        return;
    m_params = params;
    m_origin = origin;
    emit changed(m_params);
}

} // namespace kt
