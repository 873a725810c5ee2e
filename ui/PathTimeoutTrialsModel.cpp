#include "ui/PathTimeoutTrialsModel.h"

#include "params/Format.h"

namespace kt::ui {

using pathtimeout::TrialOutcome;

PathTimeoutTrialsModel::PathTimeoutTrialsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PathTimeoutTrialsModel::setTrials(const QList<pathtimeout::Trial> &trials,
                                       const QHash<int, double> &idleSoFar)
{
    const int before = int(m_trials.size());
    const int after = int(trials.size());
    if (after < before) {
        // A new run: its trials replace the last run's.
        beginResetModel();
        m_trials = trials;
        m_idleSoFar = idleSoFar;
        endResetModel();
        return;
    }
    if (after > before)
        beginInsertRows({}, before, after - 1);
    m_trials = trials;
    m_idleSoFar = idleSoFar;
    if (after > before)
        endInsertRows();
    if (before > 0)
        emit dataChanged(index(0, 0), index(before - 1, ColumnCount - 1));
}

int PathTimeoutTrialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trials.size());
}

int PathTimeoutTrialsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PathTimeoutTrialsModel::display(int row, int column) const
{
    const pathtimeout::Trial &t = m_trials.at(row);
    switch (column) {
    case RoundColumn:
        return QString::number(t.round);
    case IdleColumn:
        return formatSeconds(t.idleS);
    case OutcomeColumn: {
        // The chart's marks, so the table and the lanes read alike.
        const QString mark = t.outcome == TrialOutcome::Survived ? QStringLiteral("✔ ")
                             : pathtimeout::isCut(t.outcome)     ? QStringLiteral("✖ ")
                                                                 : QString();
        return mark + pathtimeout::outcomeText(t.outcome);
    }
    case DetailColumn:
        if (t.outcome == TrialOutcome::Pending)
            return tr("idle for %1 so far").arg(formatSeconds(m_idleSoFar.value(row, 0.0)));
        return t.detail;
    default:
        return {};
    }
}

QVariant PathTimeoutTrialsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_trials.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? display(index.row(), DetailColumn) : QVariant();
    case Qt::TextAlignmentRole:
        // Numbers right-aligned, words left.
        return index.column() == RoundColumn || index.column() == IdleColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PathTimeoutTrialsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case RoundColumn:
        return tr("Round");
    case IdleColumn:
        return tr("Idle");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("What was seen");
    default:
        return {};
    }
}

} // namespace kt::ui
