#pragma once

#include "socket/TcpObservation.h"

#include <QList>

namespace kt {

// A keep-alive event told apart by comparing two looks at a connection.
struct DetectedProbeEvent
{
    enum class Kind
    {
        ProbeSent,     // a probe left (still unanswered when `unanswered`)
        ProbeAnswered, // the peer answered; the probe counter went back to 0
    };
    Kind kind = Kind::ProbeSent;
    qint64 atMs = 0; // on the observations' clock
    // ProbeSent: the probe's number among the unanswered ones (1, 2, …).
    // ProbeAnswered: how many unanswered probes the answer ended.
    // 0 for a probe answered before it could be seen unanswered, and its answer.
    int probe = 0;
    bool unanswered = false; // ProbeSent: still unanswered at the later look

    friend bool operator==(const DetectedProbeEvent &, const DetectedProbeEvent &) = default;
};

struct ProbeDetection
{
    QList<DetectedProbeEvent> events;
    // When the last segment was received before `now`, on the same clock:
    // what "idle" and the probes are measured from.
    qint64 lastReceiveBeforeMs = 0;

    friend bool operator==(const ProbeDetection &, const ProbeDetection &) = default;
};

// The keep-alive probes and answers that happened between two consecutive
// observations of one established connection. Pure: a function of the two
// looks and the connection's TCP_KEEPINTVL (0 when unknown), so it is tested
// from tables. Both observations need valid TCP_INFO.
//
// Unanswered probes are counted by the kernel (icsk_probes_out). A peer that
// answers within one poll (always, on loopback) takes the counter 0 → 1 → 0
// unseen; the probe still leaves traces: the keep-alive timer was due and
// came back re-armed for exactly TCP_KEEPINTVL, a segment without data went
// out, no data came in, and an ACK arrived after the timer was due.
ProbeDetection detectProbes(const TcpObservation &before, const TcpObservation &now, int intervalS);

} // namespace kt
