#pragma once

#include "params/KeepaliveParams.h"
#include "sysctl/SysctlKeys.h"
#include "sysctl/SysctlWriter.h"

#include <QWidget>

#include <functional>
#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kt::ui {

// Edits the host's three keep-alive sysctls: a spin box per value with its
// unit and range, checked as you type, the effect on dead-peer detection
// shown before applying, and "Apply now", "Apply and keep after reboot" and
// "Restore kernel defaults". Changes go through the SysctlWriter (pkexec and
// keepalive-tuner-helper); the status area says in plain words what happened,
// including a cancelled or refused authorization, and a configuration file
// that would win over the kept values at boot. Meant to be embedded in the
// System page, which re-reads the host when hostValuesChanged() is emitted.
class SysctlEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Status
    {
        Idle,          // nothing applied yet
        Working,       // the helper is running (a password dialog may be open)
        Succeeded,     // the kernel holds the requested values
        Cancelled,     // the authentication dialog was dismissed
        NotAuthorized, // refused, or no authentication agent
        Failed,        // anything else: missing pkexec/helper, refused value, write error
    };
    Q_ENUM(Status)

    // `writer` is not owned and must outlive the editor.
    explicit SysctlEditor(SysctlWriter *writer, QWidget *parent = nullptr);

    // The values the host has now (from the page's snapshot): they fill the
    // spin boxes and are what "now" refers to in the effect line.
    void setHostValues(const KeepaliveParams &params);
    KeepaliveParams hostValues() const { return m_host; }
    // The values in the spin boxes (the user timeout is always 0 here).
    KeepaliveParams editedValues() const;
    // Puts values in the spin boxes to be applied (another page's proposal),
    // as if typed: the effect line and the buttons follow.
    void setEditedValues(const KeepaliveParams &params);
    // False while a spin box holds text that is not a valid value.
    bool hasAcceptableInput() const;

    Status status() const { return m_status; }
    QString statusText() const;
    // Re-reads the configuration for the "a later file wins at boot" notice,
    // and withdraws a "Done: …" that the files or the kernel now contradict.
    void refreshOverrideNotice();

    // Asks before "Restore kernel defaults": gets the question and the list
    // of what changes, and calls `answer` with true to go ahead. The default
    // shows a window-modal message box; tests pre-answer through this seam.
    using Confirmation = std::function<void(const QString &question, const QString &changes,
                                            std::function<void(bool)> answer)>;
    void setConfirmation(Confirmation confirmation);
    // What the confirmation would list now: each value that changes, from →
    // to, and the drop-in that is removed (only when it exists).
    QString restoreChanges() const;
    // Whether "Undo" is offered for the last restore.
    bool canUndo() const;

signals:
    // The helper ran and the host's values or our drop-in changed: re-read.
    void hostValuesChanged(const kt::SystemSnapshot &snapshot);
    // The spin boxes changed (valid values only), for a live preview elsewhere.
    void editedValuesChanged(const kt::KeepaliveParams &params);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSpinBox *addRow(SysctlKey key, const QString &objectName, QGridLayout *grid, int row,
                     QLabel **hintOut);
    void onEdited();
    void apply(bool persist);
    void restoreDefaults();
    void undoRestore();
    bool statusStillTrue() const;
    void onStarted();
    void onFinished(const kt::WriteResult &result);
    void setStatus(Status status, const QString &text, const QString &detail = {});
    void updateStyles();
    void updateButtons();

    SysctlWriter *m_writer;
    KeepaliveParams m_host = KeepaliveParams::kernelDefaults();
    QSpinBox *m_time = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_probes = nullptr;
    QLabel *m_timeHint = nullptr;
    QLabel *m_intervalHint = nullptr;
    QLabel *m_probesHint = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_overrideNotice = nullptr;
    QPushButton *m_applyNow = nullptr;
    QPushButton *m_applyPersist = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_undo = nullptr;
    QFrame *m_statusFrame = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_statusDetail = nullptr;
    Status m_status = Status::Idle;
    bool m_updatingStyles = false;
    bool m_warnOnSuccess = false; // succeeded, but a later file wins at boot
    Confirmation m_confirmation;
    // What the last success claimed, to check it again on every re-read.
    struct Claim
    {
        KeepaliveParams values;
        bool persist = false;
        bool reset = false;
        QList<PersistOverride> overrides; // the boot-time overrides it named
    };
    std::optional<Claim> m_claim;
    // What "Undo" re-applies after a restore.
    struct UndoState
    {
        KeepaliveParams values;
        bool persist = false;
    };
    std::optional<UndoState> m_undoState;
};

} // namespace kt::ui
