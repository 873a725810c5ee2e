#include "ui/WrapLabel.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace kt::ui {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void WrapLabel::forgetLayout() const
{
    m_heights.clear();
    m_layoutWidth = -1;
}

int WrapLabel::layOut(int textWidth) const
{
    // setText() is not virtual, so notice a new text here.
    if (text() != m_measuredText) {
        forgetLayout();
        m_measuredText = text();
    }
    if (textWidth == m_layoutWidth)
        return m_layoutHeight;
    QString laidOut = m_measuredText;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout.setText(laidOut);
    m_layout.setFont(font());
    QTextOption option(alignment() & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    qreal y = 0;
    m_layout.beginLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(textWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout.endLayout();
    m_layoutWidth = textWidth;
    m_layoutHeight = int(std::ceil(y));
    m_heights.insert(textWidth, m_layoutHeight);
    return m_layoutHeight;
}

int WrapLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const int textWidth = qMax(1, width - m.left() - m.right());
    if (text() == m_measuredText) {
        const auto it = m_heights.constFind(textWidth);
        if (it != m_heights.cend())
            return *it + m.top() + m.bottom();
    }
    return layOut(textWidth) + m.top() + m.bottom();
}

QSize WrapLabel::minimumSizeHint() const
{
    // Narrow enough for any card, one line high: layouts ask heightForWidth()
    // for the real height at the width they settle on.
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return {fm.averageCharWidth() * 12 + m.left() + m.right(),
            fm.lineSpacing() + m.top() + m.bottom()};
}

QSize WrapLabel::sizeHint() const
{
    // Prefer about 60 characters per line, as QLabel does for wrapped text,
    // without trying several widths.
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    const int width = fm.averageCharWidth() * 60 + m.left() + m.right();
    return {width, heightForWidth(width)};
}

void WrapLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange ||
        event->type() == QEvent::LayoutDirectionChange)
        forgetLayout();
    QLabel::changeEvent(event);
}

void WrapLabel::paintEvent(QPaintEvent *event)
{
    // Selectable text is painted by QLabel's own text control.
    if (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard)) {
        QLabel::paintEvent(event);
        return;
    }
    const QRect area = contentsRect();
    const int textHeight = layOut(area.width());
    int top = area.top();
    if (alignment() & Qt::AlignBottom)
        top = area.bottom() + 1 - textHeight;
    else if (alignment() & Qt::AlignVCenter)
        top = area.top() + (area.height() - textHeight) / 2;
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    m_layout.draw(&painter, QPointF(area.left(), top));
}

} // namespace kt::ui
