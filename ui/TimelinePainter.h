#pragma once

#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"
#include "ui/TimelineAxis.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace kt::ui {

// What a timeline shows: the modelled schedule for an input and, optionally,
// measured events laid over it with their deviations from the model.
struct TimelineContent
{
    ScheduleInput input;
    Schedule schedule;
    QList<MeasuredEvent> measured;
    QList<Deviation> deviations;
};

// Paints a timeline (three lanes: the connection's state, the probes, the
// peer; the timer windows, the abort, the axis and a legend) into a rect of
// any QPainter, with a given font, palette and axis. The widget paints
// through it, and so do the exports (PNG, SVG, clipboard), so what is
// exported is what is shown.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    static constexpr double kMarkerRadius = 5.5;
    static constexpr int kLaneCount = 3; // the connection, the probes, the peer

    // Where things go in a rect: the lanes' drawing area right of their
    // labels, and the axis laid across it.
    struct Layout
    {
        QRectF area;
        QRectF plot; // the lanes' drawing area, right of the labels
        QRectF lanes[kLaneCount];
        double axisY = 0;
        double captionY = 0;
        TimelineAxis axis; // spans plot's width
    };

    // A drawn event, modelled or measured.
    struct Marker
    {
        QRectF rect;
        qsizetype index = -1; // into schedule.events, or into measured when measured
        bool measured = false;
        double gap = 0; // room to the nearest neighbouring probe, px
    };

    // Refers to `content`, which must outlive the painter: make one where
    // it is used, as the widget does for each paint and each hit test.
    TimelinePainter(const TimelineContent &content, const QFont &font, const QPalette &palette);

    // Lays out `area` with the view of `axis`.
    Layout layout(const QRectF &area, const TimelineAxis &axis) const;
    // The markers inside the view, modelled ones first.
    QList<Marker> markers(const Layout &g) const;
    // What a marker stands for, in words, with exact times (the tooltip).
    QString describe(const Marker &marker) const;

    void paint(QPainter &p, const QRectF &target, const TimelineAxis &axis) const;

private:
    QList<double> localGaps(const Layout &g) const;

    void paintLanes(QPainter &p, const Layout &g) const;
    void paintWindows(QPainter &p, const Layout &g) const;
    void paintEvents(QPainter &p, const Layout &g, const QList<Marker> &all) const;
    void paintMeasured(QPainter &p, const Layout &g, const QList<Marker> &all) const;
    void paintGrid(QPainter &p, const Layout &g, const QList<TimelineAxis::Tick> &ticks) const;
    void paintAxis(QPainter &p, const Layout &g, const QList<TimelineAxis::Tick> &ticks) const;
    void paintLegend(QPainter &p, const Layout &g) const;
    QList<TimelineAxis::Tick> ticks(const Layout &g) const;
    const QFont &font() const { return m_font; }
    const QPalette &palette() const { return m_palette; }

    const ScheduleInput &m_input;
    const Schedule &m_schedule;
    const QList<MeasuredEvent> &m_measured;
    const QList<Deviation> &m_deviations;
    QFont m_font;
    QPalette m_palette;
};

} // namespace kt::ui
