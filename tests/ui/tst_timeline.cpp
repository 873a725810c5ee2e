// The timeline widget and page, offscreen: one marker per modelled probe,
// zoom and pan, tooltips, the measured overlay, exports, and the page's
// reaction to the shared explored values.
#include "app/gui/GuiAssembly.h"
#include "params/Format.h"
#include "schedule/Detection.h"
#include "session/ExploredParams.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/TimelinePage.h"
#include "ui/TimelineWidget.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

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

// The page as the tests look at it: HZ fixed, at the screenshot size, shown.
bool showAtScreenshotSize(TimelinePage &page)
{
    page.setKernelHz(KernelHz{250, QStringLiteral("test")});
    page.resize(MainWindow::kScreenshotSize);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
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

// Fails with the pair when two labels overlap.
QString overlappingLabels(const QList<TimelinePainter::Label> &labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).rect.intersects(labels.at(j).rect))
                return labels.at(i).text + QStringLiteral(" / ") + labels.at(j).text;
        }
    }
    return {};
}

// WCAG 2.x relative luminance of an sRGB colour, and the contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double ratio(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// The luminances of the pixels inside `logical` (in widget coordinates) of
// an image rendered at `scale`.
QList<double> luminances(const QImage &image, const QRectF &logical, int scale)
{
    QList<double> out;
    const QRect r =
        QRectF(logical.topLeft() * scale, logical.size() * scale).toAlignedRect() & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            out << luminance(image.pixelColor(x, y));
    }
    return out;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Text is thin: its ink is the tenth of the pixels farthest from the
