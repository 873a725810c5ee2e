#pragma once

#include "params/KeepaliveParams.h"

namespace kt::advise {

// Whether a stateful middlebox (NAT, conntrack, a pass-through load balancer)
// that forgets a flow after `timeoutS` seconds without a packet keeps a
// connection with these keep-alive values. It is the one rule behind the
// Advisor's recommendation and the Connections page's "would survive".
//
// A middlebox sees a flow go silent after its last packet: the data, or the
// ACK of the previous probe. With a live peer the longest silence is the gap
// from that packet to the next probe at its *latest*, because the kernel's
// timer wheel never fires early but may fire late (TimerWheel.h). After data
// the gap is one armed timer of `idle`; after an answered probe it is the
// interval timer's re-check, then a re-arm for the rest of the idle time, and
// both may be late. The schedule model knows both windows.
struct MiddleboxCheck
{
    double timeoutS = 0;
    // The latest moment, after the flow's last packet, at which the next
    // keep-alive probe can leave, over every idle period with a live peer.
    double longestSilenceS = 0;
    // How much earlier than the timeout the probe must leave at the latest:
    // it must still cross the network, and the box's own timer is coarse.
    double marginS = 0;
    // longestSilenceS + marginS <= timeoutS.
    bool survives = false;
};

// The margin asked of every value set: 2 s, or 1 % of the timeout when that
// is more.
double safetyMarginS(double timeoutS);

// The longest silence of an idle connection with keep-alive on and a live
// peer: see MiddleboxCheck::longestSilenceS. `hz` is the kernel's tick rate.
// The params must be valid for the model (validateParams, ParamContext::Model).
double longestSilenceS(const KeepaliveParams &params, int hz);

MiddleboxCheck checkMiddlebox(const KeepaliveParams &params, int hz, double timeoutS);

} // namespace kt::advise
