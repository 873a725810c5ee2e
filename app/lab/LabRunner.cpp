#include "app/lab/LabRunner.h"

#include "lab/LoopbackCapture.h"
#include "lab/Nftables.h"
#include "lab/StagedMiddlebox.h"
#include "lab/UserNamespace.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace kt::lab {

namespace {

constexpr std::uint8_t kFin = 0x01;
constexpr std::uint8_t kRst = 0x04;
constexpr std::uint8_t kPsh = 0x08;
constexpr std::uint8_t kAck = 0x10;

// ---- JSON lines ----

std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string number(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", value);
    return buf;
}

void emit(const std::string &line)
{
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void emitEvent(double t, const char *kind, int probe)
{
    emit(std::string("{\"type\":\"event\",\"t\":") + number(t) + ",\"kind\":\"" + kind +
         "\",\"probe\":" + std::to_string(probe) + "}");
}

void emitOutcome(const char *kind, double t, const std::string &error)
{
    emit(std::string("{\"type\":\"outcome\",\"kind\":\"") + kind + "\",\"t\":" + number(t) +
         ",\"error\":" + jsonString(error) + "}");
}

// ---- small helpers ----

bool parseInt(const char *text, int min, int max, int &out)
{
    char *end = nullptr;
    errno = 0;
    const long v = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < min || v > max)
        return false;
    out = int(v);
    return true;
}

bool parseDouble(const char *text, double min, double max, double &out)
{
    char *end = nullptr;
    errno = 0;
    const double v = std::strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !std::isfinite(v) || v < min || v > max)
        return false;
    out = v;
    return true;
}

bool setInt(int fd, int level, int option, int value)
{
    return setsockopt(fd, level, option, &value, sizeof value) == 0;
}

std::uint16_t localPort(int fd)
{
    sockaddr_in a{};
    socklen_t len = sizeof a;
    getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    return ntohs(a.sin_port);
}

const char *errnoName(int error)
{
    switch (error) {
    case ETIMEDOUT:
        return "ETIMEDOUT";
    case ECONNRESET:
        return "ECONNRESET";
    case EPIPE:
        return "EPIPE";
    case ECONNREFUSED:
        return "ECONNREFUSED";
    case EHOSTUNREACH:
        return "EHOSTUNREACH";
    default:
        return "";
    }
}

// ---- the experiment ----

class Experiment
{
public:
    explicit Experiment(const RunnerOptions &options)
        : m_o(options)
    {}
    ~Experiment()
    {
        for (int fd : {m_listenFd, m_clientFd, m_peerFd})
            if (fd >= 0)
                close(fd);
    }

    int run();

private:
    bool failed(const std::string &message)
    {
        m_error = message;
        return false;
    }
    bool failedErrno(const char *what)
    {
        return failed(std::string(what) + ": " + std::strerror(errno));
    }
    bool configure();
    bool connectPair();
    bool sendLastSegment();
    bool dropPeer(bool spareLastByte);
    bool restartPeer();
    bool sendClientData();
    void handleSegment(const CapturedSegment &s);
    double now() const { return realtimeNowS() - m_t0; }

    const RunnerOptions &m_o;
    std::string m_error;
    Nftables m_nft;
    std::unique_ptr<LoopbackCapture> m_capture;
    int m_listenFd = -1;
    int m_clientFd = -1;
    int m_peerFd = -1;
    std::uint16_t m_peerPort = 0;
    std::uint16_t m_clientPort = 0;
    double m_t0 = 0;
    std::uint32_t m_probeSeq = 0; // keep-alive probes carry snd_una - 1
    std::uint32_t m_dataSeq = 0;  // the client's data, once sent
    bool m_dataSent = false;
    bool m_dataSeen = false;
    int m_probes = 0;
    int m_acks = 0;
    int m_retransmits = 0;
    bool m_rstSent = false;
    bool m_rstReceived = false;
};

