#pragma once

#include <QFrame>

namespace kt::ui {

// A rounded panel on the palette's base colour with a hairline border: the
// container every page uses to group related things. Painted rather than
// styled so it follows the palette exactly in light and dark themes.
class CardFrame : public QFrame
{
    Q_OBJECT
public:
    explicit CardFrame(QWidget *parent = nullptr);

    // Highlights the border while the mouse is over the card (for cards that
    // explain themselves on hover).
    void setHoverHighlight(bool enabled);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_hoverHighlight = false;
};

} // namespace kt::ui
