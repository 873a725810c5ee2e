#include "socket/TestConnection.h"

#include "params/Format.h"
#include "socket/ErrnoText.h"
#include "socket/ProbeDetector.h"
#include "socket/SockAddr.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <unistd.h>

namespace kt {

namespace {

// An hour of observations at the default poll interval.
constexpr qsizetype kMaxObservations = 36000;
// A connection left open for days keeps its log and its measured events
// bounded: the log keeps its newest entries, the measured events their
// first ones (they are compared with the schedule from its start).
constexpr qsizetype kMaxEvents = 5000;
constexpr qsizetype kMaxMeasuredEvents = 1000;
// A peer that streams data keeps the socket readable; reading at most this
// much per wake-up returns to the event loop in between.
constexpr qint64 kMaxReadPerWakeup = 1 << 20;

QString addressText(const QHostAddress &address, quint16 port)
{
    return Target{address.toString(), port}.display();
}

} // namespace

QString eventKindName(ConnectionEvent::Kind kind)
{
    using K = ConnectionEvent::Kind;
    switch (kind) {
    case K::Resolving:
        return QStringLiteral("resolving");
    case K::Resolved:
        return QStringLiteral("resolved");
    case K::Connecting:
        return QStringLiteral("connecting");
    case K::AddressFailed:
        return QStringLiteral("address_failed");
    case K::Connected:
        return QStringLiteral("connected");
    case K::OptionsApplied:
        return QStringLiteral("options_applied");
    case K::TimerArmed:
        return QStringLiteral("timer_armed");
    case K::ProbeSent:
        return QStringLiteral("probe_sent");
    case K::ProbeAnswered:
        return QStringLiteral("probe_answered");
    case K::DataReceived:
        return QStringLiteral("data_received");
    case K::Closed:
        return QStringLiteral("closed");
    case K::Reset:
        return QStringLiteral("reset");
    case K::TimedOut:
        return QStringLiteral("timed_out");
    case K::Failed:
        return QStringLiteral("failed");
    case K::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

TestConnection::TestConnection(QObject *parent)
    : QObject(parent)
{
    m_resolveTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    m_pollTimer.setInterval(100);
    connect(&m_resolveTimer, &QTimer::timeout, this, &TestConnection::onResolveTimeout);
    connect(&m_connectTimer, &QTimer::timeout, this, &TestConnection::onConnectTimeout);
    connect(&m_pollTimer, &QTimer::timeout, this, &TestConnection::poll);
}

TestConnection::~TestConnection()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    closeSocket();
}

void TestConnection::setPollIntervalMs(int ms)
{
    m_pollTimer.setInterval(ms);
}

bool TestConnection::isActive() const
{
    return m_state == State::Resolving || m_state == State::Connecting ||
           m_state == State::Connected;
}

QString TestConnection::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("not started");
    case State::Resolving:
        return tr("resolving…");
    case State::Connecting:
        return tr("connecting…");
    case State::Connected:
        return unansweredProbes() > 0 ? tr("probing, no answer") : tr("established");
    case State::Closed:
        switch (m_failure) {
        case ConnectionFailure::PeerClosed:
            return tr("closed by peer");
        case ConnectionFailure::Reset:
            return tr("reset by peer");
        case ConnectionFailure::TimedOut:
            return tr("timed out");
        case ConnectionFailure::None:
            return tr("disconnected");
        default:
            return tr("connection lost");
        }
    case State::Failed:
        switch (m_failure) {
        case ConnectionFailure::UnknownHost:
        case ConnectionFailure::ResolveTimeout:
            return tr("unknown host");
        case ConnectionFailure::Refused:
            return tr("refused");
        case ConnectionFailure::Unreachable:
            return tr("unreachable");
        case ConnectionFailure::ConnectTimeout:
            return tr("connect timeout");
        case ConnectionFailure::InvalidOptions:
        case ConnectionFailure::OptionRejected:
            return tr("options refused");
        default:
            return tr("failed");
        }
    }
    return {};
}

QString TestConnection::label() const
{
    return m_label.isEmpty() ? m_target.display() : m_label;
}

int TestConnection::unansweredProbes() const
{
    return m_hasObservation ? m_last.unansweredProbes() : 0;
}

std::optional<qint64> TestConnection::keepaliveTimerInMs() const
{
    if (m_state != State::Connected || !m_hasObservation || !m_last.diagValid ||
        m_last.timer != KernelTimer::KeepAlive)
        return std::nullopt;
    const qint64 sincePoll = m_clock.elapsed() - m_last.atMs;
    return std::max<qint64>(0, m_last.timerExpiresMs - sincePoll);
}

