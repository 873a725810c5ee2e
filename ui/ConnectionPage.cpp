#include "ui/ConnectionPage.h"

#include "params/Format.h"
#include "schedule/Detection.h"
#include "session/ConnectionSet.h"
#include "socket/TestConnection.h"
#include "ui/CardFrame.h"
#include "ui/ConnectionDetails.h"
#include "ui/ConnectionEventLog.h"
#include "ui/ConnectionForm.h"
#include "ui/ConnectionPageStyle.h"
#include "ui/ConnectionTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShowEvent>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace kt::ui {

using connectionpage::configureTable;
using connectionpage::makeCaption;

namespace {

// The application's card (CardFrame), so every page groups things alike.
QFrame *makeCard(QWidget *parent, const QString &objectName)
{
    auto *card = new CardFrame(parent);
    card->setObjectName(objectName);
    return card;
}

} // namespace

ConnectionPage::ConnectionPage(ExploredParams *explored, QWidget *parent)
    : Page(QStringLiteral("connection"), tr("Test connection"), parent)
    , m_connections(new ConnectionSet(explored, this))
{
    m_model = new ConnectionTableModel(m_connections, this);

    // A small window or a large scale factor scrolls the page rather than
    // cutting off the options or the details; a large one lets the list and
    // the log grow.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("connectionScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(22, 16, 22, 16);
    layout->setSpacing(12);
    m_form = new ConnectionForm(m_connections, content);
    layout->addWidget(m_form);
    auto *middle = new QHBoxLayout;
    m_middle = middle;
    middle->setSpacing(12);
    middle->addWidget(buildConnectionList(content), 3);
    m_details = new ConnectionDetails(content);
    middle->addWidget(m_details, 2);
    // The list and the log share what is left, so both grow with the window.
    layout->addLayout(middle, 1);
    m_eventLog = new ConnectionEventLog(content);
    layout->addWidget(m_eventLog, 1);
    scroll->setWidget(content);

    connect(m_connections, &ConnectionSet::selectedChanged, this,
            &ConnectionPage::onSelectedChanged);
    connect(m_connections, &ConnectionSet::connectionChanged, this, [this](TestConnection *c) {
        if (c == m_connections->selected()) {
            refreshDetails();
            refreshHeadline();
        }
        refreshButtons();
    });
    connect(m_connections, &ConnectionSet::selectedEventAdded, m_eventLog,
            &ConnectionEventLog::append);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionPage::onCurrentRowChanged);

    // The countdown runs between the kernel's answers; a tenth of a second
    // keeps the milliseconds honest without busy redrawing.
    m_displayTimer.setInterval(100);
    connect(&m_displayTimer, &QTimer::timeout, this, [this] {
        m_details->refreshCountdown(m_connections->selected());
        m_model->refreshCountdowns();
    });

    m_form->validate();
    m_formWideWidth = m_form->minimumSizeHint().width();
    onSelectedChanged(nullptr);
}

ConnectionPage::~ConnectionPage() = default;

void ConnectionPage::openWithValues(const KeepaliveParams &params)
{
    RequestedOptions options;
    options.idleS = params.idleS;
    options.intervalS = params.intervalS;
    options.count = params.count;
    if (params.userTimeoutMs > 0)
        options.userTimeoutMs = params.userTimeoutMs;
    m_form->openWith(options);
}

QWidget *ConnectionPage::buildConnectionList(QWidget *parent)
{
    QFrame *card = makeCard(parent, QStringLiteral("connectionListCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    header->addWidget(makeCaption(tr("Connections"), card));
    header->addStretch(1);
    m_disconnectButton = new QPushButton(tr("Disconnect"), card);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnectButton->setToolTip(tr("Close the selected connection and keep it on the list."));
    m_disconnectButton->setAccessibleDescription(m_disconnectButton->toolTip());
    connect(m_disconnectButton, &QPushButton::clicked, this, &ConnectionPage::onDisconnectClicked);
    m_removeButton = new QPushButton(tr("Remove"), card);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(tr("Close the selected connection and take it off the list."));
    m_removeButton->setAccessibleDescription(m_removeButton->toolTip());
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionPage::onRemoveClicked);
    header->addWidget(m_disconnectButton);
    header->addWidget(m_removeButton);
    layout->addLayout(header);

    m_table = new QTableView(card);
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setModel(m_model);
    configureTable(m_table);
    m_table->setAccessibleName(tr("Test connections"));
    m_table->setAccessibleDescription(
        tr("The open test connections with their state, effective options and next probe; the "
           "selected one is shown in the details and the event log."));
    // Every column as wide as its content ("embedded peer 127.0.0.1:…" in
    // full); the last one takes what is left, and a narrow window scrolls.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContentsOnFirstShow);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3 +
                              columns->sizeHint().height());
    layout->addWidget(m_table, 1);
    return card;
}

void ConnectionPage::onDisconnectClicked()
{
    if (TestConnection *c = m_connections->selected())
        c->disconnectFromPeer();
}

