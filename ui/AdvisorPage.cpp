#include "ui/AdvisorPage.h"

#include "advise/Middlebox.h"
#include "params/Format.h"
#include "params/KernelLimits.h"
#include "session/ExploredParams.h"
#include "ui/CardFrame.h"
#include "ui/CookbookPanel.h"
#include "ui/PathTimeoutDialog.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

const QString kNone = QStringLiteral("none");
const QString kCustom = QStringLiteral("custom");
constexpr int kDefaultCustomTimeoutS = 300;
constexpr int kDefaultDeadlineS = 60;

QLabel *caption(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setFont(theme::strongFont(label->font()));
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

WrapLabel *body(QWidget *parent, const QString &objectName)
{
    auto *label = new WrapLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTextColour(QWidget *w, const QColor &colour)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, colour);
    w->setPalette(p);
}

QSpinBox *spin(QWidget *parent, const QString &objectName, const QString &name,
               const QString &description, long long min, long long max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(objectName);
    s->setAccessibleName(name);
    s->setAccessibleDescription(description);
    s->setToolTip(description);
    s->setRange(int(min), int(max));
    s->setSuffix(suffix);
    s->setAlignment(Qt::AlignRight);
    // As wide as its largest value, not the page.
    s->setMaximumWidth(s->fontMetrics().horizontalAdvance(QString::number(max) + suffix) + 44);
    return s;
}

} // namespace

AdvisorPage::AdvisorPage(ExploredParams *explored, QWidget *parent)
    : Page(QStringLiteral("advisor"), tr("Advisor"), parent)
    , m_explored(explored)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("advisorScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(22, 16, 22, 16);
    layout->setSpacing(12);
    layout->addWidget(buildSituation(content));
    layout->addWidget(buildRecommendation(content));
    // Below the recommendation: the same values as a command, a drop-in,
    // code or a server's configuration, ready to paste.
    auto *cookbookCard = new CardFrame(content);
    cookbookCard->setObjectName(QStringLiteral("advisorCookbookCard"));
    auto *cookbookLayout = new QVBoxLayout(cookbookCard);
    cookbookLayout->setContentsMargins(18, 14, 18, 14);
    m_cookbook = new CookbookPanel(cookbookCard);
    cookbookLayout->addWidget(m_cookbook);
    layout->addWidget(cookbookCard);
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_middlebox, &QComboBox::currentIndexChanged, this, &AdvisorPage::onMiddleboxChanged);
    connect(m_hz, &QSpinBox::valueChanged, this, [this] { m_hzSource->setText(tr("set here")); });
    connect(m_hz, &QSpinBox::valueChanged, this, [this](int hz) {
        if (m_pathDialog)
            m_pathDialog->setKernelHz(hz);
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, &AdvisorPage::onTimeoutChanged);
    for (QSpinBox *s : {m_deadline, m_count, m_interval, m_hz})
        connect(s, &QSpinBox::valueChanged, this, &AdvisorPage::recompute);
    connect(m_measurePath, &QPushButton::clicked, this, &AdvisorPage::openPathMeasurement);
    for (QCheckBox *c : {m_deadlineOn, m_countOn, m_intervalOn}) {
        connect(c, &QCheckBox::toggled, this, [this] {
            m_deadline->setEnabled(m_deadlineOn->isChecked());
            m_count->setEnabled(m_countOn->isChecked());
            m_interval->setEnabled(m_intervalOn->isChecked());
            recompute();
        });
    }
    connect(m_explore, &QPushButton::clicked, this, [this] {
        exploreValues();
        emit timelineRequested();
    });
    connect(m_applyHost, &QPushButton::clicked, this, [this] {
        KeepaliveParams p = m_advice.params;
        p.userTimeoutMs = 0; // a socket option: no sysctl holds it
        emit applyToHostRequested(p);
    });
    connect(m_testConnection, &QPushButton::clicked, this,
            [this] { emit testConnectionRequested(m_advice.params); });
    connect(m_proveInLab, &QPushButton::clicked, this, [this] {
        emit proveInLabRequested(m_advice.params, m_advice.userTimeoutMs(),
                                 m_advice.middlebox ? m_advice.middlebox->timeoutS : 0.0);
    });

    m_deadline->setEnabled(m_deadlineOn->isChecked());
    m_count->setEnabled(false);
    m_interval->setEnabled(false);
    setKernelHz(readKernelHz());
    selectMiddlebox(QStringLiteral("aws-nlb"));
    updateStyles();
    updateLabButton();
}

