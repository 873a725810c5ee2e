#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace kt::ui {

// The path measurement's trial connections, one lane each: a bar for the
// idle so far (growing while the trial is open, its planned idle outlined),
// ending in ✔ when the path still carried the byte or ✖ when it was cut; the
// span between the longest survivor and the shortest cut, where the path's
// timeout lies, shaded in the middlebox colour. Painting only: what each
// trial is and what the bounds are comes from core (PathTimeoutResult).
class PathTimeoutChart : public QWidget
{
    Q_OBJECT
public:
    // How a lane ends.
    enum class Mark
    {
        Open,     // still idle, or waiting for the answer: no mark yet
        Survived, // ✔
        Cut,      // ✖ (silence, or a reset)
        Other,    // a short stroke: closed by the server, skipped, failed, interrupted
    };
    static Mark markFor(pathtimeout::TrialOutcome outcome);

    struct Lane
    {
        int index = 0; // into the result's trials
        int round = 0;
        double plannedS = 0; // the idle the trial was given
        double reachedS = 0; // how far its bar goes: its idle so far, or reached
        pathtimeout::TrialOutcome outcome = pathtimeout::TrialOutcome::Pending;
        Mark mark = Mark::Open;
        QRectF bar;     // the bar as painted at the current size
        QRectF planned; // the planned idle's outline
        QPointF markAt; // the centre of the mark
    };

    explicit PathTimeoutChart(QWidget *parent = nullptr);

    // The trials of `result` as lanes. `idleSoFar` gives each open trial's
    // idle so far (by index into result.trials); `axisS` is the axis's end,
    // the longest idle the run tries.
    void setTrials(const pathtimeout::PathTimeoutResult &result,
                   const QHash<int, double> &idleSoFar, double axisS);
    void clear();

    // The lanes with their geometry at the widget's size (or `size`).
    QList<Lane> lanes() const { return lanesFor(size()); }
    QList<Lane> lanesFor(const QSize &size) const;
    double axisS() const { return m_axisS; }
    // The bounds shaded, in widget coordinates; empty when nothing was cut.
    QRectF boundsSpan() const;
    // A lane in words (its tooltip): round, idle, outcome and what was seen.
    QString laneText(int lane) const;

    // Paints the chart into `painter` at `size` (on screen and for the PNG).
    void paint(QPainter &painter, const QSize &size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF plot;         // where the lanes are
        double laneStep = 0; // from one lane to the next
        double laneHeight = 0;
        double roundGap = 0;
        bool laneLabels = false; // the planned idle at the left of each lane
        QRectF axis;
        QRectF legend;
    };
    Geometry geometryFor(const QSize &size) const;
    double xFor(const Geometry &g, double seconds) const;
    // The legend: what each mark means, flowed into rows across the width.
    struct LegendEntry
    {
        Mark mark = Mark::Open; // Open: the open bar's swatch
        QString text;
        bool span = false; // the bounds' shaded span
    };
    QList<LegendEntry> legendEntries() const;
    // Where each entry goes in a legend `width` wide starting at (0, 0).
    QList<QRectF> legendLayout(const QList<LegendEntry> &entries, double width) const;
    int legendHeight(int width) const;
    // The height that gives each lane `laneStep` at `width`.
    int heightFor(double laneStep, int width) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;
    void paintMark(QPainter &painter, Mark mark, const QPointF &centre, double size,
                   const QPalette &pal) const;
    void updateDescription();

    QList<pathtimeout::Trial> m_trials;
    QHash<int, double> m_idleSoFar;
    double m_axisS = 0;
    double m_longestSurvivedS = 0;
    std::optional<double> m_shortestCutS;
};

} // namespace kt::ui
