#pragma once

#include <array>
#include <string_view>

namespace kt::helper {

// The compiled-in allowlist of what the privileged helper may touch: the three
// keep-alive sysctls, each mapped to its /proc/sys path here, so nothing a
// caller passes ever becomes a path. Plain C++ (no Qt): this is linked into the
// root-running helper.
struct HelperKey
{
    std::string_view name;     // as sysctl spells it: net.ipv4.tcp_keepalive_time
    std::string_view procPath; // relative to the /proc/sys root
    long long min;
    long long max;
    long long kernelDefault;
};

// Ranges: net/ipv4/sysctl_net_ipv4.c. The times use proc_dointvec_jiffies,
// which refuses seconds above INT_MAX / HZ; 2147483 is accepted with any HZ up
// to 1000. The probe count is a u8 (proc_dou8vec_minmax); 0 would abort at the
// first timer, so the helper starts at 1. Defaults: include/net/tcp.h.
inline constexpr std::array<HelperKey, 3> kHelperKeys{{
    {"net.ipv4.tcp_keepalive_time", "net/ipv4/tcp_keepalive_time", 1, 2147483, 7200},
    {"net.ipv4.tcp_keepalive_intvl", "net/ipv4/tcp_keepalive_intvl", 1, 2147483, 75},
    {"net.ipv4.tcp_keepalive_probes", "net/ipv4/tcp_keepalive_probes", 1, 255, 9},
}};

// The allowlisted key with this exact name, or nullptr.
const HelperKey *findHelperKey(std::string_view name);

} // namespace kt::helper
