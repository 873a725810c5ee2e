#include "ui/TimelinePainter.h"

#include "params/Format.h"
#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace kt::ui {

namespace {

enum Lane
{
    ConnectionLane = 0,
    ProbeLane = 1,
    PeerLane = 2,
};
constexpr int LaneCount = TimelinePainter::kLaneCount;

// Exact time for tooltips: "7275.000 s (2 h 1 min 15 s)".
QString exactTime(double t)
{
    QString text = QStringLiteral("%1 s").arg(t, 0, 'f', 3);
    if (t >= 60.0)
        text += QStringLiteral(" (%1)").arg(formatSeconds(t));
    return text;
}

// Measurements are drawn in the text colour at full strength, apart from
// every modelled colour, in light and dark palettes alike.
QColor measuredInk(const QPalette &palette)
{
    QColor ink = theme::subtleText(palette);
    ink.setAlpha(255);
    return ink;
}

// "96 ms", "2.048 s", "2 min 30 s": how late a timer may be.
QString lateText(double s)
{
    return formatMilliseconds(std::llround(s * 1000.0));
}

QString signedDuration(double s)
{
    const QString sign = s >= 0 ? QStringLiteral("+") : QStringLiteral("−");
    return sign + formatSecondsPrecise(std::abs(s));
}

QString axisCaption()
{
    return TimelinePainter::tr("Time since the last segment received");
}

QString verdictText(const Schedule &schedule)
{
    if (!schedule.detectionS)
        return TimelinePainter::tr("The peer answers: the connection is never given up");
    const double t = *schedule.detectionS;
    return TimelinePainter::tr("Given up after %1; the kernel's timers may make it up to %2 later")
        .arg(formatSeconds(t), lateText(schedule.detectionLatestS - t));
}

QFont strongCaption(const QFont &font)
{
    QFont strong = theme::captionFont(font);
    strong.setWeight(QFont::DemiBold);
    return strong;
}

bool overlapsAny(const QRectF &r, const QList<TimelinePainter::Label> &placed)
{
    return std::any_of(placed.cbegin(), placed.cend(), [&r](const TimelinePainter::Label &l) {
        return l.rect.adjusted(-2, -1, 2, 1).intersects(r);
    });
}

// Where the lines that run down the lanes are: the abort's and the goal's
// (the middlebox forgetting the flow, the deadline). Words crossed by one are
// hard to read, and a recommendation that just meets its deadline puts the
// abort and the deadline a few pixels apart.
QList<double> laneLines(const TimelinePainter::Layout &g, const Schedule &schedule,
                        const TuningGoal &goal)
{
    QList<double> lines;
    for (const ScheduleEvent &e : schedule.events) {
        if (e.kind == EventKind::Abort)
            lines << g.axis.xForTime(e.t);
    }
    if (goal.middlebox)
        lines << g.axis.xForTime(goal.middlebox->timeoutS);
    if (goal.deadlineS)
        lines << g.axis.xForTime(*goal.deadlineS);
    return lines;
}

// Whether a line other than the one at `own` runs through `r`.
bool crossedByLine(const QRectF &r, const QList<double> &lines, double own)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](double x) {
        return x != own && x >= r.left() - 2 && x <= r.right() + 2;
    });
}

} // namespace

QList<double> TimelineContent::goalTimes() const
{
    QList<double> times;
    if (goal.middlebox)
        times << goal.middlebox->timeoutS;
    if (goal.deadlineS)
        times << *goal.deadlineS;
    return times;
}

TimelinePainter::TimelinePainter(const TimelineContent &content, const QFont &font,
                                 const QPalette &palette)
    : m_input(content.input)
    , m_schedule(content.schedule)
    , m_measured(content.measured)
    , m_deviations(content.deviations)
    , m_goal(content.goal)
    , m_font(font)
    , m_palette(palette)
{}

TimelinePainter::Layout TimelinePainter::layout(const QRectF &area, const TimelineAxis &axis) const
{
    Layout g;
    g.area = area;
    const QFontMetricsF fm(font());
    const QFontMetricsF lfm(theme::captionFont(font()));
    const double legendH = legendRows(area.width() - 34) * (lfm.height() + 4) + 10;
    const double axisH = fm.height() + 16;
    const QFontMetricsF cfm(theme::captionFont(font()));
    const QFontMetricsF sfm(strongCaption(font()));
    double labelW = 0;
    for (const QString &label : {tr("Connection"), tr("Probes"), tr("Peer")})
        labelW = std::max(labelW, fm.horizontalAdvance(label));
    labelW += 28;
    const double plotW = area.width() - labelW - 22;
    // "Time since…" and the verdict share a line where they fit.
    g.captionTwoLines =
        cfm.horizontalAdvance(axisCaption()) + sfm.horizontalAdvance(verdictText(m_schedule)) + 24 >
        plotW;
    // Below it, the verdict wraps to as many lines as the width needs.
    const double verdictH =
        g.captionTwoLines
            ? sfm.boundingRect(QRectF(0, 0, plotW, 1e6), Qt::TextWordWrap, verdictText(m_schedule))
                  .height()
            : 0;
    const double captionH = sfm.height() + verdictH + 12;
    const double lanesTop = area.top() + legendH + 4;
    const double laneH = std::clamp(
        (area.height() - legendH - axisH - captionH - 12) / double(LaneCount), 40.0, 96.0);
    g.plot = QRectF(area.left() + labelW, lanesTop, plotW, laneH * double(LaneCount));
    for (int i = 0; i < LaneCount; ++i)
        g.lanes[i] = QRectF(g.plot.left(), lanesTop + i * laneH, g.plot.width(), laneH);
    g.axisY = g.plot.bottom() + 6;
    g.captionY = g.axisY + axisH;
    const double verdictW = sfm.horizontalAdvance(verdictText(m_schedule)) + 1;
    g.verdict = g.captionTwoLines
                    ? QRectF(g.plot.left(), g.captionY + 2 + sfm.height(), plotW, verdictH)
                    : QRectF(g.plot.right() - verdictW, g.captionY + 2, verdictW, sfm.height());
    g.axis = axis;
    g.axis.setPixelRange(g.plot.left(), g.plot.width());
    return g;
}

