#pragma once

#include <cstdint>
#include <optional>

namespace kt::lab {

// One TCP/IPv4 segment seen on the loopback interface.
struct CapturedSegment
{
    double timeS = 0; // kernel receive timestamp, CLOCK_REALTIME seconds
    std::uint16_t sourcePort = 0;
    std::uint16_t destPort = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t flags = 0; // TH_FIN 0x01, TH_SYN 0x02, TH_RST 0x04, TH_PSH 0x08, TH_ACK 0x10
    int payload = 0;        // bytes of TCP payload
};

// Captures TCP segments on "lo" with an AF_PACKET socket (needs CAP_NET_RAW,
// which a private network namespace gives us). Loopback shows every packet
// twice, leaving and arriving; only the leaving copy is kept, so a segment
// dropped by an output filter rule is never seen, and one dropped on input
// is. Plain C++ (no Qt): the lab runner captures with it inside its sandbox,
// and the real-kernel tests use it in theirs.
class LoopbackCapture
{
public:
    LoopbackCapture();
    ~LoopbackCapture();
    LoopbackCapture(const LoopbackCapture &) = delete;
    LoopbackCapture &operator=(const LoopbackCapture &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    int error() const { return m_errno; }
    int fd() const { return m_fd; }

    // The next TCP segment, waiting up to timeoutMs; empty on timeout.
    std::optional<CapturedSegment> next(int timeoutMs);
    // Reads one packet that poll() reported; empty when it is not TCP/IPv4
    // or is the arriving copy.
    std::optional<CapturedSegment> readOne();

private:
    int m_fd = -1;
    int m_errno = 0;
};

// CLOCK_REALTIME now, in seconds, comparable with CapturedSegment::timeS.
double realtimeNowS();

} // namespace kt::lab
