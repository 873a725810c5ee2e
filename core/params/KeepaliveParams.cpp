#include "params/KeepaliveParams.h"

#include "params/KernelLimits.h"

namespace kt {

KeepaliveParams KeepaliveParams::kernelDefaults()
{
    return {limits::kDefaultIdleS, limits::kDefaultIntervalS, limits::kDefaultCount, 0};
}

qint64 KeepaliveParams::deadPeerDetectionS() const
{
    return qint64(idleS) + qint64(count) * qint64(intervalS);
}

namespace {

std::optional<ParamError> checkRange(const QString &field, const QString &kernelName, qint64 value,
                                     qint64 min, qint64 max, const QString &unit)
{
    if (value >= min && value <= max)
        return std::nullopt;
    const QString unitSuffix = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
    return ParamError{field, QStringLiteral("%1 must be between %2 and %3%4 (%5); got %6")
                                 .arg(field)
                                 .arg(min)
                                 .arg(max)
                                 .arg(unitSuffix, kernelName)
                                 .arg(value)};
}

} // namespace

std::optional<ParamError> validateForSocket(const KeepaliveParams &p)
{
    using namespace limits;
    if (auto e = checkRange(QStringLiteral("idle"), QStringLiteral("TCP_KEEPIDLE"), p.idleS,
                            kSocketIdleMin, kSocketIdleMax, QStringLiteral("s")))
        return e;
    if (auto e =
            checkRange(QStringLiteral("interval"), QStringLiteral("TCP_KEEPINTVL"), p.intervalS,
                       kSocketIntervalMin, kSocketIntervalMax, QStringLiteral("s")))
        return e;
    if (auto e = checkRange(QStringLiteral("count"), QStringLiteral("TCP_KEEPCNT"), p.count,
                            kSocketCountMin, kSocketCountMax, QString()))
        return e;
    return checkRange(QStringLiteral("user_timeout"), QStringLiteral("TCP_USER_TIMEOUT"),
                      p.userTimeoutMs, kUserTimeoutMin, kUserTimeoutMax, QStringLiteral("ms"));
}

std::optional<ParamError> validateForSysctl(const KeepaliveParams &p)
{
    using namespace limits;
    if (auto e = checkRange(QStringLiteral("idle"), QStringLiteral("net.ipv4.tcp_keepalive_time"),
                            p.idleS, kSysctlTimeMin, kSysctlTimeMax, QStringLiteral("s")))
        return e;
    if (auto e =
            checkRange(QStringLiteral("interval"), QStringLiteral("net.ipv4.tcp_keepalive_intvl"),
                       p.intervalS, kSysctlTimeMin, kSysctlTimeMax, QStringLiteral("s")))
        return e;
    return checkRange(QStringLiteral("count"), QStringLiteral("net.ipv4.tcp_keepalive_probes"),
                      p.count, kSysctlProbesMin, kSysctlProbesMax, QString());
}

} // namespace kt