QList<double> TimelinePainter::localGaps(const Layout &g) const
{
    // Room around each probe (or retransmission) on screen: dense stretches
    // (127 probes, the first back-offs, zoomed out) get smaller markers and
    // no numbers, so each marker stays distinguishable.
    QList<double> gaps(m_schedule.events.size(), 1e9);
    qsizetype previous = -1;
    double previousX = 0;
    for (qsizetype i = 0; i < m_schedule.events.size(); ++i) {
        const EventKind kind = m_schedule.events.at(i).kind;
        if (kind != EventKind::Probe && kind != EventKind::Retransmit)
            continue;
        const double x = g.axis.xForTime(m_schedule.events.at(i).t);
        if (previous >= 0) {
            gaps[i] = x - previousX;
            gaps[previous] = std::min(gaps[previous], x - previousX);
        }
        previous = i;
        previousX = x;
    }
    return gaps;
}

QList<TimelinePainter::Marker> TimelinePainter::markers(const Layout &g) const
{
    QList<Marker> out;
    const QList<double> gaps = localGaps(g);
    const double r = kMarkerRadius;
    for (qsizetype i = 0; i < m_schedule.events.size(); ++i) {
        const ScheduleEvent &e = m_schedule.events.at(i);
        const double x = g.axis.xForTime(e.t);
        if (!g.axis.contains(x, r))
            continue;
        double y = 0;
        switch (e.kind) {
        case EventKind::Probe:
        case EventKind::Retransmit:
        case EventKind::Recheck:
        case EventKind::KeepaliveDeferred:
            y = g.lanes[ProbeLane].center().y();
            break;
        case EventKind::Ack:
            y = g.lanes[PeerLane].center().y();
            break;
        case EventKind::Abort:
            y = g.lanes[ConnectionLane].center().y();
            break;
        }
        double size = e.kind == EventKind::Recheck ? r : r * 2;
        if (e.kind == EventKind::Probe || e.kind == EventKind::Retransmit)
            size = 2 * std::clamp(gaps.at(i) / 2 - 0.5, 2.5, r);
        out << Marker{QRectF(x - size / 2, y - size / 2, size, size), i, false, gaps.at(i)};
    }
    for (qsizetype i = 0; i < m_measured.size(); ++i) {
        const MeasuredEvent &m = m_measured.at(i);
        const double x = g.axis.xForTime(m.t);
        if (!g.axis.contains(x, r))
            continue;
        const Lane lane = m.kind == EventKind::Abort ? ConnectionLane
                          : m.kind == EventKind::Ack ? PeerLane
                                                     : ProbeLane;
        const double y = g.lanes[lane].center().y() + g.lanes[lane].height() * 0.28;
        out << Marker{QRectF(x - r, y - r, 2 * r, 2 * r), i, true, 1e9};
    }
    return out;
}

QString TimelinePainter::describe(const Marker &marker) const
{
    if (marker.measured) {
        // Measured times are exact to the millisecond: formatSecondsPrecise.
        const MeasuredEvent &m = m_measured.at(marker.index);
        QString text = tr("Measured %1").arg(eventKindLabel(m.kind));
        if (m.probe > 0)
            text += QStringLiteral(" %1").arg(m.probe);
        text += QStringLiteral("\n") + tr("at %1").arg(formatSecondsPrecise(m.t));
        const Deviation &d = m_deviations.value(marker.index);
        if (d.eventIndex >= 0) {
            const ScheduleEvent &e = m_schedule.events.at(d.eventIndex);
            text += QStringLiteral("\n") + tr("model %1, window %2 – %3")
                                               .arg(formatSecondsPrecise(e.t),
                                                    formatSecondsPrecise(e.earliest),
                                                    formatSecondsPrecise(e.latest));
            text += QStringLiteral("\n") +
                    tr("deviation %1, %2")
                        .arg(signedDuration(d.deviationS),
                             d.insideWindow ? tr("inside the window") : tr("outside the window"));
        } else {
            text += QStringLiteral("\n") + tr("no matching event in the model");
        }
        return text;
    }
    const ScheduleEvent &e = m_schedule.events.at(marker.index);
    QString title = eventKindLabel(e.kind);
    title[0] = title[0].toUpper();
    if (e.probe > 0)
        title += QStringLiteral(" %1").arg(e.probe);
    QString text = title + QStringLiteral("\n") + tr("at %1").arg(exactTime(e.t));
    text += QStringLiteral("\n") + tr("window %1 – %2 s (up to %3 late)")
                                       .arg(e.earliest, 0, 'f', 3)
                                       .arg(e.latest, 0, 'f', 3)
                                       .arg(lateText(e.latest - e.t));
    return text;
}

