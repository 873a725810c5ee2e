// The timeline widget and page, offscreen: one marker per modelled probe,
// zoom and pan, tooltips, the measured overlay, exports, and the page's
// reaction to the shared explored values.
#include "app/gui/GuiAssembly.h"
#include "session/ExploredParams.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/TimelinePage.h"
#include "ui/TimelineWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace kt;
using namespace kt::ui;

namespace {

ScheduleInput input(int idle, int interval, int count, int userTimeoutMs = 0)
{
    ScheduleInput in;
    in.params = {idle, interval, count, userTimeoutMs};
    in.hz = 250;
    return in;
}

QList<ScheduleEvent> probesOf(const Schedule &s)
{
    QList<ScheduleEvent> out;
    for (const ScheduleEvent &e : s.events) {
        if (e.kind == EventKind::Probe)
            out << e;
    }
    return out;
}

// Optional: keep the rendered images for a person to look at.
void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("KT_TIMELINE_SHOTS");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QImage grabAt2x(TimelineWidget &w)
{
    QImage image(w.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::transparent);
    QPainter p(&image);
    w.render(p, QRectF(QPointF(0, 0), QSizeF(w.size())));
    return image;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void oneMarkerPerProbe_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("userTimeout");
        QTest::newRow("defaults") << 7200 << 75 << 9 << 0;
        QTest::newRow("count 1") << 30 << 10 << 1 << 0;
        QTest::newRow("idle shorter than interval") << 10 << 60 << 3 << 0;
        QTest::newRow("user timeout") << 1 << 1 << 9 << 2500;
        QTest::newRow("127 probes") << 32767 << 32767 << 127 << 0;
    }
    void oneMarkerPerProbe()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(int, userTimeout);
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(idle, interval, count, userTimeout);
        const Schedule s = computeSchedule(in);
        w.setSchedule(in, s);
        const QList<ScheduleEvent> probes = probesOf(s);
        const QList<QRectF> rects = w.probeMarkerRects();
        QCOMPARE(rects.size(), probes.size());
        for (qsizetype k = 0; k < rects.size(); ++k) {
            // Each marker sits on its probe's nominal time, inside the plot.
            QVERIFY(qAbs(rects.at(k).center().x() - w.xForTime(probes.at(k).t)) < 0.01);
            QVERIFY(rects.at(k).left() >= 0 && rects.at(k).right() <= w.width());
        }
        // And they are really painted: the probe colour at each centre
        // (checked where markers do not overlap).
        const QImage image = grabAt2x(w);
        const QColor probe = theme::probe(w.palette());
        if (rects.size() < 20) {
            for (const QRectF &r : rects) {
                const QColor pixel = image.pixelColor((r.center() * 2).toPoint());
                QVERIFY2(qAbs(pixel.red() - probe.red()) < 12 &&
                             qAbs(pixel.green() - probe.green()) < 12 &&
                             qAbs(pixel.blue() - probe.blue()) < 12,
                         qPrintable(pixel.name() + QStringLiteral(" vs ") + probe.name()));
            }
        }
        keep(image, QStringLiteral("widget-%1")
                        .arg(QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'))));
    }

    void longIdleBreaksTheAxis()
    {
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(7200, 75, 9);
        w.setSchedule(in, computeSchedule(in));
        QVERIFY(w.isAxisBroken());
        // With the break, 75 s between probes gets real room on screen.
        const QList<QRectF> rects = w.probeMarkerRects();
        QVERIFY(rects.at(1).center().x() - rects.at(0).center().x() > 40);
        w.setCompressIdle(false);
        QVERIFY(!w.isAxisBroken());
        const QList<QRectF> linear = w.probeMarkerRects();
        QVERIFY(linear.at(1).center().x() - linear.at(0).center().x() < 10);
        // Short idle: nothing to break.
        const ScheduleInput small = input(1, 1, 3);
        w.setCompressIdle(true);
        w.setSchedule(small, computeSchedule(small));
        QVERIFY(!w.isAxisBroken());
    }

    void zoomPanAndReset()
    {
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(60, 10, 9);
        w.setSchedule(in, computeSchedule(in));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.probeMarkerRects().size(), 9);
        const double firstX = w.xForTime(60);
        const double pxPer10s = w.xForTime(70) - firstX;
        // Keyboard: + zooms in around the centre, 0 resets.
        QTest::keyClick(&w, Qt::Key_Plus);
        QTest::keyClick(&w, Qt::Key_Plus);
        QTest::keyClick(&w, Qt::Key_Plus);
        QVERIFY(w.probeMarkerRects().size() < 9);
        QTest::keyClick(&w, Qt::Key_0);
        QCOMPARE(w.probeMarkerRects().size(), 9);
        QCOMPARE(w.xForTime(60), firstX);
        // The wheel zooms around the cursor: the time under it stays put.
        const QPointF at(w.xForTime(100), 200);
        QWheelEvent wheel(at, w.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&w, &wheel);
        QVERIFY(qAbs(w.xForTime(100) - at.x()) < 0.5);
        QVERIFY(w.xForTime(110) - w.xForTime(100) > pxPer10s * 1.5);
        // Arrows pan; a drag pans too.
        const double before = w.xForTime(100);
        QTest::keyClick(&w, Qt::Key_Right);
        QVERIFY(w.xForTime(100) < before);
        const double beforeDrag = w.xForTime(100);
        QTest::mousePress(&w, Qt::LeftButton, {}, QPoint(500, 200));
        QTest::mouseMove(&w, QPoint(560, 200));
        QTest::mouseRelease(&w, Qt::LeftButton, {}, QPoint(560, 200));
        QVERIFY(qAbs(w.xForTime(100) - (beforeDrag + 60)) < 1.0);
        QTest::keyClick(&w, Qt::Key_Left);
        QVERIFY(w.xForTime(100) > beforeDrag + 60);
        // Zooming out never goes past the whole schedule.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(&w, Qt::Key_Minus);
        QCOMPARE(w.probeMarkerRects().size(), 9);
    }

