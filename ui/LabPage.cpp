#include "ui/LabPage.h"

#include "i18n/Translation.h"
#include "params/Format.h"
#include "params/KernelLimits.h"
#include "session/ExploredParams.h"
#include "sysctl/KernelHz.h"
#include "ui/Theme.h"
#include "ui/TimelineWidget.h"
#include "ui/WrapLabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kt::ui {

using namespace kt::lab;

namespace {

QString cell(double s)
{
    return std::isnan(s) ? QStringLiteral("–") : QString::number(s, 'f', 3);
}

// A short name for a run in the comparison list.
QString runName(int number, const LabResult &r)
{
    const LabScenarioInfo &info = labScenario(r.scenario);
    const QString values = r.scenario == LabScenarioId::Middlebox
                               ? LabPage::tr("idle %1 s, timeout %2 s")
                                     .arg(r.values.params.idleS)
                                     .arg(r.values.middleboxTimeoutS)
                               : LabPage::tr("idle %1 s").arg(r.values.params.idleS);
    const QString outcome =
        r.outcome ? outcomeKindName(r.outcome->kind) : LabPage::tr("no outcome");
    return LabPage::tr("Run %1: %2, %3 — %4").arg(number).arg(info.name, values, outcome);
}

} // namespace

LabPage::LabPage(ExploredParams *explored, QWidget *parent)
    : Page(QStringLiteral("lab"), tr("Lab"), parent)
    , m_explored(explored)
{
    if (const auto hz = readKernelHz())
        m_hz = hz->hz;

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("labScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("labContent"));
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(22, 14, 22, 12);
    layout->setSpacing(8);

    // The scenario and what it stands for.
    auto *pick = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("Sc&enario:"), content);
    m_scenario = new QComboBox(content);
    m_scenario->setObjectName(QStringLiteral("labScenario"));
    m_scenario->setAccessibleName(tr("Lab scenario"));
    for (const LabScenarioInfo &info : labScenarios())
        m_scenario->addItem(QStringLiteral("%1 (%2)").arg(info.title, info.name), int(info.id));
    scenarioLabel->setBuddy(m_scenario);
    pick->addWidget(scenarioLabel);
    pick->addWidget(m_scenario, 1);
    layout->addLayout(pick);
    m_explanation = new WrapLabel(content);
    m_explanation->setObjectName(QStringLiteral("labExplanation"));
    m_explanation->setFont(theme::captionFont(font()));
    layout->addWidget(m_explanation);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    buildValueFields(content, grid);
    layout->addLayout(grid);

    auto *runRow = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), content);
    m_run->setObjectName(QStringLiteral("labRun"));
    m_run->setAccessibleName(tr("Run the experiment"));
    m_run->setToolTip(tr("Stage the failure in a sandbox of its own and measure it"));
    m_cancel = new QPushButton(tr("&Cancel"), content);
    m_cancel->setObjectName(QStringLiteral("labCancel"));
    m_cancel->setAccessibleName(tr("Cancel the experiment"));
    m_cancel->setToolTip(tr("Stop the run; its sandbox disappears with it"));
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("labProgress"));
    m_progress->setAccessibleName(tr("Experiment progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_estimate = new QLabel(content);
    m_estimate->setObjectName(QStringLiteral("labEstimate"));
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_estimate);
    layout->addLayout(runRow);

    m_outcome = new WrapLabel(content);
    m_outcome->setObjectName(QStringLiteral("labOutcome"));
    m_outcome->setFont(theme::strongFont(font()));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);

    m_timeline = new TimelineWidget(content);
    m_timeline->setObjectName(QStringLiteral("labTimeline"));
    m_timeline->setAccessibleName(tr("Lab timeline: predicted and measured events"));
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_timeline, 3);

    m_table = new QTableWidget(0, 6, content);
    m_table->setObjectName(QStringLiteral("labResults"));
    m_table->setAccessibleName(tr("Lab results"));
    m_table->setHorizontalHeaderLabels({tr("Event"), tr("#"), tr("Measured (s)"),
                                        tr("Predicted (s)"), tr("Window (s)"), tr("Verdict")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("Compare &with:"), content);
    m_compare = new QComboBox(content);
    m_compare->setObjectName(QStringLiteral("labCompare"));
    m_compare->setAccessibleName(tr("Compare with an earlier run"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(16);
    compareLabel->setBuddy(m_compare);
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compare, 1);
    for (const QString &kind :
         {QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("JSON")}) {
        auto *button = new QPushButton(kind + QStringLiteral("…"), content);
        button->setObjectName(QStringLiteral("labExport") + kind);
        button->setAccessibleName(tr("Export %1").arg(kind));
        button->setToolTip(kind == QLatin1String("JSON")
                               ? tr("Save the run as the JSON document keepalivectl lab --json "
                                    "prints")
                               : tr("Save the timeline of the run as %1").arg(kind));
        connect(button, &QPushButton::clicked, this, [this, kind] { exportWithDialog(kind); });
        compareRow->addWidget(button);
        m_exports << button;
    }
    layout->addLayout(compareRow);
    m_compareOutcome = new QLabel(content);
    m_compareOutcome->setObjectName(QStringLiteral("labCompareOutcome"));
    m_compareOutcome->setWordWrap(true);
    m_compareOutcome->setFont(theme::strongFont(font()));
    layout->addWidget(m_compareOutcome);
    m_compareTimeline = new TimelineWidget(content);
    m_compareTimeline->setObjectName(QStringLiteral("labCompareTimeline"));
    m_compareTimeline->setAccessibleName(tr("Compared run's timeline"));
    layout->addWidget(m_compareTimeline, 3);
    m_compareOutcome->hide();
    m_compareTimeline->hide();

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &LabPage::scenarioChanged);
    connect(m_run, &QPushButton::clicked, this, &LabPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &LabPage::cancel);
    connect(m_compare, &QComboBox::currentIndexChanged, this,
            [this] { compareWith(m_compare->currentData().toInt()); });
    if (m_explored)
        connect(m_explored, &ExploredParams::changed, this, [this] {
            if (!isRunning())
                setValues(scaledForLab(scenario(), m_explored->params()));
        });
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &LabPage::tick);

    updateCompareList();
    scenarioChanged();
}

