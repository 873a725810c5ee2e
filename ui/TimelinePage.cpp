#include "ui/TimelinePage.h"

#include "params/Format.h"
#include "params/KernelLimits.h"
#include "schedule/Detection.h"
#include "session/ExploredParams.h"
#include "ui/Theme.h"
#include "ui/TimelineWidget.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kt::ui {

TimelinePage::TimelinePage(ExploredParams *explored, QWidget *parent)
    : Page(QStringLiteral("timeline"), tr("Timeline"), parent)
    , m_explored(explored)
{
    // Everything scrolls when the window is smaller than the page needs;
    // the controls reflow first (see reflowControls()).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("timelineContent"));
    content->setAutoFillBackground(false);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(22, 14, 22, 12);
    layout->setSpacing(10);

    m_values = new QLabel(content);
    m_values->setObjectName(QStringLiteral("timelineValues"));
    m_values->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values->setWordWrap(true);
    layout->addWidget(m_values);

    // The controls come in groups (a label and its field; the export
    // actions) that fill rows left to right and wrap where the page is
    // narrow, so nothing is clipped at 800×560 or at 2× scale.
    m_flow = new QVBoxLayout;
    m_flow->setSpacing(6);
    layout->addLayout(m_flow);
    const auto addLabelled = [this, content](const QString &text, QWidget *field) {
        auto *chunk = new QWidget(content);
        auto *row = new QHBoxLayout(chunk);
        row->setContentsMargins(0, 0, 10, 0);
        row->setSpacing(8);
        auto *label = new QLabel(text, chunk);
        label->setBuddy(field);
        field->setParent(chunk);
        row->addWidget(label);
        row->addWidget(field);
        m_chunks << chunk;
    };
    m_scenario = new QComboBox(content);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    m_scenario->setAccessibleName(tr("Peer scenario"));
    for (const Scenario scenario : allScenarios())
        m_scenario->addItem(scenarioLabel(scenario), int(scenario));
    m_scenario->setToolTip(tr("What the other end does: a peer that vanished without a "
                              "trace, one that answers every probe, or one that vanished "
                              "while data was still unacknowledged."));
    addLabelled(tr("&Peer:"), m_scenario);

    m_userTimeout = new QSpinBox(content);
    m_userTimeout->setObjectName(QStringLiteral("userTimeout"));
    m_userTimeout->setAccessibleName(tr("User timeout"));
    m_userTimeout->setRange(int(limits::kUserTimeout.min), int(limits::kUserTimeout.max));
    m_userTimeout->setSingleStep(1000);
    m_userTimeout->setSuffix(tr(" ms"));
    m_userTimeout->setSpecialValueText(tr("not set"));
    m_userTimeout->setAlignment(Qt::AlignRight);
    m_userTimeout->setToolTip(tr("TCP_USER_TIMEOUT: when set, it decides the abort instead of "
                                 "the probe count."));
    addLabelled(tr("&User timeout:"), m_userTimeout);

    m_rtt = new QSpinBox(content);
    m_rtt->setObjectName(QStringLiteral("rtt"));
    m_rtt->setAccessibleName(tr("Round-trip time"));
    m_rtt->setRange(0, 120000);
    m_rtt->setSuffix(tr(" ms"));
    m_rtt->setAlignment(Qt::AlignRight);
    m_rtt->setToolTip(tr("Round-trip time: when answers arrive, and where the retransmission "
                         "timeout starts."));
    addLabelled(tr("&RTT:"), m_rtt);

    m_hz = new QSpinBox(content);
    m_hz->setObjectName(QStringLiteral("hz"));
    m_hz->setAccessibleName(tr("Kernel tick rate (HZ)"));
    m_hz->setRange(10, 10000);
    m_hz->setAlignment(Qt::AlignRight);
    addLabelled(tr("&HZ:"), m_hz);

    auto *exports = new QWidget(content);
    exports->setObjectName(QStringLiteral("exportActions"));
    auto *exportRow = new QHBoxLayout(exports);
    exportRow->setContentsMargins(0, 0, 0, 0);
    exportRow->setSpacing(6);
    m_scale = new QComboBox(exports);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setAccessibleName(tr("Export scale"));
    m_scale->addItem(tr("1×"), 1);
    m_scale->addItem(tr("2×"), 2);
    m_scale->addItem(tr("3×"), 3);
    m_scale->setCurrentIndex(1);
    m_scale->setToolTip(tr("Scale of the exported PNG and the copied image"));
    m_caption = new QCheckBox(tr("C&aption"), exports);
    m_caption->setObjectName(QStringLiteral("exportCaption"));
    m_caption->setAccessibleName(tr("Title and caption in exports"));
    m_caption->setToolTip(tr("Add a title line and a caption with the values, the scenario "
                             "and when the peer is noticed to exported and copied images"));
    m_caption->setChecked(true);
    auto *png = new QPushButton(tr("PNG…"), exports);
    png->setObjectName(QStringLiteral("exportPng"));
    png->setAccessibleName(tr("Export PNG"));
    png->setToolTip(tr("Save the timeline as a PNG image"));
    auto *svg = new QPushButton(tr("SVG…"), exports);
    svg->setObjectName(QStringLiteral("exportSvg"));
    svg->setAccessibleName(tr("Export SVG"));
    svg->setToolTip(tr("Save the timeline as an SVG drawing"));
    auto *copy = new QPushButton(tr("Copy"), exports);
    copy->setObjectName(QStringLiteral("copyImage"));
    copy->setAccessibleName(tr("Copy image"));
    copy->setToolTip(tr("Copy the timeline to the clipboard as an image"));
    // A visible label too: on Linux Qt names a combo box to assistive
    // technology by its current text ("2×") and its purpose by the label.
    auto *scaleLabel = new QLabel(tr("&Scale:"), exports);
    scaleLabel->setBuddy(m_scale);
    exportRow->addWidget(scaleLabel);
    exportRow->addWidget(m_scale);
    exportRow->addWidget(m_caption);
    exportRow->addWidget(png);
    exportRow->addWidget(svg);
    exportRow->addWidget(copy);
    m_chunks << exports;
    reflowControls();

    // Shown instead of the measured markers while the model differs from
    // what they were measured with.
    m_measuredHidden = new QWidget(content);
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

    m_timeline = new TimelineWidget(content);
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_timeline, 3);

    // The same events as numbers, for reading off and copying.
    // The measured and deviation columns show only with an overlay.
    m_table = new QTableWidget(0, 7, content);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Timeline events"));
    m_table->setHorizontalHeaderLabels({tr("Event"), tr("Time"), tr("Earliest"), tr("Latest"),
                                        tr("May be late by"), tr("Measured"), tr("Deviation")});
    m_table->setColumnHidden(5, true);
    m_table->setColumnHidden(6, true);
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

    m_notes = new QLabel(content);
    m_notes->setObjectName(QStringLiteral("timelineNotes"));
    m_notes->setWordWrap(true);
    m_notes->setFont(theme::captionFont(font()));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    m_status = new QLabel(content);
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
        // The Advisor's goal: the middlebox and the deadline, drawn over
        // whatever values are explored.
        m_timeline->setGoal(m_explored->goal());
        connect(m_explored, &ExploredParams::goalChanged, m_timeline, &TimelineWidget::setGoal);
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

    // The measured and deviation columns, from the same comparison the
    // drawing makes; only while the overlay is shown.
    const QList<MeasuredEvent> &shown = m_timeline->measuredEvents();
    m_table->setColumnHidden(5, shown.isEmpty());
    m_table->setColumnHidden(6, shown.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->setItem(row, 5, nullptr);
        m_table->setItem(row, 6, nullptr);
    }
    const QList<Deviation> deviations = compareWithSchedule(m_timeline->schedule(), shown);
    for (qsizetype i = 0; i < deviations.size(); ++i) {
        const Deviation &d = deviations.at(i);
        if (d.eventIndex < 0 || d.eventIndex >= m_table->rowCount())
            continue;
        const auto cell = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        const QString sign = d.deviationS >= 0 ? QStringLiteral("+") : QStringLiteral("−");
        m_table->setItem(int(d.eventIndex), 5, cell(formatSecondsPrecise(shown.at(i).t)));
        auto *deviation = cell(sign + formatSecondsPrecise(std::abs(d.deviationS)));
        deviation->setToolTip(d.insideWindow ? tr("inside the window") : tr("outside the window"));
        if (!d.insideWindow)
            deviation->setForeground(theme::abort(palette()));
        m_table->setItem(int(d.eventIndex), 6, deviation);
    }
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
        setHeadline(asSentence(describeDetection(in)));
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

