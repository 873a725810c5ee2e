#pragma once

#include "params/KeepaliveParams.h"
#include "params/KernelLimits.h"
#include "schedule/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kt {

// What the schedule model is asked. Times are seconds after the last segment
// received (or after keep-alive was switched on for an idle connection).
struct ScheduleInput
{
    KeepaliveParams params;
    // What the peer does. With data in flight the keep-alive timer stays
    // silent and the retransmission timer decides.
    Scenario scenario = Scenario::Dead;
    // SO_KEEPALIVE: off, an idle connection sends nothing and a vanished peer
    // is never noticed (retransmissions still give up on data in flight).
    bool keepalive = true;
    // Round-trip time, measured or assumed: when ACKs arrive (live peer) and
    // where the retransmission timeout starts (data in flight).
    int rttMs = 0;
    // The kernel's tick rate (CONFIG_HZ); timers are counted in jiffies.
    int hz = limits::kDefaultHz;
    // net.ipv4.tcp_retries2: how long retransmissions go on (data in flight).
    int tcpRetries2 = 15;
    // Events after this time are left out; 0 chooses: until the abort, or
    // three probe cycles for a live peer.
    double horizonS = 0;
    // A user timeout of days with a 1 s interval means millions of probes;
    // past this many events the list is cut (the abort is always kept).
    int maxEvents = 2000;

    friend bool operator==(const ScheduleInput &, const ScheduleInput &) = default;
};

enum class EventKind
{
    Probe,             // a keep-alive probe is sent
    Ack,               // the peer's answer arrives
    Recheck,           // the keep-alive timer fires, finds recent traffic and re-arms
    Abort,             // the connection is given up: ETIMEDOUT
    Retransmit,        // unacknowledged data is sent again
    KeepaliveDeferred, // the keep-alive timer fires but data is in flight: no probe
};

// One modelled event. The kernel's timers never fire early but may fire late
// (see TimerWheel.h); [earliest, latest] is where the event can really happen,
// and lateness carries over to every later event.
struct ScheduleEvent
{
    double t = 0;
    EventKind kind = EventKind::Probe;
    int probe = 0; // the probe's (or retransmission's) number, from 1; 0 when none
    double earliest = 0;
    double latest = 0;

    friend bool operator==(const ScheduleEvent &, const ScheduleEvent &) = default;
};

struct Schedule
{
    QList<ScheduleEvent> events;
    // When the connection is given up (nominal time of the abort); none when
    // the peer answers.
    std::optional<double> detectionS;
    double detectionLatestS = 0;
    // The arithmetic behind detectionS, e.g. "7200 + 9 × 75 s".
    QString detectionFormula;
    // All probes (or retransmissions) sent before the abort, including any
    // left out of `events`.
    int probeCount = 0;
    // The time span the events cover (the horizon asked for or chosen).
    double horizonS = 0;
    // Events were left out (horizon or maxEvents).
    bool truncated = false;
    // Subtleties of this particular input, in sentences.
    QStringList notes;
};

// Checks the input; returns the message for a person when it is unusable.
std::optional<QString> validateScheduleInput(const ScheduleInput &input);

// The probe schedule, written from tcp_keepalive_timer() and
// tcp_retransmit_timer() in net/ipv4/tcp_timer.c. Pure: no I/O. The input
// must pass validateScheduleInput().
Schedule computeSchedule(const ScheduleInput &input);

// Stable snake_case names used in JSON ("probe", "ack", "recheck", "abort",
// "retransmit", "keepalive_deferred").
QString eventKindName(EventKind kind);
// Words for people ("probe", "ACK", …).
QString eventKindLabel(EventKind kind);

// The retransmission timeout the kernel starts from for a given round trip:
// tcp_rtt_estimator() seeds rttvar with 2 × RTT and __tcp_set_rto() takes
// srtt + max(rttvar, TCP_RTO_MIN), clamped to TCP_RTO_MAX.
double initialRtoS(int rttMs, int hz);

} // namespace kt