bool TestConnection::nextTimerAborts() const
{
    if (!m_effective || !m_hasObservation)
        return false;
    const int unanswered = m_last.unansweredProbes();
    if (m_effective->userTimeoutMs > 0) {
        // With TCP_USER_TIMEOUT the count is ignored: the timer gives up once
        // a probe is out and the user timeout has passed since the last
        // segment received.
        return unanswered > 0 &&
               m_last.sinceLastReceiveMs() + m_last.timerExpiresMs >= m_effective->userTimeoutMs;
    }
    return unanswered >= m_effective->count;
}

qint64 TestConnection::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void TestConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TestConnection::addEvent(ConnectionEvent::Kind kind, const QString &text, qint64 atMs,
                              bool unanswered)
{
    ConnectionEvent event;
    event.unanswered = unanswered;
    event.kind = kind;
    event.elapsedMs = atMs >= 0 ? atMs : m_clock.elapsed();
    event.time = m_startTime.addMSecs(event.elapsedMs);
    event.text = text;
    if (m_events.size() >= kMaxEvents)
        m_events.remove(0, kMaxEvents / 10);
    m_events.append(event);
    emit eventAdded(event);
}

void TestConnection::addMeasured(EventKind kind, qint64 atMs, qint64 lastReceiveAtMs)
{
    if (m_measured.size() >= kMaxMeasuredEvents)
        return;
    // The schedule's axis starts at the last segment received before the
    // first measured event; later events are placed by their clock time, so
    // a live peer's probes (each "idle after the last answer") line up with
    // the modelled cycle instead of all landing at `idle`.
    if (m_measured.isEmpty())
        m_measureOriginMs = lastReceiveAtMs;
    m_measured.append({double(atMs - m_measureOriginMs) / 1000.0, kind, 0,
                       double(atMs - lastReceiveAtMs) / 1000.0});
    emit measuredEventsChanged();
}

void TestConnection::resetForStart()
{
    // A lookup still running belongs to the previous start.
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    closeSocket();
    m_pollTimer.stop();
    m_connectTimer.stop();
    m_resolveTimer.stop();
    m_effective.reset();
    m_failure = ConnectionFailure::None;
    m_errorText.clear();
    m_errorCode = 0;
    m_hasObservation = false;
    m_last = {};
    m_observations.clear();
    m_events.clear();
    m_measured.clear();
    m_measureOriginMs = 0;
    m_timerArmed = false;
    m_probesSent = 0;
    m_probesAnswered = 0;
    m_bytesReceived = 0;
    m_addresses.clear();
    m_nextAddress = 0;
    m_lastAttemptFailure = ConnectionFailure::None;
    m_clock.start();
    m_startTime = QDateTime::currentDateTime();
}

void TestConnection::fail(ConnectionFailure failure, const QString &message, int error)
{
    m_connectTimer.stop();
    m_resolveTimer.stop();
    m_pollTimer.stop();
    closeSocket();
    m_failure = failure;
    m_errorText = message;
    m_errorCode = error;
    addEvent(ConnectionEvent::Kind::Failed, message);
    setState(State::Failed);
}

bool TestConnection::beginStart(const Target &target, const RequestedOptions &options)
{
    resetForStart();
    m_target = target;
    m_requested = options;
    // Refuse out-of-range values before anything goes on the network, with
    // the message validateForSocket() gives everywhere.
    if (const auto invalid = validateRequested(options)) {
        fail(ConnectionFailure::InvalidOptions, invalid->message, EINVAL);
        return false;
    }
    return true;
}

void TestConnection::connectTo(const Target &target, const RequestedOptions &options)
{
    if (!beginStart(target, options))
        return;
    QHostAddress literal;
    if (literal.setAddress(target.host)) {
        m_addresses = {literal};
        connectNext();
        return;
    }
    if (isReservedInvalidName(target.host)) {
        fail(ConnectionFailure::UnknownHost, reservedInvalidNameText(target.host));
        return;
    }
    setState(State::Resolving);
    addEvent(ConnectionEvent::Kind::Resolving, tr("resolving %1").arg(target.host));
    m_resolveTimer.start(m_connectTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(target.host, this, &TestConnection::onResolved);
}

void TestConnection::connectToAddresses(const Target &target, const QList<QHostAddress> &addresses,
                                        const RequestedOptions &options)
{
    if (!beginStart(target, options))
        return;
    if (addresses.isEmpty()) {
        fail(ConnectionFailure::UnknownHost,
             tr("no address to connect to for %1").arg(target.host));
        return;
    }
    m_addresses = addresses;
    connectNext();
}

void TestConnection::onResolved(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return;
    m_lookupId = -1;
    m_resolveTimer.stop();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const QString reason =
            info.error() == QHostInfo::NoError ? tr("no addresses") : info.errorString();
        fail(ConnectionFailure::UnknownHost, unresolvableText(m_target.host, reason));
        return;
    }
    m_addresses = info.addresses();
    QStringList texts;
    for (const QHostAddress &address : std::as_const(m_addresses))
        texts << address.toString();
    addEvent(ConnectionEvent::Kind::Resolved,
             tr("resolved %1 to %2").arg(m_target.host, texts.join(QStringLiteral(", "))));
    connectNext();
}

