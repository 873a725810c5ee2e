#include "ui/CardFrame.h"

#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kt::ui {

CardFrame::CardFrame(QWidget *parent)
    : QFrame(parent)
{}

void CardFrame::setHoverHighlight(bool enabled)
{
    m_hoverHighlight = enabled;
    setAttribute(Qt::WA_Hover, enabled);
}

void CardFrame::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    p.fillPath(path, theme::cardBackground(palette()));
    const bool highlighted = m_hoverHighlight && underMouse();
    p.setPen(QPen(highlighted ? theme::probe(palette()) : theme::cardBorder(palette()), 1));
    p.drawPath(path);
}

} // namespace kt::ui
