#pragma once

#include <QString>

namespace kt {

// The kernel's timer kinds as inet_diag reports them in idiag_timer
// (net/ipv4/inet_diag.c, inet_sk_diag_fill).
enum class KernelTimer
{
    None = 0,
    Retransmit = 1, // also the loss probe and the reorder timeout
    KeepAlive = 2,
    TimeWait = 3,
    ZeroWindowProbe = 4,
};

// One look at a connection from the kernel's side, at one moment.
struct TcpObservation
{
    qint64 atMs = 0; // milliseconds since the connection was established

    // From getsockopt(TCP_INFO).
    bool tcpInfoValid = false;
    int state = 0;             // tcpi_state (TCP_ESTABLISHED, …)
    int probes = 0;            // tcpi_probes: unanswered keep-alive / zero-window probes
    qint64 lastDataRecvMs = 0; // tcpi_last_data_recv
    qint64 lastAckRecvMs = 0;  // tcpi_last_ack_recv
    double rttMs = 0;          // tcpi_rtt (µs in the kernel)
    quint32 segsOut = 0;       // tcpi_segs_out: every segment, probes included
    quint32 segsIn = 0;
    quint32 dataSegsOut = 0;
    quint32 dataSegsIn = 0;
    quint32 unacked = 0; // tcpi_unacked: segments sent and not yet acknowledged
    // tcpi_bytes_acked (kernel 4.1+): every byte the peer has acknowledged.
    // Unlike tcpi_unacked it survives the end of the connection (a reset
    // purges the write queue and zeroes unacked), so "was this payload
    // acknowledged?" can still be asked after an RST.
    bool bytesAckedValid = false;
    quint64 bytesAcked = 0;

    // From NETLINK_SOCK_DIAG (inet_diag).
    bool diagValid = false;
    KernelTimer timer = KernelTimer::None; // idiag_timer
    qint64 timerExpiresMs = 0;             // idiag_expires: until the timer fires
    int timerCounter = 0; // idiag_retrans: for the keep-alive timer, the probes sent

    // Milliseconds since the last segment was received, the quantity the
    // keep-alive timer measures (keepalive_time_elapsed(): the later of the
    // last ACK and the last data).
    qint64 sinceLastReceiveMs() const
    {
        return lastDataRecvMs < lastAckRecvMs ? lastDataRecvMs : lastAckRecvMs;
    }
    // Unanswered probes: sock_diag's counter when the keep-alive timer is
    // pending, TCP_INFO's otherwise (both are icsk_probes_out).
    int unansweredProbes() const
    {
        return diagValid && timer == KernelTimer::KeepAlive ? timerCounter : probes;
    }
    // Segments sent that carried no data: pure ACKs and keep-alive probes.
    quint32 controlSegsOut() const { return segsOut - dataSegsOut; }
};

QString tcpStateName(int state);      // "ESTABLISHED"
QString timerName(KernelTimer timer); // "keep-alive"

// Reads TCP_INFO for `fd` into `out`; false (and a message) if it cannot.
bool readTcpInfo(int fd, TcpObservation &out, QString *error);

} // namespace kt