void TimelinePainter::paint(QPainter &p, const QRectF &target, const TimelineAxis &axis) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(font());
    const QPalette &pal = palette();
    const Layout g = layout(target, axis);
    // A card on the page: base colour, hairline border.
    p.setPen(QPen(theme::cardBorder(pal), 1));
    p.setBrush(theme::cardBackground(pal));
    p.drawRoundedRect(target.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    const QList<Marker> all = markers(g);
    const QList<TimelineAxis::Tick> axisTicks = ticks(g);
    paintLegend(p, g);
    paintGrid(p, g, axisTicks);
    paintLanes(p, g);
    p.save();
    p.setClipRect(g.plot.adjusted(-kMarkerRadius - 2, -2, kMarkerRadius + 2, 2));
    paintWindows(p, g);
    paintGoal(p, g);
    paintEvents(p, g, all);
    paintMeasured(p, g, all);
    p.restore();
    paintLabels(p, labels(g, all));
    paintAxis(p, g, axisTicks);
    p.restore();
}

QList<TimelinePainter::LegendItem> TimelinePainter::legendItems() const
{
    const QPalette &pal = palette();
    QList<LegendItem> items{{tr("probe"), theme::probe(pal), 0}};
    if (m_input.scenario == Scenario::DataInFlight)
        items = {{tr("retransmission"), theme::probe(pal), 7},
                 {tr("data unacknowledged"), theme::unanswered(pal), 1}};
    else if (m_input.scenario == Scenario::Dead)
        items << LegendItem{tr("unanswered"), theme::unanswered(pal), 1};
    else
        items << LegendItem{tr("ACK"), theme::ack(pal), 0};
    if (m_input.scenario != Scenario::DataInFlight) // no idle stretch is drawn there
        items << LegendItem{tr("idle"), theme::idle(pal), 1};
    bool recheck = false;
    bool deferred = false;
    for (const ScheduleEvent &e : m_schedule.events) {
        recheck = recheck || e.kind == EventKind::Recheck;
        deferred = deferred || e.kind == EventKind::KeepaliveDeferred;
    }
    if (recheck)
        items << LegendItem{tr("timer re-armed"), theme::idle(pal), 5};
    if (deferred)
        items << LegendItem{tr("keep-alive deferred"), theme::idle(pal), 6};
    if (m_schedule.detectionS)
        items << LegendItem{tr("abort"), theme::abort(pal), 3};
    items << LegendItem{tr("timer window"), theme::timerWindow(pal), 4};
    if (!m_measured.isEmpty())
        items << LegendItem{tr("measured"), measuredInk(pal), 2};
    if (m_goal.middlebox)
        items << LegendItem{tr("middlebox forgets the flow"), theme::middlebox(pal), 8};
    if (m_goal.deadlineS)
        items << LegendItem{tr("deadline"), theme::deadline(pal), 9};

    return items;
}

int TimelinePainter::legendRows(double width) const
{
    // Right-aligned items, wrapping to another row where the width ends.
    const QFontMetricsF fm(theme::captionFont(font()));
    int rows = 1;
    double used = 0;
    for (const LegendItem &it : legendItems()) {
        const double w = fm.horizontalAdvance(it.text) + 34;
        if (used > 0 && used + w > width) {
            ++rows;
            used = 0;
        }
        used += w;
    }
    return rows;
}

void TimelinePainter::paintLegend(QPainter &p, const Layout &g) const
{
    const QPalette &pal = palette();
    const QFont caption = theme::captionFont(font());
    p.setFont(caption);
    const QFontMetricsF fm(caption);
    const QList<LegendItem> items = legendItems();
    double x = g.plot.right();
    double y = g.area.top() + 8 + fm.height() / 2;
    const double left = g.area.left() + 12;
    double used = 0;
    // Rows fill from the right, last item first, as legendRows() counts
    // them from the first: lay the rows out first, then paint.
    QList<int> rowOf(items.size(), 0);
    {
        int row = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const double w = fm.horizontalAdvance(items.at(i).text) + 34;
            if (used > 0 && used + w > g.plot.right() - left) {
                ++row;
                used = 0;
            }
            used += w;
            rowOf[i] = row;
        }
    }
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const LegendItem &it = items.at(i);
        if (i + 1 < items.size() && rowOf.at(i) != rowOf.at(i + 1))
            x = g.plot.right();
        y = g.area.top() + 8 + fm.height() / 2 + rowOf.at(i) * (fm.height() + 4);
        const double w = fm.horizontalAdvance(it.text);
        x -= w;
        p.setPen(theme::subtleText(pal));
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), it.text);
        x -= 18;
        const QRectF swatch(x, y - 5, 12, 10);
        switch (it.shape) {
        case 0:
            p.setPen(Qt::NoPen);
            p.setBrush(it.colour);
            p.drawEllipse(swatch.center(), 4.5, 4.5);
            break;
        case 1:
            p.setPen(Qt::NoPen);
            p.setBrush(it.colour);
            p.drawRoundedRect(swatch.adjusted(0, 2, 0, -2), 3, 3);
            break;
        case 2:
            p.setPen(QPen(it.colour, 1.6));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(swatch.center(), 4.5, 4.5);
            break;
        case 7:
            p.setPen(Qt::NoPen);
            p.setBrush(it.colour);
            p.drawRect(QRectF(swatch.center().x() - 4.5, swatch.center().y() - 4.5, 9, 9));
            break;
        case 5:
            p.setPen(QPen(it.colour, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(swatch.center(), 3, 3);
            break;
        case 6: {
            p.setPen(QPen(it.colour, 1.5));
            p.setBrush(Qt::NoBrush);
            const QPointF c = swatch.center();
            p.drawPolygon(QPolygonF{
                {c.x(), c.y() - 5}, {c.x() + 5, c.y()}, {c.x(), c.y() + 5}, {c.x() - 5, c.y()}});
            break;
        }
        case 3:
            p.setPen(QPen(it.colour, 2));
            p.drawLine(QPointF(swatch.center().x(), swatch.top() - 2),
                       QPointF(swatch.center().x(), swatch.bottom() + 2));
            break;
        case 8: {
            QPen dashed(it.colour, 2, Qt::CustomDashLine);
            dashed.setDashPattern({2, 1.5});
            p.setPen(dashed);
            p.drawLine(QPointF(swatch.center().x(), swatch.top() - 2),
                       QPointF(swatch.center().x(), swatch.bottom() + 2));
            break;
        }
        case 9:
            p.setPen(QPen(it.colour, 1.5));
            p.drawLine(QPointF(swatch.center().x(), swatch.top() - 2),
                       QPointF(swatch.center().x(), swatch.bottom() + 2));
            p.setPen(QPen(it.colour, 2.5));
            p.drawLine(QPointF(swatch.center().x() - 4, swatch.top() - 1),
                       QPointF(swatch.center().x() + 4, swatch.top() - 1));
            break;
        default:
            p.setPen(Qt::NoPen);
            p.setBrush(it.colour);
            p.drawRect(swatch);
            break;
        }
        x -= 16;
    }
    p.setFont(font());
}

