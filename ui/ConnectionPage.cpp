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
#include <QShowEvent>
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 16, 22, 16);
    layout->setSpacing(12);
    m_form = new ConnectionForm(m_connections, this);
    layout->addWidget(m_form);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(buildConnectionList(), 3);
    m_details = new ConnectionDetails(this);
    middle->addWidget(m_details, 2);
    // The middle row takes what the details need; the log gets the rest,
    // as it is what grows.
    layout->addLayout(middle, 0);
    m_eventLog = new ConnectionEventLog(this);
    layout->addWidget(m_eventLog, 1);

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
    onSelectedChanged(nullptr);
}

ConnectionPage::~ConnectionPage() = default;

QWidget *ConnectionPage::buildConnectionList()
{
    QFrame *card = makeCard(this, QStringLiteral("connectionListCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    header->addWidget(makeCaption(tr("Connections"), card));
    header->addStretch(1);
    m_disconnectButton = new QPushButton(tr("Disconnect"), card);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    connect(m_disconnectButton, &QPushButton::clicked, this, &ConnectionPage::onDisconnectClicked);
    m_removeButton = new QPushButton(tr("Remove"), card);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(tr("Close the selected connection and take it off the list."));
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionPage::onRemoveClicked);
    header->addWidget(m_disconnectButton);
    header->addWidget(m_removeButton);
    layout->addLayout(header);

    m_table = new QTableView(card);
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setModel(m_model);
    configureTable(m_table);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ConnectionTableModel::TargetColumn, QHeaderView::Stretch);
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
