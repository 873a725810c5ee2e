#include "ui/TimelinePage.h"

#include "params/KernelLimits.h"
#include "schedule/Detection.h"
#include "session/ExploredParams.h"
#include "ui/Theme.h"
#include "ui/TimelineWidget.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kt::ui {

TimelinePage::TimelinePage(ExploredParams *explored, QWidget *parent)
    : Page(QStringLiteral("timeline"), tr("Timeline"), parent)
    , m_explored(explored)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 14, 22, 12);
    layout->setSpacing(10);

    m_values = new QLabel(this);
    m_values->setObjectName(QStringLiteral("timelineValues"));
    m_values->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The values and the export actions share the top row; the scenario
    // controls get the row below, so the page fits the window's width.
    auto *top = new QHBoxLayout;
    top->addWidget(m_values, 1);
    layout->addLayout(top);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    const auto addLabelled = [this, controls](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        controls->addWidget(label);
        controls->addWidget(field);
        controls->addSpacing(10);
    };
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    for (const Scenario scenario : allScenarios())
        m_scenario->addItem(scenarioLabel(scenario), int(scenario));
    m_scenario->setToolTip(tr("What the other end does: a peer that vanished without a "
                              "trace, one that answers every probe, or one that vanished "
                              "while data was still unacknowledged."));
    addLabelled(tr("&Peer:"), m_scenario);

    m_userTimeout = new QSpinBox(this);
    m_userTimeout->setObjectName(QStringLiteral("userTimeout"));
    m_userTimeout->setRange(int(limits::kUserTimeout.min), int(limits::kUserTimeout.max));
    m_userTimeout->setSingleStep(1000);
    m_userTimeout->setSuffix(tr(" ms"));
    m_userTimeout->setSpecialValueText(tr("not set"));
    m_userTimeout->setAlignment(Qt::AlignRight);
    m_userTimeout->setToolTip(tr("TCP_USER_TIMEOUT: when set, it decides the abort instead of "
                                 "the probe count."));
    addLabelled(tr("&User timeout:"), m_userTimeout);

    m_rtt = new QSpinBox(this);
    m_rtt->setObjectName(QStringLiteral("rtt"));
    m_rtt->setRange(0, 120000);
    m_rtt->setSuffix(tr(" ms"));
    m_rtt->setAlignment(Qt::AlignRight);
    m_rtt->setToolTip(tr("Round-trip time: when answers arrive, and where the retransmission "
                         "timeout starts."));
    addLabelled(tr("&RTT:"), m_rtt);

    m_hz = new QSpinBox(this);
    m_hz->setObjectName(QStringLiteral("hz"));
    m_hz->setRange(10, 10000);
    m_hz->setAlignment(Qt::AlignRight);
    addLabelled(tr("&HZ:"), m_hz);
    controls->addStretch(1);

    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->addItem(tr("1×"), 1);
    m_scale->addItem(tr("2×"), 2);
    m_scale->addItem(tr("3×"), 3);
    m_scale->setCurrentIndex(1);
    m_scale->setToolTip(tr("Scale of the exported PNG and the copied image"));
    top->addWidget(m_scale);
    auto *png = new QPushButton(tr("PNG…"), this);
    png->setObjectName(QStringLiteral("exportPng"));
    png->setToolTip(tr("Save the timeline as a PNG image"));
    auto *svg = new QPushButton(tr("SVG…"), this);
    svg->setObjectName(QStringLiteral("exportSvg"));
    svg->setToolTip(tr("Save the timeline as an SVG drawing"));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyImage"));
    copy->setToolTip(tr("Copy the timeline to the clipboard as an image"));
    top->addWidget(png);
    top->addWidget(svg);
    top->addWidget(copy);
    layout->addLayout(controls);

    // Shown instead of the measured markers while the model differs from
    // what they were measured with.
    m_measuredHidden = new QWidget(this);
    m_measuredHidden->setObjectName(QStringLiteral("measuredHidden"));
    auto *hiddenRow = new QHBoxLayout(m_measuredHidden);
    hiddenRow->setContentsMargins(0, 0, 0, 0);
    m_measuredHiddenText = new QLabel(m_measuredHidden);
    m_measuredHiddenText->setObjectName(QStringLiteral("measuredHiddenText"));
    m_measuredHiddenText->setWordWrap(true);
    m_measuredHiddenText->setFont(theme::captionFont(font()));
    m_showMeasured = new QPushButton(tr("Show the measured values"), m_measuredHidden);
    m_showMeasured->setObjectName(QStringLiteral("showMeasured"));
    m_showMeasured->setToolTip(tr("Model the values and scenario the test connection was "
                                  "measured with, and draw its events again"));
    hiddenRow->addWidget(m_measuredHiddenText, 1);
    hiddenRow->addWidget(m_showMeasured);
    m_measuredHidden->hide();
    layout->addWidget(m_measuredHidden);
    connect(m_showMeasured, &QPushButton::clicked, this, &TimelinePage::returnToMeasured);

    m_timeline = new TimelineWidget(this);
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_timeline, 3);

    // The same events as numbers, for reading off and copying.
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Event"), tr("Time"), tr("Earliest"), tr("Latest"), tr("May be late by")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The table takes what room is left, never more: a tall size hint would
    // squeeze the window's header strip.
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3);
    layout->addWidget(m_table, 2);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("timelineNotes"));
    m_notes->setWordWrap(true);
    m_notes->setFont(theme::captionFont(font()));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setFont(theme::captionFont(font()));
    QPalette subtle = m_status->palette();
    subtle.setColor(QPalette::WindowText, theme::subtleText(palette()));
    m_status->setPalette(subtle);
    m_notes->setPalette(subtle);
    layout->addWidget(m_status);
    m_status->hide(); // until an export has something to report

    setKernelHz(readKernelHz());

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &TimelinePage::recompute);
    connect(m_userTimeout, &QSpinBox::valueChanged, this, &TimelinePage::recompute);
    connect(m_rtt, &QSpinBox::valueChanged, this, &TimelinePage::recompute);
    connect(m_hz, &QSpinBox::valueChanged, this, &TimelinePage::recompute);
    connect(png, &QPushButton::clicked, this, &TimelinePage::onExportPng);
    connect(svg, &QPushButton::clicked, this, &TimelinePage::onExportSvg);
    connect(copy, &QPushButton::clicked, this, [this] {
        copyImageToClipboard();
        m_status->setText(tr("Copied the timeline to the clipboard."));
        m_status->show();
    });
    if (m_explored) {
        connect(m_explored, &ExploredParams::changed, this, [this](const KeepaliveParams &p) {
            // The shared values bring their own user timeout; edits here
            // last until the next change.
            const QSignalBlocker block(m_userTimeout);
            m_userTimeout->setValue(p.userTimeoutMs);
            recompute();
        });
        const QSignalBlocker block(m_userTimeout);
        m_userTimeout->setValue(m_explored->params().userTimeoutMs);
        connect(m_explored, &ExploredParams::measurementChanged, this,
                &TimelinePage::takeMeasurement);
    }
    recompute();
    if (m_explored)
        takeMeasurement(m_explored->measurement());
}