void TimelinePainter::paintLanes(QPainter &p, const Layout &g) const
{
    const QPalette &pal = palette();
    const QFontMetricsF fm(font());
    const QString labels[LaneCount] = {tr("Connection"), tr("Probes"), tr("Peer")};
    QColor rule = theme::cardBorder(pal);
    rule.setAlpha(90);
    for (int i = 0; i < LaneCount; ++i) {
        const QRectF &lane = g.lanes[i];
        p.setPen(theme::subtleText(pal));
        p.drawText(QRectF(g.area.left() + 14, lane.top(), g.plot.left() - g.area.left() - 20,
                          lane.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, labels[i]);
        if (i > 0) {
            p.setPen(QPen(rule, 1));
            p.drawLine(QPointF(g.area.left() + 12, lane.top()), QPointF(lane.right(), lane.top()));
        }
    }

    // The connection's state: idle stretches neutral, unanswered probing
    // amber, nothing after the abort. Their words are labels().
    p.save();
    p.setClipRect(g.plot);
    const double cy = g.lanes[ConnectionLane].center().y();
    for (const Bar &b : bars(g)) {
        p.setPen(Qt::NoPen);
        p.setBrush(b.colour);
        p.drawRoundedRect(b.rect, 3, 3);
    }
    p.restore();

    // The broken stretch: a band with zig-zag edges across the lanes and the
    // axis, labelled with how much time it hides.
    if (g.axis.isBroken()) {
        const double x0 = g.axis.xForTime(g.axis.breakFrom());
        const double x1 = g.axis.xForTime(g.axis.breakTo());
        if (x1 > g.plot.left() && x0 < g.plot.right() && x1 - x0 > 3) {
            QPainterPath band;
            const double top = g.plot.top() + 2;
            const double bottom = g.axisY + 5;
            const double zig = 3;
            band.moveTo(x0, top);
            const int teeth = int((bottom - top) / 6);
            for (int i = 0; i < teeth; ++i)
                band.lineTo(x0 + (i % 2 == 0 ? zig : -zig), top + i * 6.0);
            band.lineTo(x0, bottom);
            band.lineTo(x1, bottom);
            for (int i = 0; i < teeth; ++i)
                band.lineTo(x1 + (i % 2 == 0 ? zig : -zig), bottom - i * 6.0);
            band.lineTo(x1, top);
            band.closeSubpath();
            p.setPen(QPen(theme::cardBorder(pal), 1));
            p.setBrush(theme::cardBackground(pal));
            p.drawPath(band);
            // The idle bar continues through the break, dashed.
            QPen dashed(theme::idle(pal), 2, Qt::DotLine);
            p.setPen(dashed);
            p.drawLine(QPointF(x0 + zig, cy), QPointF(x1 - zig, cy));
        }
    }
}

QList<TimelinePainter::Bar> TimelinePainter::bars(const Layout &g) const
{
    const QPalette &pal = palette();
    const double barH = 10;
    const double cy = g.lanes[ConnectionLane].center().y();
    QList<Bar> out;
    const auto bar = [&](double t0, double t1, const QColor &colour, const QString &label,
                         bool idle) {
        const double x0 = g.axis.xForTime(t0);
        const double x1 = g.axis.xForTime(t1);
        if (x1 - x0 < 0.5 || x1 < g.plot.left() || x0 > g.plot.right())
            return;
        out << Bar{QRectF(x0, cy - barH / 2, x1 - x0, barH), colour, label, idle};
    };
    const QList<ScheduleEvent> &events = m_schedule.events;
    const double abortT = m_schedule.detectionS.value_or(g.axis.endT());
    if (m_input.scenario == Scenario::DataInFlight) {
        bar(0, std::min(abortT, g.axis.endT()), theme::unanswered(pal),
            tr("data unacknowledged: retransmitting, keep-alive silent"), false);
    } else if (m_input.scenario == Scenario::Dead) {
        const double firstProbe = events.isEmpty() ? abortT : events.first().t;
        bar(0, firstProbe, theme::idle(pal), tr("idle %1").arg(formatSeconds(firstProbe)), true);
        bar(firstProbe, std::min(abortT, g.axis.endT()), theme::unanswered(pal),
            tr("probing, no answer: %1").arg(formatSeconds(abortT - firstProbe)), false);
    } else {
        double idleFrom = 0;
        for (const ScheduleEvent &e : events) {
            if (e.kind == EventKind::Probe) {
                bar(idleFrom, e.t, theme::idle(pal),
                    tr("idle %1").arg(formatSeconds(e.t - idleFrom)), true);
            } else if (e.kind == EventKind::Ack) {
                idleFrom = e.t;
            }
        }
        bar(idleFrom, g.axis.endT(), theme::idle(pal), QString(), true);
    }
    return out;
}

QList<QRectF> TimelinePainter::windowEdgeRects(const Layout &g) const
{
    // A window is a shaded span closed by a solid edge at its latest time:
    // the shade alone is too faint to be a mark (WCAG 1.4.11), the edge is
    // in the probe colour. Snapped to whole pixels so the edge is crisp.
    QList<QRectF> out;
    for (const ScheduleEvent &e : m_schedule.events) {
        if (e.kind == EventKind::Ack || e.kind == EventKind::Recheck)
            continue;
        const double x0 = g.axis.xForTime(e.earliest);
        const double x1 = g.axis.xForTime(e.latest);
        if (x1 - x0 < 6 || x1 < g.plot.left() || x1 > g.plot.right())
            continue;
        const Lane lane = e.kind == EventKind::Abort ? ConnectionLane : ProbeLane;
        const double h = 22;
        out << QRectF(std::round(x1) - 2, std::round(g.lanes[lane].center().y() - h / 2), 2, h);
    }
    return out;
}

QList<TimelinePainter::Label> TimelinePainter::numberLabels(const Layout &g,
                                                            const QList<Marker> &all) const
{
    // Probe (retransmission) numbers above their markers. Markers closer
    // than a marker's width form a pile and get one label, "1–8"; the
    // others are labelled left to right where there is room, and the last
    // always, so a crowded stretch reads "1–8 … 11 … 14 15".
    const QFont caption = theme::captionFont(font());
    const QFontMetricsF fm(caption);
    const QColor ink = theme::subtleText(palette());
    struct Pile
    {
        qsizetype first = -1;
        qsizetype last = -1;
        double x0 = 0;
        double x1 = 0;
        double top = 0;
    };
    QList<Pile> piles;
    for (const Marker &m : all) {
        if (m.measured)
            continue;
        const ScheduleEvent &e = m_schedule.events.at(m.index);
        if ((e.kind != EventKind::Probe && e.kind != EventKind::Retransmit) || e.probe <= 0)
            continue;
        const double x = m.rect.center().x();
        if (!piles.isEmpty() && x - piles.last().x1 < 2 * kMarkerRadius + 1) {
            piles.last().last = m.index;
            piles.last().x1 = x;
            piles.last().top = std::min(piles.last().top, m.rect.top());
        } else {
            piles << Pile{m.index, m.index, x, x, m.rect.top()};
        }
    }
    QList<Label> out;
    for (qsizetype i = 0; i < piles.size(); ++i) {
        const Pile &pile = piles.at(i);
        const int from = m_schedule.events.at(pile.first).probe;
        const int to = m_schedule.events.at(pile.last).probe;
        const QString text =
            from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
        const double w = fm.horizontalAdvance(text) + 2;
        const double cx = (pile.x0 + pile.x1) / 2;
        const QRectF rect(cx - w / 2, pile.top - fm.height() - 3, w, fm.height());
        if (rect.left() < g.plot.left() - kMarkerRadius ||
            rect.right() > g.plot.right() + kMarkerRadius)
            continue;
        const Label label{Label::Number, rect, text, pile.first, pile.last, ink, caption};
        const bool isLast = i == piles.size() - 1;
        if (!out.isEmpty() && rect.left() < out.last().rect.right() + 6) {
            if (!isLast)
                continue;
            while (!out.isEmpty() && rect.left() < out.last().rect.right() + 6)
                out.removeLast();
        }
        out << label;
    }
    return out;
}

QList<TimelinePainter::Label> TimelinePainter::labels(const Layout &g,
                                                      const QList<Marker> &all) const
{
    const QPalette &pal = palette();
    const QFont caption = theme::captionFont(font());
    const QFontMetricsF cfm(caption);
    QList<Label> placed;
    const auto place = [&placed](const Label &label) {
        if (!overlapsAny(label.rect, placed))
            placed << label;
    };
    const auto fitsPlot = [&g](const QRectF &r) {
        return r.left() >= g.plot.left() - kMarkerRadius &&
               r.right() <= g.plot.right() + kMarkerRadius;
    };

    // The detection time in words beside the abort, on the side with room.
    for (const Marker &m : all) {
        if (m.measured || m_schedule.events.at(m.index).kind != EventKind::Abort)
            continue;
        const QFont strong = strongCaption(font());
        const QFontMetricsF sfm(strong);
        const QString text =
            tr("ETIMEDOUT after %1").arg(formatSeconds(m_schedule.events.at(m.index).t));
        const double w = sfm.horizontalAdvance(text) + 2;
        const double x = m.rect.center().x();
        QRectF box(x + 8, g.lanes[ConnectionLane].top() + 3, w, sfm.height());
        // A goal line just after the abort (a deadline the values just meet)
        // would run through the words: they start beside it instead.
        for (const double line : laneLines(g, m_schedule, m_goal)) {
            if (line > x && crossedByLine(box, {line}, x))
                box.moveLeft(line + 6);
        }
        if (box.right() > g.plot.right())
            box.moveRight(x - 8);
        if (box.left() >= g.area.left() + 4)
            place({Label::Abort, box, text, m.index, m.index, theme::abort(pal), strong});
    }
    for (const Label &l : numberLabels(g, all))
        place(l);
    for (const Label &l : goalLabels(g, placed))
        place(l);

    const bool gone = peerIsGone(m_input.scenario);
    if (gone) {
        // Say once, in words, what the crosses mean: below the first one
        // with room, where no connector runs.
        const QString text = tr("no answer");
        const double w = cfm.horizontalAdvance(text) + 2;
        for (const Marker &m : all) {
            const EventKind kind = m.measured ? EventKind::Ack : m_schedule.events.at(m.index).kind;
            if (kind != EventKind::Probe && kind != EventKind::Retransmit)
                continue;
            const double x = m.rect.center().x();
            const QRectF r(x - w / 2, g.lanes[PeerLane].center().y() + 8, w, cfm.height());
            if (fitsPlot(r) && !overlapsAny(r, placed)) {
                place({Label::Note, r, text, m.index, m.index, theme::unanswered(pal), caption});
                break;
            }
        }
    }
    if (m_input.params.userTimeoutMs > 0 && gone) {
        const double x = g.axis.xForTime(m_input.params.userTimeoutMs / 1000.0);
        const QString text =
            tr("user timeout %1").arg(formatMilliseconds(m_input.params.userTimeoutMs));
        const double w = cfm.horizontalAdvance(text) + 2;
        const double top = g.lanes[ConnectionLane].bottom() - cfm.height() - 3;
        QRectF r(x + 4, top, w, cfm.height());
        // Left of its moment when there is no room on the right, or when a
        // line (the deadline just after it) would run through the words.
        const QList<double> lines = laneLines(g, m_schedule, m_goal);
        if (r.right() > g.plot.right() || crossedByLine(r, lines, x)) {
            const QRectF left = r.translated(-(w + 8), 0);
            if (left.left() >= g.plot.left() &&
                (r.right() > g.plot.right() || !crossedByLine(left, lines, x)))
                r = left;
        }
        if (g.axis.contains(x) && r.left() >= g.plot.left() && r.right() <= g.plot.right())
            place({Label::Note, r, text, -1, -1, theme::subtleText(pal), caption});
    }

    // Deviations right of each measurement, or left of the prediction at
    // the plot's right edge.
    for (const Marker &m : all) {
        if (!m.measured)
            continue;
        const Deviation &d = m_deviations.value(m.index);
        if (d.eventIndex < 0)
            continue;
        const QPointF c = m.rect.center();
        const QString text = signedDuration(d.deviationS);
        const double w = cfm.horizontalAdvance(text) + 2;
        double left = c.x() + kMarkerRadius + 4;
        if (left + w >= g.plot.right() + kMarkerRadius)
            left = std::min(c.x(), g.axis.xForTime(m_schedule.events.at(d.eventIndex).t)) -
                   kMarkerRadius - 4 - w;
        const QRectF r(left, c.y() - cfm.height() / 2, w, cfm.height());
        const QColor ink = d.insideWindow ? measuredInk(pal) : theme::abort(pal);
        if (r.left() >= g.plot.left())
            place({Label::Deviation, r, text, m.index, m.index, ink, caption});
    }

    // A stretch's words above its bar, centred on the bar and kept inside
    // the visible part of it, clear of the break and of other labels.
    const QFontMetricsF fm(font());
    for (const Bar &b : bars(g)) {
        if (b.label.isEmpty())
            continue;
        double visible0 = std::max(b.rect.left(), g.plot.left());
        double visible1 = std::min(b.rect.right(), g.plot.right());
        if (g.axis.isBroken()) {
            const double b0 = g.axis.xForTime(g.axis.breakFrom()) - 4;
            const double b1 = g.axis.xForTime(g.axis.breakTo()) + 4;
            if (visible0 < b1 && visible1 > b0) {
                if (b0 - visible0 >= visible1 - b1)
                    visible1 = b0;
                else
                    visible0 = b1;
            }
        }
        const double top = b.rect.top() - fm.height() - 2;
        for (const Label &other : std::as_const(placed)) {
            // Beside a label in the same band (with the margin overlapsAny()
            // keeps): keep the wider side.
            const QRectF near = other.rect.adjusted(-2, -1, 2, 1);
            if (near.bottom() <= top || near.top() >= top + fm.height() ||
                near.right() < visible0 || near.left() > visible1)
                continue;
            if (other.rect.left() - visible0 >= visible1 - other.rect.right())
                visible1 = other.rect.left() - 6;
            else
                visible0 = other.rect.right() + 6;
        }
        const double w = fm.horizontalAdvance(b.label) + 2;
        if (visible1 - visible0 < w + 12)
            continue;
        const double cx =
            std::clamp(b.rect.center().x(), visible0 + w / 2 + 6, visible1 - w / 2 - 6);
        place({Label::State, QRectF(cx - w / 2, top, w, fm.height()), b.label, -1, -1,
               theme::subtleText(pal), font()});
    }
    return placed;
}

void TimelinePainter::paintLabels(QPainter &p, const QList<Label> &labels) const
{
    for (const Label &l : labels) {
        p.setFont(l.font);
        p.setPen(l.colour);
        p.drawText(l.rect, Qt::AlignCenter | Qt::TextDontClip, l.text);
    }
    p.setFont(font());
}

void TimelinePainter::paintWindows(QPainter &p, const Layout &g) const
{
    const QPalette &pal = palette();
    p.setPen(Qt::NoPen);
    p.setBrush(theme::timerWindow(pal));
    for (const ScheduleEvent &e : m_schedule.events) {
        if (e.kind == EventKind::Ack || e.kind == EventKind::Recheck)
            continue;
        const Lane lane = e.kind == EventKind::Abort ? ConnectionLane : ProbeLane;
        const double x0 = g.axis.xForTime(e.earliest);
        const double x1 = std::max(g.axis.xForTime(e.latest), x0 + 1.0);
        const double h = 22;
        p.drawRoundedRect(QRectF(x0, g.lanes[lane].center().y() - h / 2, x1 - x0, h), 2, 2);
    }
    p.setBrush(theme::probe(pal));
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const QRectF &edge : windowEdgeRects(g))
        p.drawRect(edge);
    p.setRenderHint(QPainter::Antialiasing, true);
}

