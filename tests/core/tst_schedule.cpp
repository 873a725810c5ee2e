#include "params/Format.h"
#include "params/KernelLimits.h"
#include "schedule/Detection.h"
#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"
#include "schedule/TimerWheel.h"
#include "sysctl/KernelHz.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;

namespace {

ScheduleInput dead(int idle, int interval, int count, int userTimeoutMs = 0, int hz = 250)
{
    ScheduleInput in;
    in.params = {idle, interval, count, userTimeoutMs};
    in.hz = hz;
    return in;
}

QList<ScheduleEvent> ofKind(const Schedule &s, EventKind kind)
{
    QList<ScheduleEvent> out;
    for (const ScheduleEvent &e : s.events) {
        if (e.kind == kind)
            out << e;
    }
    return out;
}

// The invariants every schedule keeps, whatever the input.
void checkProperties(const ScheduleInput &in, const Schedule &s)
{
    const QByteArray what = QStringLiteral("idle %1 intvl %2 cnt %3 ut %4 peer %5 data %6")
                                .arg(in.params.idleS)
                                .arg(in.params.intervalS)
                                .arg(in.params.count)
                                .arg(in.params.userTimeoutMs)
                                .arg(int(in.scenario))
                                .arg(in.keepalive)
                                .toUtf8();
    QVERIFY2(!s.events.isEmpty(), what.constData());
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const ScheduleEvent &e = s.events.at(i);
        QVERIFY2(e.earliest >= e.t - 1e-9, what.constData()); // never early
        QVERIFY2(e.latest >= e.t, what.constData());          // contains the nominal time
        QVERIFY2(e.t >= 0, what.constData());
        if (i > 0) {
            const ScheduleEvent &prev = s.events.at(i - 1);
            QVERIFY2(prev.t <= e.t, what.constData());
            // With a dead peer every firing is re-armed from the previous
            // one, so lateness carries over: a later event is never less late.
            // (An ACK from a live peer starts the count afresh.)
            if (in.scenario == Scenario::Dead)
                QVERIFY2(prev.latest - prev.t <= e.latest - e.t + 1e-9, what.constData());
        }
    }
    QVERIFY2(s.events.size() <= in.maxEvents, what.constData());
    if (peerIsGone(in.scenario)) {
        QVERIFY2(s.detectionS.has_value(), what.constData());
        if (in.horizonS <= 0) {
            QCOMPARE(s.events.last().kind, EventKind::Abort);
            QCOMPARE(s.events.last().t, *s.detectionS);
        }
        QCOMPARE(ofKind(s, EventKind::Abort).size() <= 1, true);
    } else {
        QVERIFY2(!s.detectionS.has_value(), what.constData());
        QVERIFY2(ofKind(s, EventKind::Abort).isEmpty(), what.constData());
    }
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private slots:
    void timerWheelLevels()
    {
        // LVL_START(1) = 63, LVL_START(2) = 504, … (kernel/time/timer.c)
        QCOMPARE(timerwheel::level(1, 250), 0);
        QCOMPARE(timerwheel::level(62, 250), 0);
        QCOMPARE(timerwheel::level(63, 250), 1);
        QCOMPARE(timerwheel::level(503, 250), 1);
        QCOMPARE(timerwheel::level(504, 250), 2);
        QCOMPARE(timerwheel::granularityJiffies(qint64(75) * 250, 250), qint64(512));
        QCOMPARE(timerwheel::granularityJiffies(qint64(7200) * 250, 250), qint64(32768));
        QCOMPARE(timerwheel::levelDepth(250), 9);
        QCOMPARE(timerwheel::levelDepth(100), 8);
        QCOMPARE(timerwheel::level(qint64(1) << 40, 250), 8);
        QCOMPARE(timerwheel::level(qint64(1) << 40, 100), 7);
        QCOMPARE(timerwheel::timeoutCutoffJiffies(250), qint64(63) << 24);
    }

