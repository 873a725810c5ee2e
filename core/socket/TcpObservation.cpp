#include "socket/TcpObservation.h"

#include "socket/ErrnoText.h"

#include <cerrno>
#include <linux/tcp.h> // the kernel's struct tcp_info; glibc's copy lacks the segment counters
#include <netinet/in.h>
#include <sys/socket.h>

namespace kt {

QString tcpStateName(int state)
{
    // The order of enum tcp_state in include/net/tcp_states.h.
    static const char *const names[] = {
        "UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",    "TIME_WAIT",
        "CLOSE",   "CLOSE_WAIT",  "LAST_ACK", "LISTEN",   "CLOSING",   "NEW_SYN_RECV",
    };
    if (state < 0 || state >= int(std::size(names)))
        return QStringLiteral("state %1").arg(state);
    return QString::fromLatin1(names[state]);
}

QString timerName(KernelTimer timer)
{
    switch (timer) {
    case KernelTimer::None:
        return QStringLiteral("none");
    case KernelTimer::Retransmit:
        return QStringLiteral("retransmit");
    case KernelTimer::KeepAlive:
        return QStringLiteral("keep-alive");
    case KernelTimer::TimeWait:
        return QStringLiteral("TIME_WAIT");
    case KernelTimer::ZeroWindowProbe:
        return QStringLiteral("zero-window probe");
    }
    return QStringLiteral("timer %1").arg(int(timer));
}

bool readTcpInfo(int fd, TcpObservation &out, QString *error)
{
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0) {
        if (error)
            *error = QStringLiteral("TCP_INFO: %1").arg(errnoText(errno));
        out.tcpInfoValid = false;
        return false;
    }
    out.tcpInfoValid = true;
    out.state = info.tcpi_state;
    out.probes = info.tcpi_probes;
    out.lastDataRecvMs = info.tcpi_last_data_recv;
    out.lastAckRecvMs = info.tcpi_last_ack_recv;
    out.rttMs = info.tcpi_rtt / 1000.0;
    out.unacked = info.tcpi_unacked;
    // Kernels before 4.2 return a shorter struct; the counters then stay 0.
    if (length >= offsetof(tcp_info, tcpi_data_segs_out) + sizeof info.tcpi_data_segs_out) {
        out.segsOut = info.tcpi_segs_out;
        out.segsIn = info.tcpi_segs_in;
        out.dataSegsOut = info.tcpi_data_segs_out;
        out.dataSegsIn = info.tcpi_data_segs_in;
    }
    out.bytesAckedValid =
        length >= offsetof(tcp_info, tcpi_bytes_acked) + sizeof info.tcpi_bytes_acked;
    if (out.bytesAckedValid)
        out.bytesAcked = info.tcpi_bytes_acked;
    return true;
}

} // namespace kt
