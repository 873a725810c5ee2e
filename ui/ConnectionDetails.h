#pragma once

#include "ui/CardFrame.h"

class QLabel;
class QTableWidget;

namespace kt {
class TestConnection;
} // namespace kt

namespace kt::ui {

// The Test connection page's details of one connection: the options it
// requested against what the kernel made of them, the countdown to the
// keep-alive timer's next firing and the probe counter. It shows the
// connection it is given; nothing when that is none.
class ConnectionDetails : public CardFrame
{
    Q_OBJECT
public:
    explicit ConnectionDetails(QWidget *parent = nullptr);

    // Everything about `connection` (the title, the options, the countdown).
    void showConnection(const TestConnection *connection);
    // The countdown and the probe counter only: they move between the
    // kernel's answers.
    void refreshCountdown(const TestConnection *connection);
    // Colours derive from the palette: call after it changed.
    void refreshColors(const TestConnection *connection);

protected:
    // The caption's colour follows a palette change (the page's handler may
    // run before this widget has the new palette); the countdown's follows
    // with the next refresh.
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_selectedTitle = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_countdownCaption = nullptr;
    QLabel *m_probeCounter = nullptr;
    QTableWidget *m_options = nullptr;
};

} // namespace kt::ui
