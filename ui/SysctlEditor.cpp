#include "ui/SysctlEditor.h"

#include "params/Format.h"
#include "schedule/Detection.h"
#include "sysctl/SysctlWriter.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

// "/etc/sysctl.conf (line 3) sets the idle time before the first probe to
// 300 s": the override in words, one clause per line found, with the value
// the boot really leaves (the kernel default when the kernel refuses the line
// or a bare "-key" unsets the key).
QString overridesInWords(const QList<PersistOverride> &overrides)
{
    QStringList clauses;
    for (const PersistOverride &o : overrides) {
        const SysctlKeyInfo &info = sysctlKeyInfo(o.key);
        QString label = info.shortLabel;
        if (!label.isEmpty())
            label[0] = label.at(0).toLower();
        const auto withUnit = [&info](qint64 v) {
            return info.unit.isEmpty() ? QString::number(v)
                                       : QStringLiteral("%1 %2").arg(v).arg(info.unit);
        };
        const SysctlAssignment &a = o.assignment;
        if (a.unsets)
            clauses << SysctlEditor::tr("%1 (line %2) unsets the %3, so the kernel default %4 "
                                        "applies")
                           .arg(a.path)
                           .arg(a.line)
                           .arg(label, withUnit(info.kernelDefault));
        else if (!a.kernelValue)
            clauses << SysctlEditor::tr("%1 (line %2) sets the %3 to \u201c%4\u201d, which the "
                                        "kernel refuses (%5), so the kernel default %6 applies")
                           .arg(a.path)
                           .arg(a.line)
                           .arg(label, a.value, a.refusal, withUnit(info.kernelDefault));
        else
            clauses << SysctlEditor::tr("%1 (line %2) sets the %3 to %4")
                           .arg(a.path)
                           .arg(a.line)
                           .arg(label, withUnit(*a.kernelValue));
    }
    return clauses.join(QStringLiteral("; "));
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

SysctlEditor::SysctlEditor(SysctlWriter *writer, QWidget *parent)
    : QWidget(parent)
    , m_writer(writer)
{
    setObjectName(QStringLiteral("sysctlEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(10);

    auto *heading = new QLabel(tr("Change this host's settings"), this);
    heading->setObjectName(QStringLiteral("editorHeading"));
    QFont headingFont = font();
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    outer->addWidget(heading);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    m_time = addRow(SysctlKey::KeepaliveTime, QStringLiteral("timeSpin"), grid, 0, &m_timeHint);
    m_interval = addRow(SysctlKey::KeepaliveInterval, QStringLiteral("intervalSpin"), grid, 1,
                        &m_intervalHint);
    m_probes =
        addRow(SysctlKey::KeepaliveProbes, QStringLiteral("probesSpin"), grid, 2, &m_probesHint);
    grid->setColumnStretch(2, 1);
    outer->addLayout(grid);

    m_effect = new WrapLabel(this);
    m_effect->setObjectName(QStringLiteral("effectLabel"));
    outer->addWidget(m_effect);

    m_overrideNotice = new WrapLabel(this);
    m_overrideNotice->setObjectName(QStringLiteral("overrideNotice"));
    m_overrideNotice->hide();
    outer->addWidget(m_overrideNotice);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_applyNow = new QPushButton(tr("Apply now"), this);
    m_applyNow->setObjectName(QStringLiteral("applyNowButton"));
    m_applyNow->setToolTip(tr("Change the kernel's values until the next reboot."));
    m_applyPersist = new QPushButton(tr("Apply and keep after reboot"), this);
    m_applyPersist->setObjectName(QStringLiteral("applyPersistButton"));
    m_applyPersist->setToolTip(
        tr("Change the kernel's values and write them to %1.").arg(SysctlWriter::dropInPath()));
    m_reset = new QPushButton(tr("Restore kernel defaults"), this);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    QStringList defaults;
    for (const SysctlKeyInfo &info : sysctlKeys())
        defaults << formatValue(info.kernelDefault, info.unit);
    m_reset->setToolTip(tr("Set the kernel defaults (%1) now, and remove %2 so they stay after "
                           "reboot. Asks first.")
                            .arg(defaults.join(QStringLiteral(", ")), SysctlWriter::dropInPath()));
    m_applyNow->setAccessibleDescription(m_applyNow->toolTip());
    m_applyPersist->setAccessibleDescription(m_applyPersist->toolTip());
    m_reset->setAccessibleDescription(m_reset->toolTip());
    buttons->addWidget(m_applyNow);
    buttons->addWidget(m_applyPersist);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    outer->addLayout(buttons);

    m_statusFrame = new QFrame(this);
    m_statusFrame->setObjectName(QStringLiteral("statusFrame"));
    auto *statusLayout = new QVBoxLayout(m_statusFrame);
    statusLayout->setContentsMargins(12, 8, 12, 8);
    statusLayout->setSpacing(4);
    m_statusLabel = new WrapLabel(m_statusFrame);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDetail = new WrapLabel(m_statusFrame);
    m_statusDetail->setObjectName(QStringLiteral("statusDetail"));
    m_statusDetail->setFont(theme::captionFont(font()));
    m_statusDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDetail->hide();
    statusLayout->addWidget(m_statusLabel);
    statusLayout->addWidget(m_statusDetail);
    m_undo = new QPushButton(tr("Undo"), m_statusFrame);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo restoring the kernel defaults"));
    m_undo->setToolTip(tr("Apply the values the kernel had before, and the saved file if there "
                          "was one."));
    m_undo->setAccessibleDescription(m_undo->toolTip());
    m_undo->hide();
    statusLayout->addWidget(m_undo, 0, Qt::AlignLeft);
    outer->addWidget(m_statusFrame);

    connect(m_applyNow, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_applyPersist, &QPushButton::clicked, this, [this] { apply(true); });
    connect(m_reset, &QPushButton::clicked, this, &SysctlEditor::restoreDefaults);
    connect(m_undo, &QPushButton::clicked, this, &SysctlEditor::undoRestore);
    connect(m_writer, &SysctlWriter::started, this, &SysctlEditor::onStarted);
    connect(m_writer, &SysctlWriter::finished, this, &SysctlEditor::onFinished);

    // Running as root the helper is started directly and no dialog appears.
    setStatus(Status::Idle, m_writer->command().viaPkexec
                                ? tr("Changes ask for an administrator password. Nothing is "
                                     "changed until a button is pressed.")
                                : tr("Running as root: changes apply without a password. Nothing "
                                     "is changed until a button is pressed."));
    // The spin boxes only: the override notice reads the configuration,
    // which the page does once it has the host's values (setHostValues()),
    // so start-up traces sysctl.d once, not twice.
    for (auto [spin, value] :
         {std::pair{m_time, m_host.idleS}, std::pair{m_interval, m_host.intervalS},
          std::pair{m_probes, m_host.count}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    onEdited();
}

QSpinBox *SysctlEditor::addRow(SysctlKey key, const QString &objectName, QGridLayout *grid, int row,
                               QLabel **hintOut)
{
    const SysctlKeyInfo &info = sysctlKeyInfo(key);
    auto *label = new QLabel(info.shortLabel, this);
    label->setObjectName(objectName + QStringLiteral("Label"));
    label->setToolTip(info.name + QStringLiteral("\n\n") + info.explanation);
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(int(info.min), int(info.max));
    spin->setSuffix(info.unit.isEmpty() ? tr(" probes") : QLatin1Char(' ') + info.unit);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setAccessibleName(info.shortLabel);
    spin->setAccessibleDescription(
        tr("%1 %2.", "an explanation, then the valid range")
            .arg(info.explanation, formatRange(info.min, info.max, info.unit)));
    spin->setToolTip(label->toolTip());
    // Wide enough for the largest value and its unit in any font.
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("2147483 probes")) +
                          40);
    label->setBuddy(spin);
    auto *hint = new QLabel(this);
    hint->setObjectName(objectName + QStringLiteral("Hint"));
    hint->setFont(theme::captionFont(font()));
    // Wraps rather than widening the page in a narrow window.
    hint->setWordWrap(true);
    // The line edit reports every keystroke, also text that is not (yet) a
    // valid value, which QSpinBox's own signals leave out.
    if (auto *edit = spin->findChild<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SysctlEditor::onEdited);
    connect(spin, &QSpinBox::valueChanged, this, &SysctlEditor::onEdited);
    grid->addWidget(label, row, 0);
    grid->addWidget(spin, row, 1);
    grid->addWidget(hint, row, 2);
    *hintOut = hint;
    return spin;
}

void SysctlEditor::setHostValues(const KeepaliveParams &params)
{
    m_host = params;
    for (auto [spin, value] :
         {std::pair{m_time, params.idleS}, std::pair{m_interval, params.intervalS},
          std::pair{m_probes, params.count}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    refreshOverrideNotice();
    onEdited();
}

void SysctlEditor::setEditedValues(const KeepaliveParams &params)
{
    for (auto [spin, value] :
         {std::pair{m_time, params.idleS}, std::pair{m_interval, params.intervalS},
          std::pair{m_probes, params.count}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    onEdited();
}

KeepaliveParams SysctlEditor::editedValues() const
{
    return KeepaliveParams{m_time->value(), m_interval->value(), m_probes->value(), 0};
}

bool SysctlEditor::hasAcceptableInput() const
{
    return m_time->hasAcceptableInput() && m_interval->hasAcceptableInput() &&
           m_probes->hasAcceptableInput();
}

QString SysctlEditor::statusText() const
{
    return m_statusLabel->text();
}

void SysctlEditor::refreshOverrideNotice()
{
    const QList<PersistOverride> overrides = m_writer->persistenceOverrides();
    m_overrideNotice->setText(
        overrides.isEmpty()
            ? QString()
            : tr("Before keeping values after reboot: %1. That file is read after this app's "
                 "file at boot, so it decides the value after a reboot.")
                  .arg(overridesInWords(overrides)));
    m_overrideNotice->setVisible(!overrides.isEmpty());

    // A "Done: …" describes the present or goes: a file added since, a
    // drop-in removed, or values changed elsewhere make it untrue.
    if (m_status == Status::Succeeded && !statusStillTrue()) {
        m_claim.reset();
        m_undoState.reset();
        m_warnOnSuccess = false;
        setStatus(Status::Idle, tr("The host's settings changed since the last change made here; "
                                   "they are shown as read now."));
        updateButtons();
    }
}

bool SysctlEditor::statusStillTrue() const
{
    if (!m_claim)
        return true;
    if (m_host != m_claim->values)
        return false;
    if (!m_claim->persist)
        return true;
    if (m_claim->reset)
        return !m_writer->dropInExists() &&
               SysctlWriter::resetOverrides(captureSystemSnapshot(m_writer->sources())) ==
                   m_claim->overrides;
    return m_writer->dropInExists() && m_writer->persistenceOverrides() == m_claim->overrides;
}

void SysctlEditor::onEdited()
{
    const QPalette &pal = palette();
    const struct
    {
        QSpinBox *spin;
        QLabel *hint;
        SysctlKey key;
    } rows[] = {{m_time, m_timeHint, SysctlKey::KeepaliveTime},
                {m_interval, m_intervalHint, SysctlKey::KeepaliveInterval},
                {m_probes, m_probesHint, SysctlKey::KeepaliveProbes}};
    for (const auto &r : rows) {
        const SysctlKeyInfo &info = sysctlKeyInfo(r.key);
        if (!r.spin->hasAcceptableInput()) {
            r.hint->setText(
                tr("Enter a whole number %1").arg(formatRange(info.min, info.max, info.unit)));
            setTextColor(r.hint, theme::abort(pal));
            continue;
        }
        const bool isTime = !info.unit.isEmpty();
        const QString now = isTime ? formatDuration(r.spin->value()) : QString();
        const QString def =
            isTime ? formatDuration(info.kernelDefault) : QString::number(info.kernelDefault);
        r.hint->setText(isTime ? tr("= %1 · default %2").arg(now, def) : tr("default %1").arg(def));
        setTextColor(r.hint, theme::subtleText(pal));
    }

    if (!hasAcceptableInput()) {
        QStringList invalid;
        for (const auto &r : rows) {
            if (!r.spin->hasAcceptableInput())
                invalid << QStringLiteral("\u201c%1\u201d").arg(sysctlKeyInfo(r.key).shortLabel);
        }
        m_effect->setText(
            tr("Correct %1 to see the effect.").arg(invalid.join(QStringLiteral(", "))));
    } else {
        const KeepaliveParams edited = editedValues();
        ScheduleInput in;
        in.params = edited;
        if (const auto invalid = validateScheduleInput(in)) {
            m_effect->setText(asSentence(describeDetection(in)));
        } else if (edited == m_host) {
            m_effect->setText(
                detectionHeadline(in, computeSchedule(in), tr("the host's values now")));
        } else {
            ScheduleInput host = in;
            host.params = m_host;
            const QString now = validateScheduleInput(host)
                                    ? QString()
                                    : detectionTimeText(computeSchedule(host)).value_or(QString());
            const QString sentence = detectionHeadline(in, computeSchedule(in), tr("these values"));
            m_effect->setText(now.isEmpty() ? sentence
                                            : tr("%1 Now it takes %2.").arg(sentence, now));
        }
        emit editedValuesChanged(edited);
    }
    updateButtons();
}

void SysctlEditor::updateButtons()
{
    const bool idle = !m_writer->isBusy();
    const bool valid = hasAcceptableInput();
    m_applyNow->setEnabled(idle && valid && editedValues() != m_host);
    m_applyPersist->setEnabled(idle && valid);
    m_reset->setEnabled(idle);
    m_undo->setVisible(m_undoState.has_value());
    m_undo->setEnabled(idle);
    for (QSpinBox *spin : {m_time, m_interval, m_probes})
        spin->setReadOnly(!idle);
}

void SysctlEditor::apply(bool persist)
{
    if (!hasAcceptableInput())
        return;
    const KeepaliveParams v = editedValues();
    m_writer->set({{SysctlKey::KeepaliveTime, v.idleS},
                   {SysctlKey::KeepaliveInterval, v.intervalS},
                   {SysctlKey::KeepaliveProbes, v.count}},
                  persist);
    updateButtons();
}

void SysctlEditor::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

bool SysctlEditor::canUndo() const
{
    return m_undoState.has_value();
}

QString SysctlEditor::restoreChanges() const
{
    QStringList lines;
    const qint64 now[] = {m_host.idleS, m_host.intervalS, m_host.count};
    int i = 0;
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        const qint64 from = now[i++];
        if (from == info.kernelDefault)
            continue;
        const auto words = [&info](qint64 v) {
            return info.unit.isEmpty() ? formatValue(v, info.unit) : formatDuration(v);
        };
        lines << tr("%1: %2 → %3").arg(info.shortLabel, words(from), words(info.kernelDefault));
    }
    if (lines.isEmpty())
        lines << tr("The kernel already uses the defaults.");
    if (m_writer->dropInExists())
        lines << tr("%1 is removed, so the defaults also apply after reboot.")
                     .arg(SysctlWriter::dropInPath());
    return lines.join(QLatin1Char('\n'));
}

void SysctlEditor::restoreDefaults()
{
    auto go = [this](bool yes) {
        if (!yes || m_writer->isBusy())
            return;
        m_writer->reset(true);
        updateButtons();
    };
    const QString question = tr("Restore the kernel defaults?");
    const QString changes = restoreChanges();
    if (m_confirmation) {
        m_confirmation(question, changes, go);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore kernel defaults"), question,
                                QMessageBox::Cancel, this);
    box->setInformativeText(changes);
    box->addButton(tr("Restore defaults"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Asynchronous, like the helper: no nested event loop.
    connect(box, &QMessageBox::finished, this, [box, go](int) {
        go(box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole);
    });
    box->open();
}

void SysctlEditor::undoRestore()
{
    if (!m_undoState || m_writer->isBusy())
        return;
    const UndoState undo = *m_undoState;
    m_undoState.reset();
    m_writer->set({{SysctlKey::KeepaliveTime, undo.values.idleS},
                   {SysctlKey::KeepaliveInterval, undo.values.intervalS},
                   {SysctlKey::KeepaliveProbes, undo.values.count}},
                  undo.persist);
    updateButtons();
}

void SysctlEditor::onStarted()
{
    setStatus(Status::Working,
              m_writer->command().viaPkexec
                  ? tr("Waiting for authorization… If a password dialog opens, enter an "
                       "administrator password there.")
                  : tr("Applying…"));
    updateButtons();
}

void SysctlEditor::onFinished(const WriteResult &result)
{
    Status status = Status::Failed;
    switch (result.outcome) {
    case WriteOutcome::Succeeded:
        status = Status::Succeeded;
        break;
    case WriteOutcome::Cancelled:
        status = Status::Cancelled;
        break;
    case WriteOutcome::NotAuthorized:
        status = Status::NotAuthorized;
        break;
    case WriteOutcome::Busy:
        // The earlier request is still running and will report itself.
        return;
    default:
        status = Status::Failed;
        break;
    }
    QString text = result.message;
    if (status == Status::Succeeded) {
        // Plain words here; the writer's message (with the sysctl names) is
        // what the CLI prints.
        if (result.reset && result.persist && !result.dropInExistedBefore)
            // No drop-in was there to remove: do not name a file that is not.
            text = result.overrides.isEmpty()
                       ? tr("Done: the kernel defaults are back, and no file sets other values "
                            "at boot.")
                       : tr("Done: the kernel defaults are back.");
        else if (result.reset && result.persist)
            text = result.overrides.isEmpty()
                       ? tr("Done: the kernel defaults are back, and %1 is removed so they stay "
                            "after reboot.")
                             .arg(SysctlWriter::dropInPath())
                       : tr("Done: the kernel defaults are back, and %1 is removed.")
                             .arg(SysctlWriter::dropInPath());
        else if (result.reset)
            text = tr("Done: the kernel defaults are back until the next reboot.");
        else
            text = result.persist ? tr("Done: the kernel uses these values now, and they are kept "
                                       "after reboot in %1.")
                                        .arg(SysctlWriter::dropInPath())
                                  : tr("Done: the kernel uses these values now, until the next "
                                       "reboot.");
        if (!result.overrides.isEmpty())
            text +=
                QLatin1Char(' ') + tr("But at boot %1, and that decides the value after a reboot.")
                                       .arg(overridesInWords(result.overrides));
    }
    m_warnOnSuccess = !result.overrides.isEmpty();
    setStatus(status, text, result.detail);
    m_undoState.reset();
    m_claim.reset();
    if (status == Status::Succeeded) {
        if (const auto now = result.after.runtimeParams())
            m_claim = Claim{*now, result.persist, result.reset, result.overrides};
        // Undo puts back what the writer read before, through the same
        // helper; the drop-in only if there was one.
        if (result.reset && result.valuesBefore)
            m_undoState = UndoState{*result.valuesBefore, result.dropInExistedBefore};
    }

    if (const auto now = result.after.runtimeParams()) {
        if (status == Status::Succeeded) {
            setHostValues(*now);
        } else {
            // Keep what the person typed; only the reference "now" moves.
            m_host = *now;
            refreshOverrideNotice();
            onEdited();
        }
    }
    updateButtons();
    if (result.hostChanged)
        emit hostValuesChanged(result.after);
}

void SysctlEditor::setStatus(Status status, const QString &text, const QString &detail)
{
    m_status = status;
    m_statusLabel->setText(text);
    m_statusDetail->setText(detail);
    m_statusDetail->setVisible(!detail.isEmpty() && status != Status::Succeeded);
    updateStyles();
}

void SysctlEditor::updateStyles()
{
    if (m_updatingStyles)
        return;
    m_updatingStyles = true;
    const QPalette &pal = palette();
    QColor accent;
    switch (m_status) {
    case Status::Idle:
    case Status::Cancelled:
        accent = theme::idle(pal);
        break;
    case Status::Working:
        accent = theme::probe(pal);
        break;
    case Status::Succeeded:
        accent = m_warnOnSuccess ? theme::warning(pal) : theme::ack(pal);
        break;
    case Status::NotAuthorized:
    case Status::Failed:
        accent = theme::abort(pal);
        break;
    }
    // A coloured bar on the left says the kind of message at a glance; the
    // words say the rest, so the colour is never the only signal.
    m_statusFrame->setStyleSheet(
        QStringLiteral("QFrame#statusFrame { background: %1; border: 1px solid %2;"
                       " border-left: 4px solid %3; border-radius: 4px; }")
            .arg(theme::cardBackground(pal).name(), theme::cardBorder(pal).name(), accent.name()));
    setTextColor(m_statusDetail, theme::subtleText(pal));
    setTextColor(m_overrideNotice, theme::warning(pal));
    m_updatingStyles = false;
}

void SysctlEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateStyles();
        // Recolour the hints only: the values did not change, and saying
        // they did would put the host's values over whatever another page
        // (the Advisor, a test connection) is exploring.
        const QSignalBlocker block(this);
        onEdited();
    }
}

} // namespace kt::ui
