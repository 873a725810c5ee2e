#include "ConnectionPage.h"

#include "CardFrame.h"
#include "ConnectionTableModel.h"
#include "Theme.h"
#include "params/Format.h"
#include "params/KernelLimits.h"
#include "schedule/Detection.h"
#include "session/ConnectionSet.h"
#include "socket/TestConnection.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

// The application's card (CardFrame), so every page groups things alike.
QFrame *makeCard(QWidget *parent, const QString &objectName)
{
    auto *card = new CardFrame(parent);
    card->setObjectName(objectName);
    return card;
}

QLabel *makeCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

// Labels on a card (Base background) draw with the Text role, elsewhere with
// WindowText; set both so the colour holds wherever the label sits.
void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    label->setPalette(palette);
}

QString countdownText(qint64 ms)
{
    return ms < 60000 ? formatSecondsPrecise(double(ms) / 1000.0)
                      : formatDuration((ms + 999) / 1000);
}

QString requestedText(const std::optional<int> &value, const QString &unit)
{
    if (!value)
        return ConnectionPage::tr("inherit");
    return unit.isEmpty() ? QString::number(*value) : QStringLiteral("%1 %2").arg(*value).arg(unit);
}

// Columns of the event log.
enum LogColumn
{
    LogTimeColumn,
    LogElapsedColumn,
    LogGutterColumn,
    LogTextColumn,
    LogColumnCount
};

void configureTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->setFrameShape(QFrame::NoFrame);
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
    layout->addWidget(buildForm());
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(buildConnectionList(), 3);
    middle->addWidget(buildDetails(), 2);
    // The middle row takes what the details need; the log gets the rest,
    // as it is what grows.
    layout->addLayout(middle, 0);
    layout->addWidget(buildEventLog(), 1);

    connect(m_connections, &ConnectionSet::selectedChanged, this,
            &ConnectionPage::onSelectedChanged);
    connect(m_connections, &ConnectionSet::connectionChanged, this, [this](TestConnection *c) {
        if (c == m_connections->selected()) {
            refreshDetails();
            refreshHeadline();
        }
        refreshButtons();
    });
    connect(m_connections, &ConnectionSet::selectedEventAdded, this, &ConnectionPage::appendEvent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionPage::onCurrentRowChanged);

    // The countdown runs between the kernel's answers; a tenth of a second
    // keeps the milliseconds honest without busy redrawing.
    m_displayTimer.setInterval(100);
    connect(&m_displayTimer, &QTimer::timeout, this, [this] {
        refreshCountdown();
        m_model->refreshCountdowns();
    });

    validateForm();
    onSelectedChanged(nullptr);
}

ConnectionPage::~ConnectionPage() = default;

