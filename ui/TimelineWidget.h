#pragma once

#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"

#include <QList>
#include <QRectF>
#include <QWidget>

class QPainter;

namespace kt::ui {

// The probe schedule drawn on a time axis: three lanes (the connection's
// state, the probes, the peer), each event at its nominal time with its timer
// window as a shaded span, the abort in red and the detection time in words.
// A long idle stretch is drawn broken so a 7200 s idle and 75 s intervals are
// both legible. Zoom and pan with the wheel and a drag, or +, −, the arrow
// keys and 0 to reset. Measured events can be laid over the prediction.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setSchedule(const ScheduleInput &input, const Schedule &schedule);
    const Schedule &schedule() const { return m_schedule; }

    // Events observed on a live connection, drawn over the prediction with
    // their deviation. An empty list removes the overlay.
    void setMeasuredEvents(const QList<MeasuredEvent> &events);
    const QList<MeasuredEvent> &measuredEvents() const { return m_measured; }

    // Whether a long idle stretch is drawn broken (default on).
    void setCompressIdle(bool on);
    bool compressIdle() const { return m_compressIdle; }
    bool isAxisBroken() const { return m_breakTo > m_breakFrom; }

    // Zoom by `factor` (> 1 zooms in) around the time at widget x `anchorX`.
    void zoom(double factor, double anchorX);
    // Pan by a fraction of the visible span (negative: towards earlier).
    void pan(double fraction);
    void resetView();

    // Paints the timeline into `target` (for export: PNG, SVG, clipboard);
    // what is painted is what the widget shows.
    void render(QPainter &painter, const QRectF &target) const;

    // Where each marker of the modelled probes is painted at the widget's
    // current size, one per probe inside the view: the GUI test counts them.
    QList<QRectF> probeMarkerRects() const;
    // The x position of time `t` (seconds) at the widget's current size.
    double xForTime(double t) const;
    // Text the tooltip shows at a widget position; empty when nothing is there.
    QString toolTipAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry;
    struct Marker
    {
        QRectF rect;
        qsizetype index = -1; // into m_schedule.events, or into m_measured when measured
        bool measured = false;
        double gap = 0; // room to the nearest neighbouring probe, px
    };

    struct Tick
    {
        double t = 0;
        QString label;
    };

    Geometry geometry(const QRectF &area) const;
    QList<Tick> ticks(const Geometry &g) const;
    QList<Marker> markers(const Geometry &g) const;
    QList<double> localGaps(const Geometry &g) const;
    // The broken axis: seconds to the continuous axis coordinate and back.
    double axisU(double t) const;
    double timeForU(double u) const;
    double fullU0() const;
    double fullU1() const;
    void clampView();

    void paintLanes(QPainter &p, const Geometry &g) const;
    void paintWindows(QPainter &p, const Geometry &g) const;
    void paintEvents(QPainter &p, const Geometry &g, const QList<Marker> &all) const;
    void paintMeasured(QPainter &p, const Geometry &g, const QList<Marker> &all) const;
    void paintGrid(QPainter &p, const Geometry &g) const;
    void paintAxis(QPainter &p, const Geometry &g) const;
    void paintLegend(QPainter &p, const Geometry &g) const;

    ScheduleInput m_input;
    Schedule m_schedule;
    QList<MeasuredEvent> m_measured;
    QList<Deviation> m_deviations;
    bool m_compressIdle = true;
    // The idle stretch (breakFrom, breakTo) is squeezed into kBreakU axis
    // units when broken; equal values mean a plain linear axis.
    double m_breakFrom = 0;
    double m_breakTo = 0;
    double m_breakWidthU = 0;
    double m_endT = 1;
    double m_viewU0 = 0;
    double m_viewU1 = 1;
    QPointF m_dragFrom;
    double m_dragViewU0 = 0;
    bool m_dragging = false;
};

} // namespace kt::ui