LabPage::~LabPage() = default;

void LabPage::buildValueFields(QWidget *parent, QGridLayout *grid)
{
    const auto spin = [this, parent](const QString &name, const QString &accessible,
                                     limits::Range range, const QString &suffix) {
        auto *s = new QSpinBox(parent);
        s->setObjectName(name);
        s->setAccessibleName(accessible);
        s->setRange(int(range.min), int(std::min<long long>(range.max, 1000000)));
        s->setSuffix(suffix);
        s->setAlignment(Qt::AlignRight);
        connect(s, &QSpinBox::valueChanged, this, &LabPage::valuesChanged);
        return s;
    };
    const auto dspin = [this, parent](const QString &name, const QString &accessible) {
        auto *s = new QDoubleSpinBox(parent);
        s->setObjectName(name);
        s->setAccessibleName(accessible);
        s->setRange(0, 3600);
        s->setDecimals(1);
        s->setSingleStep(0.5);
        s->setSuffix(tr(" s"));
        s->setAlignment(Qt::AlignRight);
        connect(s, &QDoubleSpinBox::valueChanged, this, &LabPage::valuesChanged);
        return s;
    };
    m_idle = spin(QStringLiteral("labIdle"), tr("Idle time"), limits::kSocketIdle, tr(" s"));
    m_interval = spin(QStringLiteral("labInterval"), tr("Probe interval"), limits::kSocketInterval,
                      tr(" s"));
    m_count = spin(QStringLiteral("labCount"), tr("Probe count"), limits::kSocketCount, {});
    m_userTimeout =
        spin(QStringLiteral("labUserTimeout"), tr("User timeout"), limits::kUserTimeout, tr(" ms"));
    m_userTimeout->setSingleStep(500);
    m_userTimeout->setSpecialValueText(tr("not set"));
    m_after = dspin(QStringLiteral("labAfter"), tr("Peer gone after"));
    m_middleboxTimeout =
        spin(QStringLiteral("labMiddleboxTimeout"), tr("Middlebox timeout"), {1, 3600}, tr(" s"));
    m_sendAfter = dspin(QStringLiteral("labSendAfter"), tr("Send data after"));
    m_retries2 =
        spin(QStringLiteral("labRetries2"), tr("tcp_retries2 in the sandbox"), {1, 15}, {});

    struct Field
    {
        QString label;
        QWidget *field;
        int option; // LabOption, -1: always shown
    };
    const QList<Field> fields{
        {tr("&Idle:"), m_idle, -1},
        {tr("I&nterval:"), m_interval, -1},
        {tr("C&ount:"), m_count, -1},
        {tr("&User timeout:"), m_userTimeout, -1},
        {tr("Peer gone &after:"), m_after, int(LabOption::After)},
        {tr("&Middlebox timeout:"), m_middleboxTimeout, int(LabOption::MiddleboxTimeout)},
        {tr("&Send data at:"), m_sendAfter, int(LabOption::SendAfter)},
        {tr("tcp_&retries2:"), m_retries2, int(LabOption::Retries2)},
    };
    // Three label-field pairs a row; the scenario's own knobs follow the
    // four keep-alive values and only the scenario's are shown.
    int i = 0;
    for (const Field &f : fields) {
        auto *label = new QLabel(f.label, parent);
        label->setBuddy(f.field);
        const int row = i / 3;
        const int col = (i % 3) * 2;
        if (f.option >= 0) {
            m_optionRows[f.option] << label << f.field;
            // Every scenario has at most two knobs: they share two slots.
            const int slot = (f.option == int(LabOption::SendAfter)) ? 5 : 4;
            grid->addWidget(label, slot / 3, (slot % 3) * 2, Qt::AlignRight);
            grid->addWidget(f.field, slot / 3, (slot % 3) * 2 + 1);
        } else {
            grid->addWidget(label, row, col, Qt::AlignRight);
            grid->addWidget(f.field, row, col + 1);
            ++i;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
}

LabScenarioId LabPage::scenario() const
{
    return LabScenarioId(m_scenario->currentData().toInt());
}

LabValues LabPage::values() const
{
    LabValues v;
    v.params = {m_idle->value(), m_interval->value(), m_count->value(), m_userTimeout->value()};
    v.afterS = m_after->value();
    v.middleboxTimeoutS = m_middleboxTimeout->value();
    v.sendAfterS = m_sendAfter->value();
    v.retries2 = m_retries2->value();
    return v;
}

LabPrediction LabPage::prediction() const
{
    return predictLab(scenario(), values(), m_hz);
}

const LabRun *LabPage::shownRun() const
{
    return m_shown;
}

bool LabPage::isRunning() const
{
    return m_shown && m_shown->isRunning();
}

QString LabPage::outcomeText() const
{
    return m_outcome->text();
}

void LabPage::setKernelHz(int hz)
{
    m_hz = hz;
    valuesChanged();
}

void LabPage::setValues(const LabValues &v)
{
    m_filling = true;
    m_idle->setValue(v.params.idleS);
    m_interval->setValue(v.params.intervalS);
    m_count->setValue(v.params.count);
    m_userTimeout->setValue(v.params.userTimeoutMs);
    m_after->setValue(v.afterS);
    m_middleboxTimeout->setValue(v.middleboxTimeoutS);
    m_sendAfter->setValue(v.sendAfterS);
    m_retries2->setValue(v.retries2);
    m_filling = false;
    valuesChanged();
}

void LabPage::selectScenario(LabScenarioId id)
{
    m_scenario->setCurrentIndex(m_scenario->findData(int(id)));
}

void LabPage::scenarioChanged()
{
    const LabScenarioInfo &info = labScenario(scenario());
    m_explanation->setText(info.explanation);
    for (int o = 0; o < 4; ++o) {
        for (QWidget *w : m_optionRows[o])
            w->setVisible(info.options.contains(LabOption(o)));
    }
    setValues(m_explored ? scaledForLab(info.id, m_explored->params()) : info.defaults);
}

void LabPage::valuesChanged()
{
    if (m_filling)
        return;
    if (const auto invalid = validateLabValues(scenario(), values())) {
        m_estimate->setText(*invalid);
        updateButtons();
        return;
    }
    const LabPrediction p = prediction();
    m_estimate->setText(tr("takes about %1").arg(formatSeconds(p.durationS)));
    m_estimate->setToolTip(tr("The run watches until %1 after the peer's last segment, plus "
                              "the sandbox's set-up")
                               .arg(formatSeconds(p.observeUntilS)));
    if (!isRunning())
        showPrediction();
    updateButtons();
}

void LabPage::showPrediction()
{
    m_shown = nullptr;
    const LabPrediction p = prediction();
    m_timeline->setSchedule(p.input, p.schedule);
    m_timeline->setMeasuredEvents({});
    m_outcome->setText(tr("Predicted: %1. Run stages it in a sandbox of its own; nothing on "
                          "this host changes.")
                           .arg(describePrediction(p)));
    m_outcome->setPalette(palette());
    setHeadline(tr("%1, staged for real: predicted %2")
                    .arg(labScenario(scenario()).title, describePrediction(p)));
    LabResult r;
    r.scenario = scenario();
    r.values = values();
    r.hz = m_hz;
    r.predicted = p;
    r.verdict = judge(p, {}, std::nullopt, m_hz);
    fillTable(r);
    m_progress->setValue(0);
    m_progress->setFormat(tr("not run"));
}

void LabPage::run()
{
    if (isRunning() || validateLabValues(scenario(), values()))
        return;
    auto run = std::make_unique<LabRun>(scenario(), values(), m_hz);
    if (!m_runnerProgram.isEmpty())
        run->setRunnerProgram(m_runnerProgram);
    LabRun *r = run.get();
    connect(r, &LabRun::eventMeasured, this, [this, r] {
        if (m_shown == r)
            runEvent();
    });
    connect(r, &LabRun::ended, this, [this, r](LabRun::State state) {
        if (m_shown == r)
            runEnded(state);
        updateCompareList();
    });
    m_runs.push_back(std::move(run));
    m_shown = r;
    m_timeline->setSchedule(r->result().predicted.input, r->result().predicted.schedule);
    m_timeline->setMeasuredEvents({});
    m_outcome->setText(tr("Setting up the sandbox…"));
    m_outcome->setPalette(palette());
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting"));
    fillTable(r->result());
    r->start();
    if (r->isRunning())
        m_tick.start();
    updateButtons();
}

void LabPage::cancel()
{
    if (isRunning())
        m_shown->cancel();
}

void LabPage::runEvent()
{
    const LabResult &r = m_shown->result();
    m_timeline->setMeasuredEvents(timelineEvents(r.measured));
    fillTable(r);
    m_outcome->setText(tr("Running: %n event(s) measured", nullptr, int(r.measured.size())));
}

void LabPage::tick()
{
    if (!isRunning()) {
        m_tick.stop();
        return;
    }
    const double total = m_shown->result().predicted.observeUntilS;
    const double elapsed = m_shown->elapsedS();
    if (elapsed <= 0) {
        m_progress->setFormat(tr("setting up the sandbox"));
        return;
    }
    m_progress->setValue(int(std::min(1.0, elapsed / total) * 1000));
    m_progress->setFormat(
        tr("%1 left").arg(formatSeconds(std::max(0.0, std::ceil((total - elapsed) * 10) / 10))));
}

void LabPage::runEnded(LabRun::State state)
{
    m_tick.stop();
    const LabResult &r = m_shown->result();
    m_timeline->setMeasuredEvents(timelineEvents(r.measured));
    fillTable(r);
    switch (state) {
    case LabRun::State::Finished: {
        m_progress->setValue(1000);
        m_progress->setFormat(tr("done"));
        const QString detail = outcomeDetail(r);
        m_outcome->setText(asSentence(describeOutcome(r)) + QLatin1Char('\n') +
                           asSentence(detail.left(1).toUpper() + detail.mid(1)));
        setHeadline(describeOutcome(r));
        break;
    }
    case LabRun::State::Cancelled:
        m_progress->setFormat(tr("cancelled"));
        m_outcome->setText(tr("Cancelled. The sandbox is gone with the run; nothing on this "
                              "host was changed."));
        break;
    case LabRun::State::Failed:
    case LabRun::State::Idle:
    case LabRun::State::Running:
        m_progress->setFormat(tr("failed"));
        m_outcome->setText(m_shown->errorMessage());
        break;
    }
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::WindowText, state == LabRun::State::Failed
                                           ? theme::abort(palette())
                                           : palette().color(QPalette::WindowText));
    m_outcome->setPalette(pal);
    updateButtons();
}

void LabPage::fillTable(const LabResult &r)
{
    QList<LabResultRow> rows = resultRows(r);
    // Before a run, the predicted events alone.
    if (r.measured.isEmpty() && !r.outcome) {
        rows.clear();
        for (const ScheduleEvent &e : r.predicted.schedule.events)
            rows << LabResultRow{
                eventKindName(e.kind), e.probe, qQNaN(), true, e.t, e.earliest, e.latest, false};
    }
    m_table->setRowCount(int(rows.size()));
    // As tall as its rows (up to eight), so the page scrolls rather than
    // the table hiding rows or stretching empty.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       rowHeight * std::clamp(int(rows.size()), 2, 8) + 2 * m_table->frameWidth() +
                       2;
    m_table->setFixedHeight(height);
    for (int i = 0; i < int(rows.size()); ++i) {
        const LabResultRow &row = rows.at(i);
        const QString verdict = !row.compared || std::isnan(row.measured)
                                    ? QString()
                                    : (row.inside ? tr("inside") : tr("outside"));
        const QStringList cells{
            row.kind,
            row.probe > 0 ? QString::number(row.probe) : QString(),
            cell(row.measured),
            row.compared ? cell(row.predicted) : QString(),
            row.compared ? QStringLiteral("[%1, %2]").arg(cell(row.earliest), cell(row.latest))
                         : QString(),
            verdict};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 1 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && !row.inside && !verdict.isEmpty())
                item->setForeground(theme::abort(palette()));
            m_table->setItem(i, c, item);
        }
    }
}

