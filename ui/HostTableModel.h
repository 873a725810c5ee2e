#pragma once

#include "sysctl/HostReport.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace kt::ui {

// The Hosts page's table: one row per host report, a column per keep-alive
// sysctl, the detection time and the warnings. Cells that differ from the
// baseline host are marked three ways, so colour is never the only sign: a
// "≠" before the value, bold, and a tint from the theme; the tooltip says
// what the baseline holds.
class HostTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Host,
        Idle,
        Interval,
        Probes,
        Detection,
        Warnings,
        ColumnCount
    };

    explicit HostTableModel(QObject *parent = nullptr);

    void setReports(const QList<HostReport> &reports);
    const QList<HostReport> &reports() const { return m_reports; }
    void setBaseline(int row);
    int baseline() const { return m_baseline; }
    // Rows whose values differ from the baseline's.
    int driftingHosts() const;
    // The theme's colours follow the page's palette (light or dark).
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The sysctl a column shows; nullopt for the others.
    static std::optional<SysctlKey> keyOf(int column);

private:
    bool differs(int row, int column) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;

    QList<HostReport> m_reports;
    int m_baseline = 0;
    QPalette m_palette;
};

} // namespace kt::ui
