#pragma once

#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"
#include "session/TuningGoal.h"
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
    // What the values are tuned for: the middlebox that forgets the flow (a
    // dashed line) and the deadline, drawn across the lanes.
    TuningGoal goal;

    // The goal's times, for the axis to reach: the timeout, the deadline.
    QList<double> goalTimes() const;
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
        bool captionTwoLines = false; // the verdict goes below "Time since…"
        QRectF verdict;               // where the verdict is written, wrapped
        TimelineAxis axis;            // spans plot's width
    };

    // A drawn event, modelled or measured.
    struct Marker
    {
        QRectF rect;
        qsizetype index = -1; // into schedule.events, or into measured when measured
        bool measured = false;
        double gap = 0; // room to the nearest neighbouring probe, px
    };

    // A word drawn beside a marker or a stretch: a probe's number (or "1–8"
    // for a pile of them), the abort's time, a state, a deviation. Laid out
    // before painting so none overlaps another, and so tests can check it.
    struct Label
    {
        enum Kind
        {
            Number,    // probe or retransmission number(s); index: the first
            Abort,     // "ETIMEDOUT after …"; index: the abort event
            State,     // above a stretch of the connection lane
            Deviation, // beside a measured marker; index: into measured
            Note,      // "no answer", "user timeout …"
            Goal,      // "middlebox forgets the flow at …", "deadline …"
        };
        Kind kind = Number;
        QRectF rect;
        QString text;
        qsizetype index = -1;
        qsizetype lastIndex = -1; // Number: the last of a pile
        QColor colour;
        QFont font;
    };

    // Refers to `content`, which must outlive the painter: make one where
    // it is used, as the widget does for each paint and each hit test.
    TimelinePainter(const TimelineContent &content, const QFont &font, const QPalette &palette);

    // Lays out `area` with the view of `axis`.
    Layout layout(const QRectF &area, const TimelineAxis &axis) const;
    // The markers inside the view, modelled ones first.
    QList<Marker> markers(const Layout &g) const;
    // Every label drawn inside the plot, none overlapping another.
    QList<Label> labels(const Layout &g, const QList<Marker> &markers) const;
    // The shaded timer windows' edges (the marks that carry them), and the
    // connection lane's bars, as painted: for the contrast test.
    QList<QRectF> windowEdgeRects(const Layout &g) const;
    struct Bar
    {
        QRectF rect;
        QColor colour;
        QString label;
        bool idle = false;
    };
    QList<Bar> bars(const Layout &g) const;
    // What a marker stands for, in words, with exact times (the tooltip).
    QString describe(const Marker &marker) const;

    void paint(QPainter &p, const QRectF &target, const TimelineAxis &axis) const;

private:
    struct LegendItem
    {
        QString text;
        QColor colour;
        // 0 dot, 1 bar, 2 ring, 3 line, 4 window, 5 small ring, 6 diamond, 7 square,
        // 8 dashed line, 9 line with a cap
        int shape;
    };
    QList<LegendItem> legendItems() const;
    int legendRows(double width) const;
    QList<double> localGaps(const Layout &g) const;

    void paintLanes(QPainter &p, const Layout &g) const;
    void paintWindows(QPainter &p, const Layout &g) const;
    void paintEvents(QPainter &p, const Layout &g, const QList<Marker> &all) const;
    void paintLabels(QPainter &p, const QList<Label> &labels) const;
    QList<Label> numberLabels(const Layout &g, const QList<Marker> &all) const;
    void paintMeasured(QPainter &p, const Layout &g, const QList<Marker> &all) const;
    void paintGoal(QPainter &p, const Layout &g) const;
    QList<Label> goalLabels(const Layout &g, const QList<Label> &placed) const;
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
    const TuningGoal &m_goal;
    QFont m_font;
    QPalette m_palette;
};

} // namespace kt::ui