void TimelinePainter::paintEvents(QPainter &p, const Layout &g, const QList<Marker> &all) const
{
    const QPalette &pal = palette();
    const double r = kMarkerRadius;
    const QColor base = theme::cardBackground(pal);

    for (const Marker &m : all) {
        if (m.measured)
            continue;
        const ScheduleEvent &e = m_schedule.events.at(m.index);
        const QPointF c = m.rect.center();
        switch (e.kind) {
        case EventKind::Probe:
        case EventKind::Retransmit: {
            const double mr = m.rect.width() / 2;
            // The question to the peer: a connector towards the peer lane,
            // dashed amber where no answer comes.
            const bool unanswered = peerIsGone(m_input.scenario);
            if (unanswered) {
                QPen pen(theme::unanswered(pal), 1.2, Qt::DashLine);
                p.setPen(pen);
                const double yPeer = g.lanes[PeerLane].center().y();
                p.drawLine(QPointF(c.x(), c.y() + mr + 2), QPointF(c.x(), yPeer - 4));
                p.setPen(QPen(theme::unanswered(pal), 1.6));
                p.drawLine(QPointF(c.x() - 3.5, yPeer - 3.5), QPointF(c.x() + 3.5, yPeer + 3.5));
                p.drawLine(QPointF(c.x() - 3.5, yPeer + 3.5), QPointF(c.x() + 3.5, yPeer - 3.5));
            }
            p.setPen(QPen(base, 1.5));
            p.setBrush(theme::probe(pal));
            if (e.kind == EventKind::Retransmit)
                p.drawRect(m.rect);
            else
                p.drawEllipse(m.rect);
            break;
        }
        case EventKind::Ack: {
            // The answer: from the probe down to the peer lane.
            const double probeX = g.axis.xForTime(e.t - m_input.rttMs / 1000.0);
            p.setPen(QPen(theme::ack(pal), 1.2));
            p.drawLine(QPointF(probeX, g.lanes[ProbeLane].center().y() + r + 2),
                       QPointF(c.x(), c.y() - r));
            p.setPen(QPen(base, 1.5));
            p.setBrush(theme::ack(pal));
            p.drawEllipse(m.rect);
            break;
        }
        case EventKind::Recheck:
        case EventKind::KeepaliveDeferred:
            // The keep-alive timer looked and re-armed without probing.
            p.setPen(QPen(theme::idle(pal), 1.5));
            p.setBrush(Qt::NoBrush);
            if (e.kind == EventKind::KeepaliveDeferred) {
                QPolygonF diamond;
                diamond << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y())
                        << QPointF(c.x(), c.y() + r) << QPointF(c.x() - r, c.y());
                p.drawPolygon(diamond);
            } else {
                p.drawEllipse(m.rect);
            }
            break;
        case EventKind::Abort: {
            p.setPen(QPen(theme::abort(pal), 2));
            p.drawLine(QPointF(c.x(), g.plot.top() + 4), QPointF(c.x(), g.axisY));
            p.setPen(QPen(base, 1.5));
            p.setBrush(theme::abort(pal));
            p.drawEllipse(c, r + 1, r + 1);
            break;
        }
        }
    }
    if (m_input.params.userTimeoutMs > 0 && peerIsGone(m_input.scenario)) {
        // Where the user timeout runs out: the abort waits for the first
        // keep-alive timer firing after it (tcp_keepalive_timer()).
        const double t = m_input.params.userTimeoutMs / 1000.0;
        const double x = g.axis.xForTime(t);
        if (g.axis.contains(x)) {
            p.setPen(QPen(theme::subtleText(pal), 1.2, Qt::DashLine));
            p.drawLine(QPointF(x, g.lanes[ConnectionLane].center().y() - 10), QPointF(x, g.axisY));
        }
    }
}