void TimelinePage::setKernelHz(const std::optional<KernelHz> &hz)
{
    const QSignalBlocker block(m_hz);
    m_hz->setValue(hz ? hz->hz : kDefaultHz);
    m_hzSource = hz ? hz->source : QString();
    m_hz->setToolTip(hz ? tr("The kernel's tick rate, read from %1").arg(hz->source)
                        : tr("The kernel's tick rate; this kernel's configuration is not "
                             "readable, so the common %1 is assumed")
                              .arg(kDefaultHz));
    recompute();
}

void TimelinePage::takeMeasurement(const Measurement &measurement)
{
    const bool fresh = !measurement.isEmpty() &&
                       (measurement.origin != m_measurement.origin ||
                        measurement.scenario != m_measurement.scenario || m_measurement.isEmpty());
    m_measurement = measurement;
    if (fresh && m_scenario->currentData().toInt() != int(measurement.scenario)) {
        const QSignalBlocker block(m_scenario);
        m_scenario->setCurrentIndex(m_scenario->findData(int(measurement.scenario)));
        recompute();
        return;
    }
    updateOverlay();
}

void TimelinePage::updateOverlay()
{
    const bool matches = !m_measurement.isEmpty() && m_measurement.matches(m_input);
    m_timeline->setMeasuredEvents(matches ? m_measurement.events : QList<MeasuredEvent>{});
    const bool hidden = !m_measurement.isEmpty() && !matches;
    if (hidden) {
        QString measured = describeValues(m_measurement.params);
        if (m_measurement.scenario != m_input.scenario)
            measured += QStringLiteral(", ") + scenarioDescription(m_measurement.scenario);
        m_measuredHiddenText->setText(
            tr("The events measured on %1 are hidden: they belong to %2, not to the values "
               "modelled here.")
                .arg(m_measurement.origin, measured));
    }
    m_measuredHidden->setVisible(hidden);
}

