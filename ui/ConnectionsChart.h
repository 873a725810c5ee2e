#pragma once

#include "inspect/ConnectionView.h"

#include <QWidget>

namespace kt::ui {

// Two small stacked bars for the Connections page: how many connections have
// keep-alive on, off or unknown, and how many a middlebox with the chosen
// timeout would keep, cut, or cannot be told. Painting only; the numbers come
// from core (ConnectionSummary).
class ConnectionsChart : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsChart(QWidget *parent = nullptr);

    void setSummary(const inspect::ConnectionSummary &summary, double timeoutS);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    inspect::ConnectionSummary m_summary;
    double m_timeoutS = 0;
};

} // namespace kt::ui
