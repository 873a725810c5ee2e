#pragma once

#include "schedule/Schedule.h"
#include "session/Measurement.h"
#include "sysctl/KernelHz.h"
#include "ui/Page.h"

#include <QImage>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QScrollArea;
class QVBoxLayout;
class QLabel;
class QPainter;
class QPushButton;
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

    // Whether exports carry a title line above and a caption below (the
    // values, the scenario and the detection sentence); on by default.
    bool exportCaption() const;
    void setExportCaption(bool on);
    // The logical size of an export: the timeline's, plus the title and
    // caption when they are on.
    QSize exportSize() const;
    // Paints what an export shows into a painter of exportSize().
    void renderExport(QPainter &painter) const;

    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    // The timeline as an image at `scale` device pixels per logical pixel,
    // exactly as shown (with the caption when on); for PNG export and the
    // clipboard.
    QImage timelineImage(int scale) const;
    bool exportPng(const QString &path, int scale) const;
    bool exportSvg(const QString &path) const;
    void copyImageToClipboard() const;
    // Asks for a file name and saves the timeline as PNG at the chosen scale
    // (the Export PNG button and the File menu).
    void onExportPng();

private:
    void recompute();
    // Takes a test connection's measurement. A new one (another connection,
    // or the peer now shows another scenario) switches the page to the
    // scenario it shows, so it is compared with the right prediction.
    void takeMeasurement(const kt::Measurement &measurement);
    // Draws the measurement only while the model is the one it was measured
    // with; otherwise hides it and says why, with a way back.
    void updateOverlay();
    // Sets the scenario, user timeout and values back to the measurement's.
    void returnToMeasured();
    void fillTable(const Schedule &schedule);
    void onExportSvg();
    // Lays the control groups out in as many rows as the width needs.
    void reflowControls();
    void resizeEvent(QResizeEvent *event) override;
    QString exportTitle() const;
    QString exportCaptionText() const;
    double captionHeight(double width) const;

    ExploredParams *m_explored = nullptr;
    ScheduleInput m_input;
    Measurement m_measurement;
    QString m_hzSource;
    QLabel *m_values = nullptr;
    QComboBox *m_scenario = nullptr;
    QSpinBox *m_userTimeout = nullptr;
    QSpinBox *m_rtt = nullptr;
    QSpinBox *m_hz = nullptr;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_caption = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_flow = nullptr;
    QList<QWidget *> m_chunks; // the control groups that reflow
    QList<int> m_rowSizes;
    TimelineWidget *m_timeline = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_notes = nullptr;
    QWidget *m_measuredHidden = nullptr; // the note and button when the overlay is hidden
    QLabel *m_measuredHiddenText = nullptr;
    QPushButton *m_showMeasured = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kt::ui