bool TimelinePage::exportCaption() const
{
    return m_caption->isChecked();
}

void TimelinePage::setExportCaption(bool on)
{
    m_caption->setChecked(on);
}

QString TimelinePage::exportTitle() const
{
    return tr("TCP keep-alive probe schedule");
}

QString TimelinePage::exportCaptionText() const
{
    // The values, the scenario and the detection sentence: each worded by
    // core, only placed here.
    const QString origin = m_explored ? m_explored->origin() : tr("the kernel defaults");
    return tr("%1 (%2); %3.\n%4.")
        .arg(describeValues(m_input.params), origin, scenarioDescription(m_input.scenario),
             describeDetection(m_input));
}

double TimelinePage::captionHeight(double width) const
{
    if (!exportCaption())
        return 0;
    const QFontMetricsF title(theme::strongFont(font()));
    const QFontMetricsF caption(theme::captionFont(font()));
    const QRectF text =
        caption.boundingRect(QRectF(0, 0, width - 28, 1e6), Qt::TextWordWrap, exportCaptionText());
    return title.height() + 12 + text.height() + 14;
}

QSize TimelinePage::exportSize() const
{
    const QSize size = m_timeline->size();
    return {size.width(), size.height() + int(std::ceil(captionHeight(size.width())))};
}