void TimelinePainter::paintGoal(QPainter &p, const Layout &g) const
{
    // Across the lanes and down to the axis: where the middlebox forgets a
    // flow that stayed silent this long (dashed), and the deadline (solid,
    // with a cap at the top).
    const QPalette &pal = palette();
    const double top = g.plot.top() + 2;
    if (m_goal.middlebox) {
        const double x = g.axis.xForTime(m_goal.middlebox->timeoutS);
        if (g.axis.contains(x)) {
            QPen dashed(theme::middlebox(pal), 2, Qt::CustomDashLine);
            dashed.setDashPattern({3, 2});
            p.setPen(dashed);
            p.drawLine(QPointF(x, top), QPointF(x, g.axisY));
        }
    }
    if (m_goal.deadlineS) {
        const double x = g.axis.xForTime(*m_goal.deadlineS);
        if (g.axis.contains(x)) {
            const QColor ink = theme::deadline(pal);
            p.setPen(QPen(ink, 1.5));
            p.drawLine(QPointF(x, top), QPointF(x, g.axisY));
            // A cap at the top: a limit, narrower than the gap to its label.
            p.setPen(QPen(ink, 2.5));
            p.drawLine(QPointF(x - 4, top + 1), QPointF(x + 4, top + 1));
        }
    }
}

