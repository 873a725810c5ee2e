#include "advise/Advisor.h"

#include "params/Format.h"
#include "params/Validation.h"
#include "schedule/Detection.h"
#include "schedule/Schedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kt::advise {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Advisor)
};

// A socket's ranges: the values must be usable per socket and as the host's
// sysctls, and the socket's ranges lie inside the sysctls'.
const limits::Range kIdle = limits::kSocketIdle;
const limits::Range kInterval = limits::kSocketInterval;
const limits::Range kCount = limits::kSocketCount;

// The kernel's values for what nothing constrains (include/net/tcp.h).
constexpr int kDefaultInterval = limits::kDefaultIntervalS;
constexpr int kDefaultCount = limits::kDefaultCount;
// With a deadline, a peer is given up after this many unanswered probes
// unless the user fixes the count: one lost probe or ACK is not fatal.
constexpr int kDeadlineCount = 3;

constexpr double kEps = 1e-9;

// What the search asks of a value set.
struct Goal
{
    std::optional<double> middleboxS; // a box that keep-alive refreshes
    std::optional<double> deadlineS;
    int hz = limits::kDefaultHz;
};

Schedule deadSchedule(const KeepaliveParams &p, int hz)
{
    ScheduleInput in;
    in.params = p;
    in.scenario = Scenario::Dead;
    in.hz = hz;
    return computeSchedule(in);
}

Schedule dataInFlightSchedule(const KeepaliveParams &p, int hz)
{
    ScheduleInput in;
    in.params = p;
    in.scenario = Scenario::DataInFlight;
    in.hz = hz;
    return computeSchedule(in);
}

bool keepsFlow(const KeepaliveParams &p, const Goal &goal)
{
    return !goal.middleboxS || checkMiddlebox(p, goal.hz, *goal.middleboxS).survives;
}

bool meetsDeadline(const KeepaliveParams &p, const Goal &goal)
{
    return !goal.deadlineS || deadSchedule(p, goal.hz).detectionLatestS <= *goal.deadlineS + kEps;
}

bool feasible(const KeepaliveParams &p, const Goal &goal)
{
    return keepsFlow(p, goal) && meetsDeadline(p, goal);
}

// A value set of the search. With `firings` > 0 the abort is governed by a
// TCP_USER_TIMEOUT that ends the connection at that keep-alive timer firing
// (the count is then ignored by the kernel).
KeepaliveParams values(int idle, int interval, int count, int firings)
{
    KeepaliveParams p;
    p.idleS = idle;
    p.intervalS = interval;
    p.count = count;
    p.userTimeoutMs = firings > 0 ? (idle + firings * interval) * 1000 : 0;
    return p;
}

// The largest idle that is feasible with these other values, or nothing.
// Longer idle never shortens the silence or the detection (the model is
// monotonic in idle, see tst_middlebox_rule), so a set that fails at idle
// 1 s fails at every idle, and the boundary is found by bisection; the walk
// up from it then makes sure idle + 1 really fails.
std::optional<int> largestIdle(int interval, int count, int firings, const Goal &goal)
{
    const auto ok = [&](int idle) {
        return feasible(values(idle, interval, count, firings), goal);
    };
    if (!ok(1))
        return std::nullopt;
    // Past the timeout or the deadline nothing can be feasible.
    double top = double(kIdle.max);
    if (goal.middleboxS)
        top = std::min(top, std::floor(*goal.middleboxS));
    if (goal.deadlineS)
        top = std::min(top, std::floor(*goal.deadlineS));
    int good = 1;
    int bad = int(top) + 1; // first idle known (or assumed past the range) to fail
    while (bad - good > 1) {
        const int mid = good + (bad - good) / 2;
        if (ok(mid))
            good = mid;
        else
            bad = mid;
    }
    while (good < kIdle.max && ok(good + 1))
        ++good;
    return good;
}

struct Plan
{
    int idle = 0;
    int interval = 0;
    int count = 0;
    int firings = 0; // > 0: TCP_USER_TIMEOUT governs the abort
};

