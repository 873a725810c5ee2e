#pragma once

#include <QAbstractTableModel>

namespace kt {
class ConnectionSet;
class TestConnection;
} // namespace kt

namespace kt::ui {

// The open test connections, one row each, for the Test connection page.
class ConnectionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        StateColumn,
        IdleColumn,
        IntervalColumn,
        CountColumn,
        NextProbeColumn,
        ProbesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ConnectionTableModel(ConnectionSet *connections, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    TestConnection *connectionAt(const QModelIndex &index) const;
    QModelIndex indexOf(const TestConnection *connection, Column column = TargetColumn) const;

    // The countdown moves between the kernel's answers; the page calls this
    // on its display timer.
    void refreshCountdowns();

private:
    QVariant display(const TestConnection &connection, int column) const;

    ConnectionSet *m_connections;
};

} // namespace kt::ui