// background, and the median of those is the text's colour.
double inkOf(const QList<double> &values, double background)
{
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end(), [background](double a, double b) {
        return std::abs(a - background) > std::abs(b - background);
    });
    sorted.resize(std::max<qsizetype>(1, sorted.size() / 10));
    return median(sorted);
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
        QVERIFY(showAtScreenshotSize(page));
        QCOMPARE(page.pageId(), QStringLiteral("timeline"));
        QCOMPARE(page.title(), QStringLiteral("Timeline"));
        QCOMPARE(page.headline(),
                 QStringLiteral("A silently dead peer is noticed after 2 h 11 min 15 s "
                                "(7200 + 9 × 75 s) with the kernel defaults."));
        QCOMPARE(page.timeline()->probeMarkerRects().size(), 9);
        // At the window's own size every stretch of the connection keeps its
        // words beside the abort's (a label that only touches another's
        // margin was once dropped).
        for (const QSize size : {QSize(990, 650), QSize(990, 690), MainWindow::kScreenshotSize}) {
            page.resize(size);
            QApplication::processEvents();
            QStringList texts;
            for (const auto &label : page.timeline()->labels())
                texts << label.text;
            QVERIFY2(texts.contains(QStringLiteral("probing, no answer: 11 min 15 s")) &&
                         texts.contains(QStringLiteral("ETIMEDOUT after 2 h 11 min 15 s")),
                     qPrintable(QStringLiteral("%1×%2: ").arg(size.width()).arg(size.height()) +
                                texts.join(QStringLiteral(" | "))));
        }
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
        QVERIFY(showAtScreenshotSize(page));
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
        QVERIFY(showAtScreenshotSize(page));
        QTemporaryDir dir;
        const QSize logical = page.timeline()->size();
        for (int scale : {1, 2, 3}) {
            const QString png = dir.filePath(QStringLiteral("t%1.png").arg(scale));
            QVERIFY(page.exportPng(png, scale));
            QImage image(png);
            QCOMPARE(image.size(), page.exportSize() * scale);
            QCOMPARE(image.width(), logical.width() * scale);
        }
        const QString svg = dir.filePath(QStringLiteral("t.svg"));
        QVERIFY(page.exportSvg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("ETIMEDOUT after 2 h 11 min 15 s"));
        page.copyImageToClipboard();
        QCOMPARE(QGuiApplication::clipboard()->image().size(), page.exportSize() * 2);
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

    // Data in flight: the retransmissions are a sequence of distinct
    // markers, their numbers thinned where they crowd and one "1–8" for the
    // pile at the start, never two labels on top of each other.
    void dataInFlightReadsAsASequence_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("wide") << QSize(1000, 380);
        QTest::newRow("800x560 window") << QSize(556, 300);
        QTest::newRow("narrow") << QSize(420, 280);
    }
    void dataInFlightReadsAsASequence()
    {
        QFETCH(QSize, size);
        TimelineWidget w;
        w.resize(size);
        ScheduleInput in = input(7200, 75, 9);
        in.scenario = Scenario::DataInFlight;
        const Schedule s = computeSchedule(in);
        w.setSchedule(in, s);
        const QList<TimelinePainter::Label> labels = w.labels();
        QVERIFY2(overlappingLabels(labels).isEmpty(), qPrintable(overlappingLabels(labels)));
        QList<TimelinePainter::Label> numbers;
        for (const TimelinePainter::Label &l : labels) {
            if (l.kind == TimelinePainter::Label::Number)
                numbers << l;
        }
        QVERIFY(numbers.size() >= 2);
        // The first label names the pile at the start as a range.
        QVERIFY2(numbers.first().text.startsWith(QStringLiteral("1–")),
                 qPrintable(numbers.first().text));
        // The last retransmission is always numbered.
        int last = 0;
        for (const ScheduleEvent &e : s.events) {
            if (e.kind == EventKind::Retransmit)
                last = std::max(last, e.probe);
        }
        QVERIFY2(numbers.last().text.endsWith(QString::number(last)),
                 qPrintable(numbers.last().text));
        // Each number sits above its (first) marker.
        for (const TimelinePainter::Label &l : numbers) {
            const double x0 = w.xForTime(s.events.at(l.index).t);
            const double x1 = w.xForTime(s.events.at(l.lastIndex).t);
            QVERIFY(l.rect.center().x() >= x0 - 1 && l.rect.center().x() <= x1 + 1);
        }
        keep(grabAt2x(w),
             QStringLiteral("widget-data-in-flight-%1x%2").arg(size.width()).arg(size.height()));
    }

    void noLabelsOverlapAtAnySize_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QSize>("size");
        for (const Scenario sc : allScenarios()) {
            for (const QSize size : {QSize(1000, 380), QSize(556, 300), QSize(420, 280)}) {
                QTest::addRow("%s %dx%d", qPrintable(scenarioName(sc)), size.width(), size.height())
                    << int(sc) << size;
            }
        }
    }
    void noLabelsOverlapAtAnySize()
    {
        QFETCH(int, scenario);
        QFETCH(QSize, size);
        for (const ScheduleInput base : {input(7200, 75, 9), input(1, 1, 9, 2500)}) {
            TimelineWidget w;
            w.resize(size);
            ScheduleInput in = base;
            in.scenario = Scenario(scenario);
            w.setSchedule(in, computeSchedule(in));
            w.setMeasuredEvents({{1.0115, EventKind::Probe, 1}, {2.0355, EventKind::Probe, 2}});
            const QList<TimelinePainter::Label> labels = w.labels();
            QVERIFY2(overlappingLabels(labels).isEmpty(), qPrintable(overlappingLabels(labels)));
            // The verdict under the axis wraps inside the plot's width, below
            // "Time since…" when they do not fit one line, and inside the card.
            const TimelinePainter::Layout g = w.currentLayout();
            QVERIFY(g.verdict.left() >= g.plot.left() - 0.5);
            QVERIFY(g.verdict.right() <= g.plot.right() + 0.5);
            QVERIFY2(
                g.verdict.bottom() <= size.height(),
                qPrintable(QStringLiteral("%1 > %2").arg(g.verdict.bottom()).arg(size.height())));
        }
    }

    void labelsFollowTheirMarkersWhenPanning()
    {
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(60, 10, 9);
        w.setSchedule(in, computeSchedule(in));
        w.setMeasuredEvents({{70.5, EventKind::Probe, 2}});
        w.zoom(1.6, w.currentLayout().plot.center().x());
        const auto markerX = [&w](qsizetype index, bool measured) {
            for (const TimelinePainter::Marker &m : w.markers()) {
                if (m.index == index && m.measured == measured)
                    return m.rect.center().x();
            }
            return qQNaN();
        };
        const QList<TimelinePainter::Label> before = w.labels();
        w.pan(0.04);
        const QList<TimelinePainter::Label> after = w.labels();
        int followed = 0;
        for (const TimelinePainter::Label &b : before) {
            if (b.kind == TimelinePainter::Label::State || b.index < 0)
                continue;
            for (const TimelinePainter::Label &a : after) {
                if (a.kind != b.kind || a.index != b.index || a.text != b.text)
                    continue;
                const bool measured = a.kind == TimelinePainter::Label::Deviation;
                // Number labels of a pile are centred on it: follow its first.
                const double dxLabel = a.rect.center().x() - b.rect.center().x();
                const double xNow = markerX(a.index, measured);
                w.pan(-0.04);
                const double xThen = markerX(a.index, measured);
                w.pan(0.04);
                if (qIsNaN(xNow) || qIsNaN(xThen))
                    continue;
                QVERIFY2(qAbs(dxLabel - (xNow - xThen)) < 0.5,
                         qPrintable(a.text + QStringLiteral(": label moved %1, marker %2")
                                                 .arg(dxLabel)
                                                 .arg(xNow - xThen)));
                QVERIFY(qAbs(dxLabel) > 1);
                ++followed;
            }
        }
        QVERIFY2(followed >= 4, qPrintable(QString::number(followed)));
    }

    void measuredTooltipGivesTimeWindowAndDeviation()
    {
        TimelineWidget w;
        w.resize(1000, 380);
        const ScheduleInput in = input(1, 1, 2);
        const Schedule s = computeSchedule(in);
        w.setSchedule(in, s);
        w.setMeasuredEvents({{1.0234, EventKind::Probe, 1}, {2.0474, EventKind::Probe, 2}});
        const QList<QRectF> measured = w.measuredMarkerRects();
        QCOMPARE(measured.size(), 2);
        const QString text = w.toolTipAt(measured.at(1).center());
        const QList<Deviation> d = compareWithSchedule(s, w.measuredEvents());
        const ScheduleEvent &e = s.events.at(d.at(1).eventIndex);
        QVERIFY2(text.startsWith(QStringLiteral("Measured probe 2")), qPrintable(text));
        QVERIFY2(text.contains(formatSecondsPrecise(2.0474)), qPrintable(text));
        QVERIFY2(text.contains(formatSecondsPrecise(e.earliest) + QStringLiteral(" – ") +
                               formatSecondsPrecise(e.latest)),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("deviation +") + formatSecondsPrecise(d.at(1).deviationS)),
            qPrintable(text));
    }

    void eventTableShowsMeasuredColumnsWithTheOverlay()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        QVERIFY(showAtScreenshotSize(page));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("eventTable"));
        QVERIFY(table);
        QVERIFY(table->isColumnHidden(5) && table->isColumnHidden(6));
        const QString origin = QStringLiteral("the test connection to 127.0.0.1:4242");
        const KeepaliveParams with{1, 1, 3, 0};
        explored.setParams(with, origin);
        explored.setMeasurement({origin,
                                 with,
                                 true,
                                 Scenario::Dead,
                                 {{1.01, EventKind::Probe, 0, 1.01},
                                  {2.02, EventKind::Probe, 0, 2.02},
                                  {3.03, EventKind::Probe, 0, 3.03},
                                  {4.05, EventKind::Abort, 0, 4.05}}});
        QVERIFY(!table->isColumnHidden(5) && !table->isColumnHidden(6));
        QCOMPARE(table->horizontalHeaderItem(5)->text(), QStringLiteral("Measured"));
        QCOMPARE(table->horizontalHeaderItem(6)->text(), QStringLiteral("Deviation"));
        QCOMPARE(table->item(0, 5)->text(), formatSecondsPrecise(1.01));
        const QList<Deviation> d =
            compareWithSchedule(page.timeline()->schedule(), page.timeline()->measuredEvents());
        QCOMPARE(table->item(int(d.at(0).eventIndex), 6)->text(),
                 QStringLiteral("+") + formatSecondsPrecise(d.at(0).deviationS));
        keep(page.grab().toImage(), QStringLiteral("page-measured-columns"));
        // Another model hides the overlay, and the columns with it.
        page.findChild<QSpinBox *>(QStringLiteral("userTimeout"))->setValue(2000);
        QVERIFY(table->isColumnHidden(5) && table->isColumnHidden(6));
    }

    void exportsCarryACaption()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        QVERIFY(showAtScreenshotSize(page));
        auto *box = page.findChild<QCheckBox *>(QStringLiteral("exportCaption"));
        QVERIFY(box && box->isChecked() && page.exportCaption());
        QTemporaryDir dir;
        const QSize logical = page.timeline()->size();
        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(page.exportPng(png, 2));
        const QImage image(png);
        keep(image, QStringLiteral("export-with-caption"));
        QCOMPARE(image.width(), logical.width() * 2);
        QVERIFY(image.height() > logical.height() * 2 + 40);
        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(page.exportSvg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("TCP keep-alive probe schedule")));
        QVERIFY(text.contains(scenarioDescription(Scenario::Dead)));
        QVERIFY(text.contains(QStringLiteral("idle 7200 s")));
        QVERIFY(text.contains(QStringLiteral("A silently dead peer is noticed")));
        file.close();

        box->click();
        QVERIFY(!page.exportCaption());
        QVERIFY(page.exportPng(png, 2));
        QCOMPARE(QImage(png).size(), logical * 2);
        QVERIFY(page.exportSvg(svg));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString plain = QString::fromUtf8(file.readAll());
        // (The SVG's <title> and <desc> metadata stay; nothing is drawn.)
        QVERIFY(!plain.contains(scenarioDescription(Scenario::Dead)));
        QVERIFY(!plain.contains(QStringLiteral("idle 7200 s")));
    }

    void remembersScenarioScaleAndCaption()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        {
            TimelinePage page(nullptr);
            auto *scenario = page.findChild<QComboBox *>(QStringLiteral("scenario"));
            scenario->setCurrentIndex(scenario->findData(int(Scenario::DataInFlight)));
            auto *scale = page.findChild<QComboBox *>(QStringLiteral("exportScale"));
            scale->setCurrentIndex(scale->findData(3));
            page.setExportCaption(false);
            page.saveSettings(settings);
        }
        TimelinePage page(nullptr);
        page.restoreSettings(settings);
        QCOMPARE(page.input().scenario, Scenario::DataInFlight);
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("exportScale"))->currentData(), 3);
        QVERIFY(!page.exportCaption());
    }

    // WCAG AA from the rendered pixels: 3:1 for marks, 4.5:1 for text,
    // against the plot's background, in the light and the dark palette.
    void contrastMeetsWcagAa_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void contrastMeetsWcagAa()
    {
        QFETCH(bool, dark);
        const int scale = 2;
        const QPalette palette = dark ? theme::darkPalette() : QApplication::palette();
        QStringList report;
        const auto check = [&](const QString &what, double mark, double background, double needed) {
            const double r = ratio(mark, background);
            report << QStringLiteral("%1 %2:1").arg(what).arg(r, 0, 'f', 2);
            QVERIFY2(r >= needed, qPrintable(QStringLiteral("%1: %2:1, needs %3:1")
                                                 .arg(what)
                                                 .arg(r, 0, 'f', 2)
                                                 .arg(needed)));
        };
        for (const Scenario sc : {Scenario::Dead, Scenario::Alive}) {
            TimelineWidget w;
            w.setPalette(palette);
            w.resize(1000, 380);
            ScheduleInput in = input(7200, 75, 9);
            in.scenario = sc;
            w.setSchedule(in, computeSchedule(in));
            if (sc == Scenario::Dead)
                w.setMeasuredEvents({{7201.5, EventKind::Probe, 1}});
            const QImage image = grabAt2x(w);
            keep(image, QStringLiteral("contrast-%1-%2")
                            .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                 scenarioName(sc)));
            const TimelinePainter::Layout g = w.currentLayout();
            // The plot's background: an empty patch of the peer lane, left.
            const QRectF patch(g.plot.left() + 4, g.lanes[2].top() + 4, 30, 10);
            const double background = median(luminances(image, patch, scale));
            QVERIFY(background >= 0);
            const auto interior = [&](const QRectF &r, double inset) {
                return median(luminances(image, r.adjusted(inset, inset, -inset, -inset), scale));
            };
            for (const TimelinePainter::Marker &m : w.markers()) {
                if (m.measured) {
                    // A ring: its ink is the pixels on the circle.
                    QList<double> ring;
                    const QPointF c = m.rect.center() * scale;
                    const double radius = m.rect.width() / 2 * scale;
                    for (int y = int(c.y() - radius - 3); y <= int(c.y() + radius + 3); ++y) {
                        for (int x = int(c.x() - radius - 3); x <= int(c.x() + radius + 3); ++x) {
                            if (qAbs(std::hypot(x + 0.5 - c.x(), y + 0.5 - c.y()) - radius) < 0.8)
                                ring << luminance(image.pixelColor(x, y));
                        }
                    }
                    check(QStringLiteral("measured ink"), median(ring), background, 3.0);
                    continue;
                }
                const EventKind kind = w.schedule().events.at(m.index).kind;
                if (kind == EventKind::Probe && m.index <= 1)
                    check(QStringLiteral("probe"), interior(m.rect, 2), background, 3.0);
                else if (kind == EventKind::Ack && m.index <= 1)
                    check(QStringLiteral("ack"), interior(m.rect, 2), background, 3.0);
                else if (kind == EventKind::Abort) {
                    check(QStringLiteral("abort"), interior(m.rect, 2), background, 3.0);
                    // The deadline line, in the peer lane where nothing
                    // else is drawn.
                    const double x = m.rect.center().x();
                    check(QStringLiteral("abort line"),
                          interior(QRectF(x - 0.5, g.lanes[2].top() + 4, 1, 10), 0), background,
                          3.0);
                }
            }
            for (const TimelinePainter::Bar &b : w.bars()) {
                const QRectF part(b.rect.left() + 4, b.rect.top(), 30, b.rect.height());
                check(b.idle ? QStringLiteral("idle bar") : QStringLiteral("unanswered bar"),
                      interior(part, 2), background, 3.0);
            }
            const QList<QRectF> edges = w.windowEdgeRects();
            QVERIFY(!edges.isEmpty());
            const QRectF edge = edges.first();
            check(QStringLiteral("window edge"),
                  interior(QRectF(edge.left(), edge.top(), edge.width(), 4), 0), background, 3.0);
            for (const TimelinePainter::Label &l : w.labels()) {
                check(QStringLiteral("text \"%1\"").arg(l.text),
                      inkOf(luminances(image, l.rect, scale), background), background, 4.5);
            }
        }
        {
            // The user timeout's deadline: a dashed line, so its ink is the
            // tenth of the pixels farthest from the background.
            TimelineWidget w;
            w.setPalette(palette);
            w.resize(1000, 380);
            const ScheduleInput in = input(1, 1, 9, 2500);
            w.setSchedule(in, computeSchedule(in));
            const QImage image = grabAt2x(w);
            const TimelinePainter::Layout g = w.currentLayout();
            const QRectF patch(g.plot.left() + 4, g.lanes[2].top() + 4, 6, 10);
            const double background = median(luminances(image, patch, scale));
            const double x = w.xForTime(2.5);
            check(QStringLiteral("user timeout line"),
                  inkOf(luminances(image, QRectF(x - 1, g.lanes[2].top() + 2, 2, 30), scale),
                        background),
                  background, 3.0);
        }
        qInfo().noquote() << (dark ? "dark:" : "light:") << report.join(QStringLiteral(", "));
    }

    void goalIsDrawnAndLabelled_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light") << false << QSize(1000, 380);
        QTest::newRow("dark") << true << QSize(1000, 380);
        QTest::newRow("narrow") << false << QSize(420, 280);
    }
    void goalIsDrawnAndLabelled()
    {
        // The Advisor's AWS NLB with a minute's deadline: the middlebox's
        // "forgets the flow" dashed and the deadline, each labelled.
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const int scale = 2;
        TimelineWidget w;
        if (dark)
            w.setPalette(theme::darkPalette());
        w.resize(size);
        const ScheduleInput in = input(42, 5, 3, 56800);
        w.setSchedule(in, computeSchedule(in));
        TuningGoal goal;
        goal.middlebox =
            TuningGoal::Middlebox{QStringLiteral("aws-nlb"), QStringLiteral("AWS NLB"), 350};
        goal.deadlineS = 60;
        w.setGoal(goal);
        QCOMPARE(w.goal(), goal);
        const TimelinePainter::Layout g = w.currentLayout();
        // The axis reaches the timeout, past the abort.
        const double xBox = w.xForTime(350);
        const double xDeadline = w.xForTime(60);
        QVERIFY(xBox > g.plot.left() && xBox < g.plot.right());
        QVERIFY(xDeadline > g.plot.left() && xDeadline < xBox);
        const QList<TimelinePainter::Label> labels = w.labels();
        QVERIFY2(overlappingLabels(labels).isEmpty(), qPrintable(overlappingLabels(labels)));
        QStringList goalTexts;
        for (const TimelinePainter::Label &l : labels) {
            if (l.kind == TimelinePainter::Label::Goal)
                goalTexts << l.text;
        }
        if (size.width() >= 1000) {
            QCOMPARE(goalTexts,
                     (QStringList{QStringLiteral("middlebox forgets the flow at 5 min 50 s"),
                                  QStringLiteral("deadline 1 min")}));
        }
        QVERIFY(w.eventsText().contains(
            QStringLiteral("the middlebox forgets the flow at 5 min 50 s")));
        QVERIFY(w.eventsText().contains(QStringLiteral("deadline at 1 min")));

        // Marks and words meet WCAG AA on the plot, light and dark.
        const QImage image = grabAt2x(w);
        keep(image, QStringLiteral("goal-%1-%2")
                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                        .arg(size.width()));
        const QRectF patch(g.plot.left() + 4, g.lanes[2].top() + 4, 6, 10);
        const double background = median(luminances(image, patch, scale));
        const double boxInk = inkOf(
            luminances(image, QRectF(xBox - 1, g.lanes[2].top() + 2, 2, 30), scale), background);
        QVERIFY2(ratio(boxInk, background) >= 3.0,
                 qPrintable(QString::number(ratio(boxInk, background))));
        const double deadlineInk =
            inkOf(luminances(image, QRectF(xDeadline - 1, g.lanes[2].top() + 2, 2, 30), scale),
                  background);
        QVERIFY2(ratio(deadlineInk, background) >= 3.0,
                 qPrintable(QString::number(ratio(deadlineInk, background))));
        for (const TimelinePainter::Label &l : labels) {
            if (l.kind != TimelinePainter::Label::Goal)
                continue;
            const double ink = inkOf(luminances(image, l.rect, scale), background);
            QVERIFY2(ratio(ink, background) >= 4.5,
                     qPrintable(l.text + QStringLiteral(": ") +
                                QString::number(ratio(ink, background))));
        }

        // No goal, no lines: the axis fits the events again.
        w.setGoal({});
        QVERIFY(w.xForTime(350) > w.currentLayout().plot.right());
    }

    void keyboardAndAccessibility()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        QVERIFY(showAtScreenshotSize(page));
        TimelineWidget *w = page.timeline();
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
        w->setFocus();
        QTRY_VERIFY(w->hasFocus());
        // Keyboard zoom and pan.
        const QList<QRectF> before = w->probeMarkerRects();
        QTest::keyClick(w, Qt::Key_Plus);
        const QList<QRectF> zoomed = w->probeMarkerRects();
        QVERIFY(zoomed.size() >= 2);
        QVERIFY(zoomed.at(1).center().x() - zoomed.at(0).center().x() >
                before.at(1).center().x() - before.at(0).center().x());
        const double x = w->xForTime(7275);
        QTest::keyClick(w, Qt::Key_Right);
        QVERIFY(w->xForTime(7275) < x);
        // A focus ring: the focused widget paints an outline the unfocused
        // one does not.
        const QImage focused = w->grab().toImage();
        w->clearFocus();
        QTRY_VERIFY(!w->hasFocus());
        const QImage unfocused = w->grab().toImage();
        QVERIFY(focused != unfocused);

        // The accessible drawing.
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Probe schedule timeline"));
        QCOMPARE(a->text(QAccessible::Description), describeDetection(page.input(), w->schedule()));
        QAccessibleTextInterface *text = a->textInterface();
        QVERIFY(text);
        const QString all = text->text(0, text->characterCount());
        QVERIFY2(all.contains(QStringLiteral("probe 1 at 2 h")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("abort (ETIMEDOUT) at 2 h 11 min 15 s")),
                 qPrintable(all));

        // Every control of the page has a name of its own.
        QStringList names;
        for (QWidget *child : page.findChildren<QWidget *>()) {
            // A spin box's or combo box's inner editor speaks for it.
            if (!child->isVisibleTo(&page) || child->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QScrollArea *>(child) ||
                qobject_cast<QAbstractSpinBox *>(child->parentWidget()) ||
                qobject_cast<QComboBox *>(child->parentWidget()))
                continue;
            QAccessibleInterface *ci = QAccessible::queryAccessibleInterface(child);
            QVERIFY(ci);
            QString name = ci->text(QAccessible::Name);
            if (qobject_cast<QComboBox *>(child)) {
                // On Linux Qt gives a combo box its current text as the
                // name and its purpose through the label relation; the
                // widget's own name says the purpose too.
                QVERIFY2(!ci->relations(QAccessible::Label).isEmpty(),
                         qPrintable(child->objectName()));
                name = child->accessibleName();
            }
            QVERIFY2(!name.isEmpty(), qPrintable(child->objectName()));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names << name;
        }
        QVERIFY2(names.contains(QStringLiteral("Export scale")),
                 qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(names.contains(QStringLiteral("Timeline events")));
    }

    // About 800×560 less the sidebar and header: the controls wrap, nothing
    // is clipped, the page scrolls rather than squeezing the drawing.
    void smallWindowReflows()
    {
        ExploredParams explored;
        TimelinePage page(&explored);
        page.setKernelHz(KernelHz{250, QStringLiteral("test")});
        page.resize(600, 440);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *scenario = page.findChild<QComboBox *>(QStringLiteral("scenario"));
        auto *exports = page.findChild<QWidget *>(QStringLiteral("exportActions"));
        QVERIFY(scenario && exports);
        QTRY_VERIFY(exports->mapTo(&page, QPoint()).y() >
                    scenario->mapTo(&page, QPoint()).y() + scenario->height() / 2);
        auto *content = page.findChild<QWidget *>(QStringLiteral("timelineContent"));
        QVERIFY(content);
        for (QWidget *child : content->findChildren<QWidget *>()) {
            if (!child->isVisibleTo(&page) || child->parentWidget() == nullptr)
                continue;
            // Every control wholly inside the content's width.
            const QRect r(child->mapTo(content, QPoint()), child->size());
            QVERIFY2(r.right() <= content->width(), qPrintable(child->objectName()));
            if (auto *button = qobject_cast<QPushButton *>(child))
                QVERIFY(button->width() >= button->minimumSizeHint().width());
        }
        for (const Scenario sc : allScenarios()) {
            scenario->setCurrentIndex(scenario->findData(int(sc)));
            const QList<TimelinePainter::Label> labels = page.timeline()->labels();
            QVERIFY2(overlappingLabels(labels).isEmpty(), qPrintable(overlappingLabels(labels)));
            keep(page.grab().toImage(), QStringLiteral("page-600x440-%1").arg(scenarioName(sc)));
        }
    }

    // The same checks in another process at 2× scale, as on a HiDPI screen.
    void noOverlapAtScaleFactor2()
    {
        if (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2"))
            QSKIP("already running at 2×");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("smallWindowReflows"),
                     QStringLiteral("noLabelsOverlapAtAnySize"),
                     QStringLiteral("dataInFlightReadsAsASequence")});
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardOutput().constData());
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
