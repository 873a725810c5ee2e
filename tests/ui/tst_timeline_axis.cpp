// The timeline's time axis without a widget: seconds to pixels and back,
// the broken idle stretch, zoom around a point, pan limits and ticks.
#include "params/Format.h"
#include "schedule/Schedule.h"
#include "ui/TimelineAxis.h"

#include <QTest>

#include <cmath>

using namespace kt;
using namespace kt::ui;

namespace {

constexpr double kLeft = 120;
constexpr double kWidth = 800;

ScheduleInput input(int idle, int interval, int count)
{
    ScheduleInput in;
    in.params = {idle, interval, count, 0};
    in.hz = 250;
    return in;
}

TimelineAxis axisFor(int idle, int interval, int count, bool compressIdle = true)
{
    const ScheduleInput in = input(idle, interval, count);
    TimelineAxis axis;
    axis.fit(computeSchedule(in), {}, double(idle), compressIdle);
    axis.setPixelRange(kLeft, kWidth);
    return axis;
}

// A monospaced stand-in for the caption font: 7 px a character.
double labelWidth(const QString &label)
{
    return 7.0 * double(label.size());
}

} // namespace

class TimelineAxisTest : public QObject
{
    Q_OBJECT

private slots:
    void marksAreReachedAndNeverHidden()
    {
        // The Advisor's goal: a middlebox at 350 s past an abort at 57 s…
        const ScheduleInput in = input(42, 5, 3);
        const Schedule schedule = computeSchedule(in);
        TimelineAxis axis;
        axis.fit(schedule, {}, 42, true, {350.0, 60.0});
        QVERIFY(axis.endT() > 350);
        axis.setPixelRange(kLeft, kWidth);
        QVERIFY(axis.xForTime(350) < axis.right());
        // …and one long before the first probe of 7200 s: the break, if any,
        // ends before it, so it is drawn where it is.
        TimelineAxis broken;
        broken.fit(computeSchedule(input(7200, 75, 9)), {}, 7200, true, {350.0});
        QVERIFY(!broken.isBroken() || broken.breakTo() <= 350 || broken.breakFrom() >= 350);
        TimelineAxis plain;
        plain.fit(computeSchedule(input(7200, 75, 9)), {}, 7200, true);
        QVERIFY(plain.isBroken() && plain.breakFrom() < 350 && plain.breakTo() > 350);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("compress");
        QTest::addColumn<double>("t");
        QTest::newRow("linear, start") << 10 << 5 << 9 << true << 0.0;
        QTest::newRow("linear, first probe") << 10 << 5 << 9 << true << 10.0;
        QTest::newRow("linear, between probes") << 10 << 5 << 9 << true << 27.3;
        QTest::newRow("broken, before the break") << 7200 << 75 << 9 << true << 60.0;
        QTest::newRow("broken, inside the break") << 7200 << 75 << 9 << true << 3000.0;
        QTest::newRow("broken, first probe") << 7200 << 75 << 9 << true << 7200.0;
        QTest::newRow("broken, abort") << 7200 << 75 << 9 << true << 7875.0;
        QTest::newRow("not compressed, idle") << 7200 << 75 << 9 << false << 3000.0;
        QTest::newRow("not compressed, probe") << 7200 << 75 << 9 << false << 7425.0;
    }

