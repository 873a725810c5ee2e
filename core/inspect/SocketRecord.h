#pragma once

// Plain C++ (no Qt): the read-only helper, keepalive-tuner-inspect, compiles
// this folder's plain part too (see core/CMakeLists.txt,
// keepalive_inspect_core).

#include <cstdint>
#include <string>
#include <vector>

namespace kt::inspect {

// One end of a connection as inet_diag reports it: the address in network
// byte order (4 bytes used for AF_INET), the port in host byte order.
struct Endpoint
{
    std::uint8_t family = 0; // AF_INET or AF_INET6
    std::uint8_t address[16] = {};
    std::uint16_t port = 0;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

// Whether the socket's own options could be read, and if not, why.
enum class OptionsStatus : std::uint8_t
{
    NotTried = 0,     // no owner found (another user's process as a normal user, a
                      // kernel socket, or a process that ended meanwhile)
    Read = 1,         // read back through pidfd_getfd + getsockopt
    NotPermitted = 2, // the owner is known but the kernel refused (EPERM): it needs
                      // administrator rights
};

// The socket's effective keep-alive options as getsockopt reads them back.
// Without TCP_KEEPIDLE & co. set on the socket the kernel returns the network
// namespace's sysctl values (tcp_keepalive_time(), include/net/tcp.h).
struct SocketOptions
{
    bool keepalive = false; // SO_KEEPALIVE
    int idleS = 0;          // TCP_KEEPIDLE
    int intervalS = 0;      // TCP_KEEPINTVL
    int count = 0;          // TCP_KEEPCNT
    int userTimeoutMs = 0;  // TCP_USER_TIMEOUT
    friend bool operator==(const SocketOptions &, const SocketOptions &) = default;
};

// One TCP socket of the network namespace: the dump's fields, its owner and
// its options. Plain numbers only, so a dump of 40 000 sockets allocates one
// vector and nothing per socket.
struct SocketRecord
{
    // inet_diag's socket cookie: unique for the socket's lifetime, the key
    // that follows a connection from one refresh to the next.
    std::uint64_t cookie = 0;
    std::uint32_t inode = 0; // the socket's inode: "socket:[inode]" in /proc/PID/fd
    std::uint32_t uid = 0;   // the socket's owner uid (idiag_uid)
    Endpoint local;
    Endpoint remote;
    std::uint8_t state = 0; // enum tcp_state (include/net/tcp_states.h)
    // idiag_timer: 0 none, 1 retransmit, 2 keep-alive, 3 TIME_WAIT, 4
    // zero-window probe (net/ipv4/inet_diag.c, inet_sk_diag_fill).
    std::uint8_t timer = 0;
    std::uint8_t timerCounter = 0;    // idiag_retrans: probes sent for keep-alive
    std::uint32_t timerExpiresMs = 0; // idiag_expires

    // INET_DIAG_INFO (struct tcp_info).
    bool infoValid = false;
    std::uint8_t probes = 0;          // tcpi_probes
    std::uint8_t backoff = 0;         // tcpi_backoff
    std::uint32_t lastDataRecvMs = 0; // tcpi_last_data_recv
    std::uint32_t lastAckRecvMs = 0;  // tcpi_last_ack_recv
    std::uint32_t rttUs = 0;          // tcpi_rtt
    std::uint32_t unacked = 0;        // tcpi_unacked

    // The owner, from /proc/*/fd; -1 when not found.
    std::int32_t pid = -1;
    std::int32_t fd = -1;
    std::int32_t process = -1; // index into InspectResult::processes

    OptionsStatus optionsStatus = OptionsStatus::NotTried;
    SocketOptions options;

    // Milliseconds since the last segment received, what the keep-alive timer
    // measures (keepalive_time_elapsed(): the later of last ACK and last data).
    std::uint32_t sinceLastReceiveMs() const
    {
        return lastDataRecvMs < lastAckRecvMs ? lastDataRecvMs : lastAckRecvMs;
    }
};

// A process that owns at least one of the listed sockets.
struct ProcessRecord
{
    std::int32_t pid = 0;
    std::uint32_t uid = 0; // the owner of /proc/PID
    std::string command;   // /proc/PID/comm, without the newline
};

struct InspectResult
{
    std::vector<SocketRecord> sockets; // sorted by cookie
    std::vector<ProcessRecord> processes;
    std::uint64_t elapsedNs = 0; // the whole refresh, dump to last option
    // Its parts, for the benchmark: the dump, the /proc scan, the options.
    std::uint64_t dumpNs = 0;
    std::uint64_t ownersNs = 0;
    std::uint64_t optionsNs = 0;
};

} // namespace kt::inspect