void TimelinePage::renderExport(QPainter &painter) const
{
    const QSize timeline = m_timeline->size();
    if (!exportCaption()) {
        m_timeline->render(painter, QRectF(QPointF(0, 0), QSizeF(timeline)));
        return;
    }
    const QSize size = exportSize();
    const QPalette &pal = m_timeline->palette();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(theme::cardBorder(pal), 1));
    painter.setBrush(theme::cardBackground(pal));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 8, 8);
    const QFont titleFont = theme::strongFont(font());
    const QFontMetricsF title(titleFont);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRectF(14, 8, size.width() - 28, title.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, exportTitle());
    const double top = title.height() + 12;
    m_timeline->render(painter, QRectF(QPointF(0, top), QSizeF(timeline)));
    painter.setFont(theme::captionFont(font()));
    painter.setPen(theme::subtleText(pal));
    painter.drawText(QRectF(14, top + timeline.height() + 4, size.width() - 28,
                            size.height() - top - timeline.height() - 4),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, exportCaptionText());
    painter.restore();
}

void TimelinePage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("scenario"),
                      scenarioName(Scenario(m_scenario->currentData().toInt())));
    settings.setValue(QStringLiteral("exportScale"), m_scale->currentData().toInt());
    settings.setValue(QStringLiteral("exportCaption"), m_caption->isChecked());
}

void TimelinePage::restoreSettings(const QSettings &settings)
{
    if (const auto scenario =
            scenarioFromName(settings.value(QStringLiteral("scenario")).toString())) {
        m_scenario->setCurrentIndex(m_scenario->findData(int(*scenario)));
    }
    const int scale = m_scale->findData(settings.value(QStringLiteral("exportScale"), 2).toInt());
    if (scale >= 0)
        m_scale->setCurrentIndex(scale);
    m_caption->setChecked(settings.value(QStringLiteral("exportCaption"), true).toBool());
}

void TimelinePage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    reflowControls();
}

void TimelinePage::reflowControls()
{
    // Greedy rows: as many groups as fit the width beside each other.
    const QMargins margins =
        m_flow->parentWidget() ? m_flow->parentWidget()->layout()->contentsMargins() : QMargins();
    // The page's width, less the margins and room for a vertical scroll bar
    // (the scroll area's viewport is resized only after this page is).
    const int available = width() - margins.left() - margins.right() -
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    QList<int> sizes;
    int used = 0;
    for (QWidget *chunk : std::as_const(m_chunks)) {
        const int w = chunk->sizeHint().width();
        if (sizes.isEmpty() || used + w > available) {
            sizes << 0;
            used = 0;
        }
        ++sizes.last();
        used += w + m_flow->spacing();
    }
    if (sizes == m_rowSizes)
        return;
    m_rowSizes = sizes;
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0))
                delete inner;
        }
        delete item;
    }
    qsizetype next = 0;
    for (const int count : std::as_const(sizes)) {
        auto *row = new QHBoxLayout;
        row->setSpacing(0);
        for (int i = 0; i < count; ++i, ++next) {
            // The export actions keep to the right.
            if (m_chunks.at(next)->objectName() == QLatin1String("exportActions"))
                row->addStretch(1);
            row->addWidget(m_chunks.at(next));
        }
        row->addStretch(0);
        m_flow->addLayout(row);
    }
}

QImage TimelinePage::timelineImage(int scale) const
{
    const QSize size = exportSize();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderExport(painter);
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
    generator.setSize(exportSize());
    generator.setViewBox(QRect(QPoint(0, 0), exportSize()));
    generator.setTitle(exportTitle());
    generator.setDescription(headline());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    renderExport(painter);
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
