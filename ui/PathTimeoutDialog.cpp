#include "ui/PathTimeoutDialog.h"

#include "i18n/Translation.h"
#include "params/Format.h"
#include "params/KernelLimits.h"
#include "pathtimeout/PathTimeoutRun.h"
#include "ui/PathTimeoutChart.h"
#include "ui/PathTimeoutTrialsModel.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kt::ui {

using namespace kt::pathtimeout;

namespace {

void setTextColour(QWidget *w, const QColor &colour)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, colour);
    w->setPalette(p);
}

QString duration(double seconds)
{
    return formatDuration(qint64(std::llround(std::max(0.0, seconds))));
}

// The export's file name: "path-timeout-db.example.org-5432.json".
QString exportName(const QString &target, const QString &suffix)
{
    QString name = target;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('-');
    }
    return QStringLiteral("path-timeout-%1.%2").arg(name, suffix);
}

} // namespace

// ---- the form ----

PathTimeoutForm PathTimeoutForm::defaults()
{
    const PathTimeoutOptions o;
    PathTimeoutForm f;
    f.send = sendText(o.send);
    f.maxS = int(o.maxS);
    f.minS = int(o.minS);
    f.resolutionS = int(o.resolutionS);
    f.parallel = o.parallel;
    return f;
}

void PathTimeoutForm::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pathTarget"), target);
    settings.setValue(QStringLiteral("pathSend"), send);
    settings.setValue(QStringLiteral("pathMax"), maxS);
    settings.setValue(QStringLiteral("pathMin"), minS);
    settings.setValue(QStringLiteral("pathResolution"), resolutionS);
    settings.setValue(QStringLiteral("pathParallel"), parallel);
}

PathTimeoutForm PathTimeoutForm::restore(const QSettings &settings)
{
    const PathTimeoutForm d = defaults();
    PathTimeoutForm f;
    f.target = settings.value(QStringLiteral("pathTarget"), d.target).toString();
    f.send = settings.value(QStringLiteral("pathSend"), d.send).toString();
    f.maxS = settings.value(QStringLiteral("pathMax"), d.maxS).toInt();
    f.minS = settings.value(QStringLiteral("pathMin"), d.minS).toInt();
    f.resolutionS = settings.value(QStringLiteral("pathResolution"), d.resolutionS).toInt();
    f.parallel = settings.value(QStringLiteral("pathParallel"), d.parallel).toInt();
    return f;
}

// ---- the dialog ----

