#include "schedule/Schedule.h"

#include "params/Format.h"
#include "params/Validation.h"
#include "schedule/TimerWheel.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)
};

// include/net/tcp.h: TCP_RTO_MIN is HZ/5 (200 ms), TCP_RTO_MAX 120 * HZ.
qint64 rtoMinJiffies(int hz)
{
    return hz / 5;
}
qint64 rtoMaxJiffies(int hz)
{
    return qint64(120) * hz;
}

// msecs_to_jiffies() rounds up, so a timeout is never cut short.
qint64 msecsToJiffies(qint64 ms, int hz)
{
    return (ms * hz + 999) / 1000;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a <= 0 ? 0 : (a + b - 1) / b;
}

double seconds(qint64 jiffies, int hz)
{
    return double(jiffies) / hz;
}

// The most a timer armed `deltaJiffies` ahead fires late, in seconds.
double lateness(qint64 deltaJiffies, int hz)
{
    return seconds(timerwheel::granularityJiffies(deltaJiffies, hz), hz);
}

// tcp_model_timeout(): the time retransmissions may take before
// retransmits_timed_out() gives up, modelled as `boundary` exponential
// back-offs from TCP_RTO_MIN that stop doubling at TCP_RTO_MAX. In ms.
qint64 modelTimeoutMs(int boundary, int hz)
{
    const qint64 base = rtoMinJiffies(hz);
    const qint64 ratio = rtoMaxJiffies(hz) / base;
    int threshold = 0; // ilog2(TCP_RTO_MAX / rto_base)
    while ((qint64(1) << (threshold + 1)) <= ratio)
        ++threshold;
    qint64 timeout = 0;
    if (boundary <= threshold)
        timeout = ((qint64(2) << boundary) - 1) * base;
    else
        timeout = ((qint64(2) << threshold) - 1) * base +
                  qint64(boundary - threshold) * rtoMaxJiffies(hz);
    return timeout * 1000 / hz; // jiffies_to_msecs()
}

// The first retransmission timeout for a round trip of `rttMs`:
// __tcp_set_rto() takes usecs_to_jiffies(srtt + rttvar), rounding up, with
// rttvar at least TCP_RTO_MIN. A connection that got any ACK has an srtt of
// at least a microsecond (tcp_rtt_estimator() keeps srtt_us >= 1), so even a
// round trip the user gives as 0 ms adds one jiffy: loopback's RTO is
// TCP_RTO_MIN plus one jiffy, as the Lab measures.
qint64 rtoJiffies(int rttMs, int hz)
{
    const qint64 rttJ = std::max<qint64>(1, msecsToJiffies(rttMs, hz));
    return std::min(rtoMaxJiffies(hz), rttJ + std::max(2 * rttJ, rtoMinJiffies(hz)));
}

class Builder
{
public:
    Builder(const ScheduleInput &input, Schedule &out)
        : m_in(input)
        , m_out(out)
    {}

    // Adds an event unless it lies past the horizon or the list is full.
    bool add(double t, EventKind kind, int probe, double earliest, double latest)
    {
        if ((m_horizon > 0 && t > m_horizon + 1e-9) || m_out.events.size() >= m_in.maxEvents - 1) {
            m_out.truncated = true;
            return false;
        }
        m_out.events.append({t, kind, probe, earliest, latest});
        return true;
    }

    // The abort is kept even when earlier events were cut for length, so the
    // list always ends where the connection ends; only the horizon drops it.
    void addAbort(double t, double latest)
    {
        m_out.detectionS = t;
        m_out.detectionLatestS = latest;
        if (m_horizon > 0 && t > m_horizon + 1e-9) {
            m_out.truncated = true;
            return;
        }
        m_out.events.append({t, EventKind::Abort, 0, t, latest});
    }

    void setHorizon(double h) { m_horizon = h; }

private:
    const ScheduleInput &m_in;
    Schedule &m_out;
    double m_horizon = 0;
};