bool Experiment::configure()
{
    std::string error;
    // The sandbox's own values; the host's are never touched. The socket
    // options below are what the client really uses; the sysctls make the
    // namespace agree with them.
    if (!writeSandboxSysctl("net.ipv4.tcp_keepalive_time", m_o.idleS, error) ||
        !writeSandboxSysctl("net.ipv4.tcp_keepalive_intvl", m_o.intervalS, error) ||
        !writeSandboxSysctl("net.ipv4.tcp_keepalive_probes", m_o.count, error) ||
        !writeSandboxSysctl("net.ipv4.tcp_retries2", m_o.retries2, error) ||
        // No tail loss probe (tcp_schedule_loss_probe() runs only for 3 and 4):
        // retransmissions then follow the retransmission timer alone, as the
        // model has them.
        !writeSandboxSysctl("net.ipv4.tcp_early_retrans", 0, error))
        return failed(error);
    // A stateful middlebox whose drops happen on input (StagedMiddlebox.h).
    if (m_o.scenario == LabScenarioId::Middlebox &&
        !stageMiddlebox(m_nft, m_o.middleboxTimeoutS, ForgottenFlow::Drop, error))
        return failed(error);
    // Where the peer's packets are dropped when its cable is pulled.
    if (!m_nft.run("add table inet kt_lab\n"
                   "add chain inet kt_lab output { type filter hook output priority 0; "
                   "policy accept; }\n",
                   error))
        return failed(error);
    return true;
}