QWidget *AdvisorPage::buildSituation(QWidget *parent)
{
    auto *card = new CardFrame(parent);
    card->setObjectName(QStringLiteral("advisorSituation"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(16, 12, 16, 14);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);

    grid->addWidget(caption(tr("Your situation"), card), 0, 0, 1, 5);

    m_middlebox = new QComboBox(card);
    m_middlebox->setObjectName(QStringLiteral("middlebox"));
    m_middlebox->setAccessibleName(tr("Middlebox"));
    m_middlebox->setAccessibleDescription(
        tr("The NAT, firewall or load balancer between the two ends that forgets idle flows, "
           "from the vendors' documentation, or a custom timeout"));
    m_middlebox->setToolTip(m_middlebox->accessibleDescription());
    auto *model = qobject_cast<QStandardItemModel *>(m_middlebox->model());
    const auto addHeader = [this, model](const QString &text) {
        m_middlebox->addItem(text);
        QStandardItem *item = model->item(m_middlebox->count() - 1);
        item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    };
    m_middlebox->addItem(tr("None: only a deadline"), kNone);
    std::optional<advise::MiddleboxGroup> group;
    for (const advise::MiddleboxPreset &p : advise::middleboxPresets()) {
        if (group != p.group) {
            group = p.group;
            addHeader(advise::middleboxGroupLabel(p.group));
        }
        m_middlebox->addItem(QStringLiteral("    ") + p.label, p.name);
    }
    m_middlebox->addItem(tr("Custom timeout…"), kCustom);
    m_middlebox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_middlebox->setMinimumContentsLength(24);
    auto *middleboxLabel = new QLabel(tr("&Middlebox:"), card);
    middleboxLabel->setBuddy(m_middlebox);
    // Level with the choice, also when the button below it makes the row
    // taller (placeMeasureButton()).
    middleboxLabel->setMinimumHeight(m_middlebox->sizeHint().height());
    grid->addWidget(middleboxLabel, 1, 0, Qt::AlignTop);
    // Beside the choice: measure the real path when its timeout is unknown.
    m_measurePath = new QPushButton(tr("Measure the &path…"), card);
    m_measurePath->setObjectName(QStringLiteral("measurePathButton"));
    m_measurePath->setAccessibleName(tr("Measure the path's idle timeout"));
    m_measurePath->setAccessibleDescription(
        tr("Measure how long an idle connection to a real server survives the path, and take "
           "the timeout found as the middlebox"));
    m_measurePath->setToolTip(m_measurePath->accessibleDescription());
    auto *middleboxRow = new QHBoxLayout;
    middleboxRow->setSpacing(8);
    middleboxRow->addWidget(m_middlebox, 1);
    middleboxRow->addWidget(m_measurePath, 0, Qt::AlignLeft);
    grid->addLayout(middleboxRow, 1, 1, 1, 4);
    m_middleboxRow = middleboxRow;
    m_situationGrid = grid;

    m_middleboxInfo = body(card, QStringLiteral("middleboxInfo"));
    m_middleboxInfo->setFont(theme::captionFont(font()));
    grid->addWidget(m_middleboxInfo, 2, 1, 1, 4);

    m_timeout = spin(card, QStringLiteral("middleboxTimeout"), tr("Middlebox timeout"),
                     tr("After how many seconds without a packet the middlebox forgets the flow"),
                     advise::kMinMiddleboxTimeoutS, advise::kMaxMiddleboxTimeoutS, tr(" s"));
    m_timeoutLabel = new QLabel(tr("&Timeout:"), card);
    m_timeoutLabel->setBuddy(m_timeout);
    grid->addWidget(m_timeoutLabel, 3, 0);
    grid->addWidget(m_timeout, 3, 1);

    m_deadlineOn = new QCheckBox(tr("Notice a dead peer &within"), card);
    m_deadlineOn->setObjectName(QStringLiteral("deadlineOn"));
    m_deadlineOn->setAccessibleDescription(
        tr("Whether a silently dead peer must be noticed within a deadline"));
    m_deadlineOn->setChecked(true);
    m_deadline = spin(card, QStringLiteral("deadline"), tr("Detection deadline"),
                      tr("A silently dead peer must be noticed within this many seconds"), 1,
                      advise::kMaxDeadlineS, tr(" s"));
    m_deadline->setValue(kDefaultDeadlineS);
    grid->addWidget(m_deadlineOn, 3, 2);
    grid->addWidget(m_deadline, 3, 3);

    m_countOn = new QCheckBox(tr("Keep the &count"), card);
    m_countOn->setObjectName(QStringLiteral("countOn"));
    m_countOn->setAccessibleDescription(tr("Keep this probe count instead of choosing one"));
    m_count = spin(card, QStringLiteral("count"), tr("Probe count to keep"),
                   tr("Unanswered probes before the connection is given up"),
                   limits::kSocketCount.min, limits::kSocketCount.max, QString());
    m_count->setValue(limits::kDefaultCount);
    grid->addWidget(m_countOn, 4, 0);
    grid->addWidget(m_count, 4, 1);

    m_intervalOn = new QCheckBox(tr("Keep the i&nterval"), card);
    m_intervalOn->setObjectName(QStringLiteral("intervalOn"));
    m_intervalOn->setAccessibleDescription(tr("Keep this interval instead of choosing one"));
    m_interval = spin(card, QStringLiteral("interval"), tr("Interval to keep"),
                      tr("Seconds between unanswered probes"), limits::kSocketInterval.min,
                      limits::kSocketInterval.max, tr(" s"));
    m_interval->setValue(limits::kDefaultIntervalS);
    grid->addWidget(m_intervalOn, 4, 2);
    grid->addWidget(m_interval, 4, 3);

    m_hz = spin(card, QStringLiteral("advisorHz"), tr("Kernel tick rate (HZ)"),
                tr("The kernel's HZ: how late the long keep-alive timers may fire"), 10, 10000,
                QString());
    auto *hzLabel = new QLabel(tr("&HZ:"), card);
    hzLabel->setBuddy(m_hz);
    grid->addWidget(hzLabel, 5, 0);
    grid->addWidget(m_hz, 5, 1);
    m_hzSource = new QLabel(card);
    m_hzSource->setObjectName(QStringLiteral("hzSource"));
    m_hzSource->setFont(theme::captionFont(font()));
    grid->addWidget(m_hzSource, 5, 2, 1, 3);

    // The fields keep their width; what is left goes to the right.
    grid->setColumnStretch(4, 1);
    return card;
}

QWidget *AdvisorPage::buildRecommendation(QWidget *parent)
{
    auto *card = new CardFrame(parent);
    card->setObjectName(QStringLiteral("advisorRecommendation"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(caption(tr("Recommended values"), card));

    // The four values in large figures, each with its name below; four in a
    // row, or two where the page is narrow (see resizeEvent()).
    m_figureGrid = new QGridLayout;
    m_figureGrid->setHorizontalSpacing(18);
    m_figureGrid->setVerticalSpacing(6);
    const auto figure = [this, card](const QString &name, const QString &objectName) {
        auto *box = new QWidget(card);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        auto *value = new QLabel(box);
        value->setObjectName(objectName);
        value->setFont(theme::valueFont(font()));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(name, box);
        label->setFont(theme::captionFont(font()));
        m_figureCaptions << label;
        column->addWidget(value);
        column->addWidget(label);
        m_figures << box;
        return value;
    };
    m_idleValue = figure(tr("idle (TCP_KEEPIDLE)"), QStringLiteral("figureIdle"));
    m_intervalValue = figure(tr("interval (TCP_KEEPINTVL)"), QStringLiteral("figureInterval"));
    m_countValue = figure(tr("count (TCP_KEEPCNT)"), QStringLiteral("figureCount"));
    m_userTimeoutValue = figure(tr("TCP_USER_TIMEOUT"), QStringLiteral("figureUserTimeout"));
    placeFigures(4);
    layout->addLayout(m_figureGrid);

    m_warning = body(card, QStringLiteral("adviceWarning"));
    m_warning->setFont(theme::strongFont(font()));
    layout->addWidget(m_warning);
    m_windows = body(card, QStringLiteral("adviceWindows"));
    layout->addWidget(m_windows);
    m_reasons = body(card, QStringLiteral("adviceReasons"));
    layout->addWidget(m_reasons);

    auto *buttonRow = new QHBoxLayout;
    m_buttons = buttonRow;
    buttonRow->setSpacing(8);
    const auto button = [card](const QString &text, const QString &objectName,
                               const QString &description) {
        auto *b = new QPushButton(text, card);
        b->setObjectName(objectName);
        b->setToolTip(description);
        b->setAccessibleDescription(description);
        return b;
    };
    m_explore = button(tr("&Explore on the Timeline"), QStringLiteral("exploreButton"),
                       tr("Show these values on the Timeline, with the middlebox and the "
                          "deadline drawn over them"));
    m_applyHost =
        button(tr("&Apply to this host…"), QStringLiteral("applyHostButton"),
               tr("Open the System page's editor with these values, to apply them now or keep "
                  "them after reboot (TCP_USER_TIMEOUT is per socket and not a host setting)"));
    m_testConnection = button(tr("Open a test &connection"), QStringLiteral("testConnectionButton"),
                              tr("Open a test connection with these values on the Test "
                                 "connection page"));
    m_proveInLab = button(tr("Prove it in the &Lab"), QStringLiteral("proveInLabButton"),
                          tr("Run the middlebox scenario in the Lab with these values and the "
                             "middlebox's timeout"));
    for (QPushButton *b : {m_explore, m_applyHost, m_testConnection, m_proveInLab})
        buttonRow->addWidget(b);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    m_hostNote = body(card, QStringLiteral("advisorHostNote"));
    m_hostNote->setFont(theme::captionFont(font()));
    layout->addWidget(m_hostNote);
    return card;
}

void AdvisorPage::setKernelHz(const std::optional<KernelHz> &hz)
{
    const QSignalBlocker block(m_hz);
    if (hz) {
        m_hz->setValue(hz->hz);
        m_hzSource->setText(tr("read from %1").arg(hz->source));
    } else {
        m_hz->setValue(kDefaultHz);
        m_hzSource->setText(tr("assumed: the kernel configuration is not readable"));
    }
    recompute();
}

bool AdvisorPage::selectMiddlebox(const QString &name)
{
    const int index = m_middlebox->findData(name.isEmpty() ? kCustom : name);
    if (index < 0)
        return false;
    if (index == m_middlebox->currentIndex())
        onMiddleboxChanged();
    else
        m_middlebox->setCurrentIndex(index);
    return true;
}

std::optional<advise::MiddleboxPreset> AdvisorPage::currentPreset() const
{
    const QString name = m_middlebox->currentData().toString();
    if (name == kNone || name == kCustom || name.isEmpty())
        return std::nullopt;
    return advise::findMiddlebox(name);
}

bool AdvisorPage::isCustom() const
{
    return m_middlebox->currentData().toString() == kCustom;
}

void AdvisorPage::onMiddleboxChanged()
{
    const auto preset = currentPreset();
    {
        const QSignalBlocker block(m_timeout);
        if (preset) {
            m_timeout->setRange(
                int(preset->minTimeoutS.value_or(double(advise::kMinMiddleboxTimeoutS))),
                int(preset->maxTimeoutS.value_or(double(advise::kMaxMiddleboxTimeoutS))));
            if (!m_restoring)
                m_timeout->setValue(int(preset->defaultTimeoutS));
            m_timeout->setEnabled(preset->configurable);
        } else {
            m_timeout->setRange(int(advise::kMinMiddleboxTimeoutS),
                                int(advise::kMaxMiddleboxTimeoutS));
            if (isCustom() && !m_restoring && m_timeout->value() < 1)
                m_timeout->setValue(kDefaultCustomTimeoutS);
            m_timeout->setEnabled(isCustom());
        }
    }
    m_timeout->setVisible(preset || isCustom());
    m_timeoutLabel->setVisible(preset || isCustom());
    // Another choice than the measured timeout: it no longer applies.
    if (m_measured && !m_applyingMeasurement && !m_restoring && !isCustom())
        m_measured.reset();
    updateMiddleboxInfo();
    recompute();
}

void AdvisorPage::onTimeoutChanged()
{
    if (m_measured && !m_applyingMeasurement && !m_restoring &&
        m_timeout->value() != m_measured->timeoutS) {
        m_measured.reset();
        updateMiddleboxInfo();
    }
    recompute();
}

void AdvisorPage::updateMiddleboxInfo()
{
    const auto preset = currentPreset();
    // The custom entry names the measured path while its timeout is used.
    const int customIndex = m_middlebox->findData(kCustom);
    m_middlebox->setItemText(customIndex, m_measured ? tr("Measured: %1").arg(m_measured->target)
                                                     : tr("Custom timeout…"));
    if (preset) {
        QStringList lines;
        lines << tr("Forgets idle flows after %1 by default · configurable: %2")
                     .arg(advise::formatTimeout(preset->defaultTimeoutS), preset->configurableText);
        lines << (preset->refreshedByKeepalive
                      ? tr("TCP keep-alive refreshes it: it tracks the flow, and a probe and "
                           "its ACK are traffic.")
                      : tr("TCP keep-alive does NOT refresh it: it counts only application "
                           "data."));
        if (!preset->notes.isEmpty())
            lines << preset->notes;
        lines << tr("Source: %1").arg(preset->source);
        m_middleboxInfo->setText(lines.join(QLatin1Char('\n')));
    } else if (isCustom() && m_measured) {
        m_middleboxInfo->setText(
            tr("Measured on %1 on the path to %2: %3")
                .arg(QLocale().toString(m_measured->date, QLocale::ShortFormat), m_measured->target,
                     m_measured->sentence));
    } else if (isCustom()) {
        m_middleboxInfo->setText(tr("A middlebox that tracks the flow (NAT, conntrack, a "
                                    "pass-through load balancer) and forgets it after the "
                                    "timeout you give."));
    } else {
        m_middleboxInfo->setText(tr("No middlebox: the values only have to notice a dead peer "
                                    "within the deadline."));
    }
    placeMeasureButton(width());
}

void AdvisorPage::placeMeasureButton(int pageWidth)
{
    // Beside the choice while the chosen middlebox's name fits beside it,
    // below it otherwise: a narrow window must not cut the name short.
    int labels = 0;
    for (int i = 0; i < m_situationGrid->count(); ++i) {
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        m_situationGrid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        if (row > 0 && column == 0 && columnSpan == 1)
            labels = std::max(labels, m_situationGrid->itemAt(i)->sizeHint().width());
    }
    // Margins of the page and the card, room for a scroll bar (as in
    // resizeEvent()), the labels' column, and a combo box's frame and arrow.
    const int chrome = 2 * 22 + 2 * 16 + 24;
    const int available = pageWidth - chrome - labels - m_situationGrid->horizontalSpacing();
    const int name = m_middlebox->fontMetrics().horizontalAdvance(m_middlebox->currentText()) + 48;
    const bool beside =
        available >= name + m_middleboxRow->spacing() + m_measurePath->sizeHint().width();
    m_middleboxRow->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void AdvisorPage::recompute()
{
    if (!m_reasons || m_restoring)
        return;
    advise::AdviceInput in;
    if (const auto preset = currentPreset()) {
        in.preset = preset;
        if (m_timeout->value() != int(preset->defaultTimeoutS))
            in.timeoutS = m_timeout->value();
    } else if (isCustom()) {
        in.timeoutS = m_timeout->value();
    }
    if (m_deadlineOn->isChecked())
        in.deadlineS = m_deadline->value();
    if (m_countOn->isChecked())
        in.count = m_count->value();
    if (m_intervalOn->isChecked())
        in.intervalS = m_interval->value();
    in.hz = m_hz->value();
    m_input = in;
    if (const auto problem = advise::validateAdviceInput(in)) {
        m_advice = advise::Advice{};
        m_advice.reachable = false;
        m_advice.unreachableReason = *problem;
    } else {
        m_advice = advise::recommend(in);
    }
    showAdvice();
}

void AdvisorPage::showAdvice()
{
    const advise::Advice &a = m_advice;
    const KeepaliveParams &p = a.params;
    const bool usable = a.reachable;
    const QString dash = QStringLiteral("—");
    m_idleValue->setText(usable ? formatValue(p.idleS, QStringLiteral("s")) : dash);
    m_intervalValue->setText(usable ? formatValue(p.intervalS, QStringLiteral("s")) : dash);
    m_countValue->setText(usable ? QString::number(p.count) : dash);
    m_userTimeoutValue->setText(!usable ? dash
                                : a.userTimeoutMs()
                                    ? formatValue(*a.userTimeoutMs(), QStringLiteral("ms"))
                                    : tr("not set"));
    if (usable)
        m_cookbook->setValues(p, a.userTimeoutMs());
    for (QLabel *value : {m_idleValue, m_intervalValue, m_countValue, m_userTimeoutValue})
        value->setAccessibleName(value == m_idleValue       ? tr("Recommended idle")
                                 : value == m_intervalValue ? tr("Recommended interval")
                                 : value == m_countValue    ? tr("Recommended count")
                                                            : tr("Recommended user timeout"));

    QStringList warnings = a.warnings;
    if (!usable)
        warnings.prepend(a.unreachableReason);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());

    QStringList windows;
    if (usable) {
        for (const advise::AdviceWindow &w : advise::adviceWindows(a))
            windows << tr("%1: %2").arg(w.name.at(0).toUpper() + w.name.mid(1), w.text);
    }
    m_windows->setText(windows.join(QLatin1Char('\n')));
    m_windows->setVisible(!windows.isEmpty());

    QStringList reasons;
    for (const QString &r : a.reasons)
        reasons << QStringLiteral("• ") + r;
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_reasons->setVisible(!reasons.isEmpty());

    for (QPushButton *b : {m_explore, m_applyHost, m_testConnection, m_proveInLab})
        b->setEnabled(usable);
    m_proveInLab->setEnabled(usable && a.middlebox.has_value());
    m_hostNote->setText(usable && a.userTimeoutMs()
                            ? tr("TCP_USER_TIMEOUT is a socket option: the host's sysctls "
                                 "cannot hold it, so set it in the program.")
                            : QString());
    m_hostNote->setVisible(!m_hostNote->text().isEmpty());
    setHeadline(advise::adviceHeadline(a));
}

void AdvisorPage::openPathMeasurement()
{
    if (!m_pathDialog) {
        m_pathDialog = new PathTimeoutDialog(this);
        m_pathDialog->setKernelHz(m_hz->value());
        m_pathDialog->setForm(m_pathForm);
        connect(m_pathDialog, &PathTimeoutDialog::formUsed, this,
                [this](const PathTimeoutForm &form) { m_pathForm = form; });
        connect(m_pathDialog, &PathTimeoutDialog::timeoutMeasured, this,
                &AdvisorPage::applyMeasurement);
    }
    m_pathDialog->show();
    m_pathDialog->raise();
    m_pathDialog->activateWindow();
}

bool AdvisorPage::isMeasuringPath() const
{
    return m_pathDialog && m_pathDialog->isRunning();
}

bool AdvisorPage::applyMeasurement(const pathtimeout::PathTimeoutResult &result)
{
    const auto question = pathtimeout::adviceInputFor(result, m_hz->value());
    if (!question || !question->timeoutS)
        return false;
    m_applyingMeasurement = true;
    m_measured = MeasuredPath{result.target, int(*question->timeoutS),
                              pathtimeout::resultSentence(result), QDate::currentDate()};
    selectMiddlebox(QString());
    m_timeout->setValue(m_measured->timeoutS);
    m_applyingMeasurement = false;
    updateMiddleboxInfo();
    recompute();
    return true;
}

void AdvisorPage::exploreValues()
{
    if (!m_explored || !m_advice.reachable)
        return;
    TuningGoal goal;
    if (m_advice.middlebox)
        goal.middlebox = TuningGoal::Middlebox{m_advice.middlebox->name, m_advice.middlebox->label,
                                               m_advice.middlebox->timeoutS};
    goal.deadlineS = m_advice.deadlineS;
    m_explored->setGoal(goal);
    m_explored->setParams(m_advice.params, tr("the Advisor's recommendation"));
}

void AdvisorPage::connectNotify(const QMetaMethod &signal)
{
    Page::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&AdvisorPage::proveInLabRequested))
        updateLabButton();
}

void AdvisorPage::disconnectNotify(const QMetaMethod &signal)
{
    Page::disconnectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&AdvisorPage::proveInLabRequested))
        updateLabButton();
}

