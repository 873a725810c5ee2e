#include "ui/HeadlineLabel.h"

#include <QEvent>
#include <QPainter>
#include <QTextLayout>

namespace kt::ui {

HeadlineLabel::HeadlineLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateHeight();
}

void HeadlineLabel::setHeadline(const QString &text)
{
    if (text == QLabel::text())
        return;
    setText(text);
    setAccessibleDescription(text);
    updateToolTip();
}

QStringList HeadlineLabel::layOutLines(int width, bool *elided) const
{
    *elided = false;
    const QString full = text();
    if (full.isEmpty() || width <= 0)
        return {};
    QTextLayout layout(full, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == kLines - 1) {
            // The last line we have room for takes the rest of the text.
            const QString rest = full.mid(line.textStart());
            const QFontMetrics metrics(font());
            const QString shown = metrics.elidedText(rest.simplified(), Qt::ElideRight, width);
            *elided = shown != rest.simplified();
            lines << shown;
            break;
        }
        lines << full.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QStringList HeadlineLabel::displayedLines() const
{
    bool elided = false;
    return layOutLines(contentsRect().width(), &elided);
}

bool HeadlineLabel::isElided() const
{
    bool elided = false;
    layOutLines(contentsRect().width(), &elided);
    return elided;
}

QSize HeadlineLabel::sizeHint() const
{
    // The width is the header's to give (the text wraps and elides); asking
    // QLabel for its word-wrapped size hint would lay the text out at trial
    // widths on every query, which once cost a fifth of start-up.
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 40 + m.left() + m.right(),
            kLines * fontMetrics().lineSpacing() + m.top() + m.bottom()};
}

bool HeadlineLabel::hasHeightForWidth() const
{
    // Two lines at any width: the height never depends on the width.
    return false;
}

QSize HeadlineLabel::minimumSizeHint() const
{
    // Any width: the text elides rather than asking for room.
    return {0, sizeHint().height()};
}

void HeadlineLabel::updateHeight()
{
    setFixedHeight(sizeHint().height());
}

void HeadlineLabel::updateToolTip()
{
    setToolTip(isElided() ? text() : QString());
}

void HeadlineLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateHeight();
        updateToolTip();
    }
}

void HeadlineLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void HeadlineLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.setFont(font());
    const QRect r = contentsRect();
    const int lineHeight = fontMetrics().lineSpacing();
    int y = r.top();
    for (const QString &line : displayedLines()) {
        painter.drawText(QRect(r.left(), y, r.width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
        y += lineHeight;
    }
}

} // namespace kt::ui
