#include "ui/TimelineWidget.h"

#include "params/Format.h"
#include "schedule/Detection.h"
#include "ui/Theme.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace kt::ui {

namespace {

// What a screen reader gets from the drawing: its name, the detection
// sentence as the description, and the events as read-only text, one a
// line.
class TimelineAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit TimelineAccessible(TimelineWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Graphic)
    {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return timeline()->accessibleName();
        case QAccessible::Description:
            return timeline()->detectionText();
        case QAccessible::Value:
            return all();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    // QAccessibleTextInterface: the events, read-only, no selection.
    void selection(int, int *start, int *end) const override { *start = *end = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int start, int end) const override { return all().mid(start, end - start); }
    int characterCount() const override { return int(all().size()); }
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *start, int *end) const override
    {
        *start = 0;
        *end = characterCount();
        return {};
    }

private:
    TimelineWidget *timeline() const { return static_cast<TimelineWidget *>(widget()); }
    QString all() const { return timeline()->eventsText(); }
};

QAccessibleInterface *timelineAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("kt::ui::TimelineWidget") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineWidget *>(object));
    return nullptr;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Probe schedule timeline"));
    setToolTip(QString()); // per marker, see event()
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QSize TimelineWidget::sizeHint() const
{
    return {900, 380};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {420, 280};
}

void TimelineWidget::setSchedule(const ScheduleInput &input, const Schedule &schedule)
{
    m_content.input = input;
    m_content.schedule = schedule;
    m_content.deviations = compareWithSchedule(m_content.schedule, m_content.measured);
    fitAxis();
}

void TimelineWidget::setMeasuredEvents(const QList<MeasuredEvent> &events)
{
    m_content.measured = events;
    m_content.deviations = compareWithSchedule(m_content.schedule, m_content.measured);
    fitAxis(); // the span may grow to include them
}

void TimelineWidget::setGoal(const TuningGoal &goal)
{
    if (goal == m_content.goal)
        return;
    m_content.goal = goal;
    fitAxis(); // the span may grow to include it
}

void TimelineWidget::setCompressIdle(bool on)
{
    if (on == m_compressIdle)
        return;
    m_compressIdle = on;
    fitAxis();
}

void TimelineWidget::fitAxis()
{
    m_axis.fit(m_content.schedule, m_content.measured, double(m_content.input.params.idleS),
               m_compressIdle, m_content.goalTimes());
    update();
    // A screen reader hears that the sentence and the events changed.
    if (QAccessible::isActive()) {
        QAccessibleEvent description(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&description);
        QAccessibleValueChangeEvent value(this, eventsText());
        QAccessible::updateAccessibility(&value);
    }
}

TimelinePainter TimelineWidget::painter() const
{
    return TimelinePainter(m_content, font(), palette());
}

TimelineAxis TimelineWidget::laidOutAxis() const
{
    return painter().layout(rect(), m_axis).axis;
}

void TimelineWidget::resetView()
{
    m_axis.resetView();
    update();
}

void TimelineWidget::zoom(double factor, double anchorX)
{
    m_axis = laidOutAxis();
    m_axis.zoom(factor, anchorX);
    update();
}

void TimelineWidget::pan(double fraction)
{
    m_axis.pan(fraction);
    update();
}

double TimelineWidget::xForTime(double t) const
{
    return laidOutAxis().xForTime(t);
}

QList<QRectF> TimelineWidget::probeMarkerRects() const
{
    const TimelinePainter p = painter();
    QList<QRectF> rects;
    for (const TimelinePainter::Marker &m : p.markers(p.layout(rect(), m_axis))) {
        if (!m.measured && m_content.schedule.events.at(m.index).kind == EventKind::Probe)
            rects << m.rect;
    }
    return rects;
}

TimelinePainter::Layout TimelineWidget::currentLayout() const
{
    return painter().layout(rect(), m_axis);
}

QList<TimelinePainter::Marker> TimelineWidget::markers() const
{
    const TimelinePainter p = painter();
    return p.markers(p.layout(rect(), m_axis));
}

QList<TimelinePainter::Label> TimelineWidget::labels() const
{
    const TimelinePainter p = painter();
    const TimelinePainter::Layout g = p.layout(rect(), m_axis);
    return p.labels(g, p.markers(g));
}

QList<TimelinePainter::Bar> TimelineWidget::bars() const
{
    const TimelinePainter p = painter();
    return p.bars(p.layout(rect(), m_axis));
}

QList<QRectF> TimelineWidget::windowEdgeRects() const
{
    const TimelinePainter p = painter();
    return p.windowEdgeRects(p.layout(rect(), m_axis));
}

QList<QRectF> TimelineWidget::measuredMarkerRects() const
{
    QList<QRectF> rects;
    for (const TimelinePainter::Marker &m : markers()) {
        if (m.measured)
            rects << m.rect;
    }
    return rects;
}

QString TimelineWidget::eventsText() const
{
    QStringList lines;
    for (const ScheduleEvent &e : m_content.schedule.events) {
        QString name = eventKindLabel(e.kind);
        if (e.probe > 0)
            name += QStringLiteral(" %1").arg(e.probe);
        lines << tr("%1 at %2").arg(name, formatSeconds(e.t));
    }
    if (m_content.goal.middlebox)
        lines << tr("the middlebox forgets the flow at %1")
                     .arg(formatSeconds(m_content.goal.middlebox->timeoutS));
    if (m_content.goal.deadlineS)
        lines << tr("deadline at %1").arg(formatSeconds(*m_content.goal.deadlineS));
    return lines.join(QLatin1Char('\n'));
}

QString TimelineWidget::detectionText() const
{
    if (validateScheduleInput(m_content.input))
        return describeDetection(m_content.input);
    return describeDetection(m_content.input, m_content.schedule);
}

QString TimelineWidget::toolTipAt(const QPointF &pos) const
{
    const TimelinePainter p = painter();
    const QList<TimelinePainter::Marker> all = p.markers(p.layout(rect(), m_axis));
    const TimelinePainter::Marker *best = nullptr;
    double bestDistance = 9.0; // px: generous enough to hit a small marker
    for (const TimelinePainter::Marker &m : all) {
        const double d = std::hypot(m.rect.center().x() - pos.x(), m.rect.center().y() - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = &m;
        }
    }
    if (!best)
        return {};
    return p.describe(*best);
}

void TimelineWidget::render(QPainter &p, const QRectF &target) const
{
    painter().paint(p, target, m_axis);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    render(p, QRectF(rect()));
    if (hasFocus()) {
        QPen focus(theme::probe(palette()), 2);
        p.setPen(focus);
        p.setBrush(Qt::NoBrush);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoom(std::pow(1.25, steps), event->position().x());
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        m_dragViewU0 = m_axis.viewU0();
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_axis = laidOutAxis();
        m_axis.dragFrom(m_dragViewU0, event->position().x() - m_dragFrom.x());
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double centre = painter().layout(rect(), m_axis).plot.center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5, centre);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoom(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        pan(-0.2);
        break;
    case Qt::Key_Right:
        pan(0.2);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    update(); // the focus ring
    QWidget::focusInEvent(event);
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace kt::ui