    void tooltipsGiveExactTimeAndWindow()
    {
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(7200, 75, 9);
        w.setSchedule(in, computeSchedule(in));
        const QRectF second = w.probeMarkerRects().at(1);
        const QString text = w.toolTipAt(second.center());
        QVERIFY2(text.contains(QStringLiteral("Probe 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("7275.000 s (2 h 1 min 15 s)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("window 7275.000 – 7408.120 s")), qPrintable(text));
        QVERIFY(w.toolTipAt(QPointF(5, 5)).isEmpty());
    }

    void measuredOverlay()
    {
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(1, 1, 2);
        const Schedule s = computeSchedule(in);
        w.setSchedule(in, s);
        // Synthetic measurements, as the test connection will deliver them.
        const QList<MeasuredEvent> measured{{1.0234, EventKind::Probe, 1},
                                            {2.0474, EventKind::Probe, 2},
                                            {3.0715, EventKind::Abort, 0}};
        w.setMeasuredEvents(measured);
        QCOMPARE(w.measuredEvents(), measured);
        QCOMPARE(w.probeMarkerRects().size(), 2); // the model's markers are unchanged
        const QPointF at(w.xForTime(2.0474), 0);
        // The measured marker sits below the model's in the probe lane.
        const double laneY = w.probeMarkerRects().at(1).center().y();
        QString text;
        for (double y = laneY; y < laneY + 40 && text.isEmpty(); y += 1) {
            const QString t = w.toolTipAt(QPointF(at.x(), y));
            if (t.startsWith(QStringLiteral("Measured")))
                text = t;
        }
        QVERIFY2(text.contains(QStringLiteral("deviation +47 ms, inside the window")),
                 qPrintable(text));
        const QImage image = grabAt2x(w);
        keep(image, QStringLiteral("widget-measured-overlay"));
        w.setMeasuredEvents({});
        QVERIFY(w.measuredEvents().isEmpty());
    }

    void pageFollowsExploredValues()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        page.setKernelHz(KernelHz{250, QStringLiteral("test")});
        page.resize(MainWindow::kScreenshotSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.pageId(), QStringLiteral("timeline"));
        QCOMPARE(page.title(), QStringLiteral("Timeline"));
        QCOMPARE(page.headline(),
                 QStringLiteral("A silently dead peer is noticed after 2 h 11 min 15 s "
                                "(7200 + 9 × 75 s) with the kernel defaults."));
        QCOMPARE(page.timeline()->probeMarkerRects().size(), 9);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("eventTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 10);
        QCOMPARE(table->item(9, 1)->text(), QStringLiteral("7875.000 s"));

        explored.setParams({60, 10, 3, 0}, QStringLiteral("this host's settings"));
        QCOMPARE(page.timeline()->probeMarkerRects().size(), 3);
        QVERIFY2(page.headline().endsWith(
                     QStringLiteral("after 1 min 30 s (60 + 3 × 10 s) with this host's settings.")),
                 qPrintable(page.headline()));

        // Local edits change the view, never the shared values.
        auto *userTimeout = page.findChild<QSpinBox *>(QStringLiteral("userTimeout"));
        QVERIFY(userTimeout);
        userTimeout->setValue(75000);
        QCOMPARE(page.input().params.userTimeoutMs, 75000);
        QCOMPARE(page.timeline()->probeMarkerRects().size(), 2);
        QVERIFY(page.headline().contains(QStringLiteral("after 1 min 20 s")));
        QCOMPARE(explored.params().userTimeoutMs, 0);
        keep(page.grab().toImage(), QStringLiteral("page-user-timeout"));

        auto *scenario = page.findChild<QComboBox *>(QStringLiteral("scenario"));
        QVERIFY(scenario);
        scenario->setCurrentIndex(scenario->findData(1)); // answers
        QVERIFY2(page.headline().startsWith(QStringLiteral("A live peer")),
                 qPrintable(page.headline()));
        keep(page.grab().toImage(), QStringLiteral("page-alive"));
        scenario->setCurrentIndex(scenario->findData(2)); // data in flight
        QVERIFY2(page.headline().contains(QStringLiteral("retransmissions")),
                 qPrintable(page.headline()));
        keep(page.grab().toImage(), QStringLiteral("page-data-in-flight"));

        auto *hz = page.findChild<QSpinBox *>(QStringLiteral("hz"));
        QVERIFY(hz);
        hz->setValue(1000);
        QCOMPARE(page.input().hz, 1000);
    }

    // Measured markers belong to one connection's values and scenario: any
    // other model hides them (with a note and a way back), never shows
    // deviations against the wrong prediction.
    void measuredOverlayOnlyOverItsModel()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        page.setKernelHz(KernelHz{250, QStringLiteral("test")});
        page.resize(MainWindow::kScreenshotSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *hidden = page.findChild<QWidget *>(QStringLiteral("measuredHidden"));
        auto *hiddenText = page.findChild<QLabel *>(QStringLiteral("measuredHiddenText"));
        auto *back = page.findChild<QPushButton *>(QStringLiteral("showMeasured"));
        auto *userTimeout = page.findChild<QSpinBox *>(QStringLiteral("userTimeout"));
        auto *scenario = page.findChild<QComboBox *>(QStringLiteral("scenario"));
        QVERIFY(hidden && hiddenText && back && userTimeout && scenario);

        const QString origin = QStringLiteral("the test connection to 127.0.0.1:4242");
        const KeepaliveParams measuredWith{1, 1, 3, 0};
        explored.setParams(measuredWith, origin);
        const Measurement m{origin,
                            measuredWith,
                            true,
                            Scenario::Dead,
                            {{1.01, EventKind::Probe, 0, 1.01},
                             {2.02, EventKind::Probe, 0, 2.02},
                             {3.03, EventKind::Probe, 0, 3.03},
                             {4.05, EventKind::Abort, 0, 4.05}}};
        explored.setMeasurement(m);
        QCOMPARE(page.timeline()->measuredEvents(), m.events);
        QVERIFY(hidden->isHidden());

        // Another user timeout: another model, so the markers go.
        userTimeout->setValue(2000);
        QVERIFY(page.timeline()->measuredEvents().isEmpty());
        QVERIFY(!hidden->isHidden());
        QVERIFY2(hiddenText->text().contains(origin), qPrintable(hiddenText->text()));
        QVERIFY2(hiddenText->text().contains(QStringLiteral("user timeout not set")),
                 qPrintable(hiddenText->text()));
        keep(page.grab().toImage(), QStringLiteral("page-measured-hidden"));

        // The way back restores the values the events were measured with.
        back->click();
        QCOMPARE(userTimeout->value(), 0);
        QCOMPARE(page.input().params, measuredWith);
        QCOMPARE(page.timeline()->measuredEvents(), m.events);
        QVERIFY(hidden->isHidden());

        // Another scenario hides them too; so do other shared values.
        scenario->setCurrentIndex(scenario->findData(int(Scenario::Alive)));
        QVERIFY(page.timeline()->measuredEvents().isEmpty());
        QVERIFY(!hidden->isHidden());
        QVERIFY(hiddenText->text().contains(scenarioDescription(Scenario::Dead)));
        back->click();
        QCOMPARE(page.input().scenario, Scenario::Dead);
        QCOMPARE(page.timeline()->measuredEvents(), m.events);
        explored.setParams({1, 1, 4, 0}, origin); // the same connection, other values
        QVERIFY(page.timeline()->measuredEvents().isEmpty());
        QVERIFY(!hidden->isHidden());
        back->click();
        QCOMPARE(explored.params(), measuredWith);
        QCOMPARE(page.timeline()->measuredEvents(), m.events);

        // A measurement that shows an answering peer brings its scenario.
        Measurement alive = m;
        alive.scenario = Scenario::Alive;
        alive.events = {{1.01, EventKind::Probe, 0, 1.01}, {1.02, EventKind::Ack, 0, 0.0}};
        explored.setMeasurement(alive);
        QCOMPARE(page.input().scenario, Scenario::Alive);
        QCOMPARE(page.timeline()->measuredEvents(), alive.events);

        // Values from elsewhere drop the measurement altogether.
        explored.setParams({7200, 75, 9, 0}, QStringLiteral("this host's settings"));
        QVERIFY(page.timeline()->measuredEvents().isEmpty());
        QVERIFY(hidden->isHidden());
    }

    void exports()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        page.setKernelHz(KernelHz{250, QStringLiteral("test")});
        page.resize(MainWindow::kScreenshotSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir dir;
        const QSize logical = page.timeline()->size();
        for (int scale : {1, 2, 3}) {
            const QString png = dir.filePath(QStringLiteral("t%1.png").arg(scale));
            QVERIFY(page.exportPng(png, scale));
            QImage image(png);
            QCOMPARE(image.size(), logical * scale);
        }
        const QString svg = dir.filePath(QStringLiteral("t.svg"));
        QVERIFY(page.exportSvg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("ETIMEDOUT after 2 h 11 min 15 s"));
        page.copyImageToClipboard();
        QCOMPARE(QGuiApplication::clipboard()->image().size(), logical * 2);
    }

    void darkPaletteStaysLegible()
    {
        TimelineWidget w;
        w.setPalette(theme::darkPalette());
        w.resize(1000, 380);
        const ScheduleInput in = input(1, 1, 3, 2500);
        w.setSchedule(in, computeSchedule(in));
        w.setMeasuredEvents({{1.0115, EventKind::Probe, 1},
                             {2.0355, EventKind::Probe, 2},
                             {3.0635, EventKind::Abort, 0}});
        const QImage image = grabAt2x(w);
        // The card is the dark base colour, not a hard-coded white.
        QVERIFY(image.pixelColor(40, 600).lightness() < 60);
        keep(image, QStringLiteral("widget-dark"));
    }

    void registeredInTheApplication()
    {
        app::GuiAssembly assembly;
        Page *page = assembly.window()->page(QStringLiteral("timeline"));
        QVERIFY(page);
        QVERIFY(qobject_cast<TimelinePage *>(page));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
