#include "ui/PathTimeoutChart.h"

#include "params/Format.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kt::ui {

using pathtimeout::TrialOutcome;

namespace {

constexpr double kPreferredLane = 16;
constexpr double kSmallestLane = 5;
constexpr int kMaxLaneLabels = 40;

// Tick steps a person reads at a glance: seconds, then minutes, then hours.
constexpr double kTickSteps[] = {1,   2,   5,    10,   15,   30,    60,    120,   300,
                                 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};

QString tickText(double seconds)
{
    return formatDuration(qint64(std::llround(seconds)));
}

} // namespace

PathTimeoutChart::Mark PathTimeoutChart::markFor(TrialOutcome outcome)
{
    switch (outcome) {
    case TrialOutcome::Pending:
        return Mark::Open;
    case TrialOutcome::Survived:
        return Mark::Survived;
    case TrialOutcome::CutBySilence:
    case TrialOutcome::CutByRst:
        return Mark::Cut;
    default:
        return Mark::Other;
    }
}

PathTimeoutChart::PathTimeoutChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pathTimeoutChart"));
    setAccessibleName(tr("Trial connections: one lane each"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateDescription();
}

void PathTimeoutChart::setTrials(const pathtimeout::PathTimeoutResult &result,
                                 const QHash<int, double> &idleSoFar, double axisS)
{
    const bool countChanged = result.trials.size() != m_trials.size();
    m_trials = result.trials;
    m_idleSoFar = idleSoFar;
    m_axisS = axisS;
    m_longestSurvivedS = result.longestSurvivedS;
    m_shortestCutS = result.shortestCutS;
    for (const pathtimeout::Trial &t : std::as_const(m_trials))
        m_axisS = std::max(m_axisS, t.idleS);
    if (countChanged)
        updateGeometry();
    updateDescription();
    update();
}

void PathTimeoutChart::clear()
{
    setTrials(pathtimeout::PathTimeoutResult{}, {}, 0);
}

int PathTimeoutChart::heightFor(double laneStep, int width) const
{
    int rounds = 0;
    int lastRound = -1;
    for (const pathtimeout::Trial &t : m_trials) {
        rounds += t.round != lastRound ? 1 : 0;
        lastRound = t.round;
    }
    // The lanes, the gaps between rounds, the axis and the legend (see
    // geometryFor()).
    const int lanes = std::max(4, int(m_trials.size()));
    return int(std::ceil(4 + lanes * laneStep + 4 * std::max(0, rounds - 1) +
                         fontMetrics().height() + 8 + 4 + legendHeight(width) + 6));
}

QSize PathTimeoutChart::sizeHint() const
{
    return {560, heightFor(kPreferredLane, 560)};
}

QSize PathTimeoutChart::minimumSizeHint() const
{
    // Many lanes grow the chart (its scroll area scrolls); a few never
    // shrink below a readable strip.
    return {320, heightFor(kSmallestLane, 320)};
}

QList<PathTimeoutChart::LegendEntry> PathTimeoutChart::legendEntries() const
{
    QList<LegendEntry> entries = {
        {Mark::Survived, pathtimeout::outcomeText(TrialOutcome::Survived)},
        {Mark::Cut, pathtimeout::outcomeText(TrialOutcome::CutBySilence)},
        {Mark::Cut, tr("RST: %1", "the reset flag's name, as the lanes show it")
                        .arg(pathtimeout::outcomeText(TrialOutcome::CutByRst))},
    };
    // The other entries only where such lanes are (an exported PNG has no
    // tooltip to explain what its legend does not).
    bool open = m_trials.isEmpty();
    QStringList others;
    for (const pathtimeout::Trial &t : m_trials) {
        const Mark mark = markFor(t.outcome);
        open = open || mark == Mark::Open;
        if (mark == Mark::Other && !others.contains(pathtimeout::outcomeText(t.outcome)))
            others << pathtimeout::outcomeText(t.outcome);
    }
    if (open)
        entries << LegendEntry{Mark::Open, tr("open: idle so far")};
    if (!others.isEmpty())
        entries << LegendEntry{
            Mark::Other, tr("ended otherwise: %1").arg(others.join(tr(", ", "between outcomes")))};
    if (m_shortestCutS)
        entries << LegendEntry{Mark::Open, tr("the timeout lies here"), true};
    return entries;
}

QList<QRectF> PathTimeoutChart::legendLayout(const QList<LegendEntry> &entries, double width) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height() + 4;
    const double mark = fm.height() * 0.7;
    QList<QRectF> out;
    double x = 2;
    double y = 0;
    for (const LegendEntry &e : entries) {
        const double w = mark + 6 + fm.horizontalAdvance(e.text) + 16;
        if (x + w > width && x > 2) {
            x = 2;
            y += line;
        }
        out << QRectF(x, y, w, line);
        x += w;
    }
    return out;
}

