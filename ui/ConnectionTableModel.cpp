#include "ui/ConnectionTableModel.h"

#include "params/Format.h"
#include "session/ConnectionSet.h"
#include "ui/Theme.h"

#include <QGuiApplication>

namespace kt::ui {

ConnectionTableModel::ConnectionTableModel(ConnectionSet *connections, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connections(connections)
{
    connect(connections, &ConnectionSet::connectionAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(connections, &ConnectionSet::connectionAdded, this, [this] { endInsertRows(); });
    connect(connections, &ConnectionSet::connectionAboutToBeRemoved, this,
            [this](TestConnection *connection) {
                const int row = m_connections->indexOf(connection);
                beginRemoveRows({}, row, row);
            });
    connect(connections, &ConnectionSet::connectionRemoved, this, [this] { endRemoveRows(); });
    connect(connections, &ConnectionSet::connectionChanged, this,
            [this](TestConnection *connection) {
                const int row = m_connections->indexOf(connection);
                if (row >= 0)
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            });
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections->connections().size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TestConnection *ConnectionTableModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_connections->connections().size())
        return nullptr;
    return m_connections->connections().at(index.row());
}

QModelIndex ConnectionTableModel::indexOf(const TestConnection *connection, Column column) const
{
    const int row = m_connections->indexOf(connection);
    return row < 0 ? QModelIndex() : index(row, column);
}

void ConnectionTableModel::refreshCountdowns()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, NextProbeColumn), index(rowCount() - 1, NextProbeColumn),
                         {Qt::DisplayRole});
}

QVariant ConnectionTableModel::display(const TestConnection &c, int column) const
{
    const auto effective = c.effective();
    const bool live = c.state() == TestConnection::State::Connected;
    switch (column) {
    case TargetColumn:
        return c.label();
    case StateColumn:
        return c.stateText();
    case IdleColumn:
        return effective ? QVariant(QStringLiteral("%1 s").arg(effective->idleS)) : QVariant();
    case IntervalColumn:
        return effective ? QVariant(QStringLiteral("%1 s").arg(effective->intervalS)) : QVariant();
    case CountColumn:
        return effective ? QVariant(effective->count) : QVariant();
    case NextProbeColumn: {
        if (!live || !effective)
            return {};
        if (!effective->keepalive)
            return tr("off");
        const auto inMs = c.keepaliveTimerInMs();
        return inMs ? QVariant(formatMillisecondsShort(*inMs)) : QVariant(QStringLiteral("–"));
    }
    case ProbesColumn:
        if (!effective)
            return {};
        return QStringLiteral("%1 / %2").arg(c.unansweredProbes()).arg(effective->count);
    default:
        return {};
    }
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    const TestConnection *c = connectionAt(index);
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*c, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= IdleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn)
            return c->peerAddress().isEmpty()
                       ? c->label()
                       : tr("%1 → %2").arg(c->localAddress(), c->peerAddress());
        if (index.column() == StateColumn && !c->errorText().isEmpty())
            return c->errorText();
        return {};
    case Qt::ForegroundRole: {
        if (index.column() != StateColumn)
            return {};
        const QPalette palette = QGuiApplication::palette();
        switch (c->state()) {
        case TestConnection::State::Connected:
            return c->unansweredProbes() > 0 ? theme::unanswered(palette) : theme::ack(palette);
        case TestConnection::State::Failed:
            return theme::abort(palette);
        case TestConnection::State::Closed:
            return c->failure() == ConnectionFailure::None ||
                           c->failure() == ConnectionFailure::PeerClosed
                       ? theme::subtleText(palette)
                       : theme::abort(palette);
        default:
            return theme::subtleText(palette);
        }
    }
    default:
        return {};
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= IdleColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    case IdleColumn:
        return tr("Idle");
    case IntervalColumn:
        return tr("Interval");
    case CountColumn:
        return tr("Count");
    case NextProbeColumn:
        return tr("Next probe in");
    case ProbesColumn:
        return tr("Unanswered");
    default:
        return {};
    }
}

} // namespace kt::ui