void TestConnection::onResolveTimeout()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    fail(ConnectionFailure::ResolveTimeout, resolveTimeoutText(m_target.host, m_connectTimeoutMs));
}

void TestConnection::connectNext()
{
    if (m_nextAddress >= m_addresses.size()) {
        QString message = m_lastAttemptMessage;
        if (m_addresses.size() > 1)
            message = tr("none of the %1 addresses of %2 accepted a connection; the last: %3")
                          .arg(m_addresses.size())
                          .arg(m_target.host, m_lastAttemptMessage);
        fail(m_lastAttemptFailure, message, m_lastAttemptError);
        return;
    }
    m_currentAddress = m_addresses.at(m_nextAddress++);
    setState(State::Connecting);
    const QString where = addressText(m_currentAddress, m_target.port);
    addEvent(ConnectionEvent::Kind::Connecting, tr("connecting to %1").arg(where));

    const socklen_t length = toSockaddr(m_currentAddress, m_target.port, m_remote);
    m_fd = ::socket(m_remote.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (m_fd < 0) {
        const int error = errno;
        attemptFailed(ConnectionFailure::ConnectError,
                      tr("cannot create a socket for %1: %2").arg(where, errnoText(error)), error);
        return;
    }
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&m_remote), length) == 0) {
        onConnected();
        return;
    }
    const int error = errno;
    if (error != EINPROGRESS) {
        reportConnectError(error);
        return;
    }
    // connect() finishes when the socket turns writable; SO_ERROR says how.
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &TestConnection::onConnectWritable);
    m_connectTimer.start(m_connectTimeoutMs);
}

void TestConnection::onConnectWritable()
{
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error == 0)
        onConnected();
    else
        reportConnectError(error);
}

void TestConnection::reportConnectError(int error)
{
    const QString where = addressText(m_currentAddress, m_target.port);
    attemptFailed(classifyConnectError(error), connectErrorText(where, m_target.port, error),
                  error);
}

void TestConnection::onConnectTimeout()
{
    const QString where = addressText(m_currentAddress, m_target.port);
    attemptFailed(ConnectionFailure::ConnectTimeout, connectTimeoutText(where, m_connectTimeoutMs),
                  ETIMEDOUT);
}

void TestConnection::attemptFailed(ConnectionFailure failure, const QString &message, int error)
{
    m_connectTimer.stop();
    closeSocket();
    m_lastAttemptFailure = failure;
    m_lastAttemptMessage = message;
    m_lastAttemptError = error;
    if (m_nextAddress < m_addresses.size()) {
        addEvent(ConnectionEvent::Kind::AddressFailed, message);
        connectNext();
        return;
    }
    connectNext(); // reports the failure
}

void TestConnection::onConnected()
{
    m_connectTimer.stop();
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    const qint64 tookMs = m_clock.elapsed();
    socklen_t length = sizeof m_local;
    ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&m_local), &length);
    length = sizeof m_remote;
    ::getpeername(m_fd, reinterpret_cast<sockaddr *>(&m_remote), &length);
    m_localAddress = sockaddrText(m_local);
    m_peerAddress = sockaddrText(m_remote);
    setState(State::Connected);
    addEvent(ConnectionEvent::Kind::Connected,
             tr("connected from %1 to %2 in %3")
                 .arg(m_localAddress, m_peerAddress, formatSecondsPrecise(tookMs / 1000.0)));
    applyAndObserve();
}

