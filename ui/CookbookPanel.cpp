#include "ui/CookbookPanel.h"

#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

constexpr int kTargetRole = Qt::UserRole + 1;
const QString kTargetKey = QStringLiteral("cookbook/target");
const QString kOsKey = QStringLiteral("cookbook/os");

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

CookbookPanel::CookbookPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cookbookPanel"));
    m_input.params = KeepaliveParams::kernelDefaults();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);

    auto *heading = new QLabel(tr("Apply these values elsewhere"), this);
    heading->setObjectName(QStringLiteral("cookbookHeading"));
    heading->setFont(theme::strongFont(font()));
    outer->addWidget(heading);

    auto *pickers = new QGridLayout;
    pickers->setHorizontalSpacing(8);
    pickers->setVerticalSpacing(6);
    auto *targetLabel = new QLabel(tr("&For:"), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("cookbookTarget"));
    m_target->setAccessibleName(tr("Cookbook target"));
    m_target->setToolTip(tr("Where the values are applied: the host, a program's own socket "
                            "code, or a server's configuration."));
    m_target->setAccessibleDescription(m_target->toolTip());
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    targetLabel->setBuddy(m_target);
    m_osLabel = new QLabel(tr("&System:"), this);
    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("cookbookOs"));
    m_os->setAccessibleName(tr("Operating system of the code"));
    m_os->setToolTip(tr("The system the code runs on; only socket code differs between them."));
    m_os->setAccessibleDescription(m_os->toolTip());
    m_osLabel->setBuddy(m_os);
    for (advise::TargetOs os :
         {advise::TargetOs::Linux, advise::TargetOs::MacOs, advise::TargetOs::Windows})
        m_os->addItem(advise::targetOsLabel(os), int(os));
    pickers->addWidget(targetLabel, 0, 0);
    pickers->addWidget(m_target, 0, 1);
    pickers->addWidget(m_osLabel, 0, 2);
    pickers->addWidget(m_os, 0, 3);
    pickers->setColumnStretch(4, 1);
    outer->addLayout(pickers);

    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(QStringLiteral("cookbookSnippet"));
    m_code->setAccessibleName(tr("Snippet"));
    m_code->setReadOnly(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Tab moves on to the next control: the view is read-only.
    m_code->setTabChangesFocus(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.92);
    m_code->setFont(mono);
    const int lineHeight = QFontMetrics(mono).lineSpacing();
    m_code->setMinimumHeight(lineHeight * 16);
    // Room for the snippets' comment lines (76 characters and the prefix)
    // where there is room; narrower, it scrolls sideways.
    m_codeWidth = QFontMetrics(mono).horizontalAdvance(QString(82, QLatin1Char('x'))) +
                  2 * m_code->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_code->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QLatin1Char('x')) * 40);
    outer->addWidget(m_code, 1);

    m_problem = new WrapLabel(this);
    m_problem->setObjectName(QStringLiteral("cookbookProblem"));
    m_problem->hide();
    outer->addWidget(m_problem);

    m_notesLabel = new WrapLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("cookbookNotes"));
    m_notesLabel->setFont(theme::captionFont(font()));
    outer->addWidget(m_notesLabel);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_language = new QLabel(this);
    m_language->setObjectName(QStringLiteral("cookbookLanguage"));
    m_language->setFont(theme::captionFont(font()));
    actions->addWidget(m_language);
    actions->addStretch(1);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("cookbookFeedback"));
    actions->addWidget(m_feedback);
    m_copy = new QPushButton(tr("Copy snippet"), this);
    m_copy->setObjectName(QStringLiteral("cookbookCopy"));
    m_copy->setToolTip(tr("Put the snippet on the clipboard, ready to paste."));
    m_copy->setAccessibleDescription(m_copy->toolTip());
    actions->addWidget(m_copy);
    outer->addLayout(actions);

    fillTargets();
    m_feedbackTimer.setSingleShot(true);
    m_feedbackTimer.setInterval(4000);
    connect(&m_feedbackTimer, &QTimer::timeout, m_feedback, &QLabel::clear);
    connect(m_target, &QComboBox::currentIndexChanged, this, &CookbookPanel::onTargetChanged);
    connect(m_os, &QComboBox::currentIndexChanged, this, [this] {
        m_input.os = currentOs();
        regenerate();
    });
    connect(m_copy, &QPushButton::clicked, this, &CookbookPanel::copySnippet);
    updateStyles();
    onTargetChanged();
}

