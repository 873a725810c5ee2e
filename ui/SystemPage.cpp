#include "ui/SystemPage.h"

#include "params/Format.h"
#include "schedule/Detection.h"
#include "session/ExploredParams.h"
#include "sysctl/SysctlWriter.h"
#include "ui/CardFrame.h"
#include "ui/CookbookPanel.h"
#include "ui/SettingCard.h"
#include "ui/SysctlEditor.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(theme::strongFont(label->font()));
    return label;
}

// Plain, non-selectable text: rich or selectable labels lay out through a
// QTextDocument on every height-for-width query, which made the first frame
// several times slower to appear. "Copy report" is how the text is copied.
QLabel *bodyLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrapLabel(parent);
    label->setObjectName(objectName);
    return label;
}

QString fileList(const QStringList &paths)
{
    return paths.join(QLatin1Char('\n'));
}

} // namespace

SystemPage::SystemPage(ExploredParams *explored, const SnapshotSources &sources,
                       SysctlWriter *writer, QWidget *parent)
    : Page(QStringLiteral("system"), tr("System"), parent)
    , m_explored(explored)
    , m_sources(sources)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(16);

    auto *cards = new QHBoxLayout;
    m_cardsLayout = cards;
    cards->setSpacing(14);
    for (int i = 0; i < 3; ++i) {
        auto *card = new SettingCard(content);
        m_cards << card;
        cards->addWidget(card, 1);
    }
    layout->addLayout(cards);
    layout->addWidget(buildConsequencePanel());

    auto *editorCard = new CardFrame(content);
    editorCard->setObjectName(QStringLiteral("editorPanel"));
    auto *editorLayout = new QVBoxLayout(editorCard);
    editorLayout->setContentsMargins(18, 14, 18, 14);
    m_editor = new SysctlEditor(writer, editorCard);
    editorLayout->addWidget(m_editor);
    // Beside a taller cookbook the editor keeps its spacing at the top.
    editorLayout->addStretch(1);
    // The cookbook beside the editor: the values being edited, as a command,
    // a drop-in, code or a server's configuration.
    auto *cookbookCard = new CardFrame(content);
    cookbookCard->setObjectName(QStringLiteral("cookbookCard"));
    auto *cookbookLayout = new QVBoxLayout(cookbookCard);
    cookbookLayout->setContentsMargins(18, 14, 18, 14);
    m_cookbook = new CookbookPanel(cookbookCard);
    cookbookLayout->addWidget(m_cookbook);
    auto *editorRow = new QHBoxLayout;
    m_editorLayout = editorRow;
    editorRow->setSpacing(14);
    editorRow->addWidget(editorCard, 1);
    editorRow->addWidget(cookbookCard, 1);
    layout->addLayout(editorRow);
    // After the helper ran, show what the kernel and the files now say.
    connect(m_editor, &SysctlEditor::hostValuesChanged, this, [this](const SystemSnapshot &after) {
        m_snapshot = after;
        showSnapshot();
        publishHostValues();
    });
    // Values being edited are previewed on the Timeline before they are
    // applied; leaving them as they are shows the host's again.
    connect(m_editor, &SysctlEditor::editedValuesChanged, this, [this](const KeepaliveParams &p) {
        // The host has no user timeout: the snippets leave it alone.
        m_cookbook->setValues(p, std::nullopt);
        if (p == m_editor->hostValues())
            m_explored->setParams(p, tr("this host's settings"));
        else
            m_explored->setParams(p, tr("the values being edited on the System page"));
    });

    auto *lower = new QHBoxLayout;
    m_lowerLayout = lower;
    lower->setSpacing(14);
    lower->addWidget(buildConfigurationPanel(), 1);
    lower->addWidget(buildHelpPanel(), 1);
    layout->addLayout(lower);

    layout->addStretch(1);

    scroll->setWidget(content);

    // The actions stay in view below the scrolling content.
    auto *buttons = new QHBoxLayout;
    m_namespace = bodyLabel(this, QStringLiteral("namespaceNote"));
    buttons->addWidget(m_namespace, 1);
    m_copyFeedback = new QLabel(this);
    m_copyFeedback->setObjectName(QStringLiteral("copyFeedback"));
    buttons->addWidget(m_copyFeedback);
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    reloadButton->setToolTip(tr("Read the kernel's values and the configuration files again."));
    reloadButton->setAccessibleDescription(reloadButton->toolTip());
    connect(reloadButton, &QPushButton::clicked, this, &SystemPage::reload);
    buttons->addWidget(reloadButton);
    m_copyButton = new QPushButton(tr("Copy report"), this);
    m_copyButton->setObjectName(QStringLiteral("copyReportButton"));
    m_copyButton->setToolTip(
        tr("Put a plain-text summary of these settings on the clipboard, for a support ticket."));
    m_copyButton->setAccessibleDescription(m_copyButton->toolTip());
    connect(m_copyButton, &QPushButton::clicked, this, &SystemPage::copyReport);
    buttons->addWidget(m_copyButton);
    buttons->setContentsMargins(22, 8, 22, 12);
    outer->addLayout(buttons);
    m_feedbackTimer.setSingleShot(true);
    m_feedbackTimer.setInterval(4000);
    connect(&m_feedbackTimer, &QTimer::timeout, m_copyFeedback, &QLabel::clear);
    reload();
}