QList<TimelinePainter::Label> TimelinePainter::goalLabels(const Layout &g,
                                                          const QList<Label> &placed) const
{
    // Each line's words beside it: right of it where there is room, else
    // left, at the first height clear of the labels already placed.
    const QPalette &pal = palette();
    const QFont caption = strongCaption(font());
    const QFontMetricsF fm(caption);
    QList<Label> out = placed;
    QList<Label> mine;
    const QList<double> lines = laneLines(g, m_schedule, m_goal);
    const auto add = [&](double t, const QString &text, const QColor &ink) {
        const double x = g.axis.xForTime(t);
        if (!g.axis.contains(x))
            return;
        const double w = fm.horizontalAdvance(text) + 2;
        const double h = fm.height();
        const double tops[] = {g.lanes[0].top() + 3, g.lanes[1].top() + 3,
                               g.lanes[2].bottom() - h - 3, g.lanes[2].top() + 3};
        // Clear of every line if possible, else clear of the other labels.
        for (const bool avoidLines : {true, false}) {
            for (const double top : tops) {
                for (const double left : {x + 6, x - 6 - w}) {
                    const QRectF r(left, top, w, h);
                    if (r.left() < g.plot.left() || r.right() > g.plot.right() ||
                        overlapsAny(r, out) || (avoidLines && crossedByLine(r, lines, x)))
                        continue;
                    const Label label{Label::Goal, r, text, -1, -1, ink, caption};
                    out << label;
                    mine << label;
                    return;
                }
            }
        }
    };
    if (m_goal.middlebox)
        add(m_goal.middlebox->timeoutS,
            tr("middlebox forgets the flow at %1").arg(formatSeconds(m_goal.middlebox->timeoutS)),
            theme::middlebox(pal));
    if (m_goal.deadlineS)
        add(*m_goal.deadlineS, tr("deadline %1").arg(formatSeconds(*m_goal.deadlineS)),
            theme::deadline(pal));
    return mine;
}