int PathTimeoutChart::legendHeight(int width) const
{
    const QList<QRectF> places = legendLayout(legendEntries(), width);
    return places.isEmpty() ? 0 : int(std::ceil(places.last().bottom()));
}

PathTimeoutChart::Geometry PathTimeoutChart::geometryFor(const QSize &size) const
{
    Geometry g;
    const QFontMetricsF fm(font());
    const double legend = legendHeight(size.width());
    const double axis = fm.height() + 8;
    int rounds = 0;
    int lastRound = -1;
    for (const pathtimeout::Trial &t : m_trials) {
        if (t.round != lastRound)
            ++rounds;
        lastRound = t.round;
    }
    const int lanes = int(m_trials.size());
    const double top = 4;
    const double available = size.height() - top - axis - legend - 6;
    g.roundGap = rounds > 1 ? 4 : 0;
    const double forLanes = available - g.roundGap * std::max(0, rounds - 1);
    g.laneStep = lanes > 0 ? std::clamp(forLanes / lanes, 1.0, kPreferredLane + 6) : 0;
    g.laneHeight = std::max(1.0, g.laneStep * 0.7);
    g.laneLabels = lanes > 0 && lanes <= kMaxLaneLabels && g.laneStep >= fm.height() * 0.85;
    double gutter = 6;
    if (g.laneLabels) {
        for (const pathtimeout::Trial &t : m_trials)
            gutter = std::max(gutter, fm.horizontalAdvance(formatSeconds(t.idleS)) + 10);
    }
    // Room on the right for the last mark and its "RST".
    const double right = fm.horizontalAdvance(tr("RST")) + fm.height() + 8;
    const double lanesHeight = lanes * g.laneStep + g.roundGap * std::max(0, rounds - 1);
    g.plot = QRectF(gutter, top, std::max(40.0, size.width() - gutter - right),
                    std::max(g.laneStep, lanesHeight));
    g.axis = QRectF(g.plot.left(), g.plot.bottom() + 2, g.plot.width(), axis);
    g.legend = QRectF(0, g.axis.bottom() + 4, size.width(), legend);
    return g;
}

double PathTimeoutChart::xFor(const Geometry &g, double seconds) const
{
    if (m_axisS <= 0)
        return g.plot.left();
    return g.plot.left() + g.plot.width() * std::clamp(seconds / m_axisS, 0.0, 1.0);
}

QList<PathTimeoutChart::Lane> PathTimeoutChart::lanesFor(const QSize &size) const
{
    const Geometry g = geometryFor(size);
    QList<Lane> out;
    double y = g.plot.top();
    int lastRound = m_trials.isEmpty() ? 0 : m_trials.first().round;
    for (int i = 0; i < m_trials.size(); ++i) {
        const pathtimeout::Trial &t = m_trials.at(i);
        if (t.round != lastRound)
            y += g.roundGap;
        lastRound = t.round;
        Lane lane;
        lane.index = i;
        lane.round = t.round;
        lane.plannedS = t.idleS;
        lane.outcome = t.outcome;
        lane.mark = markFor(t.outcome);
        lane.reachedS = lane.mark == Mark::Open    ? m_idleSoFar.value(i, 0.0)
                        : lane.mark == Mark::Other ? t.idleReachedS
                                                   : t.idleS;
        const double top = y + (g.laneStep - g.laneHeight) / 2;
        const double x0 = g.plot.left();
        lane.planned = QRectF(x0, top, xFor(g, lane.plannedS) - x0, g.laneHeight);
        lane.bar = QRectF(x0, top, xFor(g, lane.reachedS) - x0, g.laneHeight);
        const double markSize = std::max(g.laneHeight, 6.0);
        lane.markAt = QPointF(lane.bar.right() + markSize / 2 + 3, top + g.laneHeight / 2);
        out << lane;
        y += g.laneStep;
    }
    return out;
}

QRectF PathTimeoutChart::boundsSpan() const
{
    if (!m_shortestCutS)
        return {};
    const Geometry g = geometryFor(size());
    const double left = xFor(g, m_longestSurvivedS);
    return QRectF(left, g.plot.top(), xFor(g, *m_shortestCutS) - left, g.plot.height());
}

