#pragma once

#include "schedule/MeasuredEvent.h"
#include "socket/ConnectError.h"
#include "socket/SockDiag.h"
#include "socket/SocketOptions.h"
#include "socket/Target.h"
#include "socket/TcpObservation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>
#include <sys/socket.h>

class QHostInfo;
class QSocketNotifier;

namespace kt {

// One line of a connection's event log.
struct ConnectionEvent
{
    enum class Kind
    {
        Resolving,
        Resolved,
        Connecting,
        AddressFailed, // one address of several did not work; the next is tried
        Connected,
        OptionsApplied,
        TimerArmed,
        ProbeSent,
        ProbeAnswered,
        DataReceived,
        Closed,   // the peer closed (FIN), or we disconnected
        Reset,    // ECONNRESET
        TimedOut, // ETIMEDOUT: keep-alive or user timeout gave up
        Failed,   // never connected, options refused, other socket errors
        Note,
    };
    Kind kind = Kind::Note;
    qint64 elapsedMs = 0; // since the test started (connectTo / adoptAccepted)
    QDateTime time;       // wall-clock time, for the log
    QString text;
    // For ProbeSent: the probe was still unanswered when the kernel was
    // asked (a peer that answers at once is never seen this way).
    bool unanswered = false;
};

// "probe_sent": stable snake_case names for the JSON output.
QString eventKindName(ConnectionEvent::Kind kind);

// A real TCP connection with keep-alive options applied, read back from the
// kernel and observed while it lives. Everything is asynchronous: the name is
// resolved with QHostInfo, each address is tried in turn with a non-blocking
// connect() bounded by a timeout, and the kernel is polled with a QTimer
// (TCP_INFO and sock_diag are non-blocking calls), so the event loop is never
// held up. The socket is a plain file descriptor rather than a QTcpSocket so
// that each errno (ECONNREFUSED, ETIMEDOUT, …) reaches the log unchanged.
class TestConnection : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Resolving,
        Connecting,
        Connected,
        Closed, // was connected; see failure() for why it ended
        Failed, // never got connected (or the options were refused)
    };
    Q_ENUM(State)

    explicit TestConnection(QObject *parent = nullptr);
    ~TestConnection() override;

    // Bounds name resolution and each address's connect().
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    // How often the kernel is asked while connected. Probe times are taken
    // from the kernel's timer, so they are more precise than this.
    void setPollIntervalMs(int ms);
    // Shown instead of the target ("the embedded peer").
    void setLabel(const QString &label) { m_label = label; }

    void connectTo(const Target &target, const RequestedOptions &options);
    // As connectTo() after name resolution: tries each address in order,
    // each bounded by the connect timeout, until one accepts.
    void connectToAddresses(const Target &target, const QList<QHostAddress> &addresses,
                            const RequestedOptions &options);
    // Listen mode: takes over a connection accepted on a listening socket
    // (the descriptor becomes this object's), applies the options and
    // observes it.
    void adoptAccepted(int fd, const RequestedOptions &options);
    // Closes our side (FIN). Cancels resolving/connecting.
    void disconnectFromPeer();

    State state() const { return m_state; }
    bool isActive() const;
    // Short words for the state, for lists: "established", "timed out".
    QString stateText() const;

    Target target() const { return m_target; }
    QString label() const;                                // the label or target.display()
    QString peerAddress() const { return m_peerAddress; } // "127.0.0.1:4242"
    QString localAddress() const { return m_localAddress; }

    RequestedOptions requested() const { return m_requested; }
    std::optional<EffectiveOptions> effective() const { return m_effective; }

    ConnectionFailure failure() const { return m_failure; }
    QString errorText() const { return m_errorText; }
    int errorCode() const { return m_errorCode; } // errno, 0 if none

    bool hasObservation() const { return m_hasObservation; }
    TcpObservation lastObservation() const { return m_last; }
    // Every poll since the connection was established (the oldest are
    // dropped after an hour at the default interval).
    const QList<TcpObservation> &observations() const { return m_observations; }
    const QList<ConnectionEvent> &events() const { return m_events; }
    // The keep-alive events seen (probes, answers, the abort) on the
    // schedule's axis; the first thousand are kept.
    const QList<MeasuredEvent> &measuredEvents() const { return m_measured; }

    int probesSent() const { return m_probesSent; }
    int probesAnswered() const { return m_probesAnswered; }
    int unansweredProbes() const;
    // Milliseconds until the keep-alive timer fires, counted down between
    // polls from the kernel's last answer; nullopt when no keep-alive timer
    // is pending (not connected, keep-alive off, data in flight).
    std::optional<qint64> keepaliveTimerInMs() const;
    // True when the next keep-alive timer gives up instead of probing:
    // all TCP_KEEPCNT probes went unanswered (tcp_keepalive_timer()).
    bool nextTimerAborts() const;
    qint64 elapsedMs() const;

signals:
    void stateChanged(kt::TestConnection::State state);
    void eventAdded(const kt::ConnectionEvent &event);
    void effectiveOptionsChanged();
    void observationUpdated();
    void measuredEventsChanged();

private:
    void setState(State state);
    void addEvent(ConnectionEvent::Kind kind, const QString &text, qint64 atMs = -1,
                  bool unanswered = false);
    void addMeasured(EventKind kind, qint64 atMs, qint64 lastReceiveAtMs);
    void fail(ConnectionFailure failure, const QString &message, int error = 0);
    // Forgets any previous attempt and checks the options; false (and Failed)
    // when they are out of range.
    bool beginStart(const Target &target, const RequestedOptions &options);
    void onResolved(const QHostInfo &info);
    void onResolveTimeout();
    void connectNext();
    void onConnectWritable();
    void reportConnectError(int error);
    void onConnectTimeout();
    void attemptFailed(ConnectionFailure failure, const QString &message, int error);
    void onConnected();
    void applyAndObserve();
    void onReadable();
    void endConnection(ConnectionFailure failure, ConnectionEvent::Kind kind, const QString &text,
                       int error);
    void poll();
    void derive(const TcpObservation &now);
    void closeSocket();
    void resetForStart();

    State m_state = State::Idle;
    Target m_target;
    QString m_label;
    QString m_peerAddress;
    QString m_localAddress;
    RequestedOptions m_requested;
    std::optional<EffectiveOptions> m_effective;
    ConnectionFailure m_failure = ConnectionFailure::None;
    QString m_errorText;
    int m_errorCode = 0;

    int m_connectTimeoutMs = 5000;
    int m_lookupId = -1;
    QTimer m_resolveTimer;
    QTimer m_connectTimer;
    QTimer m_pollTimer;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    QHostAddress m_currentAddress;
    ConnectionFailure m_lastAttemptFailure = ConnectionFailure::None;
    QString m_lastAttemptMessage;
    int m_lastAttemptError = 0;

    int m_fd = -1;
    QSocketNotifier *m_writeNotifier = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    sockaddr_storage m_local{};
    sockaddr_storage m_remote{};
    SockDiag m_diag;
    bool m_diagProblemLogged = false;

    QElapsedTimer m_clock;
    QDateTime m_startTime;
    bool m_hasObservation = false;
    TcpObservation m_last;
    QList<TcpObservation> m_observations;
    QList<ConnectionEvent> m_events;
    QList<MeasuredEvent> m_measured;
    qint64 m_measureOriginMs = 0; // the schedule axis's zero on m_clock
    bool m_timerArmed = false;
    int m_probesSent = 0;
    int m_probesAnswered = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace kt
