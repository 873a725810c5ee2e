#include "ui/ConnectionsPage.h"

#include "inspect/ConnectionView.h"
#include "inspect/ConnectionsRefresher.h"
#include "inspect/InspectHelperClient.h"
#include "params/Format.h"
#include "session/ExploredParams.h"
#include "sysctl/KernelHz.h"
#include "ui/ConnectionsChart.h"
#include "ui/ConnectionsModel.h"
#include "ui/WrapLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

constexpr int kRefreshMs = 1000;
// How long one slice of applying a refresh may keep the event loop.
constexpr qint64 kSliceNs = 4'000'000;

} // namespace

ConnectionsPage::ConnectionsPage(ExploredParams *explored, QWidget *parent)
    : Page(QStringLiteral("connections"), tr("Connections"), parent)
    , m_explored(explored)
    , m_model(new ConnectionsModel(this))
    , m_proxy(new ConnectionsFilterModel(this))
{
    if (const auto kernel = readKernelHz())
        m_hz = kernel->hz;
    else
        m_hz = kDefaultHz;
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 14, 22, 12); // as the other pages: aligned with the header

    // Filters: two rows that fit the smallest window.
    auto *firstRow = new QHBoxLayout;
    auto *secondRow = new QHBoxLayout;
    const auto addLabelled = [this](QHBoxLayout *row, const QString &text, QWidget *field,
                                    int stretch = 0) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    };
    m_process = new QLineEdit(this);
    m_process->setObjectName(QStringLiteral("processFilter"));
    m_process->setPlaceholderText(tr("any"));
    m_process->setAccessibleName(tr("Process"));
    m_process->setToolTip(tr("Only connections of processes whose command contains this"));
    m_process->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("postgres")) + 16);
    addLabelled(firstRow, tr("&Process:"), m_process, 1);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portFilter"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("Only connections with this port at either end"));
    addLabelled(firstRow, tr("P&ort:"), m_port);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("any state"));
    for (int s = 1; s <= 11; ++s) {
        if (s == 10 || s == 7)
            continue; // LISTEN and CLOSE are not listed
        m_state->addItem(inspect::stateName(std::uint8_t(s)), s);
    }
    m_state->setAccessibleName(tr("State"));
    m_state->setToolTip(tr("Only connections in this TCP state"));
    addLabelled(firstRow, tr("&State:"), m_state);

    m_keepalive = new QComboBox(this);
    m_keepalive->setObjectName(QStringLiteral("keepaliveFilter"));
    m_keepalive->addItem(tr("on or off"));
    m_keepalive->addItem(tr("on"), true);
    m_keepalive->addItem(tr("off"), false);
    m_keepalive->setAccessibleName(tr("Keep-alive"));
    m_keepalive->setToolTip(tr("Only connections with keep-alive on, or off"));
    addLabelled(firstRow, tr("&Keep-alive:"), m_keepalive);

    m_middlebox = new QSpinBox(this);
    m_middlebox->setObjectName(QStringLiteral("middleboxTimeout"));
    m_middlebox->setRange(0, 30 * 86400);
    m_middlebox->setSuffix(tr(" s"));
    m_middlebox->setSpecialValueText(tr("none"));
    m_middlebox->setAccessibleName(tr("Middlebox idle timeout"));
    m_middlebox->setToolTip(tr("A middlebox (NAT, load balancer, firewall) that forgets a flow "
                               "after this many idle seconds; the Advisor sets it too"));
    addLabelled(secondRow, tr("&Middlebox:"), m_middlebox);

    m_cutOnly = new QCheckBox(tr("Only those it &cuts"), this);
    m_cutOnly->setObjectName(QStringLiteral("cutOnly"));
    m_cutOnly->setAccessibleName(tr("Only connections the middlebox cuts"));
    m_cutOnly->setToolTip(tr("Show only the connections a middlebox with this timeout would "
                             "forget"));
    secondRow->addWidget(m_cutOnly);
    secondRow->addStretch(1);

    m_pause = new QPushButton(tr("P&ause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setAccessibleName(tr("Pause the live refresh"));
    m_pause->setToolTip(tr("Stop or resume refreshing the list every second"));
    m_administrator = new QPushButton(tr("A&dministrator mode"), this);
    m_administrator->setObjectName(QStringLiteral("administratorButton"));
    m_administrator->setAccessibleName(tr("Administrator mode"));
    m_administrator->setToolTip(tr("Read every process's options through the read-only helper "
                                   "(asks for an administrator's password; changes nothing)"));
    secondRow->addWidget(m_pause);
    secondRow->addWidget(m_administrator);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);

    // Summary and chart.
    auto *summaryRow = new QHBoxLayout;
    auto *summaryText = new QVBoxLayout;
    m_summary = new WrapLabel(this);
    m_summary->setObjectName(QStringLiteral("connectionsSummary"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectionsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    summaryText->addWidget(m_summary);
    summaryText->addWidget(m_status);
    summaryRow->addLayout(summaryText, 3);
    m_chart = new ConnectionsChart(this);
    summaryRow->addWidget(m_chart, 2, Qt::AlignTop);
    layout->addLayout(summaryRow);

    // The table.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("connectionsTable"));
    m_view->setAccessibleName(tr("Connections"));
    m_view->setAccessibleDescription(tr("Every TCP connection of this network namespace with its "
                                        "keep-alive options and timer"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionsModel::ProcessColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // Every row the same height: the view never measures 20 000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {14, 7, 20, 20, 13, 10, 9, 9, 6, 11, 11, 9, 7, 11, 9, 10};
    for (int c = 0; c < ConnectionsModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c] * digit + 12);
    layout->addWidget(m_view, 1);

    // The selection.
    auto *selectionRow = new QHBoxLayout;
    m_selection = new QLabel(tr("Select a connection to see its schedule on the Timeline."), this);
    m_selection->setObjectName(QStringLiteral("selectionLabel"));
    m_selection->setWordWrap(true);
    m_test = new QPushButton(tr("&Test these values"), this);
    m_test->setObjectName(QStringLiteral("testValuesButton"));
    m_test->setAccessibleName(tr("Test these values"));
    m_test->setToolTip(tr("Open a test connection with the selected connection's options"));
    m_test->setEnabled(false);
    selectionRow->addWidget(m_selection, 1);
    selectionRow->addWidget(m_test);
    layout->addLayout(selectionRow);

    for (QWidget *control :
         {static_cast<QWidget *>(m_process), static_cast<QWidget *>(m_port),
          static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_keepalive),
          static_cast<QWidget *>(m_middlebox), static_cast<QWidget *>(m_cutOnly),
          static_cast<QWidget *>(m_pause), static_cast<QWidget *>(m_administrator),
          static_cast<QWidget *>(m_test)})
        control->setAccessibleDescription(control->toolTip());

    // The refresher's thread.
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("connections refresh"));
    m_refresher = new inspect::ConnectionsRefresher;
    m_refresher->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_refresher, &QObject::deleteLater);
    connect(m_refresher, &inspect::ConnectionsRefresher::refreshed, this,
            &ConnectionsPage::onSnapshot, Qt::QueuedConnection);
    connect(m_refresher, &inspect::ConnectionsRefresher::readingsTaken, this,
            [this](bool ok, const QString &error, int count) {
                m_status->setText(
                    ok ? tr("Administrator mode: the options of %1 sockets were read by the "
                            "read-only helper.")
                             .arg(count)
                       : tr("The read-only helper's output could not be read: %1").arg(error));
                m_status->show();
                refreshNow();
            });
    m_thread->start();

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionsPage::refreshNow);

    connect(m_process, &QLineEdit::textChanged, this, &ConnectionsPage::onFiltersChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionsPage::onFiltersChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ConnectionsPage::onFiltersChanged);
    connect(m_keepalive, &QComboBox::currentIndexChanged, this, &ConnectionsPage::onFiltersChanged);
    connect(m_cutOnly, &QCheckBox::toggled, this, &ConnectionsPage::onFiltersChanged);
    connect(m_middlebox, &QSpinBox::valueChanged, this, &ConnectionsPage::onMiddleboxChanged);
    connect(m_pause, &QPushButton::toggled, this, &ConnectionsPage::setPaused);
    connect(m_administrator, &QPushButton::clicked, this, &ConnectionsPage::onAdministratorClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPage::onSelectionChanged);
    // Sorting by a column that ticks every second (the timer, the last
    // receive, the RTT, the probes) orders the rows when it is chosen and then
    // keeps that order while the values tick: rows do not jump under the
    // pointer, and the proxy does not re-sort 40 000 rows every second. Other
    // columns stay sorted live.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                const bool ticking = column == ConnectionsModel::ExpiresColumn ||
                                     column == ConnectionsModel::LastReceiveColumn ||
                                     column == ConnectionsModel::RttColumn ||
                                     column == ConnectionsModel::ProbesColumn;
                m_proxy->setDynamicSortFilter(!ticking);
            });
    connect(m_test, &QPushButton::clicked, this, [this] {
        const int row = selectedSourceRow();
        if (row < 0)
            return;
        if (const auto params = inspect::effectiveParams(m_model->rowAt(row).record))
            emit testValuesRequested(*params);
    });

    // The Advisor's middlebox, when there is one.
    const auto takeGoal = [this](const TuningGoal &goal) {
        if (goal.middlebox && goal.middlebox->timeoutS > 0)
            m_middlebox->setValue(int(goal.middlebox->timeoutS));
    };
    takeGoal(m_explored->goal());
    connect(m_explored, &ExploredParams::goalChanged, this, takeGoal);
    onMiddleboxChanged();
    updateSummary();
}