PathTimeoutDialog::PathTimeoutDialog(QWidget *parent)
    : QDialog(parent)
    , m_hz(limits::kDefaultHz)
{
    setObjectName(QStringLiteral("pathTimeoutDialog"));
    setWindowTitle(tr("Measure the path's idle timeout"));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetup());
    m_pages->addWidget(buildRun());
    layout->addWidget(m_pages, 1);

    // One row of buttons for both steps; each shows those that apply.
    auto *buttons = new QHBoxLayout;
    const auto button = [this](const QString &text, const QString &objectName, const QString &name,
                               const QString &description) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setAccessibleName(name);
        b->setAccessibleDescription(description);
        b->setToolTip(description);
        b->setAutoDefault(false);
        return b;
    };
    m_start = button(tr("&Measure"), QStringLiteral("pathStart"), tr("Start measuring"),
                     tr("Open the trial connections and measure how long an idle connection "
                        "survives the path"));
    m_newRun = button(tr("&New measurement"), QStringLiteral("pathNewRun"), tr("New measurement"),
                      tr("Back to the target and the options"));
    m_use = button(tr("&Use this timeout"), QStringLiteral("pathUse"),
                   tr("Use the measured timeout in the Advisor"),
                   tr("Make the measured timeout the Advisor's middlebox, so its recommendation "
                      "beats this path"));
    m_exportJson =
        button(tr("Export &JSON…"), QStringLiteral("pathExportJson"), tr("Export the run as JSON"),
               tr("Save the run as the JSON document keepalivectl path-timeout "
                  "--json prints, the Advisor's recommendation included"));
    m_exportPng =
        button(tr("Export &PNG…"), QStringLiteral("pathExportPng"), tr("Export the lanes as PNG"),
               tr("Save the trial lanes with the target and the result, for a ticket"));
    m_cancel = button(tr("&Cancel"), QStringLiteral("pathCancel"), tr("Cancel the measurement"),
                      tr("Stop every trial connection; what is known so far stays shown"));
    auto *close = button(tr("C&lose"), QStringLiteral("pathClose"), tr("Close the dialog"),
                         tr("Close this dialog (a running measurement is stopped, after asking)"));
    for (QPushButton *b : {m_start, m_newRun, m_use, m_exportJson, m_exportPng})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_start->setDefault(true);
    m_startDescription = m_start->accessibleDescription();

    connect(m_start, &QPushButton::clicked, this, &PathTimeoutDialog::start);
    connect(m_newRun, &QPushButton::clicked, this, &PathTimeoutDialog::showSetup);
    connect(m_use, &QPushButton::clicked, this, &PathTimeoutDialog::useResult);
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("JSON")); });
    connect(m_exportPng, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("PNG")); });
    connect(m_cancel, &QPushButton::clicked, this, &PathTimeoutDialog::cancel);
    connect(close, &QPushButton::clicked, this, &PathTimeoutDialog::reject);
    // The lanes grow between the run's progress signals.
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &PathTimeoutDialog::refresh);

    setForm(PathTimeoutForm::defaults());
    updateStyles();
    updateButtons();
    resize(720, 520);
}

PathTimeoutDialog::~PathTimeoutDialog()
{
    // Going with the window: the trials close with the run, and nothing of
    // this half-destroyed dialog hears about it.
    if (m_run)
        m_run->disconnect(this);
}

