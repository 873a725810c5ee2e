#pragma once

namespace kt {

// The four numbers that decide when keep-alive probes are sent and when a
// connection is given up. Plain values with no range attached: the ranges
// differ between the host-wide sysctls and the per-socket options, so
// validation is a separate, context-specific step (params/Validation.h). What
// the values lead to — when a dead peer is noticed — is the schedule model's
// answer (schedule/Detection.h), never computed beside it.
struct KeepaliveParams
{
    int idleS = 7200;      // tcp_keepalive_time / TCP_KEEPIDLE
    int intervalS = 75;    // tcp_keepalive_intvl / TCP_KEEPINTVL
    int count = 9;         // tcp_keepalive_probes / TCP_KEEPCNT
    int userTimeoutMs = 0; // TCP_USER_TIMEOUT, 0 = not set

    friend bool operator==(const KeepaliveParams &, const KeepaliveParams &) = default;

    // The kernel defaults, as a freshly booted host (or a new network
    // namespace) has them.
    static KeepaliveParams kernelDefaults();
};

} // namespace kt
