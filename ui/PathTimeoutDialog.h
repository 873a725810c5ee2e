#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace kt::pathtimeout {
class PathTimeoutRun;
}

namespace kt::ui {

class PathTimeoutChart;
class PathTimeoutTrialsModel;
class WrapLabel;

// The fields of the path measurement as the person left them: remembered
// between runs and sessions. The defaults are core's (PathTimeoutOptions).
struct PathTimeoutForm
{
    QString target;
    QString send; // as --send takes it: "\n"
    int maxS = 0;
    int minS = 0;
    int resolutionS = 0;
    int parallel = 0;

    static PathTimeoutForm defaults();
    void save(QSettings &settings) const;
    static PathTimeoutForm restore(const QSettings &settings);

    friend bool operator==(const PathTimeoutForm &, const PathTimeoutForm &) = default;
};

// "Measure the path…" from the Advisor page: how long an idle connection to
// a real server survives the middleboxes on the way (core's PathTimeoutRun,
// the run `keepalivectl path-timeout` makes). First the target, what is sent
// (with what that means for the server) and the advanced options, with
// core's plan or core's objection; then the run: a progress bar with the
// time left, one lane per trial connection, Cancel; then the result
// sentence, the bounds and the trials, to export as JSON (the CLI's
// document) or PNG for a ticket. A measured timeout is handed to the Advisor
// (timeoutMeasured). The dialog is not modal: a run takes about three times
// the path's timeout, and the person may use the window meanwhile.
class PathTimeoutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PathTimeoutDialog(QWidget *parent = nullptr);
    ~PathTimeoutDialog() override;

    PathTimeoutForm form() const;
    void setForm(const PathTimeoutForm &form);
    // The kernel's HZ for the Advisor's recommendation in the JSON.
    void setKernelHz(int hz) { m_hz = hz; }

    // The options the fields give, or nothing with core's objection in
    // `problem` (the target, what is sent, the ranges and how they fit).
    std::optional<pathtimeout::PathTimeoutOptions> options(QString *problem) const;

    bool isRunning() const;
    // The last run's result (while running: so far), or nothing before the
    // first run.
    std::optional<pathtimeout::PathTimeoutResult> result() const;
    // The connect error when the last run could not reach the target.
    QString unreachableError() const { return m_unreachable; }
    // What the result area says now: core's sentence, or the error.
    QString outcomeText() const;
    PathTimeoutChart *chart() const { return m_chart; }
    PathTimeoutTrialsModel *trialsModel() const { return m_model; }

    // What closing the dialog while a run goes on asks: true stops the run
    // and closes. Tests replace it so no dialog waits for a person.
    void setStopConfirmation(std::function<bool()> confirm);

    // The run as `keepalivectl path-timeout --json` prints it, advice
    // included; false with the reason when there is no result or the file
    // cannot be written.
    bool exportJson(const QString &path, QString *error = nullptr) const;
    // The lanes under the target and the result sentence, at twice the
    // screen's scale.
    QImage exportImage() const;
    bool exportPng(const QString &path, QString *error = nullptr) const;

public slots:
    // Starts a run with the fields; refused (the objection stays shown) when
    // they are bad.
    void start();
    void cancel();
    // Back to the fields for another run (not while one is going on).
    void showSetup();

signals:
    // A finished run found the path's timeout (the Advisor takes it), or the
    // person chose "Use this timeout" on a run that was cancelled.
    void timeoutMeasured(const kt::pathtimeout::PathTimeoutResult &result);
    // The fields of a run that started, to remember.
    void formUsed(const kt::ui::PathTimeoutForm &form);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSetup();
    QWidget *buildRun();
    // Core's objection to the fields, or nothing; fills `o` as far as it
    // gets. Without `targetRequired` an empty target is let through.
    std::optional<QString> objection(pathtimeout::PathTimeoutOptions &o, bool targetRequired) const;
    void validate();
    void refresh();
    // The bounds in figures: "Bounds: survived 345 s, cut at 352 s (cut
    // silently)."; `soFar` while the run goes on.
    QString boundsText(const pathtimeout::PathTimeoutResult &r, bool soFar) const;
    void onFinished();
    void useResult();
    void exportWithDialog(const QString &kind);
    void updateStyles();
    void updateButtons();
    bool confirmStop();

    int m_hz = 0;
    QString m_unreachable;
    bool m_applied = false;
    std::unique_ptr<pathtimeout::PathTimeoutRun> m_run;
    std::optional<pathtimeout::PathTimeoutResult> m_finished;
    std::function<bool()> m_confirmStop;
    QTimer m_tick;

    QStackedWidget *m_pages = nullptr;
    // the fields
    QLineEdit *m_target = nullptr;
    QLineEdit *m_send = nullptr;
    WrapLabel *m_sendNote = nullptr;
    QSpinBox *m_max = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_resolution = nullptr;
    QSpinBox *m_parallel = nullptr;
    WrapLabel *m_plan = nullptr;
    QPushButton *m_start = nullptr;
    QString m_startDescription;
    // the run
    WrapLabel *m_runTitle = nullptr;
    WrapLabel *m_runPlan = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_timeLeft = nullptr;
    PathTimeoutChart *m_chart = nullptr;
    WrapLabel *m_outcome = nullptr;
    WrapLabel *m_bounds = nullptr;
    QTableView *m_table = nullptr;
    PathTimeoutTrialsModel *m_model = nullptr;
    QPushButton *m_newRun = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPushButton *> m_closeButtons;
};

} // namespace kt::ui