// tcp_keepalive_timer(): the timer first fires `idle` after the last segment
// received (keepalive_time_elapsed() >= keepalive_time_when()). With nothing
// answered it sends a probe (tcp_write_wakeup()), counts it in
// icsk_probes_out and re-arms for keepalive_intvl_when(). The abort — an RST
// from tcp_send_active_reset() and ETIMEDOUT from tcp_write_err() — comes at
// the first firing where
//   icsk_probes_out >= keepalive_probes()            (no user timeout), or
//   elapsed >= msecs_to_jiffies(user_timeout) and icsk_probes_out > 0.
// Firings are at idle + m·interval (m = 0, 1, …), so the abort is at
// idle + count·interval, or with a user timeout at
// idle + interval·max(1, ⌈(user_timeout − idle)/interval⌉): the count is
// ignored, and a user timeout shorter than idle still waits for one probe.
void deadPeer(const ScheduleInput &in, Schedule &out, Builder &b)
{
    const KeepaliveParams &p = in.params;
    const int hz = in.hz;
    const qint64 idleJ = qint64(p.idleS) * hz;
    const qint64 intJ = qint64(p.intervalS) * hz;
    // The first firing's lateness depends on how far ahead it was armed (at
    // most `idle`); later firings are re-armed `interval` ahead of the
    // moment the previous one really ran, so their lateness adds up.
    const double gIdle = lateness(idleJ, hz);
    const double gInt = lateness(intJ, hz);

    qint64 firings = p.count; // the abort happens at firing number `firings`
    if (p.userTimeoutMs > 0) {
        const qint64 utJ = msecsToJiffies(p.userTimeoutMs, hz);
        firings = std::max<qint64>(1, ceilDiv(utJ - idleJ, intJ));
        out.detectionFormula =
            Tr::tr("%1 + %2 × %3 s, the first keep-alive timer after the %4 user timeout")
                .arg(p.idleS)
                .arg(firings)
                .arg(p.intervalS)
                .arg(formatMilliseconds(p.userTimeoutMs));
        if (firings != p.count)
            out.notes << (firings == 1
                              ? Tr::tr("With TCP_USER_TIMEOUT set the probe count (%1) is "
                                       "ignored: 1 probe goes out before the user timeout ends "
                                       "the connection.")
                              : Tr::tr("With TCP_USER_TIMEOUT set the probe count (%1) is "
                                       "ignored: %n probes go out before the user timeout ends "
                                       "the connection.",
                                       nullptr, int(firings)))
                             .arg(p.count);
        if (qint64(p.userTimeoutMs) < qint64(p.idleS) * 1000)
            out.notes << Tr::tr(
                "The user timeout is shorter than the idle time, yet nothing happens before "
                "the idle time: tcp_keepalive_timer() aborts only once at least one probe is "
                "unanswered (icsk_probes_out > 0), so one probe goes out and the abort "
                "follows one interval later.");
        // A firing that is nominally before the user timeout but runs late
        // enough may already see elapsed >= user timeout and abort there.
        if (firings >= 2) {
            const qint64 prev = firings - 1;
            const double prevLatest =
                double(p.idleS) + double(prev) * p.intervalS + gIdle + double(prev) * gInt;
            if (prevLatest * 1000.0 >= double(p.userTimeoutMs))
                out.notes << Tr::tr("The user timeout (%1) lies within how late the timer for "
                                    "probe %2 may fire; if it fires that late the abort comes one "
                                    "interval earlier, at about %3.")
                                 .arg(formatMilliseconds(p.userTimeoutMs))
                                 .arg(prev + 1)
                                 .arg(formatSecondsPrecise(prevLatest));
        }
    } else {
        out.detectionFormula =
            QStringLiteral("%1 + %2 × %3 s").arg(p.idleS).arg(p.count).arg(p.intervalS);
    }
    if (idleJ >= timerwheel::timeoutCutoffJiffies(hz))
        out.notes << Tr::tr(
            "The idle time is beyond the timer wheel's reach at this HZ: the timer fires "
            "early at the wheel's limit, finds the time not yet up and re-arms.");

    out.probeCount = int(firings);
    for (qint64 m = 0; m < firings; ++m) {
        const double t = double(p.idleS) + double(m) * p.intervalS;
        if (!b.add(t, EventKind::Probe, int(m + 1), t, t + gIdle + double(m) * gInt))
            break;
    }
    const double abortT = double(p.idleS) + double(firings) * p.intervalS;
    b.addAbort(abortT, abortT + gIdle + double(firings) * gInt);
}