    void roundTrip()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(bool, compress);
        QFETCH(double, t);
        const TimelineAxis axis = axisFor(idle, interval, count, compress);
        const double x = axis.xForTime(t);
        QVERIFY2(axis.contains(x), qPrintable(QStringLiteral("x = %1").arg(x)));
        QVERIFY2(std::abs(axis.timeForX(x) - t) < 1e-6,
                 qPrintable(
                     QStringLiteral("%1 s -> %2 px -> %3 s").arg(t).arg(x).arg(axis.timeForX(x))));
        // And from pixels: every x of the range names one time.
        const double back = axis.xForTime(axis.timeForX(kLeft + 0.37 * kWidth));
        QVERIFY(std::abs(back - (kLeft + 0.37 * kWidth)) < 1e-6);
    }

    void monotonic_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::newRow("linear") << 10 << 5 << 9;
        QTest::newRow("broken") << 7200 << 75 << 9;
    }

    void monotonic()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        const TimelineAxis axis = axisFor(idle, interval, count);
        double previous = axis.xForTime(0);
        for (double t = axis.endT() / 200; t <= axis.endT(); t += axis.endT() / 200) {
            const double x = axis.xForTime(t);
            QVERIFY2(x > previous, qPrintable(QStringLiteral("at %1 s").arg(t)));
            previous = x;
        }
    }

    void brokenAxis_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("compress");
        QTest::addColumn<bool>("broken");
        QTest::newRow("7200 s idle, 75 s interval") << 7200 << 75 << 9 << true << true;
        QTest::newRow("same, not compressed") << 7200 << 75 << 9 << false << false;
        QTest::newRow("10 s idle, 5 s interval") << 10 << 5 << 9 << true << false;
        QTest::newRow("600 s idle, 1 s interval") << 600 << 1 << 5 << true << true;
    }

    void brokenAxis()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(bool, compress);
        QFETCH(bool, broken);
        const TimelineAxis axis = axisFor(idle, interval, count, compress);
        QCOMPARE(axis.isBroken(), broken);
        if (!broken) {
            QVERIFY(axis.breakLabel().isEmpty());
            // A plain axis: equal times take equal room.
            const double perSecond = axis.xForTime(1) - axis.xForTime(0);
            QVERIFY(std::abs((axis.xForTime(idle + 1) - axis.xForTime(idle)) - perSecond) < 1e-6);
            return;
        }
        // The break hides most of the idle stretch and ends before the first
        // probe, which stays on the readable part.
        QVERIFY(axis.breakFrom() > 0);
        QVERIFY(axis.breakTo() <= idle);
        const double hidden = axis.breakTo() - axis.breakFrom();
        QVERIFY2(hidden > 0.9 * idle, qPrintable(QString::number(hidden)));
        // ... in a small part of the width, while the probing takes most.
        QVERIFY(axis.xForTime(axis.breakTo()) - axis.xForTime(axis.breakFrom()) < 0.1 * kWidth);
        QVERIFY(axis.xForTime(axis.endT()) - axis.xForTime(idle) > 0.6 * kWidth);
        // The label says how long the hidden stretch is.
        QVERIFY2(axis.breakLabel().contains(formatDuration(std::llround(hidden))),
                 qPrintable(axis.breakLabel()));
    }

    void breakOf7200sIdle()
    {
        // The documented example: 7200 s idle, then 9 probes 75 s apart.
        const TimelineAxis axis = axisFor(7200, 75, 9);
        QVERIFY(axis.isBroken());
        QCOMPARE(axis.breakFrom(), 120.0);
        QCOMPARE(axis.breakTo(), 7140.0);
        QCOMPARE(axis.breakLabel(), QStringLiteral("⋯ %1 ⋯").arg(formatDuration(7020)));
    }

    void zoomKeepsAnchor_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchor"); // fraction of the width
        QTest::newRow("in at the middle") << 10 << 1.5 << 0.5;
        QTest::newRow("in near the left") << 10 << 4.0 << 0.1;
        QTest::newRow("in near the right") << 10 << 2.0 << 0.9;
        QTest::newRow("out at the middle") << 10 << 1 / 1.5 << 0.5;
        QTest::newRow("out off centre") << 10 << 0.5 << 0.4;
        QTest::newRow("broken, in on a probe") << 7200 << 3.0 << 0.6;
        QTest::newRow("broken, in near the left") << 7200 << 2.0 << 0.05;
    }

    void zoomKeepsAnchor()
    {
        QFETCH(int, idle);
        QFETCH(double, factor);
        QFETCH(double, anchor);
        TimelineAxis axis = axisFor(idle, 5, 9);
        // Zoomed in first, so zooming out has room before the full view.
        axis.zoom(8.0, kLeft + kWidth / 2);
        const double anchorX = kLeft + anchor * kWidth;
        const double t = axis.timeForX(anchorX);
        const double span = axis.viewU1() - axis.viewU0();
        axis.zoom(factor, anchorX);
        QVERIFY2(std::abs(axis.xForTime(t) - anchorX) < 1e-6,
                 qPrintable(QStringLiteral("%1 s moved from %2 to %3 px")
                                .arg(t)
                                .arg(anchorX)
                                .arg(axis.xForTime(t))));
        QVERIFY(std::abs((axis.viewU1() - axis.viewU0()) - span / factor) < 1e-9 * span);
    }

    void panLimits()
    {
        TimelineAxis axis = axisFor(10, 5, 9);
        const double full0 = axis.fullU0();
        const double full1 = axis.fullU1();
        QCOMPARE(axis.viewU0(), full0);
        QCOMPARE(axis.viewU1(), full1);

        // Fully zoomed out, panning goes nowhere.
        axis.pan(0.5);
        QCOMPARE(axis.viewU0(), full0);
        QCOMPARE(axis.viewU1(), full1);

        axis.zoom(4.0, kLeft + kWidth / 2);
        const double span = axis.viewU1() - axis.viewU0();
        axis.pan(-10);
        QCOMPARE(axis.viewU0(), full0);
        QVERIFY(std::abs((axis.viewU1() - axis.viewU0()) - span) < 1e-9);
        axis.pan(10);
        QCOMPARE(axis.viewU1(), full1);
        QVERIFY(std::abs((axis.viewU1() - axis.viewU0()) - span) < 1e-9);
        axis.pan(-0.25);
        QVERIFY(std::abs(axis.viewU1() - (full1 - span / 4)) < 1e-9);

        // A drag of half the width to the right shows half a span earlier.
        const double u0 = axis.viewU0();
        axis.dragFrom(u0, kWidth / 2);
        QVERIFY(std::abs(axis.viewU0() - (u0 - span / 2)) < 1e-9);

        // Zoom out past the whole axis: the whole axis.
        axis.zoom(1e-3, kLeft);
        QCOMPARE(axis.viewU0(), full0);
        QCOMPARE(axis.viewU1(), full1);
        // Zoom in without end: 4 ms at most.
        for (int i = 0; i < 60; ++i)
            axis.zoom(10, kLeft + kWidth / 3);
        QVERIFY(std::abs((axis.viewU1() - axis.viewU0()) - 0.004) < 1e-9);
        QVERIFY(axis.viewU0() >= full0 && axis.viewU1() <= full1);

        axis.resetView();
        QCOMPARE(axis.viewU0(), full0);
        QCOMPARE(axis.viewU1(), full1);
    }

    void ticks_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("pan");
        QTest::newRow("linear, all") << 10 << 5 << 1.0 << 0.0;
        QTest::newRow("linear, zoomed") << 10 << 5 << 6.0 << 0.0;
        QTest::newRow("linear, zoomed to milliseconds") << 10 << 5 << 2000.0 << 0.3;
        QTest::newRow("broken, all") << 7200 << 75 << 1.0 << 0.0;
        QTest::newRow("broken, zoomed and panned") << 7200 << 75 << 5.0 << -3.0;
        QTest::newRow("day-long idle") << 86400 << 600 << 1.0 << 0.0;
    }

    void ticks()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(double, zoom);
        QFETCH(double, pan);
        TimelineAxis axis = axisFor(idle, interval, 9);
        axis.zoom(zoom, kLeft + kWidth / 2);
        axis.pan(pan);
        const QList<TimelineAxis::Tick> ticks = axis.ticks(labelWidth);
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
        const double t0 = axis.timeForU(axis.viewU0());
        const double t1 = axis.timeForU(axis.viewU1());
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const TimelineAxis::Tick &tick = ticks.at(i);
            const QString where = QStringLiteral("tick %1 at %2 s").arg(i).arg(tick.t, 0, 'f', 6);
            QVERIFY2(!tick.label.isEmpty(), qPrintable(where));
            QVERIFY2(tick.t >= -1e-9 && tick.t <= axis.endT() + 1e-9, qPrintable(where));
            QVERIFY2(tick.t >= t0 - 1e-9 && tick.t <= t1 + 1e-9, qPrintable(where));
            QVERIFY2(axis.contains(axis.xForTime(tick.t), 1e-6), qPrintable(where));
            // None inside the hidden stretch.
            if (axis.isBroken())
                QVERIFY2(tick.t <= axis.breakFrom() + 1e-9 || tick.t >= axis.breakTo() - 1e-9,
                         qPrintable(where));
            if (i > 0) {
                QVERIFY2(tick.t > ticks.at(i - 1).t, qPrintable(where));
                // Labels of one straight piece do not overlap.
                const double gap = axis.xForTime(tick.t) - axis.xForTime(ticks.at(i - 1).t);
                const bool acrossBreak = axis.isBroken() && ticks.at(i - 1).t <= axis.breakFrom() &&
                                         tick.t >= axis.breakTo();
                if (!acrossBreak)
                    QVERIFY2(gap >= 40, qPrintable(where + QStringLiteral(": %1 px").arg(gap)));
            }
        }
    }

    void tickLabel_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("label");
        QTest::newRow("zero") << 0.0 << 5.0 << QStringLiteral("0");
        QTest::newRow("milliseconds") << 0.25 << 0.05 << QStringLiteral("250 ms");
        QTest::newRow("tenths") << 1.5 << 0.5 << QStringLiteral("1.5 s");
        QTest::newRow("hundredths") << 2.05 << 0.05 << QStringLiteral("2.05 s");
        QTest::newRow("minutes and a fraction")
            << 75.5 << 0.5 << formatDuration(60) + QStringLiteral(" 15.5 s");
        QTest::newRow("whole seconds") << 45.0 << 5.0 << formatDuration(45);
        QTest::newRow("hours") << 7275.0 << 15.0 << formatDuration(7275);
    }

    void tickLabel()
    {
        QFETCH(double, t);
        QFETCH(double, step);
        QFETCH(QString, label);
        QCOMPARE(TimelineAxis::tickLabel(t, step), label);
    }
};

QTEST_APPLESS_MAIN(TimelineAxisTest)
#include "tst_timeline_axis.moc"
