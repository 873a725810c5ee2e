#pragma once

#include <QHash>
#include <QLabel>

namespace kt::ui {

// A word-wrapping, plain-text label that remembers its height for each width.
// Box layouts ask every wrapped label for heightForWidth() many times while
// they settle, and QLabel shapes the whole text again on every call; on a
// text-rich page that made the first frame take twice as long.
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_measuredText;
};

} // namespace kt::ui