QString PathTimeoutChart::laneText(int lane) const
{
    if (lane < 0 || lane >= m_trials.size())
        return {};
    const pathtimeout::Trial &t = m_trials.at(lane);
    QString text = tr("Round %1, idle %2: %3")
                       .arg(t.round)
                       .arg(formatSeconds(t.idleS), pathtimeout::outcomeText(t.outcome));
    if (t.outcome == TrialOutcome::Pending)
        text += QLatin1Char('\n') +
                tr("idle for %1 so far").arg(formatSeconds(m_idleSoFar.value(lane, 0.0)));
    else if (!t.detail.isEmpty())
        text += QLatin1Char('\n') + t.detail;
    return text;
}

void PathTimeoutChart::updateDescription()
{
    int survived = 0;
    int cut = 0;
    int open = 0;
    int other = 0;
    for (const pathtimeout::Trial &t : std::as_const(m_trials)) {
        switch (markFor(t.outcome)) {
        case Mark::Survived:
            ++survived;
            break;
        case Mark::Cut:
            ++cut;
            break;
        case Mark::Open:
            ++open;
            break;
        case Mark::Other:
            ++other;
            break;
        }
    }
    const QString legend =
        tr("✔ %1: after its idle the trial's byte was acknowledged, so the path still carried "
           "the connection. ✖ %2 or %3: the byte was never acknowledged, or a reset came "
           "instead. A bar is a trial's idle; an outlined bar is still growing. The shaded span "
           "is where the path's timeout lies.")
            .arg(pathtimeout::outcomeText(TrialOutcome::Survived),
                 pathtimeout::outcomeText(TrialOutcome::CutBySilence),
                 pathtimeout::outcomeText(TrialOutcome::CutByRst));
    const QString counts = m_trials.isEmpty() ? tr("No trials yet.")
                           : m_trials.size() == 1
                               ? tr("1 trial: %1 survived, %2 cut, %3 open, %4 ended otherwise.")
                                     .arg(survived)
                                     .arg(cut)
                                     .arg(open)
                                     .arg(other)
                               : tr("%1 trials: %2 survived, %3 cut, %4 open, %5 ended otherwise.")
                                     .arg(m_trials.size())
                                     .arg(survived)
                                     .arg(cut)
                                     .arg(open)
                                     .arg(other);
    setAccessibleDescription(counts + QLatin1Char(' ') + legend);
    setToolTip(legend);
}

void PathTimeoutChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, size());
}

