#pragma once

// Plain C++ (no Qt): see SocketRecord.h.

#include "inspect/SocketRecord.h"

#include <functional>
#include <string>

namespace kt::inspect {

// Bit masks of enum tcp_state for InspectRequest::states.
constexpr std::uint32_t stateBit(int state)
{
    return 1U << unsigned(state);
}
// What `ss` lists without a state filter: every state but LISTEN, CLOSE,
// TIME_WAIT and SYN_RECV (iproute2 misc/ss.c, SS_CONN).
constexpr std::uint32_t kConnectedStates =
    0xFFFU & ~(stateBit(10) | stateBit(7) | stateBit(6) | stateBit(3) | stateBit(0));

struct InspectRequest
{
    std::uint32_t states = kConnectedStates;
    bool owners = true;  // find the owning processes under /proc
    bool options = true; // read the options through pidfd_getfd
    // Where the owners are searched (tests point it elsewhere only to break it).
    std::string procRoot = "/proc";
    // Called after the dump and the owner scan, before the options are read;
    // tests close a socket here to see that one vanishing meanwhile is
    // skipped cleanly.
    std::function<void()> beforeOptionRead;
};

// Every TCP socket (IPv4 and IPv6) of this network namespace in the chosen
// states, from one NETLINK_SOCK_DIAG dump with INET_DIAG_INFO; then, when
// asked, their owners from one pass over /proc/*/fd (only the dumped inodes
// are looked up), then each owner's sockets' options through one pidfd per
// process: pidfd_getfd duplicates the socket, getsockopt reads SO_KEEPALIVE,
// TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT and TCP_USER_TIMEOUT, and the
// duplicate is closed at once. Nothing about the sockets changes.
//
// A socket that is gone by the time its options are read (closed, or its fd
// number reused for something else) is left out of the result. Where the
// kernel does not permit the read the status says so and the options stay
// zero, never guessed. False with `error` only when the dump itself fails.
bool inspectConnections(const InspectRequest &request, InspectResult &result, std::string &error);

// The socket inode that /proc/PID/fd/N's link names ("socket:[12345]"), or 0.
std::uint32_t parseSocketLink(const char *link, std::size_t length);

} // namespace kt::inspect
