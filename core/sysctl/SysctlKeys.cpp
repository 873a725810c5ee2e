#include "sysctl/SysctlKeys.h"

#include "params/KernelLimits.h"

#include <QCoreApplication>

namespace kt {

namespace {

SysctlKeyInfo describe(SysctlKey key, std::size_t tableIndex, ParamField field, const char *unit,
                       const char *label, const char *explanation)
{
    const limits::SysctlEntry &h = limits::kSysctls.at(tableIndex);
    return SysctlKeyInfo{
        key,
        QString::fromLatin1(h.name.data(), qsizetype(h.name.size())),
        QString::fromLatin1(h.procPath.data(), qsizetype(h.procPath.size())),
        QString::fromLatin1(unit),
        QCoreApplication::translate("SysctlKeys", label),
        // The three keys date from Linux 2.2; they became per network namespace
        // in Linux 4.5 (before that a container shared the host's values).
        QCoreApplication::translate("SysctlKeys", "Linux 2.2; per network namespace since 4.5"),
        QCoreApplication::translate("SysctlKeys", explanation),
        h.kernelDefault,
        h.min,
        h.max,
        field,
    };
}

} // namespace

const QList<SysctlKeyInfo> &sysctlKeys()
{
    static const QList<SysctlKeyInfo> keys{
        describe(
            SysctlKey::KeepaliveTime, 0, ParamField::Idle, "s",
            QT_TRANSLATE_NOOP("SysctlKeys", "Idle time before the first probe"),
            QT_TRANSLATE_NOOP("SysctlKeys",
                              "How long a connection with keep-alive enabled may stay completely "
                              "silent before the kernel sends the first keep-alive probe. Any "
                              "segment received from the peer restarts this wait. Applies to "
                              "sockets that enable SO_KEEPALIVE without setting TCP_KEEPIDLE.")),
        describe(SysctlKey::KeepaliveInterval, 1, ParamField::Interval, "s",
                 QT_TRANSLATE_NOOP("SysctlKeys", "Interval between probes"),
                 QT_TRANSLATE_NOOP("SysctlKeys",
                                   "Once probing has started and a probe goes unanswered, the time "
                                   "until the next probe. Sockets can override it with "
                                   "TCP_KEEPINTVL.")),
        describe(SysctlKey::KeepaliveProbes, 2, ParamField::Count, "",
                 QT_TRANSLATE_NOOP("SysctlKeys", "Unanswered probes before giving up"),
                 QT_TRANSLATE_NOOP("SysctlKeys",
                                   "How many probes in a row may go unanswered before the kernel "
                                   "declares the peer dead, resets the connection and reports "
                                   "ETIMEDOUT to the application. Sockets can override it with "
                                   "TCP_KEEPCNT, or replace the rule with TCP_USER_TIMEOUT.")),
    };
    return keys;
}

const SysctlKeyInfo &sysctlKeyInfo(SysctlKey key)
{
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        if (info.key == key)
            return info;
    }
    Q_UNREACHABLE();
}

const SysctlKeyInfo *findSysctlKey(const QString &name)
{
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        if (name == info.name || name == info.procPath)
            return &info;
    }
    return nullptr;
}

} // namespace kt
