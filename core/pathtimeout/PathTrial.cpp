#include "pathtimeout/PathTrial.h"

#include "socket/SockAddr.h"
#include "socket/SocketOptions.h"
#include "socket/Target.h"
#include "socket/TcpObservation.h"

#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kt::pathtimeout {

namespace {

// Data the server sends this soon after the connect is its greeting (an SSH
// or SMTP banner): drained, and the idle clock starts after it, because a
// middlebox's timer restarts on every packet. Data later than this means the
// server talks on its own, and the connection is never idle.
constexpr qint64 kGreetingWindowMs = 10000;
// How often TCP_INFO is read while the payload waits for its
// acknowledgement: a server that acknowledges without answering makes no
// socket event, and 10 ms is well below what the detail rounds to.
constexpr int kAckPollMs = 10;
// After the acknowledgement, how long to wait for the server's answer (or
// close), only to describe it; the verdict is already in.
constexpr int kSettleMs = 300;
// The kernel gives up at the user timeout; should it say nothing at all for
// this much longer, the trial ends without a verdict rather than hang.
constexpr int kDeadlineSlackMs = 5000;

} // namespace

PathTrial::PathTrial(const Trial &trial, const QHostAddress &address, quint16 port,
                     const QByteArray &payload, int userTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_trial(trial)
    , m_address(address)
    , m_port(port)
    , m_payload(payload)
    , m_userTimeoutMs(userTimeoutMs)
{
    for (QTimer *t : {&m_connectTimer, &m_idleTimer, &m_deadlineTimer, &m_settleTimer})
        t->setSingleShot(true);
    // The idle is the measurement: a coarse timer may fire 5 % late.
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.setInterval(kAckPollMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        m_trial.endMs = kConnectTimeoutMs;
        fail(TrialEnd::ConnectTimeout, ETIMEDOUT);
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &PathTrial::onIdleTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &PathTrial::poll);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        m_trial.endMs = msSinceSent();
        finish(TrialOutcome::Failed, TrialEnd::NoVerdict);
    });
    connect(&m_settleTimer, &QTimer::timeout, this,
            [this] { finish(TrialOutcome::Survived, TrialEnd::Quiet); });
}

PathTrial::~PathTrial()
{
    closeSocket();
}

QString PathTrial::where() const
{
    return Target{m_address.toString(), m_port}.display();
}

double PathTrial::idleSoFarS() const
{
    if (m_connectedAtMs < 0)
        return 0;
    if (m_phase == Phase::Idle)
        return double(m_clock.elapsed() - m_lastPacketAtMs) / 1000.0;
    return m_trial.idleReachedS;
}

double PathTrial::msSinceSent() const
{
    return m_sentAtMs < 0 ? 0 : double(m_clock.elapsed() - m_sentAtMs);
}

void PathTrial::start()
{
    m_clock.start();
    m_phase = Phase::Connecting;
    sockaddr_storage remote{};
    const socklen_t length = toSockaddr(m_address, m_port, remote);
    m_fd = ::socket(remote.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (m_fd < 0) {
        fail(TrialEnd::ConnectFailed, errno);
        return;
    }
    // Keep-alive off, so nothing but the payload crosses the path while the
    // trial is idle (a probe would refresh the middlebox). The user timeout
    // bounds how long an unacknowledged payload is retransmitted.
    int code = 0;
    if (!setSocketOption(m_fd, SocketOption::KeepAlive, 0, nullptr, &code) ||
        !setSocketOption(m_fd, SocketOption::UserTimeout, m_userTimeoutMs, nullptr, &code)) {
        fail(TrialEnd::ConnectFailed, code);
        return;
    }
    // The payload is one write: sent at once, not held back by Nagle.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&remote), length) == 0) {
        onConnected();
        return;
    }
    if (errno != EINPROGRESS) {
        fail(TrialEnd::ConnectFailed, errno);
        return;
    }
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PathTrial::onConnectWritable);
    m_connectTimer.start(kConnectTimeoutMs);
}

