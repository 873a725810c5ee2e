#include "ui/ConnectionsModel.h"

#include "inspect/ConnectionView.h"
#include "params/Format.h"

#include <QElapsedTimer>

#include <cstring>
#include <limits>

namespace kt::ui {

using inspect::OptionsStatus;
using inspect::SocketRecord;

namespace {

bool optionsRead(const SocketRecord &r)
{
    return r.optionsStatus == OptionsStatus::Read;
}

// A key per column for sorting; unknown values sort first.
double numericKey(const ConnectionsModel::Row &row, int column)
{
    const SocketRecord &r = row.record;
    switch (column) {
    case ConnectionsModel::PidColumn:
        return r.pid;
    case ConnectionsModel::StateColumn:
        return r.state;
    case ConnectionsModel::KeepaliveColumn: {
        const auto on = inspect::keepaliveState(r);
        return on ? (*on ? 2 : 1) : 0;
    }
    case ConnectionsModel::IdleColumn:
        return optionsRead(r) ? r.options.idleS : -1;
    case ConnectionsModel::IntervalColumn:
        return optionsRead(r) ? r.options.intervalS : -1;
    case ConnectionsModel::CountColumn:
        return optionsRead(r) ? r.options.count : -1;
    case ConnectionsModel::UserTimeoutColumn:
        return optionsRead(r) ? r.options.userTimeoutMs : -1;
    case ConnectionsModel::TimerColumn:
        return r.timer;
    case ConnectionsModel::ExpiresColumn:
        return r.timer ? double(r.timerExpiresMs) : -1;
    case ConnectionsModel::ProbesColumn:
        return r.timerCounter;
    case ConnectionsModel::LastReceiveColumn:
        return r.infoValid ? double(r.sinceLastReceiveMs()) : -1;
    case ConnectionsModel::RttColumn:
        return r.infoValid ? double(r.rttUs) : -1;
    case ConnectionsModel::SurvivesColumn:
        return row.survives;
    default:
        return 0;
    }
}

int compareEndpoints(const inspect::Endpoint &a, const inspect::Endpoint &b)
{
    if (a.family != b.family)
        return a.family < b.family ? -1 : 1;
    if (const int c = std::memcmp(a.address, b.address, sizeof a.address))
        return c;
    return int(a.port) - int(b.port);
}

} // namespace

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == ProcessColumn || section == LocalColumn || section == PeerColumn ||
                       section == StateColumn || section == TimerColumn ||
                       section == KeepaliveColumn || section == SurvivesColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KeepaliveColumn:
            return tr("SO_KEEPALIVE as read back from the socket; \"on (timer)\" when only the "
                      "pending keep-alive timer tells it");
        case IdleColumn:
            return tr("TCP_KEEPIDLE read back from the socket");
        case IntervalColumn:
            return tr("TCP_KEEPINTVL read back from the socket");
        case CountColumn:
            return tr("TCP_KEEPCNT read back from the socket");
        case UserTimeoutColumn:
            return tr("TCP_USER_TIMEOUT read back from the socket (0: not set)");
        case ExpiresColumn:
            return tr("When the pending timer fires");
        case ProbesColumn:
            return tr("The timer's counter: keep-alive probes sent, or retransmissions");
        case LastReceiveColumn:
            return tr("Time since the last segment was received");
        case SurvivesColumn:
            return tr("Whether a middlebox that forgets idle flows after the chosen timeout "
                      "would keep this connection");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProcessColumn:
        return tr("Process");
    case PidColumn:
        return tr("PID");
    case LocalColumn:
        return tr("Local");
    case PeerColumn:
        return tr("Peer");
    case StateColumn:
        return tr("State");
    case KeepaliveColumn:
        return tr("Keep-alive");
    case IdleColumn:
        return tr("Idle");
    case IntervalColumn:
        return tr("Interval");
    case CountColumn:
        return tr("Count");
    case UserTimeoutColumn:
        return tr("User timeout");
    case TimerColumn:
        return tr("Timer");
    case ExpiresColumn:
        return tr("Fires in");
    case ProbesColumn:
        return tr("Probes");
    case LastReceiveColumn:
        return tr("Last receive");
    case RttColumn:
        return tr("RTT");
    case SurvivesColumn:
        return tr("Middlebox");
    default:
        return {};
    }
}