QWidget *PathTimeoutDialog::buildSetup()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("pathSetup"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *intro = new WrapLabel(page);
    intro->setObjectName(QStringLiteral("pathIntro"));
    intro->setText(tr("How long does an idle connection to a server survive the NATs, firewalls "
                      "and load balancers on the way? Trial connections with keep-alive off "
                      "stay idle for different times, then each sends a few bytes: acknowledged "
                      "means the path still carried it. Rounds narrow the timeout down."));
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    m_target = new QLineEdit(page);
    m_target->setObjectName(QStringLiteral("pathTarget"));
    m_target->setAccessibleName(tr("Target to measure"));
    m_target->setAccessibleDescription(
        tr("The server as HOST:PORT, IPV4:PORT or [IPV6]:PORT: its path is measured"));
    m_target->setToolTip(m_target->accessibleDescription());
    m_target->setPlaceholderText(tr("host:port, e.g. db.example.org:5432"));
    auto *targetLabel = new QLabel(tr("&Target:"), page);
    targetLabel->setBuddy(m_target);
    grid->addWidget(targetLabel, 0, 0);
    grid->addWidget(m_target, 0, 1, 1, 3);

    m_send = new QLineEdit(page);
    m_send->setObjectName(QStringLiteral("pathSend"));
    m_send->setAccessibleName(tr("What each trial sends"));
    m_send->setAccessibleDescription(tr("The bytes each trial sends after its idle, as "
                                        "keepalivectl path-timeout --send takes them: \\n, \\r, "
                                        "\\t, \\0, \\\\ and \\xHH are bytes"));
    m_send->setToolTip(m_send->accessibleDescription());
    auto *sendLabel = new QLabel(tr("&Send:"), page);
    sendLabel->setBuddy(m_send);
    grid->addWidget(sendLabel, 1, 0);
    grid->addWidget(m_send, 1, 1, 1, 3);
    m_sendNote = new WrapLabel(page);
    m_sendNote->setObjectName(QStringLiteral("pathSendNote"));
    m_sendNote->setFont(theme::captionFont(font()));
    m_sendNote->setText(pathtimeout::payloadWarning());
    m_sendNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_sendNote, 2, 1, 1, 3);
    layout->addLayout(grid);

    // Ranges: core states them (validateOptions() objects in words); the
    // boxes only stop at core's limits, a step beyond what it accepts, so
    // a wrong value gets core's message rather than a silent clamp.
    auto *advanced = new QGroupBox(tr("Advanced"), page);
    advanced->setObjectName(QStringLiteral("pathAdvanced"));
    auto *advancedGrid = new QGridLayout(advanced);
    advancedGrid->setHorizontalSpacing(8);
    const auto spin = [advanced](const QString &objectName, const QString &name,
                                 const QString &description, int max, const QString &suffix) {
        auto *s = new QSpinBox(advanced);
        s->setObjectName(objectName);
        s->setAccessibleName(name);
        s->setAccessibleDescription(description);
        s->setToolTip(description);
        s->setRange(0, max);
        s->setSuffix(suffix);
        s->setAlignment(Qt::AlignRight);
        s->setMaximumWidth(s->fontMetrics().horizontalAdvance(QString::number(max) + suffix) + 44);
        return s;
    };
    m_max = spin(QStringLiteral("pathMax"), tr("Longest idle tried"),
                 tr("--max: the longest idle a trial is given; a run takes about three times the "
                    "path's timeout, at most about three times this"),
                 kMaxIdleLimitS + 1, tr(" s"));
    m_min = spin(QStringLiteral("pathMin"), tr("Shortest idle tried"),
                 tr("--min: the shortest idle worth trying"), kMaxIdleLimitS, tr(" s"));
    m_resolution = spin(QStringLiteral("pathResolution"), tr("Resolution"),
                        tr("--resolution: stop when the bounds are this close"),
                        kMaxResolutionS + 1, tr(" s"));
    m_parallel =
        spin(QStringLiteral("pathParallel"), tr("Connections at once"),
             tr("--parallel: never more trial connections at once"), kMaxParallel + 1, QString());
    const auto add = [advanced, advancedGrid](const QString &text, QSpinBox *s, int row,
                                              int column) {
        auto *label = new QLabel(text, advanced);
        label->setBuddy(s);
        advancedGrid->addWidget(label, row, column);
        advancedGrid->addWidget(s, row, column + 1);
    };
    add(tr("Longest &idle:"), m_max, 0, 0);
    add(tr("Shortest i&dle:"), m_min, 0, 2);
    add(tr("&Resolution:"), m_resolution, 1, 0);
    add(tr("Connections at &once:"), m_parallel, 1, 2);
    advancedGrid->setColumnStretch(4, 1);
    layout->addWidget(advanced);

    m_plan = new WrapLabel(page);
    m_plan->setObjectName(QStringLiteral("pathPlan"));
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_plan);
    layout->addStretch(1);

    connect(m_target, &QLineEdit::textChanged, this, &PathTimeoutDialog::validate);
    connect(m_send, &QLineEdit::textChanged, this, &PathTimeoutDialog::validate);
    for (QSpinBox *s : {m_max, m_min, m_resolution, m_parallel})
        connect(s, &QSpinBox::valueChanged, this, &PathTimeoutDialog::validate);
    connect(m_target, &QLineEdit::returnPressed, this, &PathTimeoutDialog::start);
    return page;
}

