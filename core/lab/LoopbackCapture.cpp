#include "lab/LoopbackCapture.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kt::lab {

double realtimeNowS()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

LoopbackCapture::LoopbackCapture()
{
    m_fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(ETH_P_ALL));
    if (m_fd < 0) {
        m_errno = errno;
        return;
    }
    sockaddr_ll addr{};
    addr.sll_family = AF_PACKET;
    addr.sll_protocol = htons(ETH_P_ALL);
    addr.sll_ifindex = int(if_nametoindex("lo"));
    const int on = 1;
    if (addr.sll_ifindex == 0 ||
        bind(m_fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0 ||
        setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) != 0) {
        m_errno = errno;
        close(m_fd);
        m_fd = -1;
    }
}

LoopbackCapture::~LoopbackCapture()
{
    if (m_fd >= 0)
        close(m_fd);
}

std::optional<CapturedSegment> LoopbackCapture::next(int timeoutMs)
{
    const double deadline = realtimeNowS() + timeoutMs / 1000.0;
    while (true) {
        const int left = int((deadline - realtimeNowS()) * 1000.0);
        if (left <= 0)
            return std::nullopt;
        pollfd p{m_fd, POLLIN, 0};
        if (poll(&p, 1, left) <= 0)
            return std::nullopt;
        if (auto segment = readOne())
            return segment;
    }
}

std::optional<CapturedSegment> LoopbackCapture::readOne()
{
    unsigned char frame[2048];
    alignas(cmsghdr) char control[256];
    sockaddr_ll from{};
    iovec iov{frame, sizeof frame};
    msghdr msg{};
    msg.msg_name = &from;
    msg.msg_namelen = sizeof from;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t n = recvmsg(m_fd, &msg, MSG_DONTWAIT);
    if (n <= 0 || from.sll_pkttype != PACKET_OUTGOING)
        return std::nullopt;
    CapturedSegment s;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
            timespec ts{};
            std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
            s.timeS = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
        }
    }
    // Loopback frames carry a 14-byte Ethernet header with zero addresses.
    const size_t len = size_t(n);
    if (len < 14 + 20 || std::uint16_t(frame[12] << 8 | frame[13]) != ETH_P_IP)
        return std::nullopt;
    const unsigned char *ip = frame + 14;
    const size_t ipHeader = size_t(ip[0] & 0x0f) * 4;
    const size_t ipTotal = size_t(ip[2]) << 8 | ip[3];
    if ((ip[0] >> 4) != 4 || ip[9] != IPPROTO_TCP || 14 + ipHeader + 20 > len)
        return std::nullopt;
    const unsigned char *tcp = ip + ipHeader;
    const auto be16 = [](const unsigned char *b) {
        return std::uint16_t(b[0] << 8 | b[1]);
    };
    const auto be32 = [](const unsigned char *b) {
        return std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 | std::uint32_t(b[2]) << 8 |
               std::uint32_t(b[3]);
    };
    s.sourcePort = be16(tcp);
    s.destPort = be16(tcp + 2);
    s.seq = be32(tcp + 4);
    s.ack = be32(tcp + 8);
    const size_t tcpHeader = size_t(tcp[12] >> 4) * 4;
    s.flags = tcp[13];
    s.payload = int(ipTotal) - int(ipHeader) - int(tcpHeader);
    if (s.timeS == 0)
        s.timeS = realtimeNowS();
    return s;
}

} // namespace kt::lab
