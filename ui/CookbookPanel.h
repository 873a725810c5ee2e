#pragma once

#include "advise/Cookbook.h"
#include "params/KeepaliveParams.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QStandardItemModel;

namespace kt::ui {

// The cookbook for the values a page is looking at: a target picker (host,
// socket code, servers and clients), the system where a target has more than
// one form, the snippet in a monospace read-only view, a Copy button and the
// target's notes. The text is advise::generateSnippet()'s, the same that
// `keepalivectl code` prints. Self-contained: a page embeds it, calls
// setValues() when its values change, and forwards its saveSettings() /
// restoreSettings() so the last target is remembered.
class CookbookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CookbookPanel(QWidget *parent = nullptr);

    // The values to apply; `userTimeoutMs` nothing: the snippets leave
    // TCP_USER_TIMEOUT alone.
    void setValues(const KeepaliveParams &params, std::optional<int> userTimeoutMs);

    QString currentTarget() const;
    // False when there is no such target.
    bool setCurrentTarget(const QString &name);
    advise::TargetOs currentOs() const;
    bool setCurrentOs(advise::TargetOs os);

    // The text shown (and copied); empty while the values do not fit the
    // target, when the reason is shown instead.
    QString snippetText() const { return m_snippetText; }
    QString problemText() const;
    QStringList notes() const { return m_notes; }

    // Under the page's settings group: "cookbook/target", "cookbook/os".
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    // Wide enough for the snippets' comment lines.
    QSize sizeHint() const override;

    // How long "Copied." stays; tests shorten it.
    void setFeedbackDuration(int milliseconds);

public slots:
    void copySnippet();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTargets();
    void onTargetChanged();
    void regenerate();
    void updateStyles();

    advise::CookbookInput m_input;
    QStandardItemModel *m_targetModel = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_os = nullptr;
    QLabel *m_osLabel = nullptr;
    QPlainTextEdit *m_code = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_copy = nullptr;
    int m_codeWidth = 0;
    QString m_snippetText;
    QStringList m_notes;
    QTimer m_feedbackTimer;
};

} // namespace kt::ui
