#include "schedule/Detection.h"

#include "params/Format.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Detection)
};

} // namespace

QString describeDetection(const ScheduleInput &in, const Schedule &s)
{
    const KeepaliveParams &p = in.params;
    switch (in.scenario) {
    case Scenario::Alive:
        if (!in.keepalive)
            return Tr::tr("With keep-alive off an idle connection sends nothing, so a live peer is "
                          "never probed");
        return Tr::tr("A live peer is probed every %1 of idleness and never given up")
            .arg(formatDuration(std::max<qint64>(p.idleS, p.intervalS)));
    case Scenario::DataInFlight:
        return Tr::tr(
                   "With data in flight keep-alive stays silent; retransmissions give a dead peer "
                   "up after %1 (%2)")
            .arg(formatSeconds(s.detectionS.value_or(0)), s.detectionFormula);
    case Scenario::Dead:
        break;
    }
    if (!in.keepalive || !s.detectionS)
        return Tr::tr("With keep-alive off a silently dead peer is never noticed while the "
                      "connection is idle");
    return Tr::tr("A silently dead peer is noticed after %1 (%2)")
        .arg(formatSeconds(*s.detectionS), s.detectionFormula);
}

QString describeDetection(const ScheduleInput &in)
{
    if (const auto invalid = validateScheduleInput(in))
        return Tr::tr("These values cannot be modelled: %1").arg(*invalid);
    return describeDetection(in, computeSchedule(in));
}

QString detectionHeadline(const ScheduleInput &in, const Schedule &s, const QString &origin)
{
    return Tr::tr("%1 with %2.").arg(describeDetection(in, s), origin);
}

QString describeValues(const KeepaliveParams &p)
{
    const QString userTimeout =
        p.userTimeoutMs > 0 ? Tr::tr("user timeout %1").arg(formatMilliseconds(p.userTimeoutMs))
                            : Tr::tr("user timeout not set");
    // English says "1 probe" without a translation of its own; the numerus
    // form is for the languages that need one.
    const QString probes = p.count == 1 ? Tr::tr("1 probe") : Tr::tr("%n probes", nullptr, p.count);
    return Tr::tr("idle %1, interval %2, %3, %4")
        .arg(formatValue(p.idleS, QStringLiteral("s")),
             formatValue(p.intervalS, QStringLiteral("s")), probes, userTimeout);
}

QString detectionHeadline(const ScheduleInput &in, const QString &origin)
{
    if (validateScheduleInput(in))
        return asSentence(describeDetection(in));
    return detectionHeadline(in, computeSchedule(in), origin);
}

std::optional<QString> detectionTimeText(const Schedule &schedule)
{
    if (!schedule.detectionS)
        return std::nullopt;
    return formatSeconds(*schedule.detectionS);
}

} // namespace kt
