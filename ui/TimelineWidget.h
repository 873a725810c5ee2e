#pragma once

#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"
#include "ui/TimelineAxis.h"
#include "ui/TimelinePainter.h"

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
// The widget handles input; TimelineAxis maps time to pixels and
// TimelinePainter draws.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setSchedule(const ScheduleInput &input, const Schedule &schedule);
    const Schedule &schedule() const { return m_content.schedule; }

    // Events observed on a live connection, drawn over the prediction with
    // their deviation. An empty list removes the overlay.
    void setMeasuredEvents(const QList<MeasuredEvent> &events);
    const QList<MeasuredEvent> &measuredEvents() const { return m_content.measured; }

    // What the values are tuned for: the middlebox's "forgets the flow" as a
    // dashed line and the deadline, each labelled; the axis reaches both.
    void setGoal(const TuningGoal &goal);
    const TuningGoal &goal() const { return m_content.goal; }

    // Whether a long idle stretch is drawn broken (default on).
    void setCompressIdle(bool on);
    bool compressIdle() const { return m_compressIdle; }
    bool isAxisBroken() const { return m_axis.isBroken(); }

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
    // Everything the painter lays out at the widget's current size: the
    // markers (modelled and measured), the labels beside them, the
    // connection lane's bars and the timer windows' edges. Tests check that
    // labels never overlap, follow their markers and keep their contrast.
    TimelinePainter::Layout currentLayout() const;
    QList<TimelinePainter::Marker> markers() const;
    QList<TimelinePainter::Label> labels() const;
    QList<TimelinePainter::Bar> bars() const;
    QList<QRectF> windowEdgeRects() const;
    // Where each measured event is drawn.
    QList<QRectF> measuredMarkerRects() const;
    // The events in words, one a line (the accessible text).
    QString eventsText() const;
    // The one detection sentence, for the accessible description.
    QString detectionText() const;
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
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TimelinePainter painter() const;
    // The axis laid across the plot at the widget's current size.
    TimelineAxis laidOutAxis() const;
    void fitAxis();

    TimelineContent m_content;
    bool m_compressIdle = true;
    // Zoom and pan; the pixel range is set where it is used, from the size.
    TimelineAxis m_axis;
    QPointF m_dragFrom;
    double m_dragViewU0 = 0;
    bool m_dragging = false;
};

} // namespace kt::ui
