#pragma once

#include "params/KeepaliveParams.h"

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

    void setParams(const KeepaliveParams &params, const QString &origin);

signals:
    void changed(const kt::KeepaliveParams &params);

private:
    KeepaliveParams m_params = KeepaliveParams::kernelDefaults();
    QString m_origin = tr("the kernel defaults");
};

} // namespace kt
