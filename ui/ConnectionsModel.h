#pragma once

#include "inspect/ConnectionView.h"
#include "inspect/ConnectionsSnapshot.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>

namespace kt::ui {

// Every TCP connection of the namespace, one row each, for the Connections
// page. Rows follow the sockets by cookie: a refresh is applied as the
// snapshot's diff (rows inserted, removed, changed in place), never a reset,
// so selections and scroll positions survive it.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProcessColumn,
        PidColumn,
        LocalColumn,
        PeerColumn,
        StateColumn,
        KeepaliveColumn,
        IdleColumn,
        IntervalColumn,
        CountColumn,
        UserTimeoutColumn,
        TimerColumn,
        ExpiresColumn,
        ProbesColumn,
        LastReceiveColumn,
        RttColumn,
        SurvivesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Row
    {
        inspect::SocketRecord record;
        QString command; // shared with the snapshot's, not a copy per row
        std::uint32_t uid = 0;
        std::int8_t survives = -1;
    };

    explicit ConnectionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies the snapshot's operations in order, all at once.
    void apply(const inspect::ConnectionsSnapshot &snapshot);
    // The same in slices, so the event loop never waits long: beginApply()
    // takes the snapshot, each applyStep() applies operations for about
    // `budgetNs` and returns true once all are applied. Rows are consistent
    // after every step (each slice is a whole insert, remove or change).
    void beginApply(std::shared_ptr<const inspect::ConnectionsSnapshot> snapshot);
    bool applyStep(qint64 budgetNs);
    bool isApplying() const { return m_applying != nullptr; }

    const Row &rowAt(int row) const { return m_rows[std::size_t(row)]; }
    double timeoutS() const { return m_timeoutS; }
    // Orders two rows by a column, as the proxy sorts: numbers as numbers.
    bool lessThan(int left, int right, int column) const;

private:
    QVariant display(const Row &row, int column) const;
    Row makeRow(const inspect::ConnectionsSnapshot &snapshot, int source) const;

    std::vector<Row> m_rows;
    double m_timeoutS = 0;
    // The snapshot being applied, the next operation and how far into it.
    std::shared_ptr<const inspect::ConnectionsSnapshot> m_applying;
    qsizetype m_nextOperation = 0;
    int m_doneInOperation = 0;
};

// The page's filters and sorting over ConnectionsModel; compares the rows'
// numbers directly, so sorting 20 000 rows makes no QVariant.
class ConnectionsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConnectionsFilterModel(QObject *parent = nullptr);

    void setFilter(const inspect::ConnectionFilter &filter);
    inspect::ConnectionFilter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ConnectionsModel *connections() const;
    inspect::ConnectionFilter m_filter;
};

} // namespace kt::ui
