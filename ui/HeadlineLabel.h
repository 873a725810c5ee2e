#pragma once

#include <QLabel>

namespace kt::ui {

// The header strip's sentence. It always takes the height of two lines of its
// font, so a headline that grows from one line to two does not push every
// control of the page down (a click aimed at a field landed on the one above
// it). Text beyond two lines is elided; the full text stays in text(), the
// tooltip and the accessible description.
class HeadlineLabel : public QLabel
{
    Q_OBJECT
public:
    static constexpr int kLines = 2;

    explicit HeadlineLabel(QWidget *parent = nullptr);

    void setHeadline(const QString &text);
    // The lines as painted at the current width (at most kLines).
    QStringList displayedLines() const;
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateHeight();
    void updateToolTip();
    QStringList layOutLines(int width, bool *elided) const;
};

} // namespace kt::ui
