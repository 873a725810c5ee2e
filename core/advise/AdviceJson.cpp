#include "advise/AdviceJson.h"

#include <QJsonArray>

#include <cmath>

namespace kt::advise {

namespace {

// Model times to the millisecond, so JSON shows 57.12 and not 57.120000000000005.
double ms(double seconds)
{
    return std::round(seconds * 1000.0) / 1000.0;
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject adviceJson(const Advice &a)
{
    const KeepaliveParams &p = a.params;
    QJsonArray reasons;
    for (const QString &w : a.warnings)
        reasons.append(w);
    for (const QString &r : a.reasons)
        reasons.append(r);
    QJsonValue middlebox(QJsonValue::Null);
    if (a.middlebox)
        middlebox = QJsonObject{
            {QStringLiteral("name"), optionalString(a.middlebox->name)},
            {QStringLiteral("timeout_s"), a.middlebox->timeoutS},
            {QStringLiteral("refreshed_by_keepalive"), a.middlebox->refreshedByKeepalive},
            {QStringLiteral("source"), optionalString(a.middlebox->source)},
        };
    return QJsonObject{
        {QStringLiteral("recommended"),
         QJsonObject{{QStringLiteral("idle"), p.idleS},
                     {QStringLiteral("interval"), p.intervalS},
                     {QStringLiteral("count"), p.count},
                     {QStringLiteral("user_timeout_ms"), a.userTimeoutMs()
                                                             ? QJsonValue(*a.userTimeoutMs())
                                                             : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("first_probe_latest_s"), ms(a.firstProbeLatestS)},
        {QStringLiteral("detection_latest_s"), ms(a.detectionLatestS)},
        {QStringLiteral("middlebox"), middlebox},
        {QStringLiteral("tcp_keepalive_helps"), a.tcpKeepaliveHelps},
        {QStringLiteral("reasons"), reasons},
    };
}

} // namespace kt::advise