// A live peer answers every probe. The ACK updates rcv_tstamp and resets
// icsk_probes_out (tcp_ack() in net/ipv4/tcp_input.c). The timer, re-armed
// for `interval` after the probe, then fires, finds the connection active
// for less than `idle` and re-arms for the rest (the `else` branch of
// tcp_keepalive_timer()), so the next probe comes `idle` after the ACK.
// When the interval is longer than idle + RTT the timer finds the idle time
// already over and probes right away, `interval` after the previous probe.
void alivePeer(const ScheduleInput &in, Schedule &out, Builder &b, double start, int cycles)
{
    const KeepaliveParams &p = in.params;
    const int hz = in.hz;
    const double rtt = in.rttMs / 1000.0;
    const qint64 idleJ = qint64(p.idleS) * hz;
    const qint64 intJ = qint64(p.intervalS) * hz;
    const qint64 rttJ = msecsToJiffies(in.rttMs, hz);
    const double gInt = lateness(intJ, hz);
    // Re-armed for what is left of idle, at most idle − interval + RTT (+1
    // jiffy for the rounding of the timestamps) ahead.
    const double gRest = lateness(std::max<qint64>(1, idleJ - intJ + rttJ + 1), hz);

    // Probe 1: idle after the last segment received.
    double pT = start + p.idleS;
    double pE = pT;
    double pL = pT + lateness(idleJ, hz);
    for (int k = 1; cycles <= 0 || k <= cycles; ++k) {
        if (!b.add(pT, EventKind::Probe, k, pE, pL))
            return;
        const double aT = pT + rtt, aE = pE + rtt, aL = pL + rtt;
        if (!b.add(aT, EventKind::Ack, k, aE, aL))
            return;
        out.probeCount = k;
        const double rT = pT + p.intervalS, rE = pE + p.intervalS, rL = pL + p.intervalS + gInt;
        if (double(p.intervalS) - rtt >= double(p.idleS)) {
            pT = rT;
            pE = rE;
            pL = rL;
            continue;
        }
        if (cycles > 0 && k == cycles)
            return;
        if (!b.add(rT, EventKind::Recheck, k, rE, rL))
            return;
        pT = aT + p.idleS;
        pE = aE + p.idleS;
        pL = std::max(rL, aL + p.idleS + gRest);
    }
}

// Unacknowledged data: tcp_keepalive_timer() finds tp->packets_out and only
// re-arms itself ("It is alive without keepalive"), every `idle`. The
// retransmission timer (tcp_retransmit_timer()) resends with the RTO
// doubling up to TCP_RTO_MAX, and tcp_write_timeout() gives up at the first
// firing where retransmits_timed_out(): the time since tp->retrans_stamp
// reaches tcp_model_timeout(tcp_retries2) — 924.6 s with the default 15 — or
// the user timeout when one is set, in which case
// tcp_clamp_rto_to_user_timeout() also shortens the last wait to end on it.
// retrans_stamp is stamped by tcp_retransmit_skb() at the first
// retransmission ("Save stamp of the first (attempted) retransmit"), so the
// clock starts one RTO after the data left, not when it left; the Lab
// measures exactly that (docs/lab.md).
void dataInFlight(const ScheduleInput &in, Schedule &out, Builder &b)
{
    const KeepaliveParams &p = in.params;
    const int hz = in.hz;
    const qint64 rtoMax = rtoMaxJiffies(hz);
    qint64 rto = rtoJiffies(in.rttMs, hz);
    const bool userTimeout = p.userTimeoutMs > 0;
    const qint64 timeoutMs = userTimeout ? p.userTimeoutMs : modelTimeoutMs(in.tcpRetries2, hz);

    qint64 fire = rto;               // nominal firing, jiffies after the data was sent
    double late = lateness(rto, hz); // accumulated lateness, seconds
    int retransmits = 0;
    QList<ScheduleEvent> pending;
    const qint64 firstRetransmit = rto; // retrans_stamp, jiffies after the data was sent
    while (true) {
        const qint64 elapsedMs = (fire - firstRetransmit) * 1000 / hz;
        if (retransmits >= 1 && elapsedMs >= timeoutMs)
            break;
        ++retransmits;
        const double t = seconds(fire, hz);
        pending.append({t, EventKind::Retransmit, retransmits, t, t + late});
        rto = std::min(rto * 2, rtoMax);
        qint64 delay = rto;
        if (userTimeout) {
            const qint64 remainingMs = timeoutMs - elapsedMs;
            delay = remainingMs <= 0 ? 1 : std::min(rto, msecsToJiffies(remainingMs, hz));
        }
        fire += delay;
        late += lateness(delay, hz);
    }
    const double abortT = seconds(fire, hz);
    out.probeCount = retransmits;
    out.detectionFormula =
        userTimeout
            ? Tr::tr("%1 retransmissions until the %2 user timeout")
                  .arg(retransmits)
                  .arg(formatMilliseconds(p.userTimeoutMs))
            : Tr::tr("%1 retransmissions, tcp_retries2 = %2").arg(retransmits).arg(in.tcpRetries2);

    // The keep-alive timer keeps firing every idle period without probing.
    const double gIdle = lateness(qint64(p.idleS) * hz, hz);
    for (qint64 m = 1;
         in.keepalive && double(m) * p.idleS < abortT && pending.size() < in.maxEvents; ++m) {
        const double t = double(m) * p.idleS;
        pending.append({t, EventKind::KeepaliveDeferred, 0, t, t + double(m) * gIdle});
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const ScheduleEvent &a, const ScheduleEvent &c) { return a.t < c.t; });
    for (const ScheduleEvent &e : pending) {
        if (!b.add(e.t, e.kind, e.probe, e.earliest, e.latest))
            break;
    }
    b.addAbort(abortT, abortT + late);
    if (in.keepalive)
        out.notes << Tr::tr(
            "Keep-alive sends nothing while data is unacknowledged: each time its timer fires "
            "it finds data in flight and re-arms for another idle period.");
    out.notes << Tr::tr(
        "Before the first timeout Linux may send one tail loss probe (net.ipv4.tcp_early_"
        "retrans) about two round trips after the data; it is not drawn.");
}

} // namespace