// The targets grouped by kind, each group under a heading that cannot be
// chosen (the keyboard skips it).
void CookbookPanel::fillTargets()
{
    m_targetModel = new QStandardItemModel(this);
    std::optional<advise::CookbookKind> kind;
    for (const advise::CookbookTarget &t : advise::cookbookTargets()) {
        if (kind != t.kind) {
            kind = t.kind;
            auto *header = new QStandardItem(advise::cookbookKindLabel(t.kind));
            header->setFlags(Qt::NoItemFlags);
            header->setFont(theme::strongFont(font()));
            m_targetModel->appendRow(header);
        }
        auto *item = new QStandardItem(t.title);
        item->setData(t.name, kTargetRole);
        item->setToolTip(t.summary);
        item->setData(t.title, Qt::AccessibleTextRole);
        m_targetModel->appendRow(item);
    }
    m_target->setModel(m_targetModel);
    setCurrentTarget(advise::cookbookTargets().constFirst().name);
}

QSize CookbookPanel::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    return {std::max(hint.width(), m_codeWidth), hint.height()};
}

void CookbookPanel::setValues(const KeepaliveParams &params, std::optional<int> userTimeoutMs)
{
    advise::CookbookInput next = m_input;
    next.params = params;
    next.params.userTimeoutMs = 0;
    next.userTimeoutMs = userTimeoutMs;
    if (next == m_input && !m_snippetText.isEmpty())
        return;
    m_input = next;
    regenerate();
}

QString CookbookPanel::currentTarget() const
{
    return m_target->currentData(kTargetRole).toString();
}

bool CookbookPanel::setCurrentTarget(const QString &name)
{
    for (int row = 0; row < m_targetModel->rowCount(); ++row) {
        if (m_targetModel->item(row)->data(kTargetRole).toString() == name) {
            m_target->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

advise::TargetOs CookbookPanel::currentOs() const
{
    return advise::TargetOs(m_os->currentData().toInt());
}

bool CookbookPanel::setCurrentOs(advise::TargetOs os)
{
    const int index = m_os->findData(int(os));
    if (index < 0 || !m_os->isEnabled())
        return false;
    m_os->setCurrentIndex(index);
    return true;
}

QString CookbookPanel::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CookbookPanel::onTargetChanged()
{
    const advise::CookbookTarget *target = advise::findCookbookTarget(currentTarget());
    if (!target)
        return;
    // Only socket code has a form per system; the others say which one
    // they are for and cannot be changed.
    const bool choice = target->oses.size() > 1;
    {
        const QSignalBlocker blocker(m_os);
        if (!choice)
            m_os->setCurrentIndex(m_os->findData(int(target->oses.constFirst())));
        else if (!target->oses.contains(currentOs()))
            m_os->setCurrentIndex(m_os->findData(int(target->oses.constFirst())));
    }
    m_os->setEnabled(choice);
    m_osLabel->setEnabled(choice);
    m_input.os = currentOs();
    m_language->setText(tr("%1, ready to paste").arg(target->language));
    regenerate();
}

void CookbookPanel::regenerate()
{
    QString error;
    const auto snippet = advise::generateSnippet(currentTarget(), m_input, &error);
    if (snippet) {
        m_snippetText = snippet->text;
        m_notes = snippet->notes;
        m_code->setPlainText(snippet->text);
        m_problem->hide();
        QStringList bullets;
        for (const QString &note : snippet->notes)
            bullets << QStringLiteral("• ") + note;
        m_notesLabel->setText(bullets.join(QLatin1Char('\n')));
        m_notesLabel->show();
    } else {
        // Values the target cannot take (a socket option's range is
        // narrower than the host's): the reason, and nothing to copy.
        m_snippetText.clear();
        m_notes.clear();
        m_code->clear();
        m_problem->setText(tr("No snippet for these values: %1.").arg(error));
        m_problem->show();
        m_notesLabel->hide();
    }
    m_copy->setEnabled(!m_snippetText.isEmpty());
}

void CookbookPanel::copySnippet()
{
    if (m_snippetText.isEmpty())
        return;
    QApplication::clipboard()->setText(m_snippetText);
    m_feedback->setText(tr("Copied."));
    m_feedbackTimer.start();
}

void CookbookPanel::setFeedbackDuration(int milliseconds)
{
    m_feedbackTimer.setInterval(milliseconds);
}

void CookbookPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(kTargetKey, currentTarget());
    settings.setValue(kOsKey, advise::targetOsName(currentOs()));
}

void CookbookPanel::restoreSettings(const QSettings &settings)
{
    if (!setCurrentTarget(settings.value(kTargetKey).toString()))
        return;
    if (const auto os = advise::targetOsFromName(settings.value(kOsKey).toString()))
        setCurrentOs(*os);
}

void CookbookPanel::updateStyles()
{
    const QPalette &pal = palette();
    setTextColor(m_problem, theme::abort(pal));
    setTextColor(m_notesLabel, theme::subtleText(pal));
    setTextColor(m_language, theme::subtleText(pal));
}

void CookbookPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyles();
}

} // namespace kt::ui
