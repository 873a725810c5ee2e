#pragma once

#include "sysctl/SystemSnapshot.h"
#include "ui/Page.h"

#include <QList>
#include <QTimer>

class QLabel;
class QPushButton;
class QBoxLayout;
class QResizeEvent;
class QShowEvent;

namespace kt {
class ExploredParams;
class SysctlWriter;
} // namespace kt

namespace kt::ui {

class CookbookPanel;
class SettingCard;
class SysctlEditor;

// "What does this host do today?": the three keep-alive sysctls of this
// network namespace, where each value comes from, what they mean, and the
// resulting time to notice a dead peer. Writes the host's values into the
// shared ExploredParams so the Timeline starts from them.
class SystemPage : public Page
{
    Q_OBJECT
public:
    // `writer` changes the host's values (through pkexec and the helper); it
    // is not owned.
    SystemPage(ExploredParams *explored, const SnapshotSources &sources, SysctlWriter *writer,
               QWidget *parent = nullptr);

    const SystemSnapshot &snapshot() const { return m_snapshot; }

    // Not ready until the parts below the fold, filled after the first frame,
    // are there: a screenshot shows the whole page.
    bool isReadyForScreenshot() const override { return m_belowFoldFilled; }

    // How long a passing note ("Copied to the clipboard.") stays; tests
    // shorten it.
    void setFeedbackDuration(int milliseconds);

    // Puts values proposed elsewhere (the Advisor's) in the editor and
    // scrolls to it: the user applies them now or persisted from there.
    void proposeValues(const KeepaliveParams &params);
    // The cookbook beside the editor: snippets for the values being edited.
    CookbookPanel *cookbook() const { return m_cookbook; }
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // Reads the kernel and the configuration files again.
    void reload();
    // Puts the plain-text report on the clipboard, for a support ticket.
    void copyReport();

private:
    QWidget *buildConsequencePanel();
    QWidget *buildConfigurationPanel();
    QWidget *buildHelpPanel();
    void showSnapshot();
    void showConfiguration();
    void fillBelowFold();
    void reflow();
    void publishHostValues();

    ExploredParams *m_explored;
    SnapshotSources m_sources;
    SystemSnapshot m_snapshot;

    QList<SettingCard *> m_cards;
    SysctlEditor *m_editor = nullptr;
    CookbookPanel *m_cookbook = nullptr;
    QBoxLayout *m_editorLayout = nullptr;
    int m_editorWidth = 0;
    QLabel *m_consequence = nullptr;
    QLabel *m_consequenceDetail = nullptr;
    QBoxLayout *m_cardsLayout = nullptr;
    QBoxLayout *m_lowerLayout = nullptr;
    // The least widths of the two rows laid out side by side; 0 until
    // measured again after their content changed.
    int m_cardsWidth = 0;
    int m_lowerWidth = 0;
    QWidget *m_helpPanel = nullptr;
    bool m_belowFoldFilled = false;
    bool m_belowFoldScheduled = false;
    QLabel *m_files = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_namespace = nullptr;
    QLabel *m_copyFeedback = nullptr;
    QPushButton *m_copyButton = nullptr;
    QTimer m_feedbackTimer;
};

} // namespace kt::ui