ConnectionsPage::~ConnectionsPage()
{
    m_thread->quit();
    m_thread->wait();
}

bool ConnectionsPage::isReadyForScreenshot() const
{
    return m_refreshes > 0;
}

void ConnectionsPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("middleboxTimeout"), m_middlebox->value());
    settings.setValue(QStringLiteral("sortColumn"),
                      m_view->horizontalHeader()->sortIndicatorSection());
    settings.setValue(QStringLiteral("sortOrder"),
                      int(m_view->horizontalHeader()->sortIndicatorOrder()));
}

void ConnectionsPage::restoreSettings(const QSettings &settings)
{
    if (!m_explored->goal().middlebox)
        m_middlebox->setValue(settings.value(QStringLiteral("middleboxTimeout"), 0).toInt());
    const int column = settings.value(QStringLiteral("sortColumn"), 0).toInt();
    if (column >= 0 && column < ConnectionsModel::ColumnCount)
        m_view->sortByColumn(column,
                             Qt::SortOrder(settings.value(QStringLiteral("sortOrder"), 0).toInt()));
}

void ConnectionsPage::setHelperClient(inspect::InspectHelperClient *client)
{
    if (m_helper)
        m_helper->disconnect(this);
    m_helper = client;
    connect(m_helper, &inspect::InspectHelperClient::finished, this,
            [this](bool ok, const QByteArray &output, const QString &message) {
                m_administrator->setEnabled(true);
                if (!ok) {
                    m_status->setText(message);
                    m_status->show();
                    return;
                }
                QMetaObject::invokeMethod(m_refresher, [refresher = m_refresher, output] {
                    refresher->takeHelperOutput(output);
                });
            });
}

