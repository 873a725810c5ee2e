#pragma once

#include <QObject>

class QWidget;

namespace kt::ui {

// For the start-up benchmark: once `window` has painted for the first time,
// prints "first-paint peak_rss_kib=N cpu_ms=T" on stdout and quits the application.
// The benchmark measures the time from starting the process to that line, for
// the application and for a bare Qt window alike, so both pay the same costs.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    bool m_reported = false;
};

} // namespace kt::ui
