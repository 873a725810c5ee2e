#pragma once

#include <QHash>
#include <QLabel>
#include <QTextLayout>

namespace kt::ui {

// A word-wrapping, plain-text label that lays its text out once per width.
// Box layouts ask every wrapped label for heightForWidth() many times while
// they settle, and QLabel shapes the whole text again on every call and once
// more to paint; on a text-rich page that made the first frame take twice as
// long. This label remembers the height for each width and paints the very
// layout it measured.
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    // Cheap hints: QLabel lays the whole text out at width 0 for its minimum
    // and at several trial widths for its preferred size.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Lays the text out for `textWidth` (the contents width) unless that is
    // the layout held now; returns the text's height.
    int layOut(int textWidth) const;
    void forgetLayout() const;

    mutable QHash<int, int> m_heights; // contents width -> text height
    mutable QTextLayout m_layout;
    mutable int m_layoutWidth = -1;
    mutable int m_layoutHeight = 0;
    mutable QString m_measuredText;
};

} // namespace kt::ui
