#include "schedule/Detection.h"

#include "params/Format.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Detection", text);
}

} // namespace

QString describeDetection(const ScheduleInput &in, const Schedule &s)
{
    const KeepaliveParams &p = in.params;
    switch (in.scenario) {
    case Scenario::Alive:
        if (!in.keepalive)
            return tr("With keep-alive off an idle connection sends nothing, so a live peer is "
                      "never probed");
        return tr("A live peer is probed every %1 of idleness and never given up")
            .arg(formatDuration(std::max<qint64>(p.idleS, p.intervalS)));
    case Scenario::DataInFlight:
        return tr("With data in flight keep-alive stays silent; retransmissions give a dead peer "
                  "up after %1 (%2)")
            .arg(formatSeconds(s.detectionS.value_or(0)), s.detectionFormula);
    case Scenario::Dead:
        break;
    }
    if (!in.keepalive || !s.detectionS)
        return tr("With keep-alive off a silently dead peer is never noticed while the "
                  "connection is idle");
    return tr("A silently dead peer is noticed after %1 (%2)")
        .arg(formatSeconds(*s.detectionS), s.detectionFormula);
}

QString describeDetection(const ScheduleInput &in)
{
    if (const auto invalid = validateScheduleInput(in))
        return tr("These values cannot be modelled: %1").arg(*invalid);
    return describeDetection(in, computeSchedule(in));
}

QString detectionHeadline(const ScheduleInput &in, const Schedule &s, const QString &origin)
{
    return tr("%1 with %2.").arg(describeDetection(in, s), origin);
}

QString describeValues(const KeepaliveParams &p)
{
    const QString userTimeout = p.userTimeoutMs > 0
                                    ? tr("user timeout %1").arg(formatMilliseconds(p.userTimeoutMs))
                                    : tr("user timeout not set");
    return tr("idle %1, interval %2, %3 %4, %5")
        .arg(formatValue(p.idleS, QStringLiteral("s")),
             formatValue(p.intervalS, QStringLiteral("s")), QString::number(p.count),
             p.count == 1 ? tr("probe") : tr("probes"), userTimeout);
}

QString detectionHeadline(const ScheduleInput &in, const QString &origin)
{
    if (validateScheduleInput(in))
        return describeDetection(in) + QLatin1Char('.');
    return detectionHeadline(in, computeSchedule(in), origin);
}

std::optional<QString> detectionTimeText(const Schedule &schedule)
{
    if (!schedule.detectionS)
        return std::nullopt;
    return formatSeconds(*schedule.detectionS);
}

} // namespace kt
