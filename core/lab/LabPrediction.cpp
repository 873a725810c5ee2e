#include "lab/LabPrediction.h"

#include "advise/MiddleboxRule.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt::lab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabPrediction)
};

// How long the runner keeps watching once the last predicted event's window
// has passed, so a late event is still seen.
constexpr double kWatchMarginS = 0.5;
// A middlebox run that loses its data watches the retransmissions this long
// after sending (0.2, 0.6, 1.4 s after the data).
constexpr double kCutWatchS = 2.0;

ScheduleInput baseInput(const LabValues &v, Scenario scenario, int hz)
{
    ScheduleInput in;
    in.params = v.params;
    in.scenario = scenario;
    in.hz = hz;
    // Loopback answers in microseconds.
    in.rttMs = 0;
    return in;
}

// A dead peer whose packets are dropped from `afterS` on: the peer answers
// the probes before then (a live peer's cycle), and the first probe at or
// after `afterS` is the first unanswered one; from there on it is the dead
// peer's schedule, shifted to start at that probe with its window.
Schedule deadPeerSchedule(const LabValues &v, int hz, ScheduleInput &input)
{
    ScheduleInput dead = baseInput(v, Scenario::Dead, hz);
    const Schedule deadFromZero = computeSchedule(dead);
    input = dead;
    if (v.afterS < v.params.idleS)
        return deadFromZero;

    ScheduleInput alive = baseInput(v, Scenario::Alive, hz);
    alive.horizonS = v.afterS + v.params.idleS + v.params.intervalS + 1;
    const Schedule aliveSchedule = computeSchedule(alive);
    Schedule out;
    const ScheduleEvent *firstDead = nullptr;
    for (const ScheduleEvent &e : aliveSchedule.events) {
        if (e.kind == EventKind::Probe && e.t >= v.afterS) {
            firstDead = &e;
            break;
        }
        if (e.t < v.afterS)
            out.events << e;
    }
    const ScheduleEvent &d1 = deadFromZero.events.constFirst();
    if (!firstDead)
        return deadFromZero;
    const double dT = firstDead->t - d1.t;
    const double dE = firstDead->earliest - d1.earliest;
    const double dL = firstDead->latest - d1.latest;
    int answered = 0;
    for (const ScheduleEvent &e : out.events)
        answered = std::max(answered, e.probe);
    for (ScheduleEvent e : deadFromZero.events) {
        e.t += dT;
        e.earliest += dE;
        e.latest += dL;
        if (e.probe > 0)
            e.probe += answered;
        out.events << e;
    }
    out.detectionS = deadFromZero.detectionS.value_or(0) + dT;
    out.detectionLatestS = deadFromZero.detectionLatestS + dL;
    out.detectionFormula = deadFromZero.detectionFormula;
    out.probeCount = answered + deadFromZero.probeCount;
    out.horizonS = *out.detectionS;
    out.notes = deadFromZero.notes;
    return out;
}

} // namespace