void AdvisorPage::updateLabButton()
{
    // The Lab proves the values only where the application wired it.
    if (m_proveInLab)
        m_proveInLab->setVisible(
            isSignalConnected(QMetaMethod::fromSignal(&AdvisorPage::proveInLabRequested)));
    m_buttonsWideWidth = 0;
}

void AdvisorPage::placeFigures(int perRow)
{
    if (perRow == m_figuresPerRow)
        return;
    m_figuresPerRow = perRow;
    for (QWidget *f : std::as_const(m_figures))
        m_figureGrid->removeWidget(f);
    for (int i = 0; i < m_figures.size(); ++i)
        m_figureGrid->addWidget(m_figures.at(i), i / perRow, i % perRow, Qt::AlignLeft);
    for (int c = 0; c < 5; ++c)
        m_figureGrid->setColumnStretch(c, c == perRow ? 1 : 0);
}

void AdvisorPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    // Margins of the page, the card and room for a scroll bar.
    const int chrome = 2 * 22 + 2 * 16 + 24;
    int figuresWidth = 0;
    for (QWidget *f : std::as_const(m_figures))
        figuresWidth += f->sizeHint().width() + m_figureGrid->horizontalSpacing();
    placeFigures(event->size().width() >= figuresWidth + chrome ? 4 : 2);
    placeMeasureButton(event->size().width());
    // The actions side by side where they fit, else one below the other.
    if (m_buttonsWideWidth == 0) {
        int width = 0;
        for (QPushButton *b : {m_explore, m_applyHost, m_testConnection, m_proveInLab})
            width += b->isVisibleTo(this) ? b->sizeHint().width() + 8 : 0;
        m_buttonsWideWidth = width + chrome;
    }
    m_buttons->setDirection(event->size().width() >= m_buttonsWideWidth ? QBoxLayout::LeftToRight
                                                                        : QBoxLayout::TopToBottom);
}

void AdvisorPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateStyles();
}

void AdvisorPage::updateStyles()
{
    if (!m_warning)
        return;
    const QPalette &pal = palette();
    setTextColour(m_warning, theme::abort(pal));
    setTextColour(m_middleboxInfo, theme::subtleText(pal));
    setTextColour(m_hzSource, theme::subtleText(pal));
    setTextColour(m_hostNote, theme::subtleText(pal));
    for (QLabel *l : std::as_const(m_figureCaptions))
        setTextColour(l, theme::subtleText(pal));
}

void AdvisorPage::saveSettings(QSettings &settings) const
{
    m_cookbook->saveSettings(settings);
    settings.setValue(QStringLiteral("middlebox"), m_middlebox->currentData().toString());
    settings.setValue(QStringLiteral("timeout"), m_timeout->value());
    settings.setValue(QStringLiteral("deadlineOn"), m_deadlineOn->isChecked());
    settings.setValue(QStringLiteral("deadline"), m_deadline->value());
    settings.setValue(QStringLiteral("countOn"), m_countOn->isChecked());
    settings.setValue(QStringLiteral("count"), m_count->value());
    settings.setValue(QStringLiteral("intervalOn"), m_intervalOn->isChecked());
    settings.setValue(QStringLiteral("interval"), m_interval->value());
    (m_pathDialog ? m_pathDialog->form() : m_pathForm).save(settings);
    // Where the custom timeout came from, while it is the measured one.
    settings.setValue(QStringLiteral("measuredTarget"),
                      m_measured ? m_measured->target : QString());
    settings.setValue(QStringLiteral("measuredTimeout"), m_measured ? m_measured->timeoutS : 0);
    settings.setValue(QStringLiteral("measuredSentence"),
                      m_measured ? m_measured->sentence : QString());
    settings.setValue(QStringLiteral("measuredDate"), m_measured ? m_measured->date : QDate());
}

