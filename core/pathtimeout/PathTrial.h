#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace kt::pathtimeout {

// One trial connection: connects with keep-alive off and a bounded
// TCP_USER_TIMEOUT, stays idle for its time, sends the payload and tells
// from the kernel whether the path carried it. A plain non-blocking socket
// driven by the event loop (notifiers and timers, never a blocking call), so
// that each errno arrives unchanged and TCP_INFO can be read.
//
// The verdict is the acknowledgement, read from TCP_INFO's bytes_acked:
// acknowledged means the path carried the payload, whatever the server then
// does (answers, closes, resets). A reset before the acknowledgement is the
// middlebox's: a live server acknowledges at once after a long idle (the
// receiver is in quick-ack mode when more than an RTO passed since it last
// received, tcp_event_data_recv()), before its application can answer or
// reset, so its own RST comes after the ACK.
class PathTrial : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        NotStarted,
        Connecting,
        Idle,
        Awaiting, // the payload left; no acknowledgement yet
        Settling, // acknowledged; a moment for the server's answer, for the detail
        Done,
    };

    // `trial` carries the round and the idle; the rest is filled in.
    PathTrial(const Trial &trial, const QHostAddress &address, quint16 port,
              const QByteArray &payload, int userTimeoutMs, QObject *parent = nullptr);
    ~PathTrial() override;

    void start();
    // Ends an open trial without a verdict: Skipped (`shorterCutS` was cut)
    // or Interrupted. finished() follows at once.
    void stop(TrialOutcome outcome, double shorterCutS = 0);

    const Trial &trial() const { return m_trial; }
    Phase phase() const { return m_phase; }
    bool isDone() const { return m_phase == Phase::Done; }
    // Seconds since the connection's last packet (0 before it is connected).
    double idleSoFarS() const;
    // "127.0.0.1:4242"
    QString where() const;

    // How long connect() may take before the trial counts as failed.
    static constexpr int kConnectTimeoutMs = 10000;

signals:
    void connected();
    void finished();

private:
    void fail(TrialEnd end, int error);
    void onConnectWritable();
    void onConnected();
    void onIdleTimer();
    void sendPayload();
    void onReadable();
    void poll();
    bool acknowledged();
    void onAcknowledged();
    void onSocketError(int error);
    void finish(TrialOutcome outcome, TrialEnd end);
    double msSinceSent() const;
    void closeSocket();

    Trial m_trial;
    QHostAddress m_address;
    quint16 m_port = 0;
    QByteArray m_payload;
    int m_userTimeoutMs = 0;

    Phase m_phase = Phase::NotStarted;
    int m_fd = -1;
    QSocketNotifier *m_writeNotifier = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_pollTimer;
    QTimer m_deadlineTimer;
    QTimer m_settleTimer;
    QElapsedTimer m_clock;
    qint64 m_connectedAtMs = -1;
    qint64 m_lastPacketAtMs = 0; // the idle clock's start
    qint64 m_sentAtMs = -1;
    quint64 m_ackedBefore = 0; // bytes_acked before the payload
};

} // namespace kt::pathtimeout