QWidget *PathTimeoutDialog::buildRun()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("pathRun"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_runTitle = new WrapLabel(page);
    m_runTitle->setObjectName(QStringLiteral("pathRunTitle"));
    m_runTitle->setFont(theme::strongFont(font()));
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_runTitle);
    m_runPlan = new WrapLabel(page);
    m_runPlan->setObjectName(QStringLiteral("pathRunPlan"));
    m_runPlan->setFont(theme::captionFont(font()));
    layout->addWidget(m_runPlan);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("pathProgress"));
    m_progress->setAccessibleName(tr("Measurement progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_timeLeft = new QLabel(page);
    m_timeLeft->setObjectName(QStringLiteral("pathTimeLeft"));
    m_timeLeft->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for a long "time left", so the bar does not jump as it changes.
    m_timeLeft->setMinimumWidth(m_timeLeft->fontMetrics().horizontalAdvance(
        tr("About %1 left · round %2 · %3 open")
            .arg(formatDuration(88 * 3600 + 88 * 60 + 88))
            .arg(88)
            .arg(88)));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);
    layout->addLayout(progressRow);

    // Many lanes scroll rather than squeeze below a readable height.
    auto *chartScroll = new QScrollArea(page);
    chartScroll->setObjectName(QStringLiteral("pathChartScroll"));
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidgetResizable(true);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chart = new PathTimeoutChart(chartScroll);
    chartScroll->setWidget(m_chart);
    layout->addWidget(chartScroll, 3);

    m_outcome = new WrapLabel(page);
    m_outcome->setObjectName(QStringLiteral("pathOutcome"));
    m_outcome->setFont(theme::strongFont(font()));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_bounds = new WrapLabel(page);
    m_bounds->setObjectName(QStringLiteral("pathBounds"));
    m_bounds->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bounds);

    m_model = new PathTimeoutTrialsModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("pathTrials"));
    m_table->setAccessibleName(tr("Trial connections"));
    m_table->setAccessibleDescription(
        tr("Each trial connection: its round, the idle it was given, its outcome and what was "
           "seen"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 2);
    return page;
}

PathTimeoutForm PathTimeoutDialog::form() const
{
    PathTimeoutForm f;
    f.target = m_target->text().trimmed();
    f.send = m_send->text();
    f.maxS = m_max->value();
    f.minS = m_min->value();
    f.resolutionS = m_resolution->value();
    f.parallel = m_parallel->value();
    return f;
}

void PathTimeoutDialog::setForm(const PathTimeoutForm &f)
{
    m_target->setText(f.target);
    m_send->setText(f.send);
    m_max->setValue(f.maxS);
    m_min->setValue(f.minS);
    m_resolution->setValue(f.resolutionS);
    m_parallel->setValue(f.parallel);
    validate();
}

std::optional<QString> PathTimeoutDialog::objection(PathTimeoutOptions &o,
                                                    bool targetRequired) const
{
    QString error;
    const QString target = m_target->text().trimmed();
    if (targetRequired || !target.isEmpty()) {
        const auto parsed = parseTarget(target, &error);
        if (!parsed)
            return error;
        o.target = *parsed;
    }
    const auto send = parseSendText(m_send->text(), &error);
    if (!send)
        return error;
    o.send = *send;
    o.maxS = m_max->value();
    o.minS = m_min->value();
    o.resolutionS = m_resolution->value();
    o.parallel = m_parallel->value();
    return validateOptions(o);
}

std::optional<PathTimeoutOptions> PathTimeoutDialog::options(QString *problem) const
{
    PathTimeoutOptions o;
    if (const auto why = objection(o, true)) {
        if (problem)
            *problem = *why;
        return std::nullopt;
    }
    return o;
}

void PathTimeoutDialog::validate()
{
    if (!m_plan || !m_start)
        return;
    // An empty target is not a mistake yet: the plan does not depend on it,
    // so it is shown (or core's objection to the other fields).
    PathTimeoutOptions o;
    const auto problem = objection(o, false);
    const bool noTarget = m_target->text().trimmed().isEmpty();
    m_plan->setText(problem ? *problem : planFor(o).sentence);
    m_plan->setProperty("problem", problem.has_value());
    const bool ready = !problem && !noTarget;
    m_start->setEnabled(ready && !isRunning());
    // The reason travels with the button too, for a tooltip and a screen
    // reader (as the Test connection form does).
    m_start->setToolTip(ready     ? m_startDescription
                        : problem ? *problem
                                  : tr("Enter the target first"));
    m_start->setAccessibleDescription(m_start->toolTip());
    updateStyles();
}

