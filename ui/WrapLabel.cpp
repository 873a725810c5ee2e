#include "WrapLabel.h"

#include <QEvent>

namespace kt::ui {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

int WrapLabel::heightForWidth(int width) const
{
    // setText() is not virtual, so notice a new text here.
    if (text() != m_measuredText) {
        m_heights.clear();
        m_measuredText = text();
    }
    const auto it = m_heights.constFind(width);
    if (it != m_heights.cend())
        return *it;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace kt::ui