QWidget *SystemPage::buildConsequencePanel()
{
    auto *panel = new CardFrame(this);
    panel->setObjectName(QStringLiteral("consequencePanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(4);
    m_consequence = bodyLabel(panel, QStringLiteral("consequence"));
    m_consequence->setFont(theme::headlineFont(font()));
    layout->addWidget(m_consequence);
    m_consequenceDetail = bodyLabel(panel, QStringLiteral("consequenceDetail"));
    layout->addWidget(m_consequenceDetail);
    return panel;
}

QWidget *SystemPage::buildConfigurationPanel()
{
    auto *panel = new CardFrame(this);
    panel->setObjectName(QStringLiteral("configurationPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(6);
    layout->addWidget(sectionTitle(tr("Configuration read at boot"), panel));
    m_files = bodyLabel(panel, QStringLiteral("configurationFiles"));
    m_files->setFont(theme::captionFont(font()));
    layout->addWidget(m_files);
    m_warnings = bodyLabel(panel, QStringLiteral("warnings"));
    m_warnings->setFont(theme::captionFont(font()));
    m_warnings->hide();
    layout->addWidget(m_warnings);
    layout->addStretch(1);
    return panel;
}

QWidget *SystemPage::buildHelpPanel()
{
    auto *panel = new CardFrame(this);
    panel->setObjectName(QStringLiteral("helpPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(6);
    layout->addWidget(sectionTitle(tr("What these settings do"), panel));
    m_helpPanel = panel;
    return panel;
}

void SystemPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    reflow();
}

// Side by side where they fit, one below the other in a narrow window (800
// px wide, or a large scale factor), so nothing needs a sideways scroll.
void SystemPage::reflow()
{
    const int chrome = 2 * 22 + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // Measuring wrapped labels is not free: once per content change, not on
    // every resize.
    const auto needed = [chrome](QBoxLayout *row) {
        int sum = chrome + row->spacing() * (row->count() - 1);
        for (int i = 0; i < row->count(); ++i)
            if (QWidget *w = row->itemAt(i)->widget())
                sum += w->minimumSizeHint().width();
        return sum;
    };
    if (!m_cardsWidth)
        m_cardsWidth = needed(m_cardsLayout);
    if (!m_lowerWidth)
        m_lowerWidth = needed(m_lowerLayout);
    // The editor and the cookbook side by side only where both have their
    // comfortable width (the spin boxes' hints unwrapped, the snippet's
    // comment lines whole); below each other otherwise.
    if (!m_editorWidth) {
        m_editorWidth = chrome + m_editorLayout->spacing();
        for (int i = 0; i < m_editorLayout->count(); ++i)
            if (QWidget *w = m_editorLayout->itemAt(i)->widget())
                m_editorWidth += w->sizeHint().width();
    }
    const auto fit = [this](QBoxLayout *row, int least) {
        const auto direction = width() < least ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
        if (row->direction() != direction)
            row->setDirection(direction);
    };
    fit(m_cardsLayout, m_cardsWidth);
    fit(m_lowerLayout, m_lowerWidth);
    fit(m_editorLayout, m_editorWidth);
}

void SystemPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_belowFoldScheduled)
        return;
    m_belowFoldScheduled = true;
    // The help text and the configuration list are below the fold: laying
    // out their wrapped paragraphs waits until the first frame has been
    // painted (the first card paints in it), not merely until the event loop
    // runs, which on some platforms comes before the first paint. A late
    // timer covers a page that is shown but never painted.
    m_cards.first()->installEventFilter(this);
    QTimer::singleShot(500, this, &SystemPage::fillBelowFold);
}

bool SystemPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_belowFoldFilled) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &SystemPage::fillBelowFold);
    }
    return Page::eventFilter(watched, event);
}

