#pragma once

#include "ui/CardFrame.h"

class QLabel;
class QTableWidget;

namespace kt {
class TestConnection;
struct ConnectionEvent;
} // namespace kt

namespace kt::ui {

// The Test connection page's event log of one connection: each event with
// its time of day and its time since the connection started, coloured by
// what happened (a probe, its answer, the abort).
class ConnectionEventLog : public CardFrame
{
    Q_OBJECT
public:
    explicit ConnectionEventLog(QWidget *parent = nullptr);

    // The title names `connection`, or none.
    void showTitleFor(const TestConnection *connection);
    // Shows every event of `connection` so far (none without one).
    void rebuild(const TestConnection *connection);
    void append(const ConnectionEvent &event);

protected:
    // Colours follow a palette change made while the log is alive (the
    // page's own handler may run before this widget has the new palette).
    void changeEvent(QEvent *event) override;

private:
    void colourRow(int row);

    QLabel *m_title = nullptr;
    QTableWidget *m_log = nullptr;
};

} // namespace kt::ui
