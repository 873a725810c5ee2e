// How long painting a long schedule takes: 127 probes (the TCP_KEEPCNT
// maximum) at 1180×380 logical pixels, device pixel ratio 2. Prints figures;
// not a pass/fail timing test.
#include "schedule/Schedule.h"
#include "ui/TimelineWidget.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace kt;

class BenchTimeline : public QObject
{
    Q_OBJECT
private slots:
    void paint127Probes_data()
    {
        QTest::addColumn<bool>("overlay");
        QTest::newRow("model") << false;
        QTest::newRow("model+measured") << true;
    }
    void paint127Probes()
    {
        QFETCH(bool, overlay);
        ScheduleInput in;
        in.params = {60, 5, 127, 0};
        in.hz = 250;
        const Schedule schedule = computeSchedule(in);
        ui::TimelineWidget widget;
        widget.resize(1180, 380);
        widget.setSchedule(in, schedule);
        if (overlay) {
            QList<MeasuredEvent> measured;
            for (const ScheduleEvent &e : schedule.events)
                measured << MeasuredEvent{e.t + 0.02, e.kind, e.probe};
            widget.setMeasuredEvents(measured);
        }
        QCOMPARE(widget.probeMarkerRects().size(), 127);
        QImage image(widget.size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        QBENCHMARK
        {
            QPainter painter(&image);
            widget.render(painter, QRectF(0, 0, widget.width(), widget.height()));
        }
    }
};

QTEST_MAIN(BenchTimeline)
#include "bench_timeline.moc"
