#include "params/Duration.h"
#include "params/ExploredParams.h"
#include "params/KeepaliveParams.h"
#include "params/KernelLimits.h"

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
};

QTEST_GUILESS_MAIN(TestParams)
#include "tst_params.moc"
