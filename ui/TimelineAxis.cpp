#include "ui/TimelineAxis.h"

#include "params/Format.h"

#include <algorithm>
#include <cmath>

namespace kt::ui {

namespace {

constexpr double kMinSpanS = 0.004;

const double kSteps[] = {0.001,  0.002,  0.005,  0.01,    0.02,    0.05,    0.1,     0.2,   0.5,
                         1,      2,      5,      10,      15,      30,      60,      120,   300,
                         600,    900,    1800,   3600,    7200,    10800,   21600,   43200, 86400,
                         172800, 432000, 864000, 1728000, 4320000, 8640000, 17280000};

} // namespace

// "250 ms", "1.5 s", "45 s", "2 h 1 min 15 s": tick labels that carry their
// unit, precise enough for the step between ticks.
QString TimelineAxis::tickLabel(double t, double step)
{
    if (std::abs(t) < 1e-9)
        return QStringLiteral("0");
    if (step < 1.0) {
        if (t < 1.0)
            return QStringLiteral("%1 ms").arg(std::llround(t * 1000.0));
        const int decimals = step >= 0.1 ? 1 : (step >= 0.01 ? 2 : 3);
        if (t < 60.0)
            return QStringLiteral("%1 s").arg(t, 0, 'f', decimals);
        const qint64 whole = qint64(std::floor(t / 60.0)) * 60;
        return formatDuration(whole) +
               QStringLiteral(" %1 s").arg(t - double(whole), 0, 'f', decimals);
    }
    return formatDuration(std::llround(t));
}

void TimelineAxis::fit(const Schedule &schedule, const QList<MeasuredEvent> &measured,
                       double fallbackEndS, bool compressIdle, const QList<double> &marks)
{
    // The span worth showing: to the latest any event can happen, or the
    // horizon, with a little room after it.
    double end = std::max(schedule.horizonS, schedule.detectionS.value_or(0));
    double first = -1;
    for (const ScheduleEvent &e : schedule.events) {
        end = std::max(end, e.latest);
        if (first < 0)
            first = e.earliest;
    }
    for (const MeasuredEvent &m : measured)
        end = std::max(end, m.t);
    // A mark counts as an event: reached by the axis, and the quiet stretch
    // that may be broken ends before it.
    for (double mark : marks) {
        end = std::max(end, mark);
        first = first < 0 ? mark : std::min(first, mark);
    }
    if (end <= 0)
        end = std::max(1.0, fallbackEndS);
    const double busy = std::max(end - std::max(first, 0.0), 1e-3);
    m_endT = end + busy * 0.04;

    // Break the axis when the quiet stretch before the first event dwarfs
    // the busy part after it: 0…breakFrom stays readable at the start, the
    // rest of the idle time is squeezed into a short gap.
    m_breakFrom = m_breakTo = 0;
    if (compressIdle && first > 0 && first > 4.0 * busy) {
        // Round ends, so the hidden stretch reads as a round duration.
        const auto snap = [](double limit) {
            double best = kSteps[0];
            for (double step : kSteps) {
                if (step <= limit)
                    best = step;
            }
            return best;
        };
        const double fine = snap(busy * 0.06);
        m_breakFrom = std::floor(busy * 0.18 / fine) * fine;
        if (m_breakFrom <= 0)
            m_breakFrom = fine;
        m_breakTo = std::floor((first - busy * 0.06) / fine) * fine;
        m_breakWidthU = busy * 0.07;
        if (m_breakTo <= m_breakFrom)
            m_breakFrom = m_breakTo = 0;
    }
    resetView();
}

void TimelineAxis::setPixelRange(double left, double width)
{
    m_left = left;
    m_width = width;
}

double TimelineAxis::axisU(double t) const
{
    if (!isBroken() || t <= m_breakFrom)
        return t;
    if (t >= m_breakTo)
        return m_breakFrom + m_breakWidthU + (t - m_breakTo);
    return m_breakFrom + m_breakWidthU * (t - m_breakFrom) / (m_breakTo - m_breakFrom);
}

double TimelineAxis::timeForU(double u) const
{
    if (!isBroken() || u <= m_breakFrom)
        return u;
    if (u >= m_breakFrom + m_breakWidthU)
        return m_breakTo + (u - m_breakFrom - m_breakWidthU);
    return m_breakFrom + (u - m_breakFrom) / m_breakWidthU * (m_breakTo - m_breakFrom);
}

QString TimelineAxis::breakLabel() const
{
    if (!isBroken())
        return {};
    return tr("⋯ %1 ⋯").arg(formatSeconds(m_breakTo - m_breakFrom));
}

double TimelineAxis::fullU0() const
{
    return -axisU(m_endT) * 0.015;
}

double TimelineAxis::fullU1() const
{
    return axisU(m_endT);
}

void TimelineAxis::resetView()
{
    m_viewU0 = fullU0();
    m_viewU1 = fullU1();
}

void TimelineAxis::clampView()
{
    const double full = fullU1() - fullU0();
    double span = std::clamp(m_viewU1 - m_viewU0, std::min(kMinSpanS, full), full);
    double u0 = std::clamp(m_viewU0, fullU0(), fullU1() - span);
    m_viewU0 = u0;
    m_viewU1 = u0 + span;
}

void TimelineAxis::zoom(double factor, double anchorX)
{
    const double anchorU = uOfX(std::clamp(anchorX, left(), right()));
    m_viewU0 = anchorU - (anchorU - m_viewU0) / factor;
    m_viewU1 = anchorU + (m_viewU1 - anchorU) / factor;
    clampView();
}

void TimelineAxis::pan(double fraction)
{
    const double shift = (m_viewU1 - m_viewU0) * fraction;
    m_viewU0 += shift;
    m_viewU1 += shift;
    clampView();
}

void TimelineAxis::dragFrom(double fromU0, double dx)
{
    const double du = dx / m_width * (m_viewU1 - m_viewU0);
    const double span = m_viewU1 - m_viewU0;
    m_viewU0 = fromU0 - du;
    m_viewU1 = m_viewU0 + span;
    clampView();
}

QList<TimelineAxis::Tick>
TimelineAxis::ticks(const std::function<double(const QString &)> &labelWidth) const
{
    // Ticks per straight piece of the axis, each with a step that leaves
    // room for its labels.
    struct Piece
    {
        double t0, t1;
    };
    QList<Piece> pieces;
    if (isBroken())
        pieces = {{0, m_breakFrom}, {m_breakTo, m_endT}};
    else
        pieces = {{0, m_endT}};
    const double pxPerU = m_width / (m_viewU1 - m_viewU0);
    QList<Tick> out;
    for (const Piece &piece : pieces) {
        const double t0 = std::max(piece.t0, timeForU(m_viewU0));
        const double t1 = std::min(piece.t1, timeForU(m_viewU1));
        if (t1 <= t0)
            continue;
        double step = kSteps[std::size(kSteps) - 1];
        for (double candidate : kSteps) {
            if (candidate * pxPerU < 40)
                continue;
            // The widest label this step would need.
            double widest = 0;
            const double first = std::ceil(t0 / candidate) * candidate;
            for (int i = 0; i < 3 && first + i * candidate <= t1; ++i)
                widest = std::max(widest, labelWidth(tickLabel(first + i * candidate, candidate)));
            widest = std::max(widest, labelWidth(tickLabel(t1, candidate)));
            if (candidate * pxPerU >= widest + 18) {
                step = candidate;
                break;
            }
        }
        const double first = std::ceil(t0 / step - 1e-9) * step;
        // Counted in whole steps so rounding never adds up along the axis.
        for (qint64 i = 0; first + double(i) * step <= t1 + 1e-9 && i < 1000; ++i)
            out << Tick{first + double(i) * step, tickLabel(first + double(i) * step, step)};
    }
    return out;
}

} // namespace kt::ui