bool PathTimeoutDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

std::optional<PathTimeoutResult> PathTimeoutDialog::result() const
{
    if (m_run && m_run->isRunning())
        return m_run->result();
    return m_finished;
}

QString PathTimeoutDialog::outcomeText() const
{
    return m_outcome->text();
}

void PathTimeoutDialog::setStopConfirmation(std::function<bool()> confirm)
{
    m_confirmStop = std::move(confirm);
}

void PathTimeoutDialog::start()
{
    if (isRunning())
        return;
    QString problem;
    const auto o = options(&problem);
    if (!o) {
        validate();
        m_target->setFocus();
        return;
    }
    emit formUsed(form());
    m_unreachable.clear();
    m_finished.reset();
    m_applied = false;
    m_run = std::make_unique<PathTimeoutRun>();
    connect(m_run.get(), &PathTimeoutRun::unreachable, this,
            [this](const QString &error) { m_unreachable = error; });
    connect(m_run.get(), &PathTimeoutRun::finished, this, &PathTimeoutDialog::onFinished);
    connect(m_run.get(), &PathTimeoutRun::progress, this, &PathTimeoutDialog::refresh);
    connect(m_run.get(), &PathTimeoutRun::trialStarted, this, &PathTimeoutDialog::refresh);
    connect(m_run.get(), &PathTimeoutRun::trialFinished, this, &PathTimeoutDialog::refresh);

    m_runTitle->setText(tr("Measuring the path to %1").arg(o->target.display()));
    m_runPlan->setText(planFor(*o).sentence);
    m_outcome->clear();
    m_outcome->hide();
    m_bounds->clear();
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting"));
    m_timeLeft->clear();
    m_timeLeft->show();
    m_chart->clear();
    m_model->setTrials({}, {});
    m_pages->setCurrentIndex(1);
    m_run->start(*o);
    if (m_run->isRunning())
        m_tick.start();
    refresh();
    updateButtons();
    m_cancel->setFocus();
}

void PathTimeoutDialog::cancel()
{
    if (isRunning())
        m_run->cancel();
}

void PathTimeoutDialog::showSetup()
{
    if (isRunning())
        return;
    m_pages->setCurrentIndex(0);
    validate();
    updateButtons();
    m_target->setFocus();
}

void PathTimeoutDialog::refresh()
{
    if (!m_run)
        return;
    const PathTimeoutResult r = m_run->result();
    QHash<int, double> idleSoFar;
    int open = 0;
    if (m_run->isRunning()) {
        const QList<PathTimeoutRun::OpenTrial> trials = m_run->openTrials();
        for (const PathTimeoutRun::OpenTrial &t : trials)
            idleSoFar.insert(t.index, t.idleSoFarS);
        open = int(trials.size());
    }
    m_chart->setTrials(r, idleSoFar, m_run->options().maxS);
    m_model->setTrials(r.trials, idleSoFar);
    if (!m_run->isRunning())
        return;

    const double elapsed = m_run->elapsedS();
    const double remaining = m_run->remainingS();
    const double total = elapsed + remaining;
    m_progress->setValue(total > 0 ? int(std::clamp(elapsed / total, 0.0, 1.0) * 1000) : 0);
    m_progress->setFormat(tr("%1 elapsed").arg(duration(elapsed)));
    m_timeLeft->setText(m_run->round() > 0
                            ? tr("About %1 left · round %2 · %3 open")
                                  .arg(duration(remaining))
                                  .arg(m_run->round())
                                  .arg(open)
                            : tr("Reaching %1…").arg(m_run->options().target.display()));
    // What the trials so far prove (core's sentence is for the end: it
    // would call "nothing cut yet" "no timeout").
    m_bounds->setText(r.measuredAnything() ? boundsText(r, true) : QString());
    m_bounds->setVisible(!m_bounds->text().isEmpty());
}

