// The one rule behind "these values beat the middlebox": the longest silence
// of a kept-alive idle connection, windows included, against the timeout.
#include "advise/MiddleboxRule.h"
#include "schedule/Schedule.h"
#include "schedule/TimerWheel.h"

#include <QTest>

#include <cmath>

using namespace kt;

namespace {

KeepaliveParams values(int idle, int interval, int count)
{
    KeepaliveParams p;
    p.idleS = idle;
    p.intervalS = interval;
    p.count = count;
    return p;
}

} // namespace

class TstMiddleboxRule : public QObject
{
    Q_OBJECT

private slots:
    void longestSilenceIsIdlePlusTheWheelsLateness_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("hz");
        QTest::newRow("60/10 at 250 Hz") << 60 << 10 << 250;
        QTest::newRow("300/75 at 250 Hz") << 300 << 75 << 250;
        QTest::newRow("340/5 at 1000 Hz") << 340 << 5 << 1000;
        QTest::newRow("7200/75 at 100 Hz") << 7200 << 75 << 100;
        QTest::newRow("1/1 at 300 Hz") << 1 << 1 << 300;
    }
    void longestSilenceIsIdlePlusTheWheelsLateness()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, hz);
        const double silence = advise::longestSilenceS(values(idle, interval, 9), hz);
        // Never early: at least the idle time.
        QVERIFY2(silence >= idle, qPrintable(QString::number(silence)));
        // At most two armed timers late (the interval's re-check, then the
        // re-arm for the rest of the idle time), each by its level's
        // granularity, plus a jiffy of rounding each.
        const qint64 idleJ = qint64(idle) * hz;
        const qint64 intervalJ = qint64(interval) * hz;
        const double bound = idle + double(timerwheel::granularityJiffies(idleJ, hz) +
                                           timerwheel::granularityJiffies(intervalJ, hz) + 2) /
                                        hz;
        QVERIFY2(silence <= bound, qPrintable(QStringLiteral("%1 > %2").arg(silence).arg(bound)));
        // The first idle period alone is what the dead-peer schedule shows
        // for the first probe; the longest silence is never shorter.
        ScheduleInput dead;
        dead.params = values(idle, interval, 9);
        dead.hz = hz;
        const Schedule schedule = computeSchedule(dead);
        QVERIFY(!schedule.events.isEmpty());
        QCOMPARE(schedule.events.first().kind, EventKind::Probe);
        QVERIFY(silence >= schedule.events.first().latest - 1e-9);
    }

    void idleJustBelowTheTimeoutIsUnsafe()
    {
        // 349 s against a 350 s NLB: the first probe may leave after the box
        // has forgotten the flow.
        const auto check = advise::checkMiddlebox(values(349, 5, 3), 250, 350);
        QVERIFY(!check.survives);
        QVERIFY(check.longestSilenceS > 349);
        QCOMPARE(check.marginS, 3.5);
    }

    void shortIdleSurvives()
    {
        const auto check = advise::checkMiddlebox(values(60, 10, 5), 250, 350);
        QVERIFY(check.survives);
        QVERIFY(check.longestSilenceS + check.marginS <= 350);
    }

    void marginIsTwoSecondsOrOnePercent()
    {
        QCOMPARE(advise::safetyMarginS(60), 2.0);
        QCOMPARE(advise::safetyMarginS(1200), 12.0);
    }

    void survivalFlipsOnceAsIdleGrows()
    {
        // The rule is monotonic in idle: once unsafe, never safe again.
        bool seenUnsafe = false;
        for (int idle = 200; idle <= 360; ++idle) {
            const bool survives = advise::checkMiddlebox(values(idle, 30, 4), 250, 350).survives;
            if (!survives)
                seenUnsafe = true;
            QVERIFY2(!(seenUnsafe && survives), qPrintable(QString::number(idle)));
        }
        QVERIFY(seenUnsafe);
    }
};

QTEST_APPLESS_MAIN(TstMiddleboxRule)
#include "tst_middlebox_rule.moc"