void ConnectionPage::onRemoveClicked()
{
    TestConnection *c = m_connections->selected();
    if (!c)
        return;
    if (c == m_firstConnection)
        m_firstConnection = nullptr;
    m_connections->remove(c);
}

void ConnectionPage::onSelectedChanged(TestConnection *connection)
{
    const QModelIndex index = m_model->indexOf(connection);
    if (index.isValid() && m_table->currentIndex().row() != index.row())
        m_table->setCurrentIndex(index);
    m_eventLog->rebuild(m_connections->selected());
    refreshDetails();
    refreshHeadline();
    refreshButtons();
}

void ConnectionPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    // Colours derive from the palette; follow a theme change made while the
    // page is alive.
    if (event->type() == QEvent::PaletteChange && m_eventLog) {
        m_form->validate();
        m_details->refreshColors(m_connections->selected());
        m_eventLog->rebuild(m_connections->selected());
    }
}

void ConnectionPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    m_form->setNarrow(width() <
                      m_formWideWidth + 2 * 22 + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    // The list beside the details where both fit, the details below the list
    // in a narrow window, so neither is squeezed into elided text.
    int needed = 2 * 22 + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + m_middle->spacing();
    for (int i = 0; i < m_middle->count(); ++i)
        if (QWidget *w = m_middle->itemAt(i)->widget())
            needed += qMax(w->minimumSizeHint().width(), w->sizeHint().width() * 3 / 4);
    const auto direction = width() < needed ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_middle->direction() != direction)
        m_middle->setDirection(direction);
}

void ConnectionPage::onCurrentRowChanged()
{
    TestConnection *c = m_model->connectionAt(m_table->currentIndex());
    if (c && c != m_connections->selected())
        m_connections->setSelected(c);
}

void ConnectionPage::refreshButtons()
{
    const TestConnection *c = m_connections->selected();
    m_disconnectButton->setEnabled(c && c->isActive());
    m_removeButton->setEnabled(c != nullptr);
}

void ConnectionPage::refreshDetails()
{
    const TestConnection *c = m_connections->selected();
    m_eventLog->showTitleFor(c);
    m_details->showConnection(c);
    m_form->showInheritedValues(c);
}

void ConnectionPage::refreshHeadline()
{
    const TestConnection *c = m_connections->selected();
    if (!c) {
        setHeadline(tr("Open a test connection to see what the kernel does with keep-alive "
                       "options."));
        return;
    }
    const QString where = c->peerAddress().isEmpty() ? c->label() : c->peerAddress();
    if (c->failure() == ConnectionFailure::TimedOut && c->effective()) {
        // Measured against modelled: the point of the page.
        const QList<MeasuredEvent> measured = c->measuredEvents();
        const ScheduleInput model = scheduleInputFor(*c->effective());
        const std::optional<QString> predicted =
            validateScheduleInput(model) ? std::nullopt : detectionTimeText(computeSchedule(model));
        if (!measured.isEmpty() && measured.last().kind == EventKind::Abort && predicted) {
            setHeadline(tr("The kernel gave up on %1 (ETIMEDOUT) %2 after the last segment "
                           "received; the model predicts %3.")
                            .arg(where, formatSecondsPrecise(measured.last().sinceLastReceiveS),
                                 *predicted));
            return;
        }
    }
    if (c->state() == TestConnection::State::Closed && !c->errorText().isEmpty()) {
        setHeadline(tr("The test connection to %1 ended: %2").arg(where, c->errorText()));
        return;
    }
    if (c->state() == TestConnection::State::Failed) {
        setHeadline(tr("The test connection to %1 failed: %2").arg(c->label(), c->errorText()));
        return;
    }
    const auto e = c->effective();
    if (!e) {
        setHeadline(tr("Connecting to %1…").arg(where));
        return;
    }
    setHeadline(
        detectionHeadline(scheduleInputFor(*e), tr("the test connection to %1").arg(where)));
}

void ConnectionPage::saveSettings(QSettings &settings) const
{
    m_form->saveSettings(settings);
}

void ConnectionPage::restoreSettings(const QSettings &settings)
{
    m_form->restoreSettings(settings);
}

bool ConnectionPage::isReadyForScreenshot() const
{
    const TestConnection *first = m_firstConnection;
    if (!first)
        return m_started;
    return first->state() != TestConnection::State::Resolving &&
           first->state() != TestConnection::State::Connecting &&
           first->state() != TestConnection::State::Idle && first->hasObservation();
}

void ConnectionPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_displayTimer.stop(); // the connections keep polling; only the display rests
}

void ConnectionPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_displayTimer.start();
    if (m_started)
        return;
    m_started = true;
    // A live connection to the embedded peer on first sight, with the form's
    // defaults (everything inherited), so the page shows this host's values
    // at work without any network.
    m_firstConnection = m_connections->open(std::nullopt, m_form->requested());
}

} // namespace kt::ui