void LabPage::updateButtons()
{
    const bool running = isRunning();
    const bool valid = !validateLabValues(scenario(), values());
    m_run->setEnabled(!running && valid);
    m_cancel->setEnabled(running);
    m_scenario->setEnabled(!running);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_idle, m_interval, m_count, m_userTimeout, m_after,
                                          m_middleboxTimeout, m_sendAfter, m_retries2})
        w->setEnabled(!running);
    const bool finished = m_shown && m_shown->state() == LabRun::State::Finished;
    for (QPushButton *b : m_exports)
        b->setEnabled(finished || (!m_shown && b != m_exports.last()));
}

void LabPage::updateCompareList()
{
    const int current = m_compare->currentData().toInt();
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("no other run"), -1);
    for (int i = 0; i < int(m_runs.size()); ++i) {
        if (m_runs.at(i)->state() == LabRun::State::Finished)
            m_compare->addItem(runName(i + 1, m_runs.at(i)->result()), i);
    }
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(current)));
    m_compare->setEnabled(m_compare->count() > 1);
}

void LabPage::compareWith(int index)
{
    const bool show = index >= 0 && index < int(m_runs.size());
    m_compareTimeline->setVisible(show);
    m_compareOutcome->setVisible(show);
    if (!show)
        return;
    const LabResult &r = m_runs.at(index)->result();
    m_compareTimeline->setSchedule(r.predicted.input, r.predicted.schedule);
    m_compareTimeline->setMeasuredEvents(timelineEvents(r.measured));
    m_compareOutcome->setText(runName(index + 1, r) + QStringLiteral(": ") + describeOutcome(r));
    const int item = m_compare->findData(index);
    if (item >= 0 && m_compare->currentIndex() != item)
        m_compare->setCurrentIndex(item);
}

