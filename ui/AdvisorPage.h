#pragma once

#include "advise/Advisor.h"
#include "params/KeepaliveParams.h"
#include "pathtimeout/PathTimeout.h"
#include "sysctl/KernelHz.h"
#include "ui/Page.h"
#include "ui/PathTimeoutDialog.h"

#include <QDate>

#include <optional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace kt {
class ExploredParams;
}

namespace kt::ui {

class CookbookPanel;

// "Which values should I use?": the middlebox that forgets idle flows (a
// preset with its documented timeout and source, or a custom timeout), a
// deadline to notice a dead peer, values to keep; the Advisor's
// recommendation in large figures with its reasons in plain words, and the
// routes to use it: explore it on the Timeline (the values and the goal go
// into ExploredParams), apply it to the host (the System page's editor),
// open a test connection with it, prove it in the Lab, or take it as
// code or configuration (the cookbook). "Measure the path…" beside the
// middlebox measures a real path's idle timeout (PathTimeoutDialog); the
// timeout found becomes the custom middlebox, marked as measured, for which
// target and within which bounds. The page only shows what core/advise and
// core/pathtimeout compute.
class AdvisorPage : public Page
{
    Q_OBJECT
public:
    explicit AdvisorPage(ExploredParams *explored, QWidget *parent = nullptr);

    // Replaces the HZ read from the running kernel (tests, other hosts).
    void setKernelHz(const std::optional<KernelHz> &hz);

    advise::AdviceInput input() const { return m_input; }
    const advise::Advice &advice() const { return m_advice; }

    // Chooses a preset by name ("aws-nlb"), or the custom timeout with an
    // empty name; false for an unknown name.
    bool selectMiddlebox(const QString &name);

    // "Measure the path…": opens the dialog (the same one while it runs).
    void openPathMeasurement();
    // The dialog once opened, else nullptr.
    PathTimeoutDialog *pathDialog() const { return m_pathDialog; }
    bool isMeasuringPath() const;
    // Takes a measured path's timeout as the custom middlebox, as core's
    // adviceInputFor() words the Advisor's question, and says beside it that
    // it was measured, for which target and within which bounds; the
    // recommendation follows. False, and nothing changes, when the result
    // has no timeout for the Advisor.
    bool applyMeasurement(const kt::pathtimeout::PathTimeoutResult &result);
    // The measured path the custom timeout comes from, while it does.
    struct MeasuredPath
    {
        QString target;
        int timeoutS = 0;
        QString sentence; // core's resultSentence(), as measured
        QDate date;
    };
    std::optional<MeasuredPath> measuredPath() const { return m_measured; }

    // The cookbook below the recommendation: the recommended values as a
    // command, a drop-in, code or a server's configuration.
    CookbookPanel *cookbook() const { return m_cookbook; }

    // Writes the recommended values and the goal into ExploredParams, as
    // "Explore on the Timeline" does.
    void exploreValues();

    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

signals:
    // "Explore on the Timeline": the values and the goal are in
    // ExploredParams; the application shows the Timeline.
    void timelineRequested();
    // "Apply to this host…": the application opens the System page's editor
    // with these values (the user timeout is per socket and not included).
    void applyToHostRequested(const kt::KeepaliveParams &params);
    // "Open a test connection with these values".
    void testConnectionRequested(const kt::KeepaliveParams &params);
    // "Prove it in the Lab": shown only while something is connected to it.
    void proveInLabRequested(const kt::KeepaliveParams &params, std::optional<int> userTimeoutMs,
                             double middleboxTimeoutS);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSituation(QWidget *parent);
    QWidget *buildRecommendation(QWidget *parent);
    void onMiddleboxChanged();
    void onTimeoutChanged();
    void updateMiddleboxInfo();
    void recompute();
    void showAdvice();
    void updateStyles();
    void updateLabButton();
    void placeFigures(int perRow);
    void placeMeasureButton(int pageWidth);
    std::optional<advise::MiddleboxPreset> currentPreset() const;
    bool isCustom() const;

    ExploredParams *m_explored = nullptr;
    advise::AdviceInput m_input;
    advise::Advice m_advice;
    bool m_restoring = false;
    bool m_applyingMeasurement = false;
    std::optional<MeasuredPath> m_measured;
    PathTimeoutForm m_pathForm = PathTimeoutForm::defaults();
    PathTimeoutDialog *m_pathDialog = nullptr;

    QComboBox *m_middlebox = nullptr;
    QLabel *m_middleboxInfo = nullptr;
    QPushButton *m_measurePath = nullptr;
    QBoxLayout *m_middleboxRow = nullptr;
    QGridLayout *m_situationGrid = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_deadlineOn = nullptr;
    QSpinBox *m_deadline = nullptr;
    QCheckBox *m_countOn = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_intervalOn = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_hz = nullptr;
    QLabel *m_hzSource = nullptr;

    QLabel *m_idleValue = nullptr;
    QLabel *m_intervalValue = nullptr;
    QLabel *m_countValue = nullptr;
    QLabel *m_userTimeoutValue = nullptr;
    QList<QLabel *> m_figureCaptions;
    QList<QWidget *> m_figures;
    QGridLayout *m_figureGrid = nullptr;
    int m_figuresPerRow = 0;
    QLabel *m_windows = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_hostNote = nullptr;
    QPushButton *m_explore = nullptr;
    QPushButton *m_applyHost = nullptr;
    QPushButton *m_testConnection = nullptr;
    QPushButton *m_proveInLab = nullptr;
    QBoxLayout *m_buttons = nullptr;
    int m_buttonsWideWidth = 0;
    CookbookPanel *m_cookbook = nullptr;
};

} // namespace kt::ui