void PathTrial::onConnectWritable()
{
    m_writeNotifier->setEnabled(false);
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0)
        fail(TrialEnd::ConnectFailed, error);
    else
        onConnected();
}

void PathTrial::onConnected()
{
    m_connectTimer.stop();
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    // The last packet is our ACK of the SYN-ACK, sent as connect() finished.
    m_connectedAtMs = m_lastPacketAtMs = m_clock.elapsed();
    m_phase = Phase::Idle;
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PathTrial::onReadable);
    m_idleTimer.start(int(m_trial.idleS * 1000));
    emit connected();
}

void PathTrial::onIdleTimer()
{
    // A greeting restarted the clock: wait out the rest.
    const qint64 left = qint64(m_trial.idleS * 1000) - (m_clock.elapsed() - m_lastPacketAtMs);
    if (left > 0) {
        m_idleTimer.start(int(left));
        return;
    }
    sendPayload();
}

void PathTrial::sendPayload()
{
    TcpObservation before;
    if (readTcpInfo(m_fd, before, nullptr) && before.bytesAckedValid)
        m_ackedBefore = before.bytesAcked;
    m_trial.idleReachedS = double(m_clock.elapsed() - m_lastPacketAtMs) / 1000.0;
    m_sentAtMs = m_clock.elapsed();
    const ssize_t sent =
        ::send(m_fd, m_payload.constData(), size_t(m_payload.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (sent != ssize_t(m_payload.size())) {
        // A fresh connection's send buffer takes 512 bytes whole; a failure
        // is an error the connection already had.
        fail(TrialEnd::SendFailed, sent < 0 ? errno : EAGAIN);
        return;
    }
    m_phase = Phase::Awaiting;
    m_pollTimer.start();
    m_deadlineTimer.start(m_userTimeoutMs + kDeadlineSlackMs);
}

bool PathTrial::acknowledged()
{
    TcpObservation now;
    if (!readTcpInfo(m_fd, now, nullptr))
        return false;
    if (now.bytesAckedValid)
        return now.bytesAcked >= m_ackedBefore + quint64(m_payload.size());
    // Kernels before 4.1: nothing in flight any more, on a live connection.
    return now.state == 1 /* TCP_ESTABLISHED */ && now.unacked == 0;
}

void PathTrial::poll()
{
    if (m_phase == Phase::Awaiting && acknowledged())
        onAcknowledged();
}

void PathTrial::onAcknowledged()
{
    m_pollTimer.stop();
    m_deadlineTimer.stop();
    // TCP_INFO says how long ago the last ACK came; the poll is later.
    TcpObservation now;
    double ackMs = msSinceSent();
    if (readTcpInfo(m_fd, now, nullptr))
        ackMs = std::max(0.0, ackMs - double(now.lastAckRecvMs));
    m_trial.ackMs = ackMs;
    m_phase = Phase::Settling;
    m_settleTimer.start(kSettleMs);
}

void PathTrial::onReadable()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            const qint64 now = m_clock.elapsed();
            if (m_phase == Phase::Idle) {
                if (now - m_connectedAtMs > kGreetingWindowMs) {
                    m_trial.bytes = int(n);
                    m_trial.idleReachedS = double(now - m_lastPacketAtMs) / 1000.0;
                    finish(TrialOutcome::Failed, TrialEnd::ServerTalked);
                    return;
                }
                m_trial.bannerBytes += int(n);
                // Our ACK of the greeting is the connection's last packet:
                // make it leave now rather than after the delayed-ACK timer,
                // and start the idle clock from here.
                const int one = 1;
                ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
                m_lastPacketAtMs = now;
            } else {
                m_trial.bytes += int(n);
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n == 0) {
            onSocketError(0); // FIN
            return;
        }
        onSocketError(errno);
        return;
    }
    // An answer carries the acknowledgement of what it answers.
    if ((m_phase == Phase::Awaiting || m_phase == Phase::Settling) && m_trial.bytes > 0 &&
        (m_phase == Phase::Settling || acknowledged())) {
        if (!m_trial.ackMs)
            onAcknowledged();
        m_trial.endMs = msSinceSent();
        finish(TrialOutcome::Survived, TrialEnd::Answered);
    }
}

