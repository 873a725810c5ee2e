#pragma once

#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace kt::ui {

// The timeline's time axis: where a time (seconds since the last segment
// received) lands in x pixels, and back. A long idle stretch before the first
// event is squeezed into a short gap (the broken axis), so a 7200 s idle and
// 75 s intervals are both legible. Times map to continuous axis units (u),
// equal to seconds outside the break; the view is a window [viewU0, viewU1]
// of those units shown across a pixel range. A value: the widget keeps one
// with its zoom and pan, the painter lays a copy across the rect it paints.
class TimelineAxis
{
    Q_DECLARE_TR_FUNCTIONS(TimelineAxis)
public:
    struct Tick
    {
        double t = 0;
        QString label;
    };

    // Fits the axis to what a schedule (and measurements laid over it) can
    // span, breaks it when the idle stretch dwarfs the rest (if
    // `compressIdle`), and shows all of it. `fallbackEndS` is the span when
    // nothing is scheduled. `marks` are times that must be shown as well
    // (the tuning goal's middlebox timeout and deadline): the axis reaches
    // them and never hides them in the break.
    void fit(const Schedule &schedule, const QList<MeasuredEvent> &measured, double fallbackEndS,
             bool compressIdle, const QList<double> &marks = {});

    // The pixels the view is laid across: x of its left edge, and its width.
    void setPixelRange(double left, double width);
    double left() const { return m_left; }
    double right() const { return m_left + m_width; }
    double width() const { return m_width; }
    // Whether x lies on the pixel range, or within `margin` px of it.
    bool contains(double x, double margin = 0) const
    {
        return x >= left() - margin && x <= right() + margin;
    }

    // The broken axis: seconds to the continuous axis coordinate and back.
    double axisU(double t) const;
    double timeForU(double u) const;
    // Axis units to pixels and back, in the current view.
    double xOfU(double u) const
    {
        return m_left + (u - m_viewU0) / (m_viewU1 - m_viewU0) * m_width;
    }
    double uOfX(double x) const
    {
        return m_viewU0 + (x - m_left) / m_width * (m_viewU1 - m_viewU0);
    }
    // Seconds to pixels and back.
    double xForTime(double t) const { return xOfU(axisU(t)); }
    double timeForX(double x) const { return timeForU(uOfX(x)); }

    // Where the drawing ends (a little after the latest event), in seconds.
    double endT() const { return m_endT; }

    bool isBroken() const { return m_breakTo > m_breakFrom; }
    // The hidden stretch, in seconds: (breakFrom, breakTo).
    double breakFrom() const { return m_breakFrom; }
    double breakTo() const { return m_breakTo; }
    // How much time the break hides, as drawn beneath it.
    QString breakLabel() const;

    // The view, in axis units, and the whole axis it may move within.
    double viewU0() const { return m_viewU0; }
    double viewU1() const { return m_viewU1; }
    double fullU0() const;
    double fullU1() const;
    void resetView();
    // Zoom by `factor` (> 1 zooms in) around the time at x `anchorX`.
    void zoom(double factor, double anchorX);
    // Pan by a fraction of the visible span (negative: towards earlier).
    void pan(double fraction);
    // A drag: the view that started at `fromU0` moved by `dx` pixels.
    void dragFrom(double fromU0, double dx);

    // Ticks inside the view, per straight piece of the axis, each piece with
    // a step that leaves room for its labels; `labelWidth` measures a label
    // in pixels.
    QList<Tick> ticks(const std::function<double(const QString &)> &labelWidth) const;
    // "250 ms", "1.5 s", "45 s", "2 h 1 min 15 s": a tick's label at `step`.
    static QString tickLabel(double t, double step);

private:
    void clampView();

    // The idle stretch (breakFrom, breakTo) is squeezed into m_breakWidthU
    // axis units when broken; equal values mean a plain linear axis.
    double m_breakFrom = 0;
    double m_breakTo = 0;
    double m_breakWidthU = 0;
    double m_endT = 1;
    double m_viewU0 = 0;
    double m_viewU1 = 1;
    double m_left = 0;
    double m_width = 1;
};

} // namespace kt::ui