double initialRtoS(int rttMs, int hz)
{
    return seconds(rtoJiffies(rttMs, hz), hz);
}

std::optional<QString> validateScheduleInput(const ScheduleInput &in)
{
    const KeepaliveParams &p = in.params;
    // The model takes the widest ranges the kernel accepts anywhere.
    if (const auto invalid = validateParams(p, ParamContext::Model))
        return invalid->message;
    if (in.hz < 10 || in.hz > 10000)
        return Tr::tr("HZ must be between 10 and 10000 (usually 100, 250, 300 or "
                      "1000); got %1")
            .arg(in.hz);
    if (in.rttMs < 0 || in.rttMs > 120000)
        return Tr::tr("RTT must be between 0 and 120000 ms; got %1").arg(in.rttMs);
    if (in.scenario == Scenario::Alive && qint64(in.rttMs) >= qint64(p.intervalS) * 1000)
        return Tr::tr("with a live peer the RTT (%1 ms) must be shorter than the "
                      "interval (%2 s): the answer has to arrive before the timer "
                      "looks again")
            .arg(in.rttMs)
            .arg(p.intervalS);
    if (in.tcpRetries2 < 1 || in.tcpRetries2 > 255)
        return Tr::tr("tcp_retries2 must be between 1 and 255; got %1").arg(in.tcpRetries2);
    if (!(in.horizonS >= 0) || in.horizonS > 1e9)
        return Tr::tr("horizon must be 0 (automatic) or a positive number of seconds");
    if (in.maxEvents < 2)
        return Tr::tr("the event limit must be at least 2");
    return std::nullopt;
}

Schedule computeSchedule(const ScheduleInput &in)
{
    Schedule out;
    Builder b(in, out);
    b.setHorizon(in.horizonS);
    switch (in.scenario) {
    case Scenario::DataInFlight:
        dataInFlight(in, out, b);
        break;
    case Scenario::Dead:
        if (in.keepalive)
            deadPeer(in, out, b);
        else
            out.notes << Tr::tr(
                "Keep-alive is off (SO_KEEPALIVE not set): an idle connection sends nothing, so "
                "a silently vanished peer is never noticed until the application writes.");
        break;
    case Scenario::Alive:
        if (in.keepalive) {
            alivePeer(in, out, b, 0, in.horizonS > 0 ? 0 : 3);
            out.notes << Tr::tr("Each answer resets the probe counter, so a live peer is "
                                "probed every %1 while the connection is idle and never "
                                "given up.")
                             .arg(formatDuration(
                                 std::max<qint64>(in.params.idleS, in.params.intervalS)));
        } else {
            out.notes << Tr::tr(
                "Keep-alive is off (SO_KEEPALIVE not set): an idle connection sends nothing.");
        }
        break;
    }
    double end = in.horizonS;
    if (end <= 0) {
        end = out.detectionS.value_or(0);
        for (const ScheduleEvent &e : std::as_const(out.events))
            end = std::max(end, e.t);
    }
    out.horizonS = end;
    return out;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Probe:
        return QStringLiteral("probe");
    case EventKind::Ack:
        return QStringLiteral("ack");
    case EventKind::Recheck:
        return QStringLiteral("recheck");
    case EventKind::Abort:
        return QStringLiteral("abort");
    case EventKind::Retransmit:
        return QStringLiteral("retransmit");
    case EventKind::KeepaliveDeferred:
        return QStringLiteral("keepalive_deferred");
    }
    return {};
}

QString eventKindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Probe:
        return Tr::tr("probe");
    case EventKind::Ack:
        return Tr::tr("ACK");
    case EventKind::Recheck:
        return Tr::tr("timer re-armed");
    case EventKind::Abort:
        return Tr::tr("abort (ETIMEDOUT)");
    case EventKind::Retransmit:
        return Tr::tr("retransmission");
    case EventKind::KeepaliveDeferred:
        return Tr::tr("keep-alive deferred");
    }
    return {};
}

} // namespace kt