void TestConnection::adoptAccepted(int fd, const RequestedOptions &options)
{
    resetForStart();
    m_requested = options;
    m_fd = fd;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    socklen_t length = sizeof m_local;
    ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&m_local), &length);
    length = sizeof m_remote;
    ::getpeername(m_fd, reinterpret_cast<sockaddr *>(&m_remote), &length);
    m_localAddress = sockaddrText(m_local);
    m_peerAddress = sockaddrText(m_remote);
    QHostAddress peer(reinterpret_cast<const sockaddr *>(&m_remote));
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped); // a dual-stack listener's ::ffff:a.b.c.d
    if (mapped)
        peer = QHostAddress(v4);
    m_target = {peer.toString(), sockaddrPort(m_remote)};
    if (m_label.isEmpty())
        m_label = tr("from %1").arg(m_peerAddress);
    setState(State::Connected);
    addEvent(ConnectionEvent::Kind::Connected,
             tr("accepted a connection from %1 on %2").arg(m_peerAddress, m_localAddress));
    applyAndObserve();
}

void TestConnection::applyAndObserve()
{
    const ApplyResult result = applyOptions(m_fd, m_requested);
    if (!result.effective) {
        fail(ConnectionFailure::OptionRejected, result.message, result.error);
        return;
    }
    m_effective = result.effective;
    const EffectiveOptions &e = *m_effective;
    const RequestedOptions &r = m_requested;
    const QString s = QStringLiteral("s");
    const QString ms = QStringLiteral("ms");
    addEvent(ConnectionEvent::Kind::OptionsApplied,
             tr("options applied (requested → effective): SO_KEEPALIVE %1 → %2, "
                "TCP_KEEPIDLE %3 → %4, TCP_KEEPINTVL %5 → %6, TCP_KEEPCNT %7 → %8, "
                "TCP_USER_TIMEOUT %9 → %10")
                 .arg(r.keepalive ? tr("on") : tr("off"), e.keepalive ? tr("on") : tr("off"),
                      formatRequested(r.idleS, s), formatValue(e.idleS, s),
                      formatRequested(r.intervalS, s), formatValue(e.intervalS, s),
                      formatRequested(r.count, {}), formatValue(e.count, {}),
                      formatRequested(r.userTimeoutMs, ms))
                 .arg(formatValue(e.userTimeoutMs, ms)));
    emit effectiveOptionsChanged();

    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &TestConnection::onReadable);
    poll();
    if (m_state == State::Connected)
        m_pollTimer.start();
}

void TestConnection::onReadable()
{
    char buffer[16384];
    qint64 received = 0;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            received += n;
            if (received < kMaxReadPerWakeup)
                continue;
            // Enough for this turn; the notifier fires again while data waits.
            m_bytesReceived += received;
            addEvent(ConnectionEvent::Kind::DataReceived,
                     tr("received %1 bytes of data").arg(received));
            return;
        }
        const int error = n == 0 ? 0 : errno;
        if (n < 0 && error == EINTR)
            continue;
        if (received > 0) {
            m_bytesReceived += received;
            addEvent(ConnectionEvent::Kind::DataReceived,
                     received == 1 ? tr("received 1 byte of data")
                                   : tr("received %1 bytes of data").arg(received));
        }
        if (n < 0 && (error == EAGAIN || error == EWOULDBLOCK))
            return;
        if (n == 0) {
            endConnection(ConnectionFailure::PeerClosed, ConnectionEvent::Kind::Closed,
                          tr("the peer closed the connection (FIN received)"), 0);
        } else if (error == ECONNRESET) {
            endConnection(ConnectionFailure::Reset, ConnectionEvent::Kind::Reset,
                          tr("the peer reset the connection: %1").arg(errnoText(error)), error);
        } else if (error == ETIMEDOUT) {
            const int unanswered = m_hasObservation ? m_last.unansweredProbes() : 0;
            const QString why = m_effective && m_effective->userTimeoutMs > 0
                                    ? tr("nothing received for TCP_USER_TIMEOUT = %1 ms")
                                          .arg(m_effective->userTimeoutMs)
                                : unanswered == 1
                                    ? tr("1 keep-alive probe unanswered")
                                    : tr("%1 keep-alive probes unanswered").arg(unanswered);
            endConnection(
                ConnectionFailure::TimedOut, ConnectionEvent::Kind::TimedOut,
                tr("the kernel gave up on the connection: %1; %2").arg(errnoText(error), why),
                error);
        } else {
            endConnection(ConnectionFailure::SocketError, ConnectionEvent::Kind::Failed,
                          tr("the connection failed: %1").arg(errnoText(error)), error);
        }
        return;
    }
}