void PathTimeoutChart::paint(QPainter &painter, const QSize &size) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QPalette &pal = palette();
    const QFontMetricsF fm(font());
    const Geometry g = geometryFor(size);

    if (m_trials.isEmpty()) {
        const double legendTop = size.height() - g.legend.height();
        painter.setPen(theme::subtleText(pal));
        painter.drawText(QRectF(0, 0, size.width(), legendTop), Qt::AlignCenter,
                         tr("The trial connections appear here."));
        paintLegend(painter, QRectF(0, legendTop, size.width(), g.legend.height()));
        painter.restore();
        return;
    }

    // Ticks and the grid behind the lanes.
    const double labelWidth = fm.horizontalAdvance(tickText(m_axisS)) + 18;
    double step = kTickSteps[std::size(kTickSteps) - 1];
    for (double s : kTickSteps) {
        if (m_axisS / s <= std::max(1.0, g.plot.width() / labelWidth)) {
            step = s;
            break;
        }
    }
    QColor grid = theme::cardBorder(pal);
    painter.setPen(QPen(grid, 1));
    for (double t = 0; t <= m_axisS + 1e-9 && m_axisS > 0; t += step) {
        const double x = std::round(xFor(g, t)) + 0.5;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom() + 3));
        painter.setPen(theme::subtleText(pal));
        const QString text = tickText(t);
        const double w = fm.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, 0.0, size.width() - w);
        painter.drawText(QRectF(left, g.axis.top() + 2, w + 1, fm.height()), Qt::AlignLeft, text);
    }

    // Where the timeout lies: between the longest survivor and the shortest
    // cut, the middlebox's "forgets the flow" as dashed lines.
    if (m_shortestCutS) {
        const QColor middlebox = theme::middlebox(pal);
        QColor fill = middlebox;
        fill.setAlpha(theme::isDark(pal) ? 60 : 40);
        const double left = xFor(g, m_longestSurvivedS);
        const double right = std::max(left + 2, xFor(g, *m_shortestCutS));
        painter.fillRect(QRectF(left, g.plot.top(), right - left, g.plot.height()), fill);
        QPen dashed(middlebox, 1.5, Qt::DashLine);
        painter.setPen(dashed);
        for (double x : {left, right})
            painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }

    const QColor idle = theme::idle(pal);
    const QList<Lane> all = lanesFor(size);
    int lastRound = all.first().round;
    for (const Lane &lane : all) {
        if (lane.round != lastRound && g.roundGap > 0) {
            painter.setPen(QPen(grid, 1, Qt::DotLine));
            const double y = lane.planned.top() - (g.laneStep - g.laneHeight) / 2 - g.roundGap / 2;
            painter.drawLine(QPointF(0, y), QPointF(g.plot.right(), y));
        }
        lastRound = lane.round;
        if (g.laneLabels) {
            painter.setPen(theme::subtleText(pal));
            painter.drawText(QRectF(0, lane.planned.center().y() - fm.height() / 2,
                                    g.plot.left() - 6, fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter, formatSeconds(lane.plannedS));
        }
        if (lane.mark == Mark::Open) {
            // The planned idle outlined, the idle so far filled.
            painter.setPen(QPen(idle, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(lane.planned.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(idle);
        painter.drawRect(lane.bar);
        const double markSize = std::max(g.laneHeight, 6.0);
        paintMark(painter, lane.mark, lane.markAt, markSize, pal);
        if (lane.outcome == TrialOutcome::CutByRst && g.laneStep >= fm.height() * 0.85) {
            painter.setPen(theme::abort(pal));
            painter.drawText(
                QPointF(lane.markAt.x() + markSize / 2 + 3, lane.markAt.y() + fm.ascent() / 2 - 1),
                tr("RST"));
        }
    }
    paintLegend(painter, g.legend);
    painter.restore();
}

void PathTimeoutChart::paintMark(QPainter &painter, Mark mark, const QPointF &c, double size,
                                 const QPalette &pal) const
{
    // Drawn, not typeset: the marks must not depend on a font having ✔ and ✖.
    const double r = size / 2;
    painter.setBrush(Qt::NoBrush);
    switch (mark) {
    case Mark::Open:
        return;
    case Mark::Survived: {
        QPainterPath check;
        check.moveTo(c.x() - r, c.y());
        check.lineTo(c.x() - r * 0.25, c.y() + r * 0.75);
        check.lineTo(c.x() + r, c.y() - r * 0.8);
        painter.setPen(QPen(theme::ack(pal), std::max(1.6, size / 5), Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.drawPath(check);
        return;
    }
    case Mark::Cut: {
        painter.setPen(
            QPen(theme::abort(pal), std::max(1.6, size / 5), Qt::SolidLine, Qt::RoundCap));
        const double d = r * 0.8;
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d));
        return;
    }
    case Mark::Other:
        painter.setPen(
            QPen(theme::subtleText(pal), std::max(1.6, size / 5), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(c.x() - r * 0.6, c.y() - r), QPointF(c.x() - r * 0.6, c.y() + r));
        return;
    }
}

void PathTimeoutChart::paintLegend(QPainter &painter, const QRectF &area) const
{
    const QPalette &pal = palette();
    const QFontMetricsF fm(font());
    const double mark = fm.height() * 0.7;
    const QList<LegendEntry> entries = legendEntries();
    const QList<QRectF> places = legendLayout(entries, area.width());
    painter.setFont(font());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries.at(i);
        const QRectF place = places.at(i).translated(area.topLeft());
        const QRectF swatch(place.left(), place.top() + (place.height() - 4 - mark) / 2, mark,
                            mark);
        if (e.span) {
            QColor fill = theme::middlebox(pal);
            fill.setAlpha(theme::isDark(pal) ? 60 : 40);
            painter.fillRect(swatch, fill);
            painter.setPen(QPen(theme::middlebox(pal), 1.5, Qt::DashLine));
            painter.drawLine(swatch.topLeft(), swatch.bottomLeft());
            painter.drawLine(swatch.topRight(), swatch.bottomRight());
        } else if (e.mark == Mark::Open) {
            painter.setPen(QPen(theme::idle(pal), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch.adjusted(0.5, mark * 0.2, -0.5, -mark * 0.2));
            painter.fillRect(
                QRectF(swatch.left(), swatch.top() + mark * 0.2, swatch.width() / 2, mark * 0.6),
                theme::idle(pal));
        } else {
            paintMark(painter, e.mark, swatch.center(), mark, pal);
        }
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(
            QRectF(place.left() + mark + 6, place.top(), place.width(), place.height() - 4),
            Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
}

bool PathTimeoutChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<Lane> all = lanes();
        for (const Lane &lane : all) {
            const QRectF row(0, lane.planned.top() - 2, width(), lane.planned.height() + 4);
            if (row.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), laneText(lane.index), this);
                return true;
            }
        }
        QToolTip::showText(help->globalPos(), toolTip(), this);
        return true;
    }
    return QWidget::event(event);
}

void PathTimeoutChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace kt::ui
