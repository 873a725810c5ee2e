#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kt::ui {

// The path measurement's trials, one row each, in the order they were
// started: the round, the idle each was given, its outcome and what was
// seen, in core's words. Open trials show their idle so far.
class PathTimeoutTrialsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RoundColumn,
        IdleColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PathTimeoutTrialsModel(QObject *parent = nullptr);

    // The run's trials so far; rows are added for new trials and the others
    // updated in place, so a view keeps its selection and scroll position.
    void setTrials(const QList<pathtimeout::Trial> &trials, const QHash<int, double> &idleSoFar);
    const pathtimeout::Trial &trialAt(int row) const { return m_trials.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(int row, int column) const;

    QList<pathtimeout::Trial> m_trials;
    QHash<int, double> m_idleSoFar;
};

} // namespace kt::ui