void SystemPage::fillBelowFold()
{
    if (m_belowFoldFilled)
        return;
    m_belowFoldFilled = true;
    QWidget *panel = m_helpPanel;
    auto *layout = qobject_cast<QVBoxLayout *>(panel->layout());
    const QFont headingFont = theme::strongFont(font());
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        auto *heading = bodyLabel(panel, QString());
        heading->setFont(headingFont);
        heading->setText(info.shortLabel);
        layout->addWidget(heading);
        auto *text = bodyLabel(panel, QString());
        text->setFont(theme::captionFont(font()));
        text->setText(info.explanation + QLatin1Char(' ') + tr("Since %1.").arg(info.since));
        layout->addWidget(text);
        layout->addSpacing(4);
    }
    auto *closing = bodyLabel(panel, QStringLiteral("helpText"));
    closing->setFont(theme::captionFont(font()));
    closing->setText(tr("They apply only to sockets that turn keep-alive on (SO_KEEPALIVE); a "
                        "program can override each one per socket. They belong to the network "
                        "namespace: a container has its own."));
    layout->addWidget(closing);
    layout->addStretch(1);
    showConfiguration();
    m_lowerWidth = 0;
    reflow();
}

void SystemPage::proposeValues(const KeepaliveParams &params)
{
    m_editor->setEditedValues(params);
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void SystemPage::reload()
{
    m_snapshot = captureSystemSnapshot(m_sources);
    showSnapshot();
    publishHostValues();
}

void SystemPage::publishHostValues()
{
    const auto params = m_snapshot.runtimeParams();
    if (!params)
        return;
    m_editor->setHostValues(*params);
    m_explored->setParams(*params, tr("this host's settings"));
}

void SystemPage::showSnapshot()
{
    for (qsizetype i = 0; i < m_cards.size() && i < m_snapshot.settings.size(); ++i)
        m_cards[i]->setState(m_snapshot.settings.at(i));
    m_cardsWidth = 0;
    m_lowerWidth = 0;
    m_editorWidth = 0;
    if (isVisible())
        reflow();

    const auto model = m_snapshot.deadPeerModel();
    if (model && !validateScheduleInput(*model)) {
        const KeepaliveParams &params = model->params;
        const Schedule schedule = computeSchedule(*model);
        setHeadline(m_snapshot.detectionSentence());
        m_consequence->setText(
            tr("%1 until a vanished peer is noticed (%2)")
                .arg(detectionTimeText(schedule).value_or(QString()), schedule.detectionFormula));
        m_consequenceDetail->setText(
            tr("A connection with keep-alive on that receives nothing for %1 gets its first "
               "probe. If the peer has silently gone (power cut, cable pulled, NAT entry "
               "dropped), %2 probes go out %3 apart; when the last one is unanswered the kernel "
               "resets the connection and the application sees ETIMEDOUT. A peer that answers "
               "resets the count, and the wait starts again.")
                .arg(formatDuration(params.idleS))
                .arg(params.count)
                .arg(formatDuration(params.intervalS)));
    } else if (model) {
        // Values the kernel holds but the model cannot take (a probe count
        // of 0, say): the sentence says why.
        setHeadline(m_snapshot.detectionSentence());
        m_consequence->setText(m_snapshot.detectionSentence());
        m_consequenceDetail->clear();
    } else {
        setHeadline(tr("This host's keep-alive settings could not be read."));
        m_consequence->setText(m_snapshot.detectionSentence());
        m_consequenceDetail->setText(
            tr("/proc/sys is not readable here (a restricted container?). The values and the "
               "time to notice a dead peer are unknown."));
    }

    QString ns;
    if (m_snapshot.netns.inode)
        ns = tr("Read from network namespace net:[%1].").arg(*m_snapshot.netns.inode);
    if (!m_snapshot.netns.note.isEmpty())
        ns += QLatin1Char(' ') + m_snapshot.netns.note;
    m_namespace->setText(ns);
    QPalette subtle = palette();
    subtle.setColor(QPalette::WindowText, theme::subtleText(palette()));
    m_namespace->setPalette(subtle);

    showConfiguration();
}

void SystemPage::showConfiguration()
{
    if (!m_belowFoldFilled)
        return;
    QString files = tr("Applied at boot by %1.\n\n")
                        .arg(describeApplier(m_snapshot.applier, m_snapshot.applierDetected));
    if (m_snapshot.appliedFiles.isEmpty())
        files += tr("No sysctl configuration files exist.");
    else
        files += (m_snapshot.applier == SysctlApplier::Systemd
                      ? tr("Files read, in order (the last line for a key wins):\n%1")
                      : tr("Files read, in order (every line is written; the last one the "
                           "kernel accepts wins):\n%1"))
                     .arg(fileList(m_snapshot.appliedFiles));
    if (!m_snapshot.masked.isEmpty()) {
        QStringList masked;
        for (const MaskedFile &m : m_snapshot.masked)
            masked << tr("%1 (masked by %2)").arg(m.path, m.maskedBy);
        files += tr("\n\nNot applied:\n%1").arg(fileList(masked));
    }
    bool anySource = false;
    for (const SettingState &setting : m_snapshot.settings)
        anySource = anySource || setting.source.has_value();
    if (!anySource)
        files += tr("\n\nNone of them sets a keep-alive key.");
    m_files->setText(files);

    if (m_snapshot.warnings.isEmpty()) {
        m_warnings->setVisible(false);
    } else {
        QStringList lines;
        for (const TraceWarning &w : m_snapshot.warnings) {
            const QString where =
                w.line > 0 ? QStringLiteral("%1:%2").arg(w.path).arg(w.line) : w.path;
            lines << QStringLiteral("⚠ %1: %2").arg(where, w.message);
        }
        m_warnings->setText(lines.join(QLatin1Char('\n')));
        QPalette warn = palette();
        warn.setColor(QPalette::WindowText, theme::warning(palette()));
        m_warnings->setPalette(warn);
        m_warnings->setVisible(true);
    }
}

void SystemPage::copyReport()
{
    QApplication::clipboard()->setText(m_snapshot.toText());
    m_copyFeedback->setText(tr("Copied to the clipboard."));
    m_feedbackTimer.start(); // a second copy restarts the fade
}

void SystemPage::setFeedbackDuration(int milliseconds)
{
    m_feedbackTimer.setInterval(milliseconds);
}

void SystemPage::saveSettings(QSettings &settings) const
{
    m_cookbook->saveSettings(settings);
}

void SystemPage::restoreSettings(const QSettings &settings)
{
    m_cookbook->restoreSettings(settings);
}

} // namespace kt::ui
