#pragma once

#include "params/Validation.h"

#include <QList>
#include <QString>

namespace kt {

enum class SysctlKey
{
    KeepaliveTime,
    KeepaliveInterval,
    KeepaliveProbes
};

// What the GUI and the CLI say about each keep-alive sysctl. Ranges and
// defaults come from the one table of kernel limits (params/KernelLimits.h),
// which the privileged helper compiles too, so the two can never disagree.
struct SysctlKeyInfo
{
    SysctlKey key;
    QString name;        // net.ipv4.tcp_keepalive_time
    QString procPath;    // net/ipv4/tcp_keepalive_time (relative to /proc/sys)
    QString unit;        // "s" or "" for a count
    QString shortLabel;  // "Idle time before the first probe"
    QString since;       // "Linux 2.2; per network namespace since 4.5"
    QString explanation; // plain words for the help panel and tooltips
    qint64 kernelDefault;
    qint64 min;
    qint64 max;
    ParamField field; // the KeepaliveParams field it sets

    // Its range, unit and name for validation messages (params/Validation.h).
    ParamSpec spec() const { return {field, {min, max}, unit, name}; }
};

const QList<SysctlKeyInfo> &sysctlKeys();
const SysctlKeyInfo &sysctlKeyInfo(SysctlKey key);
// Accepts both spellings, net.ipv4.x and net/ipv4/x; nullptr when unknown.
const SysctlKeyInfo *findSysctlKey(const QString &name);

} // namespace kt