bool Experiment::connectPair()
{
    m_capture = std::make_unique<LoopbackCapture>();
    if (!m_capture->isOpen()) {
        errno = m_capture->error();
        return failedErrno("AF_PACKET capture on lo");
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    m_listenFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0 || bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        listen(m_listenFd, 1) != 0)
        return failedErrno("listen on 127.0.0.1");
    m_peerPort = localPort(m_listenFd);
    addr.sin_port = htons(m_peerPort);
    m_clientFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_clientFd < 0 || !setInt(m_clientFd, SOL_SOCKET, SO_KEEPALIVE, 1) ||
        !setInt(m_clientFd, IPPROTO_TCP, TCP_KEEPIDLE, m_o.idleS) ||
        !setInt(m_clientFd, IPPROTO_TCP, TCP_KEEPINTVL, m_o.intervalS) ||
        !setInt(m_clientFd, IPPROTO_TCP, TCP_KEEPCNT, m_o.count) ||
        !setInt(m_clientFd, IPPROTO_TCP, TCP_USER_TIMEOUT, m_o.userTimeoutMs))
        return failedErrno("client socket options");
    if (connect(m_clientFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return failedErrno("connect over loopback");
    m_peerFd = accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (m_peerFd < 0)
        return failedErrno("accept");
    m_clientPort = localPort(m_clientFd);
    return true;
}

// The peer sends one byte: the last segment the client receives, t = 0.
bool Experiment::sendLastSegment()
{
    char byte = 'k';
    if (send(m_peerFd, &byte, 1, 0) != 1 || recv(m_clientFd, &byte, 1, 0) != 1)
        return failedErrno("one byte from the peer");
    while (auto s = m_capture->next(1000)) {
        if (s->sourcePort == m_peerPort && s->destPort == m_clientPort && s->payload == 1) {
            m_t0 = s->timeS;
            m_probeSeq = s->ack - 1;
            emit("{\"type\":\"start\"}");
            return true;
        }
    }
    return failed("the peer's byte was not seen on lo");
}

// Every packet of the peer is dropped before it leaves: the cable is pulled.
// `spareLastByte`: the rule goes in before the peer's last byte, which
// carries PSH and still passes, so there is no race with the idle timer.
bool Experiment::dropPeer(bool spareLastByte)
{
    std::string error;
    const std::string rule = "add rule inet kt_lab output tcp sport " + std::to_string(m_peerPort) +
                             " tcp dport " + std::to_string(m_clientPort) +
                             (spareLastByte ? " tcp flags & psh == 0" : "") + " drop\n";
    return m_nft.run(rule, error) || failed(error);
}

// The peer's host reboots: its socket vanishes and the RST that closing it
// sends is dropped, so the client hears nothing; then the rule goes, and the
// next segment the client sends meets a port with no socket, which answers
// with an RST (tcp_v4_send_reset()).
bool Experiment::restartPeer()
{
    // Wait for the client's ACK of the byte, so no late ACK meets the closed
    // port (and is answered with an RST) before the first probe.
    const double deadline = realtimeNowS() + 0.5;
    while (realtimeNowS() < deadline) {
        const auto s = m_capture->next(50);
        if (s && s->sourcePort == m_clientPort && s->destPort == m_peerPort && (s->flags & kAck) &&
            s->payload == 0)
            break;
    }
    const linger abortive{1, 0};
    setsockopt(m_peerFd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    close(m_peerFd);
    m_peerFd = -1;
    close(m_listenFd);
    m_listenFd = -1;
    std::string error;
    return m_nft.run("flush chain inet kt_lab output\n", error) || failed(error);
}

bool Experiment::sendClientData()
{
    static const char data[] = "keepalive-tuner lab: data after the idle time";
    if (send(m_clientFd, data, sizeof data - 1, MSG_NOSIGNAL) < 0)
        return failedErrno("the client's data");
    m_dataSent = true;
    return true;
}

void Experiment::handleSegment(const CapturedSegment &s)
{
    if (s.timeS < m_t0)
        return;
    const double t = s.timeS - m_t0;
    if (s.sourcePort == m_clientPort && s.destPort == m_peerPort) {
        if (s.flags & kRst) {
            m_rstSent = true;
            emitEvent(t, "rst_sent", 0);
        } else if (s.payload > 1 || (m_dataSent && s.payload > 0 && s.seq != m_probeSeq)) {
            if (!m_dataSeen) {
                m_dataSeen = true;
                m_dataSeq = s.seq;
                emitEvent(t, "data_sent", 0);
            } else if (s.seq == m_dataSeq) {
                emitEvent(t, "retransmit", ++m_retransmits);
            }
        } else if (s.seq == m_probeSeq && s.payload <= 1 && !(s.flags & kFin)) {
            emitEvent(t, "probe", ++m_probes);
        }
    } else if (s.sourcePort == m_peerPort && s.destPort == m_clientPort) {
        if (s.flags & kRst) {
            m_rstReceived = true;
            emitEvent(t, "rst_received", 0);
        } else if (s.payload == 0 && m_acks < m_probes && !m_dataSeen) {
            emitEvent(t, "ack", ++m_acks);
        }
    }
}

int Experiment::run()
{
    const bool middlebox = m_o.scenario == LabScenarioId::Middlebox;
    const bool deadAtOnce = (m_o.scenario == LabScenarioId::DeadPeer && m_o.afterS <= 0) ||
                            m_o.scenario == LabScenarioId::PeerRestarted ||
                            m_o.scenario == LabScenarioId::DataInFlight;
    if (!configure() || !connectPair() || (deadAtOnce && !dropPeer(true)) || !sendLastSegment()) {
        printError("setup", m_error, {});
        return RunnerExitFailed;
    }
    if (m_o.scenario == LabScenarioId::PeerRestarted && !restartPeer()) {
        printError("setup", m_error, {});
        return RunnerExitFailed;
    }
    if (m_o.scenario == LabScenarioId::DataInFlight && !sendClientData()) {
        printError("setup", m_error, {});
        return RunnerExitFailed;
    }

    bool peerDropped = deadAtOnce;
    bool delivered = false;
    int socketError = 0;
    double errorAt = -1;
    double deliveredAt = -1;
    double sentAt = -1;
    while (true) {
        const double t = now();
        if (t >= m_o.untilS)
            break;
        // After the error, only the client's RST may still be on its way.
        if (errorAt >= 0 && (m_rstSent || m_rstReceived || t > errorAt + 0.2))
            break;
        if (delivered)
            break;
        double next = m_o.untilS;
        if (m_o.scenario == LabScenarioId::DeadPeer && !peerDropped) {
            if (t >= m_o.afterS) {
                if (!dropPeer(false)) {
                    printError("setup", m_error, {});
                    return RunnerExitFailed;
                }
                peerDropped = true;
                continue;
            }
            next = std::min(next, m_o.afterS);
        }
        if (middlebox && !m_dataSent) {
            if (t >= m_o.sendAfterS) {
                sentAt = t;
                if (!sendClientData()) {
                    printError("setup", m_error, {});
                    return RunnerExitFailed;
                }
                continue;
            }
            next = std::min(next, m_o.sendAfterS);
        }
        pollfd fds[3] = {{m_capture->fd(), POLLIN, 0},
                         {m_clientFd, POLLERR | POLLHUP, 0},
                         {m_peerFd, POLLIN, 0}};
        const nfds_t n = errorAt >= 0 ? 1 : (middlebox && m_dataSent ? 3 : 2);
        const int waitMs = std::clamp(int(std::ceil((next - t) * 1000.0)), 1, 100);
        if (poll(fds, n, waitMs) < 0 && errno != EINTR) {
            m_error = std::string("poll: ") + std::strerror(errno);
            printError("setup", m_error, {});
            return RunnerExitFailed;
        }
        if (fds[0].revents & POLLIN) {
            while (auto s = m_capture->readOne())
                handleSegment(*s);
        }
        if (errorAt < 0 && n >= 2 && (fds[1].revents & (POLLERR | POLLHUP))) {
            errorAt = now();
            socklen_t len = sizeof socketError;
            getsockopt(m_clientFd, SOL_SOCKET, SO_ERROR, &socketError, &len);
        }
        if (n >= 3 && (fds[2].revents & POLLIN)) {
            char buf[256];
            if (recv(m_peerFd, buf, sizeof buf, MSG_DONTWAIT) > 0) {
                deliveredAt = now();
                delivered = true;
                emitEvent(deliveredAt, "data_delivered", 0);
            }
        }
    }
    // Whatever the capture still holds.
    while (auto s = m_capture->readOne())
        handleSegment(*s);

    const std::string errorName = socketError ? errnoName(socketError) : "";
    if (middlebox) {
        if (delivered)
            emitOutcome("survived", deliveredAt, errorName);
        else
            emitOutcome("cut", sentAt >= 0 ? sentAt : errorAt, errorName);
    } else if (socketError == ETIMEDOUT) {
        emitOutcome("etimedout", errorAt, errorName);
    } else if (socketError == ECONNRESET) {
        emitOutcome("econnreset", errorAt, errorName);
    } else if (socketError != 0) {
        emitOutcome("error", errorAt, std::strerror(socketError));
    } else {
        emitOutcome("survived", now(), errorName);
    }
    return RunnerExitOk;
}

} // namespace

bool parseRunnerArguments(int argc, char *argv[], RunnerOptions &o, std::string &error)
{
    if (argc < 2) {
        error = "no scenario given";
        return false;
    }
    const auto scenario = labScenarioFromName(argv[1]);
    if (!scenario) {
        error = std::string("unknown scenario \"") + argv[1] + "\"";
        return false;
    }
    o.scenario = *scenario;
    for (int i = 2; i < argc; i += 2) {
        const std::string name = argv[i];
        if (i + 1 >= argc) {
            error = name + " needs a value";
            return false;
        }
        const char *v = argv[i + 1];
        bool ok = false;
        if (name == "--idle")
            ok = parseInt(v, 1, 32767, o.idleS);
        else if (name == "--interval")
            ok = parseInt(v, 1, 32767, o.intervalS);
        else if (name == "--count")
            ok = parseInt(v, 1, 127, o.count);
        else if (name == "--user-timeout")
            ok = parseInt(v, 0, 2147483647, o.userTimeoutMs);
        else if (name == "--after")
            ok = parseDouble(v, 0, 1e6, o.afterS);
        else if (name == "--middlebox-timeout")
            ok = parseInt(v, 1, 2147483, o.middleboxTimeoutS);
        else if (name == "--send-after")
            ok = parseDouble(v, 0, 1e6, o.sendAfterS);
        else if (name == "--retries2")
            ok = parseInt(v, 1, 255, o.retries2);
        else if (name == "--until")
            ok = parseDouble(v, 0.1, 1e6, o.untilS);
        else {
            error = "unknown option " + name;
            return false;
        }
        if (!ok) {
            error = "bad value for " + name + ": " + v;
            return false;
        }
    }
    return true;
}

void printError(const char *stage, const std::string &message, const std::string &setting)
{
    emit(std::string("{\"type\":\"error\",\"stage\":\"") + stage +
         "\",\"message\":" + jsonString(message) + ",\"setting\":" + jsonString(setting) + "}");
}

int runExperiment(const RunnerOptions &options)
{
    emit(std::string("{\"type\":\"sandbox\",\"user_namespace\":true,\"netns_inode\":") +
         std::to_string(netNamespaceInode()) + "}");
    Experiment experiment(options);
    return experiment.run();
}

} // namespace kt::lab