QVariant ConnectionsModel::display(const Row &row, int column) const
{
    const SocketRecord &r = row.record;
    const QString unknown = QStringLiteral("—");
    switch (column) {
    case ProcessColumn:
        return r.pid >= 0 ? row.command : tr("not readable");
    case PidColumn:
        return r.pid >= 0 ? QString::number(r.pid) : unknown;
    case LocalColumn:
        return inspect::endpointText(r.local);
    case PeerColumn:
        return inspect::endpointText(r.remote);
    case StateColumn:
        return inspect::stateName(r.state);
    case KeepaliveColumn: {
        const auto on = inspect::keepaliveState(r);
        if (!on)
            return tr("unknown");
        if (inspect::keepaliveFromTimerOnly(r))
            return tr("on (timer)");
        return *on ? tr("on") : tr("off");
    }
    case IdleColumn:
        return optionsRead(r) ? formatSeconds(r.options.idleS) : unknown;
    case IntervalColumn:
        return optionsRead(r) ? formatSeconds(r.options.intervalS) : unknown;
    case CountColumn:
        return optionsRead(r) ? QString::number(r.options.count) : unknown;
    case UserTimeoutColumn:
        return optionsRead(r)
                   ? (r.options.userTimeoutMs ? formatMillisecondsShort(r.options.userTimeoutMs)
                                              : tr("not set"))
                   : unknown;
    case TimerColumn:
        return r.timer ? inspect::timerKey(r.timer).replace(QLatin1Char('_'), QLatin1Char(' '))
                       : QString();
    case ExpiresColumn:
        return r.timer ? formatMillisecondsShort(r.timerExpiresMs) : QString();
    case ProbesColumn:
        return r.timer ? QString::number(r.timerCounter) : QString();
    case LastReceiveColumn:
        return r.infoValid ? formatMillisecondsShort(r.sinceLastReceiveMs()) : unknown;
    case RttColumn:
        return r.infoValid ? tr("%1 ms").arg(r.rttUs / 1000.0, 0, 'f', 2) : unknown;
    case SurvivesColumn:
        if (m_timeoutS <= 0)
            return QString();
        return row.survives < 0 ? tr("cannot tell") : (row.survives ? tr("keeps") : tr("cuts"));
    default:
        return {};
    }
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, Qt::TextAlignmentRole);
    case Qt::ToolTipRole:
        if (row.record.optionsStatus != OptionsStatus::Read &&
            (index.column() >= IdleColumn && index.column() <= UserTimeoutColumn))
            return inspect::unreadableText();
        return {};
    default:
        return {};
    }
}

ConnectionsModel::Row ConnectionsModel::makeRow(const inspect::ConnectionsSnapshot &snapshot,
                                                int source) const
{
    Row row;
    row.record = snapshot.result.sockets[std::size_t(source)];
    if (row.record.process >= 0 && row.record.process < snapshot.commands.size()) {
        row.command = snapshot.commands[row.record.process];
        row.uid = snapshot.result.processes[std::size_t(row.record.process)].uid;
    }
    row.survives = snapshot.survives.empty() ? -1 : snapshot.survives[std::size_t(source)];
    return row;
}

void ConnectionsModel::apply(const inspect::ConnectionsSnapshot &snapshot)
{
    // A non-owning pointer for the all-at-once path.
    beginApply(std::shared_ptr<const inspect::ConnectionsSnapshot>(
        std::shared_ptr<const inspect::ConnectionsSnapshot>(), &snapshot));
    while (!applyStep(std::numeric_limits<qint64>::max())) {
    }
}

void ConnectionsModel::beginApply(std::shared_ptr<const inspect::ConnectionsSnapshot> snapshot)
{
    m_applying = std::move(snapshot);
    m_nextOperation = 0;
    m_doneInOperation = 0;
    if (!m_applying->error.isEmpty()) {
        m_applying.reset();
        return;
    }
    if (m_applying->timeoutS != m_timeoutS) {
        m_timeoutS = m_applying->timeoutS;
        emit headerDataChanged(Qt::Horizontal, SurvivesColumn, SurvivesColumn);
    }
}

namespace {

// The columns whose text differs between two readings of one socket, as a
// bit mask: a change in the timer's countdown must not re-sort a table
// sorted by process.
unsigned changedColumns(const ConnectionsModel::Row &a, const ConnectionsModel::Row &b)
{
    const SocketRecord &x = a.record;
    const SocketRecord &y = b.record;
    unsigned mask = 0;
    const auto mark = [&mask](bool differs, int column) {
        if (differs)
            mask |= 1U << unsigned(column);
    };
    mark(a.command != b.command || x.pid != y.pid, ConnectionsModel::ProcessColumn);
    mark(x.pid != y.pid, ConnectionsModel::PidColumn);
    mark(x.state != y.state, ConnectionsModel::StateColumn);
    mark(x.optionsStatus != y.optionsStatus || x.options != y.options || x.timer != y.timer,
         ConnectionsModel::KeepaliveColumn);
    if (x.optionsStatus != y.optionsStatus || x.options != y.options)
        mask |= (1U << ConnectionsModel::IdleColumn) | (1U << ConnectionsModel::IntervalColumn) |
                (1U << ConnectionsModel::CountColumn) | (1U << ConnectionsModel::UserTimeoutColumn);
    mark(x.timer != y.timer, ConnectionsModel::TimerColumn);
    mark(x.timer != y.timer || x.timerExpiresMs / 1000 != y.timerExpiresMs / 1000,
         ConnectionsModel::ExpiresColumn);
    mark(x.timerCounter != y.timerCounter, ConnectionsModel::ProbesColumn);
    mark(x.sinceLastReceiveMs() / 1000 != y.sinceLastReceiveMs() / 1000,
         ConnectionsModel::LastReceiveColumn);
    mark(x.rttUs / 100 != y.rttUs / 100, ConnectionsModel::RttColumn);
    mark(a.survives != b.survives, ConnectionsModel::SurvivesColumn);
    return mask;
}

// Rows per slice: an insert or removal costs the proxy a move of its
// mapping per row, a change only a look at the row.
constexpr int kStructuralSlice = 128;
constexpr int kChangeSlice = 256;

} // namespace