// The longest interval, from `from` down (or just the fixed one), with which
// some idle is feasible, and the largest idle with it.
std::optional<Plan> searchIntervals(int from, bool intervalFixed, int count, int firings,
                                    const Goal &goal)
{
    for (int interval = from; interval >= 1; --interval) {
        if (const auto idle = largestIdle(interval, count, firings, goal))
            return Plan{*idle, interval, count, firings};
        if (intervalFixed)
            break;
    }
    return std::nullopt;
}

QString secs(double s)
{
    return formatSeconds(s);
}

QString probesWord(int n)
{
    // English says "1 probe" without a translation of its own; the numerus
    // form is for the languages that need one.
    return n == 1 ? Tr::tr("1 probe") : Tr::tr("%n probes", nullptr, n);
}

} // namespace

QString adviceHeadline(const Advice &a)
{
    if (!a.reachable)
        return a.unreachableReason;
    QString values = describeValues(a.params);
    values[0] = values.at(0).toUpper();
    if (a.middlebox && !a.middlebox->refreshedByKeepalive)
        return Tr::tr("Keep-alive cannot keep connections open through %1: send "
                      "application data at least every %2.")
            .arg(a.middlebox->label,
                 secs(a.middlebox->timeoutS - safetyMarginS(a.middlebox->timeoutS)));
    if (a.check)
        return Tr::tr("%1: the flow outlives %2 and a dead peer is noticed within %3.")
            .arg(values, a.middlebox->label, secs(a.detectionLatestS));
    return Tr::tr("%1: a dead peer is noticed within %2.").arg(values, secs(a.detectionLatestS));
}

QList<AdviceWindow> adviceWindows(const Advice &a)
{
    QList<AdviceWindow> out;
    QString probe = Tr::tr("from %1 to %2 after the last packet")
                        .arg(secs(a.params.idleS), secs(a.firstProbeLatestS));
    if (a.middlebox)
        probe =
            Tr::tr("%1; the box forgets at %2").arg(probe, formatTimeout(a.middlebox->timeoutS));
    out << AdviceWindow{Tr::tr("next probe"), probe};
    QString abort = Tr::tr("from %1 to %2").arg(secs(a.detectionS), secs(a.detectionLatestS));
    if (a.deadlineS)
        abort = Tr::tr("%1; the deadline is %2").arg(abort, secs(*a.deadlineS));
    out << AdviceWindow{Tr::tr("dead peer given up"), abort};
    out << AdviceWindow{Tr::tr("data in flight"),
                        Tr::tr("given up at the latest %1").arg(secs(a.dataInFlightLatestS))};
    return out;
}

std::optional<AdviceMiddlebox> adviceMiddlebox(const AdviceInput &input)
{
    if (input.preset) {
        AdviceMiddlebox m;
        m.name = input.preset->name;
        m.label = input.preset->label;
        m.timeoutS = input.timeoutS.value_or(input.preset->defaultTimeoutS);
        m.refreshedByKeepalive = input.preset->refreshedByKeepalive;
        m.source = input.preset->source;
        return m;
    }
    if (input.timeoutS) {
        AdviceMiddlebox m;
        m.label = Tr::tr("a %1 s middlebox").arg(*input.timeoutS);
        m.timeoutS = *input.timeoutS;
        return m;
    }
    return std::nullopt;
}

std::optional<QString> validateAdviceInput(const AdviceInput &in)
{
    if (in.hz < 10 || in.hz > 10000)
        return Tr::tr("HZ must be between 10 and 10000 (usually 100, 250, 300 or 1000); "
                      "got %1")
            .arg(in.hz);
    if (in.timeoutS) {
        const double t = *in.timeoutS;
        if (!(t >= kMinMiddleboxTimeoutS && t <= kMaxMiddleboxTimeoutS))
            return Tr::tr("the middlebox timeout must be %1; got %2")
                .arg(formatRange(kMinMiddleboxTimeoutS, kMaxMiddleboxTimeoutS, QStringLiteral("s")),
                     QString::number(t));
        if (in.preset && !in.preset->acceptsTimeout(t))
            return Tr::tr("the %1's timeout %2; got %3")
                .arg(in.preset->label, in.preset->rangeText(), QString::number(t));
    }
    if (in.deadlineS && !(*in.deadlineS >= 1 && *in.deadlineS <= kMaxDeadlineS))
        return Tr::tr("the deadline must be %1; got %2")
            .arg(formatRange(1, kMaxDeadlineS, QStringLiteral("s")),
                 QString::number(*in.deadlineS));
    if (in.count && !kCount.contains(*in.count))
        return outOfRangeMessage(QStringLiteral("count"),
                                 paramSpec(ParamField::Count, ParamContext::Socket), *in.count);
    if (in.intervalS && !kInterval.contains(*in.intervalS))
        return outOfRangeMessage(QStringLiteral("interval"),
                                 paramSpec(ParamField::Interval, ParamContext::Socket),
                                 *in.intervalS);
    return std::nullopt;
}