// `error` 0: the server's FIN.
void PathTrial::onSocketError(int error)
{
    const TrialEnd end = error == 0                                ? TrialEnd::Fin
                         : (error == ECONNRESET || error == EPIPE) ? TrialEnd::Rst
                         : error == ETIMEDOUT                      ? TrialEnd::TimedOut
                                                                   : TrialEnd::SocketError;
    if (m_phase == Phase::Idle) {
        m_trial.idleReachedS = double(m_clock.elapsed() - m_lastPacketAtMs) / 1000.0;
        // A FIN is the server closing an idle connection. A reset while
        // idle is taken as the path's: a load balancer with "TCP reset"
        // (Azure's) resets both ends when it forgets the flow, at its
        // timeout, whereas a server that closes idle connections closes
        // them with a FIN. It cuts at the idle reached, not the one planned.
        if (end == TrialEnd::Fin)
            finish(TrialOutcome::ServerClosed, end);
        else if (end == TrialEnd::Rst)
            finish(TrialOutcome::CutByRst, TrialEnd::IdleRst);
        else
            fail(TrialEnd::SocketError, error);
        return;
    }
    m_trial.endMs = msSinceSent();
    // Whether the payload got through, also after a reset (bytes_acked
    // outlives the connection; see TcpObservation).
    const bool acked = m_trial.ackMs.has_value() || acknowledged();
    if (acked) {
        if (!m_trial.ackMs)
            onAcknowledged();
        finish(TrialOutcome::Survived, end == TrialEnd::Fin ? TrialEnd::Fin : TrialEnd::Rst);
        return;
    }
    switch (end) {
    case TrialEnd::Fin:
        // The server closed as the payload arrived: it ended the trial.
        finish(TrialOutcome::ServerClosed, TrialEnd::Fin);
        break;
    case TrialEnd::Rst:
        finish(TrialOutcome::CutByRst, TrialEnd::Rst);
        break;
    default:
        // ETIMEDOUT, or the soft error the kernel met while retransmitting
        // (an ICMP unreachable): the user timeout gave up on the payload.
        m_trial.error = error;
        finish(TrialOutcome::CutBySilence, TrialEnd::TimedOut);
        break;
    }
}

void PathTrial::stop(TrialOutcome outcome, double shorterCutS)
{
    if (m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Idle)
        m_trial.idleReachedS = idleSoFarS();
    // Acknowledged already (waiting only for the server's answer): the
    // verdict is in, and a survivor is what shows a cut was wrong.
    if (m_phase == Phase::Settling) {
        m_trial.endMs = msSinceSent();
        finish(TrialOutcome::Survived, TrialEnd::Quiet);
        return;
    }
    m_trial.shorterCutS = shorterCutS;
    finish(outcome, outcome == TrialOutcome::Skipped ? TrialEnd::ShorterCut : TrialEnd::Cancelled);
}

void PathTrial::fail(TrialEnd end, int error)
{
    m_trial.error = error;
    finish(TrialOutcome::Failed, end);
}

void PathTrial::finish(TrialOutcome outcome, TrialEnd end)
{
    if (m_phase == Phase::Done)
        return;
    for (QTimer *t :
         {&m_connectTimer, &m_idleTimer, &m_pollTimer, &m_deadlineTimer, &m_settleTimer})
        t->stop();
    closeSocket();
    m_phase = Phase::Done;
    m_trial.outcome = outcome;
    m_trial.end = end;
    m_trial.detail = trialDetail(m_trial);
    emit finished();
}

void PathTrial::closeSocket()
{
    // Notifiers go before the descriptor they watch.
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace kt::pathtimeout