bool ConnectionsModel::applyStep(qint64 budgetNs)
{
    if (!m_applying)
        return true;
    using Op = inspect::ConnectionsSnapshot::Operation;
    const inspect::ConnectionsSnapshot &snapshot = *m_applying;
    // Done once every operation is applied; the snapshot is then let go.
    const auto finish = [this, &snapshot] {
        if (m_nextOperation < snapshot.operations.size())
            return false;
        m_applying.reset();
        return true;
    };
    QElapsedTimer clock;
    clock.start();
    while (m_nextOperation < snapshot.operations.size()) {
        const Op &op = snapshot.operations[m_nextOperation];
        const int left = op.count - m_doneInOperation;
        switch (op.kind) {
        case Op::Remove: {
            // Removing shifts the rest up: the operation's row stays.
            const int n = std::min(left, kStructuralSlice);
            beginRemoveRows({}, op.row, op.row + n - 1);
            m_rows.erase(m_rows.begin() + op.row, m_rows.begin() + op.row + n);
            endRemoveRows();
            m_doneInOperation += n;
            break;
        }
        case Op::Insert: {
            const int n = std::min(left, kStructuralSlice);
            const int row = op.row + m_doneInOperation;
            beginInsertRows({}, row, row + n - 1);
            std::vector<Row> rows;
            rows.reserve(std::size_t(n));
            for (int k = 0; k < n; ++k)
                rows.push_back(makeRow(snapshot, op.source + m_doneInOperation + k));
            m_rows.insert(m_rows.begin() + row, std::make_move_iterator(rows.begin()),
                          std::make_move_iterator(rows.end()));
            endInsertRows();
            m_doneInOperation += n;
            break;
        }
        case Op::Change: {
            // Changes never move rows: take a run of change operations up to
            // a slice's worth and say so in one dataChanged over the columns
            // that changed.
            int first = -1;
            int last = -1;
            unsigned mask = 0;
            int done = 0;
            while (m_nextOperation < snapshot.operations.size() && done < kChangeSlice) {
                const Op &change = snapshot.operations[m_nextOperation];
                if (change.kind != Op::Change)
                    break;
                const int n = std::min(change.count - m_doneInOperation, kChangeSlice - done);
                for (int k = 0; k < n; ++k) {
                    const int row = change.row + m_doneInOperation + k;
                    Row next = makeRow(snapshot, change.source + m_doneInOperation + k);
                    mask |= changedColumns(m_rows[std::size_t(row)], next);
                    m_rows[std::size_t(row)] = std::move(next);
                    if (first < 0)
                        first = row;
                    last = row;
                }
                done += n;
                m_doneInOperation += n;
                if (m_doneInOperation == change.count) {
                    ++m_nextOperation;
                    m_doneInOperation = 0;
                }
            }
            if (mask != 0) {
                int firstColumn = 0;
                while (!(mask & (1U << unsigned(firstColumn))))
                    ++firstColumn;
                int lastColumn = ColumnCount - 1;
                while (!(mask & (1U << unsigned(lastColumn))))
                    --lastColumn;
                emit dataChanged(index(first, firstColumn), index(last, lastColumn));
            }
            if (clock.nsecsElapsed() >= budgetNs)
                return finish();
            continue;
        }
        }
        if (m_doneInOperation == op.count) {
            ++m_nextOperation;
            m_doneInOperation = 0;
        }
        if (clock.nsecsElapsed() >= budgetNs)
            break;
    }
    return finish();
}

bool ConnectionsModel::lessThan(int left, int right, int column) const
{
    const Row &a = m_rows[std::size_t(left)];
    const Row &b = m_rows[std::size_t(right)];
    switch (column) {
    case ProcessColumn:
        if (const int c = QString::compare(a.command, b.command, Qt::CaseInsensitive))
            return c < 0;
        return a.record.pid < b.record.pid;
    case LocalColumn:
        return compareEndpoints(a.record.local, b.record.local) < 0;
    case PeerColumn:
        return compareEndpoints(a.record.remote, b.record.remote) < 0;
    default: {
        const double x = numericKey(a, column);
        const double y = numericKey(b, column);
        if (x != y)
            return x < y;
        return a.record.cookie < b.record.cookie; // stable between refreshes
    }
    }
}

ConnectionsFilterModel::ConnectionsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

const ConnectionsModel *ConnectionsFilterModel::connections() const
{
    return static_cast<const ConnectionsModel *>(sourceModel());
}

void ConnectionsFilterModel::setFilter(const inspect::ConnectionFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ConnectionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ConnectionsModel::Row &row = connections()->rowAt(sourceRow);
    return m_filter.matches(row.record, row.command,
                            row.survives < 0 ? std::nullopt
                                             : std::optional<bool>(row.survives == 1));
}

bool ConnectionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return connections()->lessThan(left.row(), right.row(), left.column());
}

} // namespace kt::ui