void TimelinePainter::paintMeasured(QPainter &p, const Layout &g, const QList<Marker> &all) const
{
    if (m_measured.isEmpty())
        return;
    const QPalette &pal = palette();
    for (const Marker &m : all) {
        if (!m.measured)
            continue;
        const Deviation &d = m_deviations.value(m.index);
        const QPointF c = m.rect.center();
        const QColor ink =
            d.eventIndex < 0 || d.insideWindow ? measuredInk(pal) : theme::abort(pal);
        if (d.eventIndex >= 0) {
            // From the prediction to the measurement: the deviation.
            const double xModel = g.axis.xForTime(m_schedule.events.at(d.eventIndex).t);
            p.setPen(QPen(ink, 1.2));
            p.drawLine(QPointF(xModel, c.y()), QPointF(c.x(), c.y()));
            p.drawLine(QPointF(xModel, c.y() - 3), QPointF(xModel, c.y() + 3));
        }
        p.setPen(QPen(ink, 1.8));
        p.setBrush(theme::cardBackground(pal));
        p.drawEllipse(m.rect);
    }
    p.setFont(font());
}

QList<TimelineAxis::Tick> TimelinePainter::ticks(const Layout &g) const
{
    const QFontMetricsF fm(theme::captionFont(font()));
    return g.axis.ticks([&fm](const QString &label) { return fm.horizontalAdvance(label); });
}

void TimelinePainter::paintGrid(QPainter &p, const Layout &g,
                                const QList<TimelineAxis::Tick> &ticks) const
{
    QColor grid = theme::cardBorder(palette());
    grid.setAlpha(45);
    p.setPen(QPen(grid, 1));
    for (const TimelineAxis::Tick &tick : ticks) {
        const double x = g.axis.xForTime(tick.t);
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.axisY));
    }
}

void TimelinePainter::paintAxis(QPainter &p, const Layout &g,
                                const QList<TimelineAxis::Tick> &ticks) const
{
    const QPalette &pal = palette();
    const QFont caption = theme::captionFont(font());
    const QFontMetricsF fm(caption);
    p.setFont(caption);
    const QColor ink = theme::subtleText(pal);
    p.setPen(QPen(theme::cardBorder(pal), 1));
    p.drawLine(QPointF(g.plot.left(), g.axisY), QPointF(g.plot.right(), g.axisY));

    double lastRight = -1e9;
    for (const TimelineAxis::Tick &tick : ticks) {
        const double x = g.axis.xForTime(tick.t);
        p.setPen(QPen(theme::cardBorder(pal), 1));
        p.drawLine(QPointF(x, g.axisY), QPointF(x, g.axisY + 4));
        const double w = fm.horizontalAdvance(tick.label);
        double left = x - w / 2;
        left = std::min(left, g.area.right() - 6 - w);
        if (left < lastRight + 8 || left < g.area.left() + 4)
            continue;
        p.setPen(ink);
        p.drawText(QPointF(left, g.axisY + 6 + fm.ascent()), tick.label);
        lastRight = left + w;
    }
    if (g.axis.isBroken()) {
        // The slashes on the axis, and how much time the gap hides.
        const double x0 = g.axis.xForTime(g.axis.breakFrom());
        const double x1 = g.axis.xForTime(g.axis.breakTo());
        const double xm = (x0 + x1) / 2;
        if (xm > g.plot.left() && xm < g.plot.right()) {
            const QString hidden = g.axis.breakLabel();
            const double w = fm.horizontalAdvance(hidden);
            if (xm - w / 2 > lastRight - 1e9) {
                p.setPen(ink);
                p.drawText(QPointF(xm - w / 2, g.axisY + 6 + fm.ascent() + fm.height()), hidden);
            }
        }
    }

    // The caption: what the axis measures, and the detection time in words;
    // on two lines where one is too narrow for both.
    const QFont strong = strongCaption(font());
    const QFontMetricsF sfm(strong);
    const double y = g.captionY + sfm.ascent() + 2;
    p.setPen(ink);
    p.drawText(QPointF(g.plot.left(), y), axisCaption());
    const QString verdict = verdictText(m_schedule);
    p.setFont(strong);
    p.setPen(m_schedule.detectionS ? theme::abort(pal) : theme::ack(pal));
    p.drawText(g.verdict, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, verdict);
    p.setFont(font());
}

} // namespace kt::ui