QWidget *ConnectionPage::buildForm()
{
    QFrame *card = makeCard(this, QStringLiteral("connectionForm"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(14, 12, 14, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);

    auto *targetLabel = new QLabel(tr("Target"), card);
    m_target = new QLineEdit(card);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setPlaceholderText(tr("host:port, [IPv6]:port — empty: the embedded peer on "
                                    "127.0.0.1"));
    m_target->setClearButtonEnabled(true);
    m_target->setAccessibleName(tr("Target"));
    targetLabel->setBuddy(m_target);
    m_connectButton = new QPushButton(tr("Connect"), card);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setAutoDefault(true);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionPage::openConnection);
    connect(m_target, &QLineEdit::returnPressed, this, &ConnectionPage::openConnection);
    connect(m_target, &QLineEdit::textChanged, this, &ConnectionPage::validateForm);

    auto *listenLabel = new QLabel(tr("or listen on port"), card);
    m_listenPort = new QSpinBox(card);
    m_listenPort->setObjectName(QStringLiteral("listenPortSpin"));
    m_listenPort->setRange(1, 65535);
    m_listenPort->setValue(4242);
    m_listenPort->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_listenPort->setToolTip(tr("Accept connections on this port (all addresses) and apply the "
                                "options below to each, so someone can connect in."));
    listenLabel->setBuddy(m_listenPort);
    m_listenButton = new QPushButton(tr("Listen"), card);
    m_listenButton->setObjectName(QStringLiteral("listenButton"));
    m_listenButton->setCheckable(true);
    connect(m_listenButton, &QPushButton::toggled, this, &ConnectionPage::onListenToggled);

    auto *targetRow = new QHBoxLayout;
    targetRow->setSpacing(10);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_connectButton);
    targetRow->addSpacing(14);
    targetRow->addWidget(listenLabel);
    targetRow->addWidget(m_listenPort);
    targetRow->addWidget(m_listenButton);
    grid->addWidget(targetLabel, 0, 0);
    grid->addLayout(targetRow, 0, 1);

    // Two rows of aligned editors keep the form inside the screenshot width.
    auto *optionsLabel = new QLabel(tr("Options"), card);
    auto *options = new QGridLayout;
    options->setHorizontalSpacing(6);
    options->setVerticalSpacing(6);
    m_keepalive = new QCheckBox(QStringLiteral("SO_KEEPALIVE"), card);
    m_keepalive->setObjectName(QStringLiteral("keepaliveCheck"));
    m_keepalive->setChecked(true);
    m_keepalive->setToolTip(tr("Turn keep-alive on for the connection. Without it no probes are "
                               "sent, whatever the values."));
    connect(m_keepalive, &QCheckBox::toggled, this, &ConnectionPage::validateForm);

    // The editors accept more than the kernel does, on purpose: an
    // out-of-range value is explained, not silently clamped.
    using namespace limits;
    const auto addEditor = [&](ValueEditor &editor, const QString &name, const QString &id,
                               int maximum, const QString &suffix, int initial,
                               const QString &toolTip, int row, int column) {
        editor = addValueEditor(card, name, id, maximum, suffix, initial, toolTip);
        auto *label = new QLabel(name, card);
        label->setBuddy(editor.spin);
        options->addWidget(label, row, column);
        options->addWidget(editor.spin, row, column + 1);
        options->addWidget(editor.inherit, row, column + 2);
    };
    addEditor(m_idle, tr("Idle"), QStringLiteral("idle"), 99999, tr(" s"), kDefaultIdleS,
              tr("TCP_KEEPIDLE: seconds without receiving anything before the first probe "
                 "(%1–%2 s).")
                  .arg(kSocketIdle.min)
                  .arg(kSocketIdle.max),
              0, 0);
    addEditor(m_interval, tr("Interval"), QStringLiteral("interval"), 99999, tr(" s"),
              kDefaultIntervalS,
              tr("TCP_KEEPINTVL: seconds between unanswered probes (%1–%2 s).")
                  .arg(kSocketInterval.min)
                  .arg(kSocketInterval.max),
              1, 0);
    addEditor(m_count, tr("Count"), QStringLiteral("count"), 999, QString(), kDefaultCount,
              tr("TCP_KEEPCNT: unanswered probes before the connection is given up (%1–%2).")
                  .arg(kSocketCount.min)
                  .arg(kSocketCount.max),
              0, 4);
    addEditor(m_userTimeout, tr("User timeout"), QStringLiteral("userTimeout"),
              int(kUserTimeout.max), tr(" ms"), 0,
              tr("TCP_USER_TIMEOUT: milliseconds without an answer before the connection is "
                 "given up; when set it replaces the count. 0 = not set."),
              1, 4);
    options->setColumnMinimumWidth(3, 18);
    options->setColumnMinimumWidth(7, 18);
    options->addWidget(m_keepalive, 0, 8);
    options->setColumnStretch(9, 1);
    // Level with the first row of editors.
    optionsLabel->setMinimumHeight(m_idle.spin->sizeHint().height());
    grid->addWidget(optionsLabel, 1, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addLayout(options, 1, 1);

    m_formMessage = new QLabel(card);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setFont(theme::captionFont(font()));
    grid->addWidget(m_formMessage, 2, 1);
    grid->setColumnStretch(1, 1);
    return card;
}

ConnectionPage::ValueEditor ConnectionPage::addValueEditor(QWidget *parent, const QString &name,
                                                           const QString &objectName, int maximum,
                                                           const QString &suffix, int initial,
                                                           const QString &toolTip)
{
    ValueEditor editor;
    editor.spin = new QSpinBox(parent);
    editor.spin->setObjectName(objectName + QStringLiteral("Spin"));
    editor.spin->setRange(0, maximum);
    editor.spin->setValue(initial);
    editor.spin->setSuffix(suffix);
    editor.spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for the kernel's largest values; the maximum (set wider on
    // purpose) would otherwise make the box as wide as ten digits.
    editor.spin->setFixedWidth(
        editor.spin->fontMetrics().horizontalAdvance(QStringLiteral("8888888") + suffix) + 36);
    editor.spin->setAccessibleName(name);
    editor.spin->setToolTip(toolTip);
    editor.spin->setEnabled(false);
    editor.inherit = new QCheckBox(tr("inherit"), parent);
    editor.inherit->setObjectName(objectName + QStringLiteral("Inherit"));
    editor.inherit->setChecked(true);
    editor.inherit->setToolTip(tr("Leave the option unset: the connection takes this host's "
                                  "value, shown as the effective value."));
    QSpinBox *spin = editor.spin;
    connect(editor.inherit, &QCheckBox::toggled, this, [this, spin](bool inherit) {
        spin->setEnabled(!inherit);
        validateForm();
    });
    connect(editor.spin, &QSpinBox::valueChanged, this, &ConnectionPage::validateForm);
    return editor;
}

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

QWidget *ConnectionPage::buildDetails()
{
    QFrame *card = makeCard(this, QStringLiteral("connectionDetails"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    m_selectedTitle = makeCaption(QString(), card);
    m_selectedTitle->setObjectName(QStringLiteral("selectedTitle"));
    m_selectedTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectedTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_selectedTitle);

    auto *countdownRow = new QHBoxLayout;
    countdownRow->setSpacing(10);
    m_countdown = new QLabel(card);
    m_countdown->setObjectName(QStringLiteral("nextProbeLabel"));
    m_countdown->setFont(theme::valueFont(font()));
    m_countdownCaption = new QLabel(card);
    m_countdownCaption->setObjectName(QStringLiteral("nextProbeCaption"));
    // Error texts can be long: wrap them inside the card rather than widen it.
    m_countdownCaption->setWordWrap(true);
    m_countdownCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextColor(m_countdownCaption, theme::subtleText(palette()));
    countdownRow->addWidget(m_countdown, 0, Qt::AlignVCenter);
    countdownRow->addWidget(m_countdownCaption, 1, Qt::AlignVCenter);
    layout->addLayout(countdownRow);

    m_probeCounter = new QLabel(card);
    m_probeCounter->setObjectName(QStringLiteral("probeCounterLabel"));
    m_probeCounter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_probeCounter);
    layout->addSpacing(6);

    m_options = new QTableWidget(5, 3, card);
    m_options->setObjectName(QStringLiteral("optionsTable"));
    m_options->setHorizontalHeaderLabels({tr("Option"), tr("Requested"), tr("Effective")});
    configureTable(m_options);
    m_options->setSelectionMode(QAbstractItemView::NoSelection);
    m_options->setFocusPolicy(Qt::NoFocus);
    m_options->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_options->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setMinimumSectionSize(90);
    m_options->verticalScrollBar()->setEnabled(false);
    m_options->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_options->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QStringList names{QStringLiteral("SO_KEEPALIVE"), QStringLiteral("TCP_KEEPIDLE"),
                            QStringLiteral("TCP_KEEPINTVL"), QStringLiteral("TCP_KEEPCNT"),
                            QStringLiteral("TCP_USER_TIMEOUT")};
    for (int row = 0; row < names.size(); ++row) {
        m_options->setItem(row, 0, new QTableWidgetItem(names.at(row)));
        for (int column = 1; column < 3; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_options->setItem(row, column, item);
        }
    }
    m_options->horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_options->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_options->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int rowHeight = m_options->verticalHeader()->defaultSectionSize();
    m_options->setFixedHeight(rowHeight * 5 + m_options->horizontalHeader()->sizeHint().height() +
                              2);
    layout->addWidget(m_options);
    layout->addStretch(1);
    return card;
}

QWidget *ConnectionPage::buildEventLog()
{
    QFrame *card = makeCard(this, QStringLiteral("eventLogCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    m_logTitle = makeCaption(tr("Events"), card);
    layout->addWidget(m_logTitle);
    m_log = new QTableWidget(0, LogColumnCount, card);
    m_log->setObjectName(QStringLiteral("eventLog"));
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Since start"), QString(), tr("Event")});
    configureTable(m_log);
    QHeaderView *header = m_log->horizontalHeader();
    header->setSectionResizeMode(LogTimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogElapsedColumn, QHeaderView::ResizeToContents);
    // An empty gutter keeps the right-aligned seconds (and their header)
    // apart from the left-aligned event text.
    header->setSectionResizeMode(LogGutterColumn, QHeaderView::Fixed);
    header->resizeSection(LogGutterColumn, 14);
    header->setSectionResizeMode(LogTextColumn, QHeaderView::Stretch);
    m_log->horizontalHeaderItem(LogTimeColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_log->horizontalHeaderItem(LogElapsedColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_log->horizontalHeaderItem(LogTextColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_log->setWordWrap(true);
    layout->addWidget(m_log, 1);
    return card;
}

RequestedOptions ConnectionPage::requestedFromForm() const
{
    RequestedOptions r;
    r.keepalive = m_keepalive->isChecked();
    const auto value = [](const ValueEditor &e) -> std::optional<int> {
        if (e.inherit->isChecked())
            return std::nullopt;
        return e.spin->value();
    };
    r.idleS = value(m_idle);
    r.intervalS = value(m_interval);
    r.count = value(m_count);
    r.userTimeoutMs = value(m_userTimeout);
    return r;
}

void ConnectionPage::validateForm()
{
    QString problem;
    if (const auto invalid = validateRequested(requestedFromForm()))
        problem = invalid->message;
    QString targetError;
    const QString text = m_target->text().trimmed();
    if (problem.isEmpty() && !text.isEmpty() && !parseTarget(text, &targetError))
        problem = targetError;
    m_connectButton->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_formMessage->setText(problem);
        setTextColor(m_formMessage, theme::abort(palette()));
    } else if (m_connections->isListening()) {
        m_formMessage->setText(tr("Listening on port %1: each connection accepted gets the "
                                  "options it was started with and joins the list.")
                                   .arg(m_connections->listeningPort()));
        setTextColor(m_formMessage, theme::subtleText(palette()));
    } else {
        m_formMessage->setText(
            tr("“inherit” leaves an option unset, so the connection takes this host's value; "
               "the kernel's read-back shows it as the effective value."));
        setTextColor(m_formMessage, theme::subtleText(palette()));
    }
}

void ConnectionPage::openConnection()
{
    validateForm();
    if (!m_connectButton->isEnabled())
        return;
    const QString text = m_target->text().trimmed();
    std::optional<Target> target;
    if (!text.isEmpty()) {
        QString error;
        target = parseTarget(text, &error);
        if (!target)
            return;
    }
    m_connections->open(target, requestedFromForm());
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

void ConnectionPage::onListenToggled(bool on)
{
    if (!on) {
        m_connections->stopListening();
        m_listenPort->setEnabled(true);
        m_listenButton->setText(tr("Listen"));
        validateForm();
        return;
    }
    QString error;
    if (!m_connections->listen(quint16(m_listenPort->value()), requestedFromForm(), &error)) {
        const QSignalBlocker blocker(m_listenButton);
        m_listenButton->setChecked(false);
        m_formMessage->setText(error);
        setTextColor(m_formMessage, theme::abort(palette()));
        return;
    }
    m_listenPort->setEnabled(false);
    m_listenButton->setText(tr("Stop listening"));
    validateForm();
}

void ConnectionPage::onSelectedChanged(TestConnection *connection)
{
    const QModelIndex index = m_model->indexOf(connection);
    if (index.isValid() && m_table->currentIndex().row() != index.row())
        m_table->setCurrentIndex(index);
    rebuildLog();
    refreshDetails();
    refreshHeadline();
    refreshButtons();
}

void ConnectionPage::rebuildLog()
{
    m_log->setRowCount(0);
    if (const TestConnection *c = m_connections->selected()) {
        for (const ConnectionEvent &event : c->events())
            appendEvent(event);
    }
}

void ConnectionPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    // Colours derive from the palette; follow a theme change made while the
    // page is alive.
    if (event->type() == QEvent::PaletteChange && m_log) {
        validateForm();
        setTextColor(m_countdownCaption, theme::subtleText(palette()));
        refreshCountdown();
        rebuildLog();
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
    m_logTitle->setText(c ? tr("Events of %1").arg(c->label()) : tr("Events"));
    if (!c) {
        m_selectedTitle->setText(tr("No connection selected"));
        for (int row = 0; row < 5; ++row) {
            m_options->item(row, 1)->setText(QString());
            m_options->item(row, 2)->setText(QString());
        }
        refreshCountdown();
        return;
    }
    const QString where = c->peerAddress().isEmpty() ? c->label() : c->peerAddress();
    m_selectedTitle->setText(tr("%1 — %2").arg(where, c->stateText()));

    const RequestedOptions r = c->requested();
    const auto e = c->effective();
    const QString s = tr("s");
    const QString ms = tr("ms");
    const QStringList requested{r.keepalive ? tr("on") : tr("off"), requestedText(r.idleS, s),
                                requestedText(r.intervalS, s), requestedText(r.count, {}),
                                requestedText(r.userTimeoutMs, ms)};
    QStringList effective;
    if (e)
        effective = {e->keepalive ? tr("on") : tr("off"), QStringLiteral("%1 s").arg(e->idleS),
                     QStringLiteral("%1 s").arg(e->intervalS), QString::number(e->count),
                     QStringLiteral("%1 ms").arg(e->userTimeoutMs)};
    for (int row = 0; row < 5; ++row) {
        m_options->item(row, 1)->setText(requested.at(row));
        m_options->item(row, 2)->setText(effective.value(row, QStringLiteral("–")));
        QFont bold = m_options->font();
        bold.setWeight(QFont::DemiBold);
        m_options->item(row, 2)->setFont(bold);
    }
    refreshCountdown();
    showInheritedValues();
}

void ConnectionPage::showInheritedValues()
{
    // An inherited option's editor shows the host's value as the kernel
    // reported it for the selected connection, rather than a guess.
    const TestConnection *c = m_connections->selected();
    if (!c || !c->effective())
        return;
    const RequestedOptions r = c->requested();
    const EffectiveOptions e = *c->effective();
    const auto show = [](const ValueEditor &editor, const std::optional<int> &asked, int value) {
        if (editor.inherit->isChecked() && !asked) {
            const QSignalBlocker blocker(editor.spin);
            editor.spin->setValue(value);
        }
    };
    show(m_idle, r.idleS, e.idleS);
    show(m_interval, r.intervalS, e.intervalS);
    show(m_count, r.count, e.count);
    show(m_userTimeout, r.userTimeoutMs, e.userTimeoutMs);
}

void ConnectionPage::refreshCountdown()
{
    const TestConnection *c = m_connections->selected();
    QString value;
    QString caption;
    QString counter;
    QColor color = palette().color(QPalette::Text);
    if (!c) {
        value = QStringLiteral("–");
        caption = tr("connect to see the keep-alive timer");
    } else if (c->state() == TestConnection::State::Resolving ||
               c->state() == TestConnection::State::Connecting) {
        value = QStringLiteral("…");
        caption = c->stateText();
    } else if (c->state() != TestConnection::State::Connected) {
        value = c->stateText();
        caption = QString();
        color = c->failure() == ConnectionFailure::None ? theme::subtleText(palette())
                                                        : theme::abort(palette());
        if (!c->errorText().isEmpty())
            caption = c->errorText();
    } else if (c->effective() && !c->effective()->keepalive) {
        value = tr("off");
        caption = tr("SO_KEEPALIVE is off: no probes are sent");
        color = theme::subtleText(palette());
    } else if (const auto inMs = c->keepaliveTimerInMs()) {
        value = countdownText(*inMs);
        if (c->nextTimerAborts()) {
            caption = tr("until the kernel gives up (ETIMEDOUT)");
            color = theme::abort(palette());
        } else if (c->unansweredProbes() > 0) {
            caption =
                tr("until probe %1 (the last one is unanswered)").arg(c->unansweredProbes() + 1);
            color = theme::unanswered(palette());
        } else {
            caption = tr("until the next keep-alive probe");
            color = theme::probe(palette());
        }
    } else {
        value = QStringLiteral("–");
        caption = tr("no keep-alive timer pending (data in flight, or not observable)");
    }
    if (c && c->effective()) {
        const int count = c->effective()->count;
        counter = tr("%1 of %2 probes unanswered · %3 sent, %4 answered")
                      .arg(c->unansweredProbes())
                      .arg(count)
                      .arg(c->probesSent())
                      .arg(c->probesAnswered());
    }
    if (m_countdown->text() != value)
        m_countdown->setText(value);
    setTextColor(m_countdown, color);
    if (m_countdownCaption->text() != caption)
        m_countdownCaption->setText(caption);
    if (m_probeCounter->text() != counter)
        m_probeCounter->setText(counter);
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

void ConnectionPage::appendEvent(const ConnectionEvent &event)
{
    // A fast schedule logs two lines a second for hours; the newest few
    // thousand are what a person reads here (the CLI's JSON has them all).
    constexpr int kMaxLogRows = 2000;
    if (m_log->rowCount() >= kMaxLogRows)
        m_log->removeRow(0);
    const int row = m_log->rowCount();
    m_log->insertRow(row);
    auto *time = new QTableWidgetItem(event.time.toString(QStringLiteral("HH:mm:ss.zzz")));
    auto *since = new QTableWidgetItem(formatSecondsPrecise(double(event.elapsedMs) / 1000.0));
    since->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *text = new QTableWidgetItem(event.text);
    text->setToolTip(event.text);
    const QPalette p = palette();
    using K = ConnectionEvent::Kind;
    QColor color;
    switch (event.kind) {
    case K::ProbeSent:
        color = event.unanswered ? theme::unanswered(p) : theme::probe(p);
        break;
    case K::ProbeAnswered:
        color = theme::ack(p);
        break;
    case K::TimedOut:
    case K::Reset:
    case K::Failed:
        color = theme::abort(p);
        break;
    case K::AddressFailed:
        color = theme::warning(p);
        break;
    case K::Note:
        color = theme::subtleText(p);
        break;
    default:
        break;
    }
    if (color.isValid())
        text->setForeground(color);
    time->setForeground(theme::subtleText(p));
    since->setForeground(theme::subtleText(p));
    m_log->setItem(row, LogTimeColumn, time);
    m_log->setItem(row, LogElapsedColumn, since);
    m_log->setItem(row, LogTextColumn, text);
    m_log->resizeRowToContents(row);
    m_log->scrollToBottom();
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
    m_firstConnection = m_connections->open(std::nullopt, requestedFromForm());
}

} // namespace kt::ui
