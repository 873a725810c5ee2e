#pragma once

// The one table of what the Linux kernel accepts for keep-alive, and its
// defaults, each with where the kernel sets it. Every range or default a
// person sees (the GUI, keepalivectl, the privileged helper's refusals) is
// read from here. Plain C++ with no Qt: the root-running helper compiles it.
//
// Two contexts have two different ranges: the host-wide sysctls and the
// per-socket options.

#include <array>
#include <climits>
#include <string_view>

namespace kt::limits {

// An inclusive range of whole numbers.
struct Range
{
    long long min;
    long long max;

    constexpr bool contains(long long value) const { return value >= min && value <= max; }
};

// ---- host-wide sysctls (net/ipv4/sysctl_net_ipv4.c) ----
// tcp_keepalive_time and tcp_keepalive_intvl use proc_dointvec_jiffies, which
// refuses seconds above INT_MAX / HZ. With HZ up to 1000 the largest value that
// every kernel configuration accepts is 2147483 s. Zero and negative values are
// accepted by the handler but make no sense as a timer, so we refuse them.
inline constexpr Range kSysctlTime{1, 2147483};
// tcp_keepalive_probes is a u8 handled by proc_dou8vec_minmax: 0 to 255; zero
// would abort a connection at its first keep-alive timer, so we start at 1.
inline constexpr Range kSysctlProbes{1, 255};

// Kernel defaults (include/net/tcp.h: TCP_KEEPALIVE_TIME, TCP_KEEPALIVE_INTVL,
// TCP_KEEPALIVE_PROBES).
inline constexpr int kDefaultIdleS = 7200;
inline constexpr int kDefaultIntervalS = 75;
inline constexpr int kDefaultCount = 9;

// One keep-alive sysctl: its name as sysctl spells it, its path below
// /proc/sys, the range we accept and the kernel's default.
struct SysctlEntry
{
    std::string_view name;     // net.ipv4.tcp_keepalive_time
    std::string_view procPath; // net/ipv4/tcp_keepalive_time
    long long min;
    long long max;
    long long kernelDefault;
};

// In this order everywhere: time, interval, probes.
inline constexpr std::array<SysctlEntry, 3> kSysctls{{
    {"net.ipv4.tcp_keepalive_time", "net/ipv4/tcp_keepalive_time", kSysctlTime.min, kSysctlTime.max,
     kDefaultIdleS},
    {"net.ipv4.tcp_keepalive_intvl", "net/ipv4/tcp_keepalive_intvl", kSysctlTime.min,
     kSysctlTime.max, kDefaultIntervalS},
    {"net.ipv4.tcp_keepalive_probes", "net/ipv4/tcp_keepalive_probes", kSysctlProbes.min,
     kSysctlProbes.max, kDefaultCount},
}};

// ---- per-socket options (net/ipv4/tcp.c, do_tcp_setsockopt) ----
// TCP_KEEPIDLE: 1..MAX_TCP_KEEPIDLE, TCP_KEEPINTVL: 1..MAX_TCP_KEEPINTVL,
// TCP_KEEPCNT: 1..MAX_TCP_KEEPCNT (include/net/tcp.h).
inline constexpr Range kSocketIdle{1, 32767};
inline constexpr Range kSocketInterval{1, 32767};
inline constexpr Range kSocketCount{1, 127};
// TCP_USER_TIMEOUT: any non-negative int, in milliseconds; 0 means "not set".
inline constexpr Range kUserTimeout{0, INT_MAX};

// ---- the kernel's tick rate ----
// CONFIG_HZ on most distribution kernels (Debian, Ubuntu, Fedora): the
// model's assumption when the running kernel's configuration cannot be read.
inline constexpr int kDefaultHz = 250;

// ---- what the schedule model takes ----
// The widest the kernel accepts anywhere: the sysctl ranges for idle,
// interval and count (a socket's ranges lie inside them), any user timeout.
inline constexpr Range kModelIdle = kSysctlTime;
inline constexpr Range kModelInterval = kSysctlTime;
inline constexpr Range kModelCount = kSysctlProbes;

} // namespace kt::limits
