#include "params/Duration.h"
#include "params/ExploredParams.h"
#include "params/KeepaliveParams.h"
#include "params/KernelLimits.h"
#include "socket/ConnectionSet.h"

#include <QSignalSpy>
#include <QTest>

using namespace kt;

class TestParams : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreTheKernels()
    {
        const KeepaliveParams d = KeepaliveParams::kernelDefaults();
        QCOMPARE(d.idleS, 7200);
        QCOMPARE(d.intervalS, 75);
        QCOMPARE(d.count, 9);
        QCOMPARE(d.userTimeoutMs, 0);
        QCOMPARE(d.deadPeerDetectionS(), 7875);
    }

    void detectionTimeDoesNotOverflow()
    {
        const KeepaliveParams p{limits::kSysctlTimeMax, limits::kSysctlTimeMax,
                                limits::kSysctlProbesMax, 0};
        QCOMPARE(p.deadPeerDetectionS(), qint64(2147483) + qint64(255) * 2147483);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(75) << QStringLiteral("1 min 15 s");
        QTest::newRow("defaults") << qint64(7875) << QStringLiteral("2 h 11 min 15 s");
        QTest::newRow("hole") << qint64(7215) << QStringLiteral("2 h 15 s");
        QTest::newRow("days") << qint64(90061) << QStringLiteral("1 d 1 h 1 min 1 s");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("-5 s");
    }
    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(kt::formatDuration(seconds), expected);
    }

    void formatPrecise()
    {
        QCOMPARE(formatSecondsPrecise(0.25), QStringLiteral("250 ms"));
        QCOMPARE(formatSecondsPrecise(1.25), QStringLiteral("1.250 s"));
    }

    void socketValidation_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("userTimeout");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("defaults") << 7200 << 75 << 9 << 0 << QString();
        QTest::newRow("minimum") << 1 << 1 << 1 << 0 << QString();
        QTest::newRow("maximum") << 32767 << 32767 << 127 << 2147483647 << QString();
        QTest::newRow("idle 0") << 0 << 75 << 9 << 0 << QStringLiteral("idle");
        QTest::newRow("idle too big") << 32768 << 75 << 9 << 0 << QStringLiteral("idle");
        QTest::newRow("interval 0") << 10 << 0 << 9 << 0 << QStringLiteral("interval");
        QTest::newRow("count 128") << 10 << 10 << 128 << 0 << QStringLiteral("count");
        QTest::newRow("negative timeout") << 10 << 10 << 3 << -1 << QStringLiteral("user_timeout");
    }
    void socketValidation()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(int, userTimeout);
        QFETCH(QString, field);
        const auto error = validateForSocket({idle, interval, count, userTimeout});
        if (field.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        } else {
            QVERIFY(error);
            QCOMPARE(error->field, field);
        }
    }

    void socketErrorNamesTheRange()
    {
        const auto error = validateForSocket({40000, 75, 9, 0});
        QVERIFY(error);
        QCOMPARE(error->message,
                 QStringLiteral("idle must be between 1 and 32767 s (TCP_KEEPIDLE); got 40000"));
    }

    void sysctlValidationAllowsLongerTimes()
    {
        QVERIFY(!validateForSysctl({100000, 75, 200, 0}));
        const auto error = validateForSysctl({7200, 75, 256, 0});
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("count"));
        QVERIFY(error->message.contains(QStringLiteral("1 and 255")));
    }

    void exploredParamsSignalsOnlyOnChange()
    {
        ExploredParams explored;
        QSignalSpy spy(&explored, &ExploredParams::changed);
        explored.setParams({60, 10, 3, 0}, QStringLiteral("test"));
        QCOMPARE(spy.count(), 1);
        explored.setParams({60, 10, 3, 0}, QStringLiteral("test"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(explored.params().idleS, 60);
        QCOMPARE(explored.origin(), QStringLiteral("test"));
    }

    void measuredEventsBelongToTheirOrigin()
    {
        ExploredParams explored;
        explored.setParams({1, 1, 3, 0}, QStringLiteral("connection A"));
        QSignalSpy spy(&explored, &ExploredParams::measuredChanged);
        const QList<MeasuredEvent> events{{1.02, EventKind::Probe, 0}};
        explored.setMeasured(events, QStringLiteral("connection B")); // not the current origin
        QVERIFY(explored.measured().isEmpty());
        explored.setMeasured(events, QStringLiteral("connection A"));
        QCOMPARE(explored.measured(), events);
        QCOMPARE(spy.count(), 1);
        // Same origin, new values (the connection re-read its options): kept.
        explored.setParams({1, 1, 4, 0}, QStringLiteral("connection A"));
        QCOMPARE(explored.measured(), events);
        // Another origin: they no longer belong to the values.
        explored.setParams({7200, 75, 9, 0}, QStringLiteral("this host's settings"));
        QVERIFY(explored.measured().isEmpty());
        QCOMPARE(spy.count(), 2);
    }

    void observedEventsGoOnTheScheduleAxis()
    {
        // A live peer: each answer restarts "since last receive", so probe 2
        // is again 1 s after the last segment; on the schedule's axis it comes
        // after the first cycle.
        const QList<ObservedEvent> observed{
            {ObservedEvent::Kind::ProbeSent, 1.02, 11.02},
            {ObservedEvent::Kind::ProbeAnswered, 1.0201, 11.0201},
            {ObservedEvent::Kind::ProbeSent, 1.03, 12.0501},
        };
        const QList<MeasuredEvent> measured = toMeasuredEvents(observed);
        QCOMPARE(measured.size(), 3);
        QCOMPARE(measured.at(0).kind, EventKind::Probe);
        QCOMPARE(measured.at(1).kind, EventKind::Ack);
        QVERIFY(qAbs(measured.at(0).t - 1.02) < 1e-9);
        QVERIFY(qAbs(measured.at(2).t - 2.0501) < 1e-9);
        // A dead peer: nothing is received, both measures agree.
        const QList<ObservedEvent> dead{
            {ObservedEvent::Kind::ProbeSent, 1.0, 5.0},
            {ObservedEvent::Kind::ProbeSent, 2.0, 6.0},
            {ObservedEvent::Kind::Abort, 4.0, 8.0},
        };
        const QList<MeasuredEvent> m = toMeasuredEvents(dead);
        QCOMPARE(m.at(2).kind, EventKind::Abort);
        QVERIFY(qAbs(m.at(2).t - 4.0) < 1e-9);
        QVERIFY(toMeasuredEvents({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParams)
#include "tst_params.moc"
