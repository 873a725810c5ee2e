#pragma once

#include <QString>

#include <optional>

namespace kt {

// The four numbers that decide when keep-alive probes are sent and when a
// connection is given up. Plain values with no range attached: the ranges
// differ between the host-wide sysctls and the per-socket options, so
// validation is a separate, context-specific step (see validate* below).
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

    // Seconds from the last segment received until a silently vanished peer
    // is given up: idle + count × interval (tcp_keepalive_timer() in
    // net/ipv4/tcp_timer.c). Ignores the user timeout; see the schedule model
    // for the full rule.
    qint64 deadPeerDetectionS() const;
};

// A refusal with the range the kernel accepts, for the GUI and the CLI alike.
struct ParamError
{
    QString field;   // "idle", "interval", "count", "user_timeout"
    QString message; // "idle must be between 1 and 32767 s (TCP_KEEPIDLE); got 40000"
};

// Checks the values against the per-socket ranges (TCP_KEEPIDLE & co.).
std::optional<ParamError> validateForSocket(const KeepaliveParams &params);
// Checks the values against the host-wide sysctl ranges.
std::optional<ParamError> validateForSysctl(const KeepaliveParams &params);

} // namespace kt