void LabPage::proveMiddlebox(const KeepaliveParams &params, std::optional<int> userTimeoutMs,
                             double middleboxTimeoutS)
{
    if (isRunning())
        return;
    selectScenario(LabScenarioId::Middlebox);
    KeepaliveParams p = params;
    p.userTimeoutMs = userTimeoutMs.value_or(0);
    LabValues v = scaledForLab(LabScenarioId::Middlebox, p);
    // The middlebox timeout scaled like the idle time, to whole seconds, so
    // the run keeps the proportion the Advisor checked.
    const double scale = params.idleS > 0 ? double(v.params.idleS) / params.idleS : 1.0;
    v.middleboxTimeoutS = std::clamp(int(std::lround(middleboxTimeoutS * scale)), 1, 3600);
    v.sendAfterS = v.middleboxTimeoutS + 1;
    setValues(v);
}

void LabPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_demoOnShow && !m_demoStarted) {
        m_demoStarted = true;
        selectScenario(LabScenarioId::DeadPeer);
        LabValues v = labScenario(LabScenarioId::DeadPeer).defaults;
        setValues(v);
        run();
    }
}

bool LabPage::isReadyForScreenshot() const
{
    if (!m_demoOnShow)
        return true;
    return m_demoStarted && !isRunning();
}

void LabPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("scenario"), labScenario(scenario()).name);
}

void LabPage::restoreSettings(const QSettings &settings)
{
    if (const auto id =
            labScenarioFromString(settings.value(QStringLiteral("scenario")).toString()))
        selectScenario(*id);
}

bool LabPage::exportPng(const QString &path) const
{
    const QSize size = m_timeline->size().expandedTo(QSize(640, 260));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    m_timeline->render(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image.save(path, "PNG");
}

bool LabPage::exportSvg(const QString &path) const
{
    const QSize size = m_timeline->size().expandedTo(QSize(640, 260));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Keepalive Tuner Lab: %1").arg(labScenario(scenario()).name));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_timeline->render(painter, QRectF(QPointF(0, 0), size));
    return painter.end();
}

bool LabPage::exportJson(const QString &path) const
{
    if (!m_shown)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray json;
    {
        // JSON keys and values stay English, as keepalivectl lab --json writes them.
        const i18n::SourceLanguageScope english;
        json = QJsonDocument(labResultToJson(m_shown->result())).toJson();
    }
    return f.write(json) > 0;
}

void LabPage::exportWithDialog(const QString &kind)
{
    const QString suffix = kind.toLower();
    const QString name = QStringLiteral("lab-%1.%2").arg(labScenario(scenario()).name, suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(kind), name,
                                                      tr("%1 files (*.%2)").arg(kind, suffix));
    if (path.isEmpty())
        return;
    const bool ok = kind == QLatin1String("PNG")   ? exportPng(path)
                    : kind == QLatin1String("SVG") ? exportSvg(path)
                                                   : exportJson(path);
    if (!ok)
        m_outcome->setText(tr("Could not write %1.").arg(path));
}

} // namespace kt::ui