QString PathTimeoutDialog::boundsText(const PathTimeoutResult &r, bool soFar) const
{
    if (!r.shortestCutS)
        return soFar ? tr("So far: survived %1; nothing cut yet.")
                           .arg(formatSeconds(r.longestSurvivedS))
                     : tr("Bounds: survived %1; no idle was cut.")
                           .arg(formatSeconds(r.longestSurvivedS));
    const QString how = pathtimeout::outcomeText(
        r.cutBy == CutBy::Rst ? TrialOutcome::CutByRst : TrialOutcome::CutBySilence);
    return (soFar ? tr("So far: survived %1, cut at %2 (%3).")
                  : tr("Bounds: survived %1, cut at %2 (%3)."))
        .arg(formatSeconds(r.longestSurvivedS), formatSeconds(*r.shortestCutS), how);
}

void PathTimeoutDialog::onFinished()
{
    m_tick.stop();
    refresh();
    const PathTimeoutResult r = m_run->result();
    m_finished = r;
    const bool failed = !m_unreachable.isEmpty() || !r.measuredAnything();
    m_progress->setValue(failed ? 0 : 1000);
    m_progress->setFormat(!m_unreachable.isEmpty() ? tr("could not reach the target")
                          : r.interrupted ? tr("cancelled after %1").arg(duration(r.durationS))
                                          : tr("done in %1").arg(duration(r.durationS)));
    // Nothing is left: the bar takes the whole row.
    m_timeLeft->clear();
    m_timeLeft->hide();
    m_runTitle->setText(r.address.isEmpty() || r.address == r.target
                            ? tr("The path to %1").arg(r.target)
                            : tr("The path to %1 (%2)").arg(r.target, r.address));
    m_outcome->setText(m_unreachable.isEmpty() ? resultSentence(r) : m_unreachable);
    m_outcome->setProperty("problem", failed);
    m_outcome->show();

    QStringList bounds;
    if (r.measuredAnything()) {
        bounds << boundsText(r, false);
        bounds << (r.trials.size() == 1
                       ? tr("1 trial in %1.").arg(duration(r.durationS))
                       : tr("%1 trials in %2.").arg(r.trials.size()).arg(duration(r.durationS)));
    }
    // A run that went to the end hands its timeout to the Advisor; a
    // cancelled one proved bounds too, but the person decides.
    if (!r.interrupted && r.problem.isEmpty() && m_unreachable.isEmpty() &&
        adviceInputFor(r, m_hz)) {
        emit timeoutMeasured(r);
        m_applied = true;
    }
    if (m_applied)
        bounds << tr("The Advisor now takes this timeout as its middlebox.");
    m_bounds->setText(joinSentences(bounds));
    m_bounds->setVisible(!bounds.isEmpty());
    updateStyles();
    updateButtons();
    if (isVisible())
        (m_use->isEnabled() ? m_use : m_newRun)->setFocus();
}

void PathTimeoutDialog::useResult()
{
    if (!m_finished || m_applied || !adviceInputFor(*m_finished, m_hz))
        return;
    emit timeoutMeasured(*m_finished);
    m_applied = true;
    m_bounds->setText(m_bounds->text() + QLatin1Char(' ') +
                      tr("The Advisor now takes this timeout as its middlebox."));
    updateButtons();
}

void PathTimeoutDialog::updateButtons()
{
    const bool setup = m_pages->currentIndex() == 0;
    const bool running = isRunning();
    const bool finished = !setup && !running && m_finished.has_value();
    m_start->setVisible(setup);
    m_start->setDefault(setup);
    m_cancel->setVisible(running);
    m_newRun->setVisible(finished);
    m_use->setVisible(finished);
    m_exportJson->setVisible(finished);
    m_exportPng->setVisible(finished);
    const bool measured = finished && m_finished->measuredAnything();
    m_use->setEnabled(finished && !m_applied && m_unreachable.isEmpty() &&
                      adviceInputFor(*m_finished, m_hz).has_value());
    m_exportJson->setEnabled(measured);
    m_exportPng->setEnabled(measured);
    validate();
}

