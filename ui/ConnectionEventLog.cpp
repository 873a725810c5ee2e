#include "ui/ConnectionEventLog.h"

#include "params/Format.h"
#include "socket/TestConnection.h"
#include "ui/ConnectionPageStyle.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kt::ui {

using connectionpage::configureTable;
using connectionpage::makeCaption;

namespace {

// Columns of the event log.
enum LogColumn
{
    LogTimeColumn,
    LogElapsedColumn,
    LogGutterColumn,
    LogTextColumn,
    LogColumnCount
};

} // namespace

ConnectionEventLog::ConnectionEventLog(QWidget *parent)
    : CardFrame(parent)
{
    setObjectName(QStringLiteral("eventLogCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    m_title = makeCaption(tr("Events"), this);
    layout->addWidget(m_title);
    m_log = new QTableWidget(0, LogColumnCount, this);
    m_log->setObjectName(QStringLiteral("eventLog"));
    // The gutter's header is blank to the eye but not to a screen reader.
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Since start"), QString(), tr("Event")});
    m_log->horizontalHeaderItem(LogGutterColumn)->setData(Qt::AccessibleTextRole, tr("Spacing"));
    m_log->setAccessibleName(tr("Events of the selected connection"));
    m_log->setAccessibleDescription(
        tr("What the kernel reported for the selected connection: time, seconds since the "
           "start, and the event."));
    // The preferred height is what the first rows need, not a fixed 192 px,
    // so the page (whose scroll area keeps content at its preferred height)
    // fits the screenshot size; stretch gives the log the rest. At least a
    // few rows, however small the window: the page scrolls.
    m_log->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContentsOnFirstShow);
    m_log->setMinimumHeight(m_log->verticalHeader()->defaultSectionSize() * 3 +
                            m_log->horizontalHeader()->sizeHint().height());
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
}

void ConnectionEventLog::showTitleFor(const TestConnection *c)
{
    m_title->setText(c ? tr("Events of %1").arg(c->label()) : tr("Events"));
}

void ConnectionEventLog::rebuild(const TestConnection *connection)
{
    m_log->setRowCount(0);
    if (connection) {
        for (const ConnectionEvent &event : connection->events())
            append(event);
    }
}

void ConnectionEventLog::append(const ConnectionEvent &event)
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
    text->setData(Qt::UserRole, int(event.kind));
    text->setData(Qt::UserRole + 1, event.unanswered);
    m_log->setItem(row, LogTimeColumn, time);
    m_log->setItem(row, LogElapsedColumn, since);
    m_log->setItem(row, LogTextColumn, text);
    colourRow(row);
    m_log->resizeRowToContents(row);
    m_log->scrollToBottom();
}

void ConnectionEventLog::colourRow(int row)
{
    QTableWidgetItem *text = m_log->item(row, LogTextColumn);
    if (!text)
        return;
    const QPalette p = palette();
    using K = ConnectionEvent::Kind;
    QColor color;
    switch (K(text->data(Qt::UserRole).toInt())) {
    case K::ProbeSent:
        color = text->data(Qt::UserRole + 1).toBool() ? theme::unanswered(p) : theme::probe(p);
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
    text->setForeground(color.isValid() ? QBrush(color) : QBrush());
    for (int column : {int(LogTimeColumn), int(LogElapsedColumn)})
        if (QTableWidgetItem *item = m_log->item(row, column))
            item->setForeground(theme::subtleText(p));
}

void ConnectionEventLog::changeEvent(QEvent *event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_log) {
        for (int row = 0; row < m_log->rowCount(); ++row)
            colourRow(row);
    }
}

} // namespace kt::ui