QString outcomeKindName(LabOutcomeKind kind)
{
    switch (kind) {
    case LabOutcomeKind::ETimedOut:
        return QStringLiteral("etimedout");
    case LabOutcomeKind::EConnReset:
        return QStringLiteral("econnreset");
    case LabOutcomeKind::Survived:
        return QStringLiteral("survived");
    case LabOutcomeKind::Cut:
        return QStringLiteral("cut");
    case LabOutcomeKind::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<LabOutcomeKind> outcomeKindFromName(const QString &name)
{
    for (const LabOutcomeKind k :
         {LabOutcomeKind::ETimedOut, LabOutcomeKind::EConnReset, LabOutcomeKind::Survived,
          LabOutcomeKind::Cut, LabOutcomeKind::Error}) {
        if (outcomeKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

LabPrediction predictLab(LabScenarioId id, const LabValues &v, int hz)
{
    LabPrediction p;
    switch (id) {
    case LabScenarioId::Alive: {
        p.input = baseInput(v, Scenario::Alive, hz);
        p.schedule = computeSchedule(p.input);
        double last = 0;
        for (const ScheduleEvent &e : p.schedule.events)
            last = std::max(last, e.latest);
        p.observeUntilS = last + kWatchMarginS;
        p.outcome = LabOutcomeKind::Survived;
        p.outcomeT = p.outcomeEarliest = p.outcomeLatest = p.observeUntilS;
        break;
    }
    case LabScenarioId::DeadPeer: {
        p.schedule = deadPeerSchedule(v, hz, p.input);
        p.outcome = LabOutcomeKind::ETimedOut;
        p.outcomeT = p.outcomeEarliest = p.schedule.detectionS.value_or(0);
        p.outcomeLatest = p.schedule.detectionLatestS;
        p.observeUntilS = p.outcomeLatest + kWatchMarginS;
        break;
    }
    case LabScenarioId::PeerRestarted: {
        // The first probe meets a port with no socket; the RST comes back at
        // once and the connection ends with it.
        p.input = baseInput(v, Scenario::Dead, hz);
        p.input.horizonS = v.params.idleS;
        p.schedule = computeSchedule(p.input);
        p.schedule.notes.clear();
        const ScheduleEvent first = p.schedule.events.value(0);
        // The connection ends with the first probe's answer.
        p.schedule.detectionS = first.t;
        p.schedule.detectionLatestS = first.latest;
        p.schedule.detectionFormula = Tr::tr("%1 s, the first probe").arg(first.t);
        p.outcome = LabOutcomeKind::EConnReset;
        p.outcomeT = first.t;
        p.outcomeEarliest = first.earliest;
        p.outcomeLatest = first.latest;
        p.observeUntilS = first.latest + kWatchMarginS;
        break;
    }
    case LabScenarioId::Middlebox: {
        // The one middlebox rule, without the safety margin a real network
        // needs: on loopback nothing crosses a wire and conntrack's timer
        // counts jiffies like the keep-alive timer.
        p.longestSilenceS = advise::longestSilenceS(v.params, hz);
        const bool survives = p.longestSilenceS < v.middleboxTimeoutS;
        p.input = baseInput(v, survives ? Scenario::Alive : Scenario::Dead, hz);
        // Keep-alive stops once the data is sent: only what comes before.
        p.input.horizonS = std::max(0.001, v.sendAfterS - 0.001);
        if (survives) {
            p.schedule = computeSchedule(p.input);
            p.outcome = LabOutcomeKind::Survived;
            p.outcomeT = p.outcomeEarliest = v.sendAfterS;
            // Delivered at once, however late the runner got to send it.
            p.outcomeLatest = v.sendAfterS + 0.01;
            p.dataSentS = v.sendAfterS;
            p.observeUntilS = v.sendAfterS + 1.0;
        } else {
            // Every packet after the timeout is invalid: the probes go
            // unanswered like a dead peer's, and the data is lost.
            p.schedule = computeSchedule(p.input);
            p.outcome = LabOutcomeKind::Cut;
            p.outcomeT = p.outcomeEarliest = p.outcomeLatest = v.sendAfterS;
            if (p.schedule.detectionS && *p.schedule.detectionS < v.sendAfterS) {
                p.outcomeT = p.outcomeEarliest = *p.schedule.detectionS;
                p.outcomeLatest = p.schedule.detectionLatestS;
            }
            p.observeUntilS = std::min(p.outcomeLatest, v.sendAfterS) + kCutWatchS;
            p.dataSentS = v.sendAfterS;
            // The data sent at send-after is dropped like a vanished peer's:
            // its retransmissions follow, shifted to start there.
            if (!p.schedule.detectionS || *p.schedule.detectionS >= v.sendAfterS) {
                ScheduleInput data = baseInput(v, Scenario::DataInFlight, hz);
                data.rttMs = 1; // see DataInFlight below
                data.horizonS = p.observeUntilS - v.sendAfterS;
                for (ScheduleEvent e : computeSchedule(data).events) {
                    if (e.kind != EventKind::Retransmit)
                        continue;
                    e.t += v.sendAfterS;
                    e.earliest += v.sendAfterS;
                    e.latest += v.sendAfterS;
                    p.schedule.events << e;
                }
                p.schedule.horizonS = p.observeUntilS;
            }
        }
        break;
    }
    case LabScenarioId::DataInFlight: {
        p.input = baseInput(v, Scenario::DataInFlight, hz);
        p.input.tcpRetries2 = v.retries2;
        // The loopback RTT is tens of microseconds, but the kernel rounds
        // srtt + rttvar up to whole jiffies (usecs_to_jiffies() in
        // __tcp_set_rto()): the RTO is TCP_RTO_MIN plus one jiffy, which the
        // model gives for an RTT of 1 ms.
        p.input.rttMs = 1;
        p.schedule = computeSchedule(p.input);
        p.dataSentS = 0;
        p.outcome = LabOutcomeKind::ETimedOut;
        p.outcomeT = p.outcomeEarliest = p.schedule.detectionS.value_or(0);
        p.outcomeLatest = p.schedule.detectionLatestS;
        p.observeUntilS = p.outcomeLatest + kWatchMarginS;
        break;
    }
    }
    p.durationS = p.observeUntilS + kLabSetupS;
    return p;
}

} // namespace kt::lab