bool PathTimeoutDialog::confirmStop()
{
    if (m_confirmStop)
        return m_confirmStop();
    QMessageBox box(QMessageBox::Question, tr("Stop the measurement?"),
                    tr("The measurement of %1 is still running. Closing the dialog stops it; what "
                       "it has found so far stays here.")
                        .arg(m_run->options().target.display()),
                    QMessageBox::NoButton, this);
    QPushButton *stop = box.addButton(tr("Stop and close"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep measuring"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

void PathTimeoutDialog::reject()
{
    if (isRunning()) {
        if (!confirmStop())
            return;
        m_run->cancel();
    }
    QDialog::reject();
}

bool PathTimeoutDialog::exportJson(const QString &path, QString *error) const
{
    if (!m_finished || !m_finished->measuredAnything()) {
        if (error)
            *error = tr("There is no measurement to export.");
        return false;
    }
    QFile f(path);
    QByteArray json;
    {
        // The document is the CLI's --json, English whatever the interface
        // language: the Advisor's reasons inside it are worded again here.
        const i18n::SourceLanguageScope english;
        json = QJsonDocument(resultJson(*m_finished, m_hz)).toJson();
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QImage PathTimeoutDialog::exportImage() const
{
    constexpr qreal kScale = 2;
    const int width = std::max(720, m_chart->width());
    const int margin = 16;
    // The heading: the target and core's sentence, wrapped to the width.
    const QString heading = m_runTitle->text() + QLatin1Char('\n') +
                            (m_outcome->text().isEmpty() ? m_runPlan->text() : m_outcome->text());
    const QFont headingFont = theme::strongFont(font());
    const QFontMetrics fm(headingFont);
    const QRect textRect =
        fm.boundingRect(QRect(0, 0, width - 2 * margin, 10000), Qt::TextWordWrap, heading);
    const QSize chartSize(width - 2 * margin,
                          std::max(m_chart->sizeHint().height(), m_chart->height()));
    const QSize size(width, margin + textRect.height() + 10 + chartSize.height() + margin);
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setFont(headingFont);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(margin, margin, width - 2 * margin, textRect.height()), Qt::TextWordWrap,
                     heading);
    painter.translate(margin, margin + textRect.height() + 10);
    m_chart->paint(painter, chartSize);
    painter.end();
    return image;
}

bool PathTimeoutDialog::exportPng(const QString &path, QString *error) const
{
    if (!m_finished || !m_finished->measuredAnything()) {
        if (error)
            *error = tr("There is no measurement to export.");
        return false;
    }
    if (!exportImage().save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

void PathTimeoutDialog::exportWithDialog(const QString &kind)
{
    if (!m_finished)
        return;
    const QString suffix = kind.toLower();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(kind),
                                                      exportName(m_finished->target, suffix),
                                                      tr("%1 files (*.%2)").arg(kind, suffix));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok =
        kind == QLatin1String("PNG") ? exportPng(path, &error) : exportJson(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export %1").arg(kind), error);
}

void PathTimeoutDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyles();
}

void PathTimeoutDialog::updateStyles()
{
    if (!m_plan || !m_outcome)
        return;
    const QPalette &pal = palette();
    setTextColour(m_plan, m_plan->property("problem").toBool() ? theme::abort(pal)
                                                               : pal.color(QPalette::WindowText));
    setTextColour(m_outcome, m_outcome->property("problem").toBool()
                                 ? theme::abort(pal)
                                 : pal.color(QPalette::WindowText));
    setTextColour(m_sendNote, theme::subtleText(pal));
    setTextColour(m_runPlan, theme::subtleText(pal));
}

} // namespace kt::ui