void ConnectionsPage::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Res&ume") : tr("P&ause"));
    m_pause->setAccessibleName(paused ? tr("Resume the live refresh")
                                      : tr("Pause the live refresh"));
    if (paused)
        m_timer.stop();
    else if (isVisible()) {
        m_timer.start();
        refreshNow();
    }
    updateSummary();
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_paused) {
        m_timer.start();
        refreshNow();
    }
}

void ConnectionsPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_timer.stop();
}

void ConnectionsPage::refreshNow()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    QMetaObject::invokeMethod(m_refresher, &inspect::ConnectionsRefresher::refresh,
                              Qt::QueuedConnection);
}

void ConnectionsPage::onSnapshot(
    const std::shared_ptr<const inspect::ConnectionsSnapshot> &snapshot)
{
    m_error = snapshot->error;
    m_model->beginApply(snapshot);
    applySlice();
}

void ConnectionsPage::applySlice()
{
    // A few milliseconds of rows per turn of the event loop; the rest in the
    // next turn, so input and painting never wait for 40 000 rows.
    if (!m_model->applyStep(kSliceNs)) {
        QTimer::singleShot(0, this, &ConnectionsPage::applySlice);
        return;
    }
    m_inFlight = false;
    ++m_refreshes;
    updateSummary();
    onSelectionChanged();
    emit refreshed();
}

