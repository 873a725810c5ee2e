#pragma once

#include "advise/Middlebox.h"
#include "advise/MiddleboxRule.h"
#include "params/KeepaliveParams.h"
#include "params/KernelLimits.h"

#include <QString>
#include <QStringList>

#include <optional>

// The Advisor: from "my load balancer drops idle connections" and "a dead
// peer must be noticed within a minute" to keep-alive values, with the
// reasons in plain words. Pure: it searches the values by evaluating the
// schedule model and the middlebox rule (MiddleboxRule.h), never by a
// formula of its own, so every number it states is the model's.
namespace kt::advise {

// The longest detection deadline the Advisor takes: a year.
inline constexpr long long kMaxDeadlineS = 365LL * 86400;

struct AdviceInput
{
    // A preset (its label, source and whether keep-alive refreshes it)…
    std::optional<MiddleboxPreset> preset;
    // …and its timeout when not the preset's default, or a custom
    // middlebox's timeout when there is no preset (refreshed by keep-alive).
    std::optional<double> timeoutS;
    // A silently dead peer must be noticed within this many seconds.
    std::optional<double> deadlineS;
    // Values the user wants kept.
    std::optional<int> count;
    std::optional<int> intervalS;
    // The kernel's tick rate: how late long timers may fire.
    int hz = limits::kDefaultHz;

    friend bool operator==(const AdviceInput &, const AdviceInput &) = default;
};

// The middlebox the advice is for.
struct AdviceMiddlebox
{
    QString name;  // the preset's name; empty for a custom timeout
    QString label; // the preset's label, or "a 300 s middlebox"
    double timeoutS = 0;
    bool refreshedByKeepalive = true;
    QString source; // empty for a custom timeout
};

struct Advice
{
    // False when no values meet the goal; `unreachableReason` says why and
    // the values below are not a recommendation.
    bool reachable = true;
    QString unreachableReason;

    // The recommended values; userTimeoutMs is 0 when TCP_USER_TIMEOUT is
    // not recommended.
    KeepaliveParams params;
    std::optional<int> userTimeoutMs() const
    {
        return params.userTimeoutMs > 0 ? std::optional<int>(params.userTimeoutMs) : std::nullopt;
    }

    // The longest silence with a live peer: when the next probe leaves at the
    // latest after the flow's last packet (MiddleboxRule.h).
    double firstProbeLatestS = 0;
    // A silently dead peer: when the connection is given up, nominally and at
    // the latest (the timer wheel's window), user timeout included.
    double detectionS = 0;
    double detectionLatestS = 0;
    // A dead peer with unacknowledged data: retransmissions, not keep-alive,
    // decide; the latest abort.
    double dataInFlightLatestS = 0;

    std::optional<AdviceMiddlebox> middlebox;
    // The rule's verdict for the recommended values (a middlebox that
    // keep-alive refreshes only).
    std::optional<MiddleboxCheck> check;
    // False when the middlebox counts only application data (an L7 proxy).
    bool tcpKeepaliveHelps = true;
    std::optional<double> deadlineS;
    int hz = limits::kDefaultHz;

    // Why these values, in sentences.
    QStringList reasons;
    // What keep-alive cannot do here and what does instead.
    QStringList warnings;
};

// The problem with the input, in words, or nothing: a timeout outside the
// preset's documented range, a count or interval a socket does not accept,
// an HZ outside 10–10000.
std::optional<QString> validateAdviceInput(const AdviceInput &input);

// The advice. The input must pass validateAdviceInput().
Advice recommend(const AdviceInput &input);

// The one sentence for the Advisor page's header and a report: "Idle 42 s,
// interval 5 s, 3 probes, user timeout 56.800 s: the flow outlives AWS
// Network Load Balancer (TCP listener) and a dead peer is noticed within
// 59.8 s.", or why no values do, or that keep-alive cannot help.
QString adviceHeadline(const Advice &advice);

// The windows of the recommended values, each a name and its words: "next
// probe" / "from 42 s to 44 s after the last packet; the box forgets at 5 min
// 50 s", "dead peer given up" / "from 57 s to 59.8 s; the deadline is 1 min",
// "data in flight" / "given up at the latest 1 min".
struct AdviceWindow
{
    QString name;
    QString text;
};
QList<AdviceWindow> adviceWindows(const Advice &advice);

// The middlebox an input names: the preset with its timeout, or the custom
// timeout; nothing when there is none.
std::optional<AdviceMiddlebox> adviceMiddlebox(const AdviceInput &input);

} // namespace kt::advise
