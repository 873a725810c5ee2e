#pragma once

#include "socket/TcpObservation.h"

#include <QString>

#include <sys/socket.h>

struct mnl_socket;

namespace kt {

// Asks the kernel about one TCP socket through NETLINK_SOCK_DIAG (inet_diag),
// which TCP_INFO does not tell: which timer is pending, when it fires, and
// the timer's counter (for keep-alive: the probes sent so far). The netlink
// socket is non-blocking; the kernel answers a single-socket request while
// handling sendmsg() (sock_diag_rcv runs in the sender's context), so the
// reply is already queued when we read it and nothing ever waits.
class SockDiag
{
public:
    SockDiag();
    ~SockDiag();
    SockDiag(const SockDiag &) = delete;
    SockDiag &operator=(const SockDiag &) = delete;

    // Looks up the socket with these two endpoints (as getsockname() and
    // getpeername() give them) and fills the diag fields of `out`. Returns
    // false with a message when the socket is gone or the kernel refused.
    bool query(const sockaddr_storage &local, const sockaddr_storage &remote, TcpObservation &out,
               QString *error);

private:
    mnl_socket *m_socket = nullptr;
    unsigned m_portId = 0;
    unsigned m_sequence = 0;
    QString m_openError;
};

} // namespace kt