void ConnectionsPage::onFiltersChanged()
{
    inspect::ConnectionFilter filter;
    filter.process = m_process->text().trimmed();
    if (m_port->value() > 0)
        filter.port = m_port->value();
    if (m_state->currentIndex() > 0)
        filter.state = std::uint8_t(m_state->currentData().toInt());
    if (m_keepalive->currentIndex() > 0)
        filter.keepalive = m_keepalive->currentData().toBool();
    filter.cutOnly = m_cutOnly->isChecked() && m_middlebox->value() > 0;
    m_proxy->setFilter(filter);
    updateSummary();
}

void ConnectionsPage::onMiddleboxChanged()
{
    const double timeoutS = m_middlebox->value();
    m_cutOnly->setEnabled(timeoutS > 0);
    QMetaObject::invokeMethod(m_refresher, [refresher = m_refresher, timeoutS, hz = m_hz] {
        refresher->setMiddlebox(timeoutS, hz);
    });
    onFiltersChanged();
    if (isVisible())
        refreshNow();
}

int ConnectionsPage::selectedSourceRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void ConnectionsPage::onSelectionChanged()
{
    const int row = selectedSourceRow();
    if (row < 0) {
        m_test->setEnabled(false);
        return;
    }
    const ConnectionsModel::Row &r = m_model->rowAt(row);
    const QString name = tr("%1 → %2").arg(inspect::endpointText(r.record.local),
                                           inspect::endpointText(r.record.remote));
    const QString owner = r.record.pid >= 0 ? tr("%1 (pid %2)").arg(r.command).arg(r.record.pid)
                                            : tr("an unknown process");
    const auto params = inspect::effectiveParams(r.record);
    m_test->setEnabled(params.has_value());
    if (!params) {
        const auto on = inspect::keepaliveState(r.record);
        m_selection->setText(
            on == false ? tr("%1 of %2: keep-alive is off, so no probes are sent.").arg(name, owner)
                        : tr("%1 of %2: options %3.").arg(name, owner, inspect::unreadableText()));
        return;
    }
    const QString origin = tr("the connection %1 of %2").arg(name, owner);
    m_selection->setText(tr("%1 of %2: the Timeline shows its schedule.").arg(name, owner));
    if (m_explored->origin() != origin || m_explored->params() != *params)
        m_explored->setParams(*params, origin);
}

void ConnectionsPage::onAdministratorClicked()
{
    if (!m_helper)
        setHelperClient(new inspect::InspectHelperClient(this));
    if (m_helper->isRunning())
        return;
    m_administrator->setEnabled(false);
    m_status->setText(tr("Asking for administrator rights to read every process's options…"));
    m_status->show();
    m_helper->start();
}

void ConnectionsPage::updateSummary()
{
    inspect::ConnectionSummary summary;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ConnectionsModel::Row &r = m_model->rowAt(row);
        summary.add(r.record, r.survives < 0 ? std::nullopt : std::optional<bool>(r.survives == 1));
    }
    const double timeoutS = m_model->timeoutS();
    const std::optional<double> t = timeoutS > 0 ? std::optional<double>(timeoutS) : std::nullopt;
    QString text = summary.sentence(t);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += QLatin1Char(' ') + tr("%1 shown by the filters.").arg(m_proxy->rowCount());
    if (m_paused)
        text += QLatin1Char(' ') + tr("Paused.");
    if (!m_error.isEmpty())
        text += QLatin1Char(' ') + tr("The last refresh failed: %1").arg(m_error);
    m_summary->setText(text);
    m_chart->setSummary(summary, timeoutS);
    setHeadline(summary.headline(t));
}

} // namespace kt::ui