void AdvisorPage::restoreSettings(const QSettings &settings)
{
    m_cookbook->restoreSettings(settings);
    const int index = m_middlebox->findData(settings.value(QStringLiteral("middlebox")).toString());
    m_restoring = true;
    if (index >= 0)
        m_middlebox->setCurrentIndex(index);
    onMiddleboxChanged();
    m_timeout->setValue(settings.value(QStringLiteral("timeout"), m_timeout->value()).toInt());
    m_deadline->setValue(settings.value(QStringLiteral("deadline"), m_deadline->value()).toInt());
    m_count->setValue(settings.value(QStringLiteral("count"), m_count->value()).toInt());
    m_interval->setValue(settings.value(QStringLiteral("interval"), m_interval->value()).toInt());
    m_deadlineOn->setChecked(
        settings.value(QStringLiteral("deadlineOn"), m_deadlineOn->isChecked()).toBool());
    m_countOn->setChecked(settings.value(QStringLiteral("countOn"), false).toBool());
    m_intervalOn->setChecked(settings.value(QStringLiteral("intervalOn"), false).toBool());
    m_pathForm = PathTimeoutForm::restore(settings);
    if (m_pathDialog && !m_pathDialog->isRunning())
        m_pathDialog->setForm(m_pathForm);
    m_measured.reset();
    const QString measuredTarget = settings.value(QStringLiteral("measuredTarget")).toString();
    const int measuredTimeout = settings.value(QStringLiteral("measuredTimeout"), 0).toInt();
    if (!measuredTarget.isEmpty() && isCustom() && measuredTimeout == m_timeout->value())
        m_measured = MeasuredPath{measuredTarget, measuredTimeout,
                                  settings.value(QStringLiteral("measuredSentence")).toString(),
                                  settings.value(QStringLiteral("measuredDate")).toDate()};
    updateMiddleboxInfo();
    m_restoring = false;
    m_deadline->setEnabled(m_deadlineOn->isChecked());
    m_count->setEnabled(m_countOn->isChecked());
    m_interval->setEnabled(m_intervalOn->isChecked());
    recompute();
}

} // namespace kt::ui