    void defaultsDeadPeer()
    {
        const ScheduleInput in = dead(7200, 75, 9);
        QVERIFY(!validateScheduleInput(in));
        const Schedule s = computeSchedule(in);
        const auto probes = ofKind(s, EventKind::Probe);
        QCOMPARE(probes.size(), 9);
        QCOMPARE(s.probeCount, 9);
        for (int k = 1; k <= 9; ++k) {
            const ScheduleEvent &e = probes.at(k - 1);
            QCOMPARE(e.probe, k);
            QCOMPARE(e.t, 7200.0 + (k - 1) * 75.0);
            // 7200 s at HZ 250 falls into wheel level 5 (32768 jiffies =
            // 131.072 s); 75 s into level 3 (512 jiffies = 2.048 s).
            QCOMPARE(e.latest, e.t + 131.072 + (k - 1) * 2.048);
        }
        QCOMPARE(s.detectionS.value(), 7875.0);
        QCOMPARE(s.events.last().kind, EventKind::Abort);
        QCOMPARE(s.detectionLatestS, 7875.0 + 131.072 + 9 * 2.048);
        QCOMPARE(s.detectionFormula, QStringLiteral("7200 + 9 × 75 s"));
        QCOMPARE(describeDetection(in, s),
                 QStringLiteral("A silently dead peer is noticed after 2 h 11 min 15 s "
                                "(7200 + 9 × 75 s)"));
        QVERIFY(!s.truncated);
    }

    void hzChangesWindowsNotTimes()
    {
        const Schedule s1000 = computeSchedule(dead(7200, 75, 9, 0, 1000));
        const Schedule s100 = computeSchedule(dead(7200, 75, 9, 0, 100));
        QCOMPARE(s1000.detectionS, s100.detectionS);
        // 7 200 000 jiffies: level 6 at HZ 1000 (262 144 jiffies = 262.144 s).
        QCOMPARE(s1000.events.first().latest, 7200.0 + 262.144);
        // 720 000 jiffies: level 5 at HZ 100 (327.68 s).
        QCOMPARE(s100.events.first().latest, 7200.0 + 327.68);
    }

    void countOne()
    {
        const Schedule s = computeSchedule(dead(30, 10, 1));
        QCOMPARE(ofKind(s, EventKind::Probe).size(), 1);
        QCOMPARE(s.detectionS.value(), 40.0);
    }

    void idleShorterThanInterval()
    {
        const Schedule s = computeSchedule(dead(10, 60, 3));
        const auto probes = ofKind(s, EventKind::Probe);
        QCOMPARE(probes.size(), 3);
        QCOMPARE(probes.at(0).t, 10.0);
        QCOMPARE(probes.at(1).t, 70.0);
        QCOMPARE(probes.at(2).t, 130.0);
        QCOMPARE(s.detectionS.value(), 190.0);
    }

