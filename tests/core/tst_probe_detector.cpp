// The probe detector is a pure function of two looks at a connection: each
// row gives the earlier and the later observation and what must be found.
#include "socket/ProbeDetector.h"

#include <QTest>

using namespace kt;
using Kind = DetectedProbeEvent::Kind;

Q_DECLARE_METATYPE(kt::TcpObservation)
Q_DECLARE_METATYPE(kt::ProbeDetection)

namespace {

// An established connection looked at `atMs` after it began, that last
// received `sinceReceiveMs` ago, with the keep-alive timer due in `timerMs`
// (negative: no keep-alive timer pending) and `unanswered` probes out.
TcpObservation look(qint64 atMs, qint64 sinceReceiveMs, qint64 timerMs, int unanswered,
                    quint32 controlOut = 10, quint32 dataIn = 5)
{
    TcpObservation o;
    o.atMs = atMs;
    o.tcpInfoValid = true;
    o.state = 1;
    o.probes = unanswered;
    o.lastDataRecvMs = sinceReceiveMs;
    o.lastAckRecvMs = sinceReceiveMs;
    o.rttMs = 0.05;
    o.segsOut = 20 + controlOut;
    o.dataSegsOut = 20;
    o.dataSegsIn = dataIn;
    o.diagValid = timerMs >= 0;
    o.timer = timerMs >= 0 ? KernelTimer::KeepAlive : KernelTimer::None;
    o.timerExpiresMs = timerMs;
    o.timerCounter = unanswered;
    return o;
}

} // namespace

class TestProbeDetector : public QObject
{
    Q_OBJECT
private slots:
    void detect_data()
    {
        QTest::addColumn<TcpObservation>("before");
        QTest::addColumn<TcpObservation>("now");
        QTest::addColumn<int>("intervalS");
        QTest::addColumn<ProbeDetection>("expected");

        // Idle 10 s, interval 5 s; last segment received at 0 ms.
        QTest::newRow("nothing happens while idle")
            << look(3000, 3000, 7000, 0) << look(3100, 3100, 6900, 0) << 5 << ProbeDetection{{}, 0};
        // The timer was due at 10000; it came back re-armed for the interval
        // (5000 − 4920 = 80 ms ago), so the probe left at 10020, to the ms.
        QTest::newRow("first unanswered probe, timed by the re-armed timer")
            << look(9950, 9950, 50, 0) << look(10100, 10100, 4920, 1) << 5
            << ProbeDetection{{{Kind::ProbeSent, 10020, 1, true}}, 0};
        QTest::newRow("second unanswered probe")
            << look(14950, 14950, 70, 1) << look(15050, 15050, 4990, 2) << 5
            << ProbeDetection{{{Kind::ProbeSent, 15040, 2, true}}, 0};
        // A stalled poll saw two probes at once: the earlier gets the poll's time.
        QTest::newRow("two probes between looks")
            << look(9000, 9000, 1000, 0) << look(15100, 15100, 4900, 2) << 5
            << ProbeDetection{
                   {{Kind::ProbeSent, 15100, 1, true}, {Kind::ProbeSent, 15000, 2, true}}, 0};
        // The answer to two unanswered probes came 30 ms before the look.
        QTest::newRow("answer ends two probes")
            << look(15100, 15100, 4900, 2) << look(15200, 30, 9970, 0) << 5
            << ProbeDetection{{{Kind::ProbeAnswered, 15170, 2, false}}, 0};
        // Loopback: the probe and its answer between two looks. The timer
        // was due at 10000 and is re-armed for the interval; one control
        // segment left, no data came in, an ACK arrived 95 ms ago.
        QTest::newRow("probe answered before it could be seen")
            << look(9950, 9950, 50, 0, 10, 5) << look(10100, 95, 4920, 0, 11, 5) << 5
            << ProbeDetection{
                   {{Kind::ProbeSent, 10005, 0, false}, {Kind::ProbeAnswered, 10005, 0, false}}, 0};
        QTest::newRow("data received instead: no probe")
            << look(9950, 9950, 50, 0, 10, 5) << look(10100, 95, 4920, 0, 11, 6) << 5
            << ProbeDetection{{}, 0};
        QTest::newRow("timer not yet due: no probe")
            << look(9000, 9000, 1000, 0, 10, 5) << look(9100, 50, 9950, 0, 11, 5) << 5
            << ProbeDetection{{}, 0};
        QTest::newRow("interval unknown: the unseen probe is not claimed")
            << look(9950, 9950, 50, 0, 10, 5) << look(10100, 95, 4920, 0, 11, 5) << 0
            << ProbeDetection{{}, 0};
        QTest::newRow("no sock_diag: the counter still shows the probe")
            << look(9950, 9950, -1, 0) << look(10100, 10100, -1, 1) << 5
            << ProbeDetection{{{Kind::ProbeSent, 10100, 1, true}}, 0};
        QTest::newRow("last receive measured from the earlier look")
            << look(20000, 2000, 8000, 0) << look(20100, 2100, 7900, 0) << 5
            << ProbeDetection{{}, 18000};
    }
    void detect()
    {
        QFETCH(TcpObservation, before);
        QFETCH(TcpObservation, now);
        QFETCH(int, intervalS);
        QFETCH(ProbeDetection, expected);
        const ProbeDetection found = detectProbes(before, now, intervalS);
        QCOMPARE(found.events.size(), expected.events.size());
        for (qsizetype i = 0; i < found.events.size(); ++i) {
            const DetectedProbeEvent &f = found.events.at(i);
            const DetectedProbeEvent &e = expected.events.at(i);
            QCOMPARE(int(f.kind), int(e.kind));
            QCOMPARE(f.atMs, e.atMs);
            QCOMPARE(f.probe, e.probe);
            QCOMPARE(f.unanswered, e.unanswered);
        }
        QCOMPARE(found.lastReceiveBeforeMs, expected.lastReceiveBeforeMs);
    }
};

QTEST_APPLESS_MAIN(TestProbeDetector)
#include "tst_probe_detector.moc"
