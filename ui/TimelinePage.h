#pragma once

#include "Page.h"
#include "schedule/KernelHz.h"
#include "schedule/MeasuredEvent.h"
#include "schedule/Schedule.h"

#include <QImage>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace kt {
class ExploredParams;
}

namespace kt::ui {

class TimelineWidget;

// "What would these values do?": the probe schedule of the explored values
// for a peer that answers, one that vanished silently, or one that vanished
// with data in flight, drawn on a timeline with the kernel's timer windows.
// Reads the shared ExploredParams (never writes it); the user timeout, RTT and
// HZ set here only change this view.
class TimelinePage : public Page
{
    Q_OBJECT
public:
    explicit TimelinePage(ExploredParams *explored, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    ScheduleInput input() const { return m_input; }

    // Replaces the HZ read from the running kernel (tests, other hosts).
    void setKernelHz(const std::optional<KernelHz> &hz);

    // The timeline as an image at `scale` device pixels per logical pixel,
    // exactly as shown; for PNG export and the clipboard.
    QImage timelineImage(int scale) const;
    bool exportPng(const QString &path, int scale) const;
    bool exportSvg(const QString &path) const;
    void copyImageToClipboard() const;

private:
    void recompute();
    // Draws a test connection's measured events over the model, switching to
    // the peer scenario they show (an answered probe: the peer answers; the
    // abort: it is gone) so they are compared with the right prediction.
    void showMeasured(const QList<kt::MeasuredEvent> &events);
    void fillTable(const Schedule &schedule);
    void onExportPng();
    void onExportSvg();

    ExploredParams *m_explored = nullptr;
    ScheduleInput m_input;
    QString m_hzSource;
    QLabel *m_values = nullptr;
    QComboBox *m_scenario = nullptr;
    QSpinBox *m_userTimeout = nullptr;
    QSpinBox *m_rtt = nullptr;
    QSpinBox *m_hz = nullptr;
    QComboBox *m_scale = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kt::ui