    void userTimeout_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("userTimeoutMs");
        QTest::addColumn<int>("probes");
        QTest::addColumn<double>("abort");
        // idle + interval·max(1, ⌈(ut − idle)/interval⌉)
        QTest::newRow("longer than idle") << 1 << 1 << 5 << 2500 << 2 << 3.0;
        QTest::newRow("on a firing") << 10 << 5 << 9 << 20000 << 2 << 20.0;
        QTest::newRow("just past a firing") << 10 << 5 << 9 << 20004 << 3 << 25.0;
        QTest::newRow("count ignored, more") << 1 << 1 << 2 << 10000 << 9 << 10.0;
        QTest::newRow("count ignored, fewer") << 60 << 10 << 9 << 75000 << 2 << 80.0;
        QTest::newRow("shorter than idle") << 10 << 5 << 9 << 3000 << 1 << 15.0;
        QTest::newRow("equal to idle") << 10 << 5 << 9 << 10000 << 1 << 15.0;
        QTest::newRow("1 ms") << 7200 << 75 << 9 << 1 << 1 << 7275.0;
    }
    void userTimeout()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(int, userTimeoutMs);
        QFETCH(int, probes);
        QFETCH(double, abort);
        const ScheduleInput in = dead(idle, interval, count, userTimeoutMs);
        const Schedule s = computeSchedule(in);
        QCOMPARE(ofKind(s, EventKind::Probe).size(), probes);
        QCOMPARE(s.detectionS.value(), abort);
        QVERIFY(s.detectionFormula.endsWith(
            QStringLiteral("after the %1 user timeout").arg(formatMilliseconds(userTimeoutMs))));
        checkProperties(in, s);
        if (userTimeoutMs < idle * 1000)
            QVERIFY(s.notes.join(QLatin1Char(' ')).contains(QStringLiteral("icsk_probes_out > 0")));
    }

    void userTimeoutInsideLatenessIsNoted()
    {
        // Probe 2's timer (nominal 7275 s) may run up to 133 s late, past a
        // 7300 s user timeout: the abort could come one interval early.
        const Schedule s = computeSchedule(dead(7200, 75, 9, 7300000));
        QCOMPARE(s.detectionS.value(), 7350.0);
        QVERIFY(s.notes.join(QLatin1Char(' ')).contains(QStringLiteral("one interval earlier")));
        // Small values have no such ambiguity.
        const Schedule small = computeSchedule(dead(1, 1, 5, 2500));
        QVERIFY(!small.notes.join(QLatin1Char(' ')).contains(QStringLiteral("earlier")));
    }

    void maximumValues()
    {
        const ScheduleInput in =
            dead(int(limits::kSocketIdle.max), int(limits::kSocketInterval.max),
                 int(limits::kSocketCount.max));
        const Schedule s = computeSchedule(in);
        QCOMPARE(ofKind(s, EventKind::Probe).size(), 127);
        QCOMPARE(s.detectionS.value(), 32767.0 * 128);
        checkProperties(in, s);
        // The sysctl maximum (2147483 s) is past the wheel's reach at HZ 1000.
        ScheduleInput huge =
            dead(int(limits::kSysctlTime.max), int(limits::kSysctlTime.max), 255, 0, 1000);
        const Schedule h = computeSchedule(huge);
        QCOMPARE(h.detectionS.value(), 2147483.0 * 256);
        QVERIFY(h.notes.join(QLatin1Char(' ')).contains(QStringLiteral("wheel")));
        checkProperties(huge, h);
    }

    void eventCapKeepsTheAbort()
    {
        ScheduleInput in = dead(1, 1, 9, 1000000000); // ~11.6 days of 1 s probes
        const Schedule s = computeSchedule(in);
        QCOMPARE(s.events.size(), in.maxEvents);
        QVERIFY(s.truncated);
        QCOMPARE(s.events.last().kind, EventKind::Abort);
        QCOMPARE(s.detectionS.value(), 1000000.0);
        QCOMPARE(s.probeCount, 999999);
        checkProperties(in, s);
    }

    void horizonCuts()
    {
        ScheduleInput in = dead(7200, 75, 9);
        in.horizonS = 7400;
        const Schedule s = computeSchedule(in);
        QCOMPARE(ofKind(s, EventKind::Probe).size(), 3); // 7200, 7275, 7350
        QVERIFY(ofKind(s, EventKind::Abort).isEmpty());
        QVERIFY(s.truncated);
        QCOMPARE(s.detectionS.value(), 7875.0); // still known
        QCOMPARE(s.horizonS, 7400.0);
    }

    void alivePeer()
    {
        ScheduleInput in = dead(10, 3, 5);
        in.scenario = Scenario::Alive;
        in.rttMs = 100;
        const Schedule s = computeSchedule(in);
        checkProperties(in, s);
        const auto probes = ofKind(s, EventKind::Probe);
        const auto acks = ofKind(s, EventKind::Ack);
        QCOMPARE(probes.size(), 3);
        QCOMPARE(acks.size(), 3);
        QCOMPARE(probes.at(0).t, 10.0);
        QCOMPARE(acks.at(0).t, 10.1);
        // The timer looks at probe + interval, finds the ACK recent, re-arms.
        QCOMPARE(ofKind(s, EventKind::Recheck).at(0).t, 13.0);
        // Next probe: idle after the ACK.
        QCOMPARE(probes.at(1).t, 20.1);
        QCOMPARE(probes.at(2).t, 30.2);
        QVERIFY(!s.detectionS);
        QCOMPARE(describeDetection(in, s),
                 QStringLiteral("A live peer is probed every 10 s of idleness and never given up"));
    }

    void alivePeerIntervalLongerThanIdle()
    {
        ScheduleInput in = dead(5, 8, 5);
        in.scenario = Scenario::Alive;
        const Schedule s = computeSchedule(in);
        const auto probes = ofKind(s, EventKind::Probe);
        QCOMPARE(probes.size(), 3);
        QCOMPARE(probes.at(1).t, 13.0);
        QCOMPARE(probes.at(2).t, 21.0);
        QVERIFY(ofKind(s, EventKind::Recheck).isEmpty());
        checkProperties(in, s);
    }

    void aliveHorizon()
    {
        ScheduleInput in = dead(60, 10, 5);
        in.scenario = Scenario::Alive;
        in.horizonS = 3600;
        const Schedule s = computeSchedule(in);
        QCOMPARE(ofKind(s, EventKind::Probe).size(), 60);
        QCOMPARE(s.horizonS, 3600.0);
        checkProperties(in, s);
    }

    void dataInFlightDefaults()
    {
        ScheduleInput in = dead(7200, 75, 9);
        in.scenario = Scenario::DataInFlight;
        const Schedule s = computeSchedule(in);
        checkProperties(in, s);
        const auto rtx = ofKind(s, EventKind::Retransmit);
        // RTO from 204 ms (TCP_RTO_MIN + the jiffy usecs_to_jiffies() rounds
        // any srtt up to): 0.204, 0.612, 1.428, … doubling until 120 s. The
        // tcp_retries2 = 15 budget (tcp_model_timeout) is 924.6 s counted
        // from the first retransmission (retrans_stamp), exceeded at the
        // firing at 928.692 s.
        QCOMPARE(rtx.size(), 15);
        QCOMPARE(rtx.at(0).t, 0.204);
        QCOMPARE(rtx.at(1).t, 0.612);
        QCOMPARE(rtx.at(9).t, 208.692);
        QCOMPARE(rtx.at(10).t, 328.692);
        QVERIFY(qAbs(s.detectionS.value() - 928.692) < 1e-9);
        QVERIFY(ofKind(s, EventKind::Probe).isEmpty());
        QVERIFY(ofKind(s, EventKind::KeepaliveDeferred).isEmpty()); // 7200 s > 928.7 s
        QVERIFY(describeDetection(in, s).contains(
            QStringLiteral("after 15 min 28.7 s (15 retransmissions")));
    }

    void dataInFlightKeepaliveDeferred()
    {
        ScheduleInput in = dead(60, 5, 3);
        in.scenario = Scenario::DataInFlight;
        in.rttMs = 50;
        const Schedule s = computeSchedule(in);
        checkProperties(in, s);
        QCOMPARE(initialRtoS(50, 250), 0.252); // 13 jiffies + max(26, 50)
        const auto deferred = ofKind(s, EventKind::KeepaliveDeferred);
        QVERIFY(deferred.size() >= 10);
        QCOMPARE(deferred.at(0).t, 60.0);
        QVERIFY(ofKind(s, EventKind::Probe).isEmpty());
    }

    void dataInFlightUserTimeout()
    {
        ScheduleInput in = dead(7200, 75, 9, 30000);
        in.scenario = Scenario::DataInFlight;
        const Schedule s = computeSchedule(in);
        checkProperties(in, s);
        // tcp_clamp_rto_to_user_timeout() makes the last wait end on it,
        // 30 s after the first retransmission (204 ms).
        QCOMPARE(s.detectionS.value(), 30.204);
        QCOMPARE(ofKind(s, EventKind::Retransmit).last().t, 25.908);
    }

    void propertiesAcrossInputs()
    {
        const int idles[] = {1, 2, 10, 75, 7200, 32767};
        const int intervals[] = {1, 3, 75, 32767};
        const int counts[] = {1, 2, 9, 127};
        const int timeouts[] = {0, 1, 1500, 10000, 600000};
        for (int idle : idles)
            for (int interval : intervals)
                for (int count : counts)
                    for (int ut : timeouts)
                        for (int scenario = 0; scenario < 3; ++scenario) {
                            ScheduleInput in = dead(idle, interval, count, ut);
                            in.scenario = scenario == 1   ? Scenario::Alive
                                          : scenario == 2 ? Scenario::DataInFlight
                                                          : Scenario::Dead;
                            in.rttMs = 20;
                            QVERIFY(!validateScheduleInput(in));
                            checkProperties(in, computeSchedule(in));
                            if (QTest::currentTestFailed())
                                return;
                        }
    }

    void validation_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("ut");
        QTest::addColumn<int>("hz");
        QTest::addColumn<int>("rtt");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("idle 0") << 0 << 75 << 9 << 0 << 250 << 0 << QStringLiteral("idle");
        QTest::newRow("interval big")
            << 1 << 3000000 << 9 << 0 << 250 << 0 << QStringLiteral("interval");
        QTest::newRow("count 0") << 1 << 1 << 0 << 0 << 250 << 0 << QStringLiteral("count");
        QTest::newRow("ut negative")
            << 1 << 1 << 1 << -5 << 250 << 0 << QStringLiteral("user timeout");
        QTest::newRow("hz 0") << 1 << 1 << 1 << 0 << 0 << 0 << QStringLiteral("HZ");
        QTest::newRow("rtt") << 1 << 1 << 1 << 0 << 250 << -1 << QStringLiteral("RTT");
    }
    void validation()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(int, ut);
        QFETCH(int, hz);
        QFETCH(int, rtt);
        QFETCH(QString, fragment);
        ScheduleInput in = dead(idle, interval, count, ut, hz);
        in.rttMs = rtt;
        const auto error = validateScheduleInput(in);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(fragment), qPrintable(*error));
    }

    void aliveRttLongerThanIntervalRefused()
    {
        ScheduleInput in = dead(10, 1, 3);
        in.scenario = Scenario::Alive;
        in.rttMs = 1500;
        QVERIFY(validateScheduleInput(in).has_value());
    }

    void measuredAgainstModel()
    {
        const Schedule s = computeSchedule(dead(1, 1, 2));
        const QList<MeasuredEvent> measured{{1.0234, EventKind::Probe, 0},
                                            {2.0474, EventKind::Probe, 0},
                                            {3.2, EventKind::Abort, 0},
                                            {5.0, EventKind::Ack, 0}};
        const QList<Deviation> d = compareWithSchedule(s, measured);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.at(0).eventIndex, 0);
        QVERIFY(qAbs(d.at(0).deviationS - 0.0234) < 1e-9);
        QVERIFY(d.at(0).insideWindow);
        QCOMPARE(d.at(1).eventIndex, 1);
        QCOMPARE(d.at(2).eventIndex, 2);
        QVERIFY(!d.at(2).insideWindow);   // 200 ms late, the window ends at 3.096
        QCOMPARE(d.at(3).eventIndex, -1); // a dead peer has no ACK to match
        // A numbered measurement matches that probe, whatever the order.
        const QList<Deviation> numbered = compareWithSchedule(s, {{2.01, EventKind::Probe, 2}});
        QCOMPARE(numbered.at(0).eventIndex, 1);
    }

    void kindNames()
    {
        QCOMPARE(eventKindName(EventKind::Probe), QStringLiteral("probe"));
        QCOMPARE(eventKindName(EventKind::Ack), QStringLiteral("ack"));
        QCOMPARE(eventKindName(EventKind::Abort), QStringLiteral("abort"));
        QCOMPARE(eventKindName(EventKind::Retransmit), QStringLiteral("retransmit"));
        QCOMPARE(eventKindName(EventKind::KeepaliveDeferred), QStringLiteral("keepalive_deferred"));
    }

    void kernelHzFromConfig()
    {
        QCOMPARE(parseConfigHz("# CONFIG_HZ_100 is not set\nCONFIG_HZ_300=y\nCONFIG_HZ=300\n"),
                 300);
        QCOMPARE(parseConfigHz("CONFIG_HZ_PERIODIC=y\n"), 0);
        QCOMPARE(parseConfigHz("CONFIG_HZ=1000"), 1000);              // first line, no newline
        QCOMPARE(parseConfigHz("CONFIG_HZ=x\nCONFIG_HZ=100\n"), 100); // a later valid line
        QCOMPARE(parseConfigHz("# CONFIG_HZ=250\n"), 0);              // a comment is no setting

        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(!readKernelHz(root.path(), QStringLiteral("6.1.0-test")));
        // /proc/config.gz: the compressed copy.
        QDir(root.path()).mkpath(QStringLiteral("proc"));
        const QString plain = root.filePath(QStringLiteral("proc/config"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CONFIG_HZ_1000=y\nCONFIG_HZ=1000\n");
        f.close();
        QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {plain}), 0);
        const auto fromProc = readKernelHz(root.path(), QStringLiteral("6.1.0-test"));
        QVERIFY(fromProc);
        QCOMPARE(fromProc->hz, 1000);
        QCOMPARE(fromProc->source, QStringLiteral("/proc/config.gz"));
        // /boot/config-<release> wins when present.
        QDir(root.path()).mkpath(QStringLiteral("boot"));
        QFile boot(root.filePath(QStringLiteral("boot/config-6.1.0-test")));
        QVERIFY(boot.open(QIODevice::WriteOnly));
        boot.write("CONFIG_HZ=100\n");
        boot.close();
        QCOMPARE(readKernelHz(root.path(), QStringLiteral("6.1.0-test"))->hz, 100);
        // A corrupt archive is no answer, not a crash.
        QCOMPARE(gunzip("not gzip"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