void TimelinePage::returnToMeasured()
{
    if (m_measurement.isEmpty())
        return;
    const Measurement m = m_measurement;
    {
        const QSignalBlocker blockScenario(m_scenario);
        const QSignalBlocker blockTimeout(m_userTimeout);
        m_scenario->setCurrentIndex(m_scenario->findData(int(m.scenario)));
        m_userTimeout->setValue(m.params.userTimeoutMs);
    }
    // The same origin keeps the measurement; the page follows `changed`.
    if (m_explored && m_explored->params() != m.params)
        m_explored->setParams(m.params, m.origin);
    recompute();
}

void TimelinePage::recompute()
{
    if (!m_timeline)
        return;
    ScheduleInput in;
    in.params = m_explored ? m_explored->params() : KeepaliveParams::kernelDefaults();
    in.params.userTimeoutMs = m_userTimeout->value();
    in.scenario = Scenario(m_scenario->currentData().toInt());
    in.rttMs = m_rtt->value();
    in.hz = m_hz->value();
    m_input = in;
    const QString origin = m_explored ? m_explored->origin() : tr("the kernel defaults");
    m_values->setText(tr("%1 — %2").arg(describeValues(in.params), origin));
    if (const auto error = validateScheduleInput(in)) {
        // Nothing to draw for impossible values; say why instead.
        m_timeline->setSchedule(in, Schedule{});
        fillTable(Schedule{});
        m_notes->setText(*error);
        m_notes->setVisible(true);
        setHeadline(describeDetection(in) + QLatin1Char('.'));
        updateOverlay();
        return;
    }
    const Schedule schedule = computeSchedule(in);
    m_timeline->setSchedule(in, schedule);
    fillTable(schedule);
    m_notes->setText(schedule.notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!schedule.notes.isEmpty());
    setHeadline(detectionHeadline(in, schedule, origin));
    updateOverlay();
}

void TimelinePage::fillTable(const Schedule &schedule)
{
    m_table->setRowCount(int(schedule.events.size()));
    const auto number = [](double s) {
        auto *item = new QTableWidgetItem(QStringLiteral("%1 s").arg(s, 0, 'f', 3));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < schedule.events.size(); ++row) {
        const ScheduleEvent &e = schedule.events.at(row);
        QString name = eventKindLabel(e.kind);
        if (e.probe > 0)
            name += QStringLiteral(" %1").arg(e.probe);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, number(e.t));
        m_table->setItem(row, 2, number(e.earliest));
        m_table->setItem(row, 3, number(e.latest));
        m_table->setItem(row, 4, number(e.latest - e.t));
    }
}

QImage TimelinePage::timelineImage(int scale) const
{
    const QSize size = m_timeline->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_timeline->render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool TimelinePage::exportPng(const QString &path, int scale) const
{
    return timelineImage(scale).save(path, "PNG");
}

bool TimelinePage::exportSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_timeline->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_timeline->size()));
    generator.setTitle(tr("Keep-alive probe schedule"));
    generator.setDescription(headline());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_timeline->render(painter, QRectF(QPointF(0, 0), QSizeF(m_timeline->size())));
    return painter.end();
}

void TimelinePage::copyImageToClipboard() const
{
    QGuiApplication::clipboard()->setImage(timelineImage(m_scale->currentData().toInt()));
}

void TimelinePage::onExportPng()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the timeline as PNG"),
                                     QStringLiteral("timeline.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const int scale = m_scale->currentData().toInt();
    m_status->setText(exportPng(path, scale) ? tr("Saved %1 (%2×).").arg(path).arg(scale)
                                             : tr("Could not write %1.").arg(path));
    m_status->show();
}

void TimelinePage::onExportSvg()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the timeline as SVG"),
                                     QStringLiteral("timeline.svg"), tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    m_status->setText(exportSvg(path) ? tr("Saved %1.").arg(path)
                                      : tr("Could not write %1.").arg(path));
    m_status->show();
}

} // namespace kt::ui
