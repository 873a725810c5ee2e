#include "socket/ProbeDetector.h"

#include <algorithm>

namespace kt {

ProbeDetection detectProbes(const TcpObservation &before, const TcpObservation &now, int intervalS)
{
    ProbeDetection out;
    const int unanswered = now.unansweredProbes();
    const int unansweredBefore = before.unansweredProbes();
    out.lastReceiveBeforeMs = before.atMs - before.sinceLastReceiveMs();
    // Whether the keep-alive timer was due since the previous look, by the
    // kernel's answer then.
    const bool wasDue = before.diagValid && before.timer == KernelTimer::KeepAlive &&
                        before.atMs + before.timerExpiresMs <= now.atMs;
    // When the last probe really left: after sending one, tcp_keepalive_timer()
    // re-arms itself for exactly TCP_KEEPINTVL, so the time still to run says
    // when that happened, to the jiffy. The timer wheel may fire later than
    // the expiry seen before (it rounds up), so this beats predicting.
    qint64 sentAt = wasDue ? before.atMs + before.timerExpiresMs : now.atMs;
    bool rearmedForInterval = false;
    if (intervalS > 0 && now.diagValid && now.timer == KernelTimer::KeepAlive) {
        const qint64 rearmedAt = now.atMs - (qint64(intervalS) * 1000 - now.timerExpiresMs);
        rearmedForInterval = rearmedAt > before.atMs - 50 && rearmedAt <= now.atMs;
        if (rearmedForInterval)
            sentAt = rearmedAt;
    }

    if (unanswered > unansweredBefore) {
        for (int k = unansweredBefore + 1; k <= unanswered; ++k) {
            // Several probes between two looks only when polling stalled; all
            // but the last get the later look's time.
            const qint64 at = k == unanswered ? sentAt : now.atMs;
            out.events.append({DetectedProbeEvent::Kind::ProbeSent, at, k, true});
        }
        return out;
    }
    if (unanswered == 0 && unansweredBefore > 0) {
        // tcp_ack() zeroes icsk_probes_out on any acceptable ACK.
        out.events.append({DetectedProbeEvent::Kind::ProbeAnswered, now.atMs - now.lastAckRecvMs,
                           unansweredBefore, false});
        return out;
    }
    const quint32 controlOut = now.controlSegsOut() - before.controlSegsOut();
    const bool noDataIn = now.dataSegsIn == before.dataSegsIn;
    const qint64 ackAt = now.atMs - now.lastAckRecvMs;
    if (wasDue && rearmedForInterval && unanswered == 0 && controlOut > 0 && noDataIn &&
        ackAt >= before.atMs) {
        out.events.append({DetectedProbeEvent::Kind::ProbeSent, std::min(sentAt, ackAt), 0, false});
        out.events.append({DetectedProbeEvent::Kind::ProbeAnswered, ackAt, 0, false});
    }
    return out;
}

} // namespace kt
