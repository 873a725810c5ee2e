#pragma once

// The ranges the Linux kernel accepts, each with where the kernel sets it.
// Two different contexts have two different ranges: the host-wide sysctls and
// the per-socket options.
namespace kt::limits {

// ---- host-wide sysctls (net/ipv4/sysctl_net_ipv4.c) ----
// tcp_keepalive_time and tcp_keepalive_intvl use proc_dointvec_jiffies, which
// refuses seconds above INT_MAX / HZ. With HZ up to 1000 the largest value that
// every kernel configuration accepts is 2147483 s. Zero and negative values are
// accepted by the handler but make no sense as a timer, so we refuse them.
inline constexpr int kSysctlTimeMin = 1;
inline constexpr int kSysctlTimeMax = 2147483;
// tcp_keepalive_probes is a u8 handled by proc_dou8vec_minmax: 0 to 255; zero
// would abort a connection at its first keep-alive timer, so we start at 1.
inline constexpr int kSysctlProbesMin = 1;
inline constexpr int kSysctlProbesMax = 255;

// Kernel defaults (include/net/tcp.h: TCP_KEEPALIVE_TIME, TCP_KEEPALIVE_INTVL,
// TCP_KEEPALIVE_PROBES).
inline constexpr int kDefaultIdleS = 7200;
inline constexpr int kDefaultIntervalS = 75;
inline constexpr int kDefaultCount = 9;

// ---- per-socket options (net/ipv4/tcp.c, do_tcp_setsockopt) ----
// TCP_KEEPIDLE: 1..MAX_TCP_KEEPIDLE, TCP_KEEPINTVL: 1..MAX_TCP_KEEPINTVL,
// TCP_KEEPCNT: 1..MAX_TCP_KEEPCNT (include/net/tcp.h).
inline constexpr int kSocketIdleMin = 1;
inline constexpr int kSocketIdleMax = 32767;
inline constexpr int kSocketIntervalMin = 1;
inline constexpr int kSocketIntervalMax = 32767;
inline constexpr int kSocketCountMin = 1;
inline constexpr int kSocketCountMax = 127;
// TCP_USER_TIMEOUT: any non-negative int, in milliseconds; 0 means "not set".
inline constexpr int kUserTimeoutMin = 0;
inline constexpr int kUserTimeoutMax = 2147483647;

} // namespace kt::limits
