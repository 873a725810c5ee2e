#pragma once

#include "lab/LabRun.h"
#include "ui/Page.h"

#include <QList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kt {
class ExploredParams;
struct KeepaliveParams;
} // namespace kt

namespace kt::ui {

class TimelineWidget;
class WrapLabel;

// "Does it really behave like that?", with the failure staged for real: a
// scenario picker with its explanation, the values (the explored values
// scaled to a short run), the estimate, Run and Cancel, the Timeline drawn
// live with the measured probes, ACKs and RSTs over the predicted windows,
// the outcome in words and a results table. Runs stay for the session and
// one can be drawn below another to compare (a middlebox below and above its
// timeout). Everything runs in keepalive-tuner-lab through core/lab/LabRun:
// the page never blocks and never touches the host.
class LabPage : public Page
{
    Q_OBJECT
public:
    explicit LabPage(ExploredParams *explored, QWidget *parent = nullptr);
    ~LabPage() override;

    lab::LabScenarioId scenario() const;
    lab::LabValues values() const;
    // The prediction for the values as they stand.
    lab::LabPrediction prediction() const;

    // The run shown (running or finished), or nullptr before the first.
    const lab::LabRun *shownRun() const;
    int runCount() const { return int(m_runs.size()); }
    bool isRunning() const;
    TimelineWidget *timeline() const { return m_timeline; }
    TimelineWidget *comparisonTimeline() const { return m_compareTimeline; }
    QString outcomeText() const;
    // Shows run `index` (0: the first of the session) below the shown one;
    // -1 hides the comparison.
    void compareWith(int index);

    // Replaces the HZ read from the running kernel (tests).
    void setKernelHz(int hz);
    // The runner program to start (tests); default: the installed one.
    void setRunnerProgram(const QString &program) { m_runnerProgram = program; }
    // Runs a short dead-peer experiment the first time the page is shown, so
    // a screenshot shows a finished run.
    void setDemoRunOnShow(bool on) { m_demoOnShow = on; }

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    bool exportJson(const QString &path) const;

    bool isReadyForScreenshot() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

public slots:
    void selectScenario(kt::lab::LabScenarioId id);
    void run();
    void cancel();
    // For the Advisor: stage `middlebox` with these values (scaled to
    // seconds where needed) and show the estimate; the person presses Run.
    void proveMiddlebox(const kt::KeepaliveParams &params, std::optional<int> userTimeoutMs,
                        double middleboxTimeoutS);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildValueFields(QWidget *parent, QGridLayout *grid);
    void setValues(const lab::LabValues &values);
    void scenarioChanged();
    void valuesChanged();
    void runEvent();
    void runEnded(lab::LabRun::State state);
    void tick();
    void showRun(const lab::LabRun *run);
    void showPrediction();
    void fillTable(const lab::LabResult &result);
    void updateButtons();
    void updateCompareList();
    void exportWithDialog(const QString &kind);

    ExploredParams *m_explored = nullptr;
    int m_hz = 250;
    QString m_runnerProgram;
    bool m_demoOnShow = false;
    bool m_demoStarted = false;
    bool m_filling = false;

    QComboBox *m_scenario = nullptr;
    WrapLabel *m_explanation = nullptr;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_userTimeout = nullptr;
    QDoubleSpinBox *m_after = nullptr;
    QSpinBox *m_middleboxTimeout = nullptr;
    QDoubleSpinBox *m_sendAfter = nullptr;
    QSpinBox *m_retries2 = nullptr;
    QList<QWidget *> m_optionRows[4]; // label and field per LabOption
    QLabel *m_estimate = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    WrapLabel *m_outcome = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_compare = nullptr;
    QLabel *m_compareOutcome = nullptr;
    TimelineWidget *m_compareTimeline = nullptr;
    QList<QPushButton *> m_exports;

    std::vector<std::unique_ptr<lab::LabRun>> m_runs; // this session's runs
    lab::LabRun *m_shown = nullptr;
    QTimer m_tick;
};

} // namespace kt::ui