void TestConnection::endConnection(ConnectionFailure failure, ConnectionEvent::Kind kind,
                                   const QString &text, int error)
{
    if (m_hasObservation && failure == ConnectionFailure::TimedOut) {
        const qint64 lastReceiveAt = m_last.atMs - m_last.sinceLastReceiveMs();
        addMeasured(EventKind::Abort, m_clock.elapsed(), lastReceiveAt);
    }
    m_pollTimer.stop();
    poll(); // the kernel's last word (state CLOSE, counters) before the descriptor goes
    m_failure = failure;
    m_errorText = failure == ConnectionFailure::None ? QString() : text;
    m_errorCode = error;
    addEvent(kind, text);
    closeSocket();
    setState(State::Closed);
}

void TestConnection::disconnectFromPeer()
{
    switch (m_state) {
    case State::Resolving:
    case State::Connecting:
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        m_resolveTimer.stop();
        m_connectTimer.stop();
        closeSocket();
        m_failure = ConnectionFailure::None;
        addEvent(ConnectionEvent::Kind::Closed, tr("cancelled"));
        setState(State::Closed);
        break;
    case State::Connected:
        endConnection(ConnectionFailure::None, ConnectionEvent::Kind::Closed,
                      tr("disconnected (our side closed the connection)"), 0);
        break;
    default:
        break;
    }
}

void TestConnection::closeSocket()
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

void TestConnection::poll()
{
    if (m_fd < 0)
        return;
    TcpObservation now;
    now.atMs = m_clock.elapsed();
    QString problem;
    readTcpInfo(m_fd, now, &problem);
    if (now.tcpInfoValid && now.state == 1 /* TCP_ESTABLISHED */) {
        if (!m_diag.query(m_local, m_remote, now, &problem) && !m_diagProblemLogged) {
            m_diagProblemLogged = true;
            addEvent(ConnectionEvent::Kind::Note,
                     tr("the kernel's timer cannot be observed (%1); probes are still counted "
                        "from TCP_INFO")
                         .arg(problem));
        }
    }
    derive(now);
    m_last = now;
    m_hasObservation = true;
    if (m_observations.size() >= kMaxObservations)
        m_observations.remove(0, kMaxObservations / 10);
    m_observations.append(now);
    emit observationUpdated();
}

void TestConnection::derive(const TcpObservation &now)
{
    if (!now.tcpInfoValid)
        return;
    if (now.diagValid) {
        const bool armed = now.timer == KernelTimer::KeepAlive;
        if (armed && !m_timerArmed && now.unansweredProbes() == 0)
            addEvent(ConnectionEvent::Kind::TimerArmed,
                     tr("keep-alive timer armed: the first probe is due in %1")
                         .arg(formatMilliseconds(now.timerExpiresMs)),
                     now.atMs);
        m_timerArmed = armed;
    }
    if (!m_hasObservation || now.state != 1 /* TCP_ESTABLISHED */)
        return;

    const int intervalS = m_effective ? m_effective->intervalS : 0;
    const ProbeDetection found = detectProbes(m_last, now, intervalS);
    const qint64 lastReceive = found.lastReceiveBeforeMs;
    using Found = DetectedProbeEvent::Kind;
    for (const DetectedProbeEvent &e : found.events) {
        const QString since = formatSecondsPrecise(double(e.atMs - lastReceive) / 1000.0);
        if (e.kind == Found::ProbeSent) {
            ++m_probesSent;
            if (e.unanswered)
                addEvent(ConnectionEvent::Kind::ProbeSent,
                         tr("keep-alive probe %1 sent, %2 after the last segment received; no "
                            "answer yet")
                             .arg(e.probe)
                             .arg(since),
                         e.atMs, true);
            else
                addEvent(ConnectionEvent::Kind::ProbeSent,
                         tr("keep-alive probe sent, %1 after the last segment received").arg(since),
                         e.atMs);
            addMeasured(EventKind::Probe, e.atMs, lastReceive);
            continue;
        }
        // probe 0: the answer to a probe never seen unanswered.
        m_probesAnswered += std::max(1, e.probe);
        const QString text =
            e.probe == 0 ? tr("the peer answered the probe (RTT %1 ms): the counter stays at 0")
                               .arg(now.rttMs, 0, 'f', 3)
            : e.probe == 1
                ? tr("the peer answered: probe counter back to 0 after 1 probe")
                : tr("the peer answered: probe counter back to 0 after %1 probes").arg(e.probe);
        addEvent(ConnectionEvent::Kind::ProbeAnswered, text, e.atMs);
        addMeasured(EventKind::Ack, e.atMs, lastReceive);
    }
}

} // namespace kt