Advice recommend(const AdviceInput &in)
{
    Advice a;
    a.hz = in.hz;
    a.deadlineS = in.deadlineS;
    a.middlebox = adviceMiddlebox(in);
    a.tcpKeepaliveHelps = !a.middlebox || a.middlebox->refreshedByKeepalive;

    Goal goal;
    goal.hz = in.hz;
    goal.deadlineS = in.deadlineS;
    if (a.middlebox && a.middlebox->refreshedByKeepalive)
        goal.middleboxS = a.middlebox->timeoutS;

    // What the user fixed is kept; the rest starts from a value chosen for
    // the goal and is lowered only as far as the goal needs.
    const bool countFixed = in.count.has_value();
    const bool intervalFixed = in.intervalS.has_value();
    const int count0 = in.count.value_or(in.deadlineS ? kDeadlineCount : kDefaultCount);
    int interval0 = kDefaultInterval;
    if (in.intervalS) {
        interval0 = *in.intervalS;
    } else if (in.deadlineS) {
        // The probes of a dead peer get a quarter of the deadline: long
        // enough to ride out a lost probe, short enough to leave the rest to
        // the idle time.
        interval0 = std::clamp(int(std::floor(*in.deadlineS / 4.0 / count0)), 1, kDefaultInterval);
    }

    // Without a goal there is nothing to tune: the kernel's values, or the
    // fixed ones.
    std::optional<Plan> plan;
    if (!goal.middleboxS && !goal.deadlineS) {
        plan = Plan{limits::kDefaultIdleS, interval0, count0, 0};
    } else {
        // 1. The count decides the abort: lower the interval, then the count,
        //    as far as needed.
        for (int count = count0; count >= 1 && !plan; --count) {
            plan = searchIntervals(interval0, intervalFixed, count, 0, goal);
            if (countFixed)
                break;
        }
        // 2. A count the user fixed can make the deadline unreachable; a
        //    TCP_USER_TIMEOUT then ends the connection after fewer probes
        //    (the kernel ignores the count): as many as the free count would
        //    give where they fit, fewer only when they do not.
        for (int firings = std::min(count0, kDeadlineCount);
             firings >= 1 && !plan && goal.deadlineS; --firings)
            plan = searchIntervals(interval0, intervalFixed, count0, firings, goal);
        // Then as many more probes as still fit before the deadline, up to
        // the count: each one more chance for a live peer to answer.
        while (plan && plan->firings > 0 && plan->firings < count0 &&
               feasible(values(plan->idle, plan->interval, plan->count, plan->firings + 1), goal))
            ++plan->firings;
    }

    if (!plan) {
        a.reachable = false;
        const int interval = intervalFixed ? interval0 : 1;
        const int count = countFixed ? count0 : 1;
        const KeepaliveParams shortest = values(1, interval, count, 0);
        Goal boxOnly = goal;
        boxOnly.deadlineS.reset();
        if (goal.middleboxS && !keepsFlow(shortest, boxOnly)) {
            const MiddleboxCheck check = checkMiddlebox(shortest, in.hz, *goal.middleboxS);
            a.unreachableReason =
                Tr::tr("No keep-alive values keep a flow through %1: even with idle 1 s "
                       "and interval %2 s the next probe may leave as late as %3 after "
                       "the last packet, and it must leave %4 (the safety margin) "
                       "before the box forgets the flow at %5.")
                    .arg(a.middlebox->label)
                    .arg(interval)
                    .arg(formatSecondsPrecise(check.longestSilenceS), secs(check.marginS),
                         formatTimeout(check.timeoutS));
        } else {
            const KeepaliveParams quickest = values(1, interval, count, 1);
            const Schedule s = deadSchedule(quickest, in.hz);
            a.unreachableReason =
                Tr::tr("No keep-alive values notice a dead peer within %1: the earliest "
                       "abort is one interval after the first probe (the kernel gives "
                       "up only at a keep-alive timer with a probe unanswered), so with "
                       "idle 1 s and interval %2 s it comes at %3, and at the latest "
                       "%4 with the timer wheel's lateness at %5 Hz.")
                    .arg(secs(*goal.deadlineS))
                    .arg(interval)
                    .arg(formatSecondsPrecise(s.detectionS.value_or(0)),
                         formatSecondsPrecise(s.detectionLatestS))
                    .arg(in.hz);
        }
        a.params = values(1, interval, count, 0);
        return a;
    }

    KeepaliveParams p = values(plan->idle, plan->interval, plan->count, plan->firings);

    // 3. Data in flight: keep-alive stays silent while data is
    //    unacknowledged and retransmissions decide (about 15 min with
    //    tcp_retries2 = 15). Only TCP_USER_TIMEOUT bounds that, so a deadline
    //    shorter than it asks for one, ending where the probes end.
    const double dataInFlightWithout =
        dataInFlightSchedule(values(p.idleS, p.intervalS, p.count, 0), in.hz).detectionLatestS;
    bool userTimeoutForData = false;
    if (goal.deadlineS && p.userTimeoutMs == 0 && dataInFlightWithout > *goal.deadlineS + kEps) {
        p.userTimeoutMs = (p.idleS + p.count * p.intervalS) * 1000;
        userTimeoutForData = true;
    }
    if (goal.deadlineS && p.userTimeoutMs > 0) {
        // The last retransmission ends on the user timeout, but its timer may
        // be late too: take the largest user timeout whose latest abort is
        // within the deadline.
        while (p.userTimeoutMs > 1000 &&
               dataInFlightSchedule(p, in.hz).detectionLatestS > *goal.deadlineS + kEps)
            p.userTimeoutMs -= 100;
    }
    a.params = p;

    // What the model says of the result.
    const Schedule dead = deadSchedule(p, in.hz);
    a.detectionS = dead.detectionS.value_or(0);
    a.detectionLatestS = dead.detectionLatestS;
    a.firstProbeLatestS = longestSilenceS(p, in.hz);
    a.dataInFlightLatestS = dataInFlightSchedule(p, in.hz).detectionLatestS;
    if (goal.middleboxS)
        a.check = checkMiddlebox(p, in.hz, *goal.middleboxS);

    // ---- Why, in words ----
    QStringList &why = a.reasons;
    if (!goal.middleboxS && !goal.deadlineS) {
        why << (a.middlebox
                    ? Tr::tr("Keep-alive does not change when %1 forgets a flow, "
                             "and no deadline was given: these are the kernel's "
                             "defaults%2.")
                          .arg(a.middlebox->label, countFixed || intervalFixed
                                                       ? Tr::tr(" with the values you fixed")
                                                       : QString())
                    : Tr::tr("Nothing to tune for: give a middlebox or a "
                             "deadline. These are the kernel's defaults%1.")
                          .arg(countFixed || intervalFixed ? Tr::tr(" with the values you fixed")
                                                           : QString()));
    }

    if (a.check) {
        const MiddleboxCheck &c = *a.check;
        const double lateness = c.longestSilenceS - p.idleS;
        const bool atSocketMax = p.idleS == kIdle.max;
        // Which limit stopped the idle time: the box, or the deadline.
        const bool boxBinds =
            !atSocketMax &&
            !checkMiddlebox(values(p.idleS + 1, p.intervalS, p.count, 0), in.hz, c.timeoutS)
                 .survives;
        if (atSocketMax) {
            why << Tr::tr("Idle %1 s is the longest a socket accepts (TCP_KEEPIDLE); "
                          "%2 keeps idle flows for %3, so the probes need not come "
                          "sooner: with a live peer the next probe leaves at the latest "
                          "%4 after the last packet.")
                       .arg(p.idleS)
                       .arg(a.middlebox->label, formatTimeout(c.timeoutS), secs(c.longestSilenceS));
        } else if (boxBinds) {
            why << Tr::tr("Idle %1 s is the largest that is safe for %2, which forgets "
                          "a flow after %3, and the largest idle sends the fewest "
                          "probes: with a live peer the next probe leaves at the latest "
                          "%4 after the flow's last packet (the kernel's timer wheel may "
                          "fire %5 late at %6 Hz), at least %7 before the box forgets "
                          "(the margin: 1 % of the timeout, at least 2 s, for the trip "
                          "across the network and the box's own coarse timer).")
                       .arg(p.idleS)
                       .arg(a.middlebox->label, formatTimeout(c.timeoutS), secs(c.longestSilenceS),
                            secs(lateness))
                       .arg(in.hz)
                       .arg(secs(c.marginS));
        } else {
            why << Tr::tr("Idle %1 s is the largest that still meets the deadline with "
                          "these probes, and the largest idle sends the fewest probes "
                          "to a live peer. It is safe for %2, which forgets a flow after "
                          "%3: the next probe leaves at the latest %4 after the flow's "
                          "last packet, %5 before the box forgets.")
                       .arg(p.idleS)
                       .arg(a.middlebox->label, formatTimeout(c.timeoutS), secs(c.longestSilenceS),
                            secs(c.timeoutS - c.longestSilenceS));
        }
        // The tempting value just below the timeout, and why it fails.
        const int tempting = int(std::ceil(c.timeoutS)) - 1;
        if (boxBinds && tempting > p.idleS && tempting <= kIdle.max) {
            const MiddleboxCheck t =
                checkMiddlebox(values(tempting, p.intervalS, p.count, 0), in.hz, c.timeoutS);
            const double late = t.longestSilenceS - tempting;
            if (t.longestSilenceS > t.timeoutS)
                why << Tr::tr("Idle %1 s, just below the timeout, is not safe: at that "
                              "idle time the timer wheel may send the first probe up to "
                              "%2 late, at %3, after the box has forgotten the flow at "
                              "%4.")
                           .arg(tempting)
                           .arg(secs(late), secs(t.longestSilenceS), formatTimeout(t.timeoutS));
            else
                why << Tr::tr("Idle %1 s, just below the timeout, is not safe: at that "
                              "idle time the timer wheel may send the first probe up to "
                              "%2 late, at %3, only %4 before the box forgets the flow "
                              "at %5, less than the %6 margin.")
                           .arg(tempting)
                           .arg(secs(late), secs(t.longestSilenceS),
                                secs(t.timeoutS - t.longestSilenceS), formatTimeout(t.timeoutS),
                                secs(t.marginS));
        }
    }

    if (goal.deadlineS) {
        if (!a.check)
            why << Tr::tr("Idle %1 s is the largest that still meets the deadline with "
                          "these probes, and the largest idle sends the fewest probes "
                          "to a live peer.")
                       .arg(p.idleS);
        if (plan->firings > 0)
            why << Tr::tr("With the count fixed at %1 and the interval at %2 s the last "
                          "probe would come after the deadline. TCP_USER_TIMEOUT %3 ms "
                          "makes the deadline reachable: the kernel then ignores the "
                          "count and gives up at the first keep-alive timer after the "
                          "user timeout with a probe unanswered, here after %4.")
                       .arg(p.count)
                       .arg(p.intervalS)
                       .arg(p.userTimeoutMs)
                       .arg(probesWord(dead.probeCount));
        else
            why << Tr::tr("A silently dead peer gets %1, %2 s apart%3, and is given up "
                          "after %4, at the latest %5: within the %6 deadline.")
                       .arg(probesWord(p.count))
                       .arg(p.intervalS)
                       .arg(countFixed && intervalFixed ? Tr::tr(" (as you fixed them)")
                            : countFixed                ? Tr::tr(" (the count as you "
                                                                                "fixed it)")
                            : intervalFixed             ? Tr::tr(" (the interval as you fixed it)")
                                                        : QString())
                       .arg(secs(a.detectionS), secs(a.detectionLatestS), secs(*goal.deadlineS));
        if (p.userTimeoutMs > 0) {
            why << Tr::tr("TCP_USER_TIMEOUT %1 ms also bounds what keep-alive cannot: "
                          "data in flight. Keep-alive sends nothing while data is "
                          "unacknowledged, and without a user timeout the kernel would "
                          "retransmit for up to %2 (tcp_retries2 = 15) before giving up; with "
                          "it, at the latest %3.")
                       .arg(p.userTimeoutMs)
                       .arg(secs(dataInFlightWithout), secs(a.dataInFlightLatestS));
            if (userTimeoutForData)
                why << Tr::tr("The user timeout ends where the probes end, so an idle "
                              "dead peer is still given up after %1; it is a socket "
                              "option, with no host-wide sysctl: set it in the program.")
                           .arg(probesWord(p.count));
        } else {
            why << Tr::tr("TCP_USER_TIMEOUT is not needed: even with unacknowledged data "
                          "the kernel gives up after at most %1 (tcp_retries2 = 15), "
                          "within the deadline.")
                       .arg(secs(a.dataInFlightLatestS));
        }
    } else if (goal.middleboxS) {
        const QString interval =
            intervalFixed ? Tr::tr("the interval %1 s as you fixed it").arg(p.intervalS)
            : plan->interval < interval0
                ? Tr::tr("the interval %1 s (shortened from the kernel's %2 s: an "
                         "interval longer than the idle time makes a live peer wait a "
                         "whole interval between probes)")
                      .arg(p.intervalS)
                      .arg(interval0)
                : Tr::tr("the interval the kernel's %1 s").arg(p.intervalS);
        why << Tr::tr("No deadline was given, so the count is %1 and %2: a silently "
                      "dead peer is given up after %3, at the latest %4.")
                   .arg(countFixed ? Tr::tr("%1 as you fixed it").arg(p.count)
                                   : Tr::tr("the kernel's %1").arg(p.count))
                   .arg(interval, secs(a.detectionS), secs(a.detectionLatestS));
    }

    // What the box does when it forgets (an RST, or silence), as its vendor
    // documents it.
    if (a.check && in.preset && !in.preset->notes.isEmpty())
        why << Tr::tr("About %1: %2").arg(in.preset->label, in.preset->notes);

    // One lost probe or ACK: the next probe is the dead-peer schedule's
    // second, an interval later. Where it comes after the box forgets, only
    // the first probe keeps the flow; say so.
    if (a.check && p.count >= 2 && dead.events.size() >= 2 &&
        dead.events.at(1).kind == EventKind::Probe) {
        const double second = dead.events.at(1).latest;
        if (second + a.check->marginS > a.check->timeoutS)
            why << Tr::tr("If the first probe or its answer is lost, the second leaves "
                          "at the latest %1, too late for a box that forgets at %2: only "
                          "the first probe keeps the flow. A shorter interval or idle "
                          "time would give it a second chance.")
                       .arg(secs(second), formatTimeout(a.check->timeoutS));
    }

    // ---- When keep-alive cannot help ----
    if (a.middlebox && !a.middlebox->refreshedByKeepalive) {
        const double every = a.middlebox->timeoutS - safetyMarginS(a.middlebox->timeoutS);
        QString what;
        if (in.preset)
            what = in.preset->notes + QLatin1Char(' ');
        a.warnings << Tr::tr("TCP keep-alive cannot keep a connection open through %1. "
                             "%2Keep-alive probes carry no data, so its %3 timer runs "
                             "on.")
                          .arg(a.middlebox->label, what, formatTimeout(a.middlebox->timeoutS));
        if (in.preset && !in.preset->instead.isEmpty())
            a.warnings
                << Tr::tr("Instead, at least every %1: %2.").arg(secs(every), in.preset->instead);
        why << Tr::tr("These values still notice a dead peer of this connection (the "
                      "proxy itself, or the network to it); they do not keep it open.");
    }
    return a;
}

} // namespace kt::advise
