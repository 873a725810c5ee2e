#include "ui/HostTableModel.h"

#include "params/Format.h"
#include "ui/Theme.h"

#include <QFont>

namespace kt::ui {

namespace {

const QString kDiffers = QStringLiteral("≠ ");

QString valueText(const std::optional<qint64> &value, const SysctlKeyInfo &info)
{
    return value ? formatValue(*value, info.unit) : HostTableModel::tr("unavailable");
}

} // namespace

HostTableModel::HostTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HostTableModel::setReports(const QList<HostReport> &reports)
{
    beginResetModel();
    m_reports = reports;
    m_baseline = 0;
    endResetModel();
}

void HostTableModel::setBaseline(int row)
{
    if (row < 0 || row >= m_reports.size() || row == m_baseline)
        return;
    m_baseline = row;
    if (!m_reports.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void HostTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_reports.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HostTableModel::driftingHosts() const
{
    int drifting = 0;
    for (const HostReport &r : m_reports)
        drifting += compareWithBaseline(r, m_reports.at(m_baseline)).isEmpty() ? 0 : 1;
    return drifting;
}

int HostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<SysctlKey> HostTableModel::keyOf(int column)
{
    switch (column) {
    case Idle:
        return SysctlKey::KeepaliveTime;
    case Interval:
        return SysctlKey::KeepaliveInterval;
    case Probes:
        return SysctlKey::KeepaliveProbes;
    default:
        return std::nullopt;
    }
}

bool HostTableModel::differs(int row, int column) const
{
    if (row == m_baseline)
        return false;
    const HostReport &report = m_reports.at(row);
    const HostReport &baseline = m_reports.at(m_baseline);
    if (const auto key = keyOf(column))
        return report.setting(*key).value != baseline.setting(*key).value;
    if (column == Detection)
        return report.detectionTimeS() != baseline.detectionTimeS();
    return false;
}

QString HostTableModel::displayText(int row, int column) const
{
    const HostReport &report = m_reports.at(row);
    QString text;
    if (const auto key = keyOf(column)) {
        const SysctlKeyInfo &info = sysctlKeyInfo(*key);
        const HostReportSetting &s = report.setting(*key);
        text = valueText(s.value, info);
        // What the boot applies, where the kernel holds something else.
        if (s.configuredValue && s.value != s.configuredValue)
            text += tr(" (boot: %1)").arg(valueText(s.configuredValue, info));
    } else if (column == Host) {
        text = row == m_baseline ? tr("%1 (baseline)").arg(report.hostname) : report.hostname;
    } else if (column == Detection) {
        const auto detection = report.detectionTimeS();
        text = detection ? formatSeconds(*detection) : tr("unknown");
    } else if (column == Warnings) {
        text = QString::number(report.warnings);
        if (report.problems == 1)
            text += tr(" (1 problem)");
        else if (report.problems > 1)
            text += tr(" (%1 problems)").arg(report.problems);
    }
    return differs(row, column) ? kDiffers + text : text;
}

QString HostTableModel::toolTip(int row, int column) const
{
    const HostReport &report = m_reports.at(row);
    const HostReport &baseline = m_reports.at(m_baseline);
    if (column == Host) {
        QString tip = tr("Read from %1").arg(report.origin);
        if (report.hostnameFromFile)
            tip += tr("\nThe report names no host; the name is its file's.");
        if (!report.kernelRelease.isEmpty())
            tip += tr("\nKernel %1").arg(report.kernelRelease);
        return tip;
    }
    if (const auto key = keyOf(column)) {
        const SysctlKeyInfo &info = sysctlKeyInfo(*key);
        QStringList lines{info.name};
        for (const HostDrift &d : compareWithBaseline(report, baseline)) {
            if (d.what == info.name)
                lines << tr("Differs from the baseline: %1").arg(describeDrift(d));
        }
        const HostReportSetting &s = report.setting(*key);
        if (s.runtimeDiffers)
            lines << tr("The kernel holds another value than the boot applies: changed since "
                        "boot, or set by another tool.");
        return lines.join(QLatin1Char('\n'));
    }
    if (column == Detection && differs(row, column)) {
        const auto theirs = baseline.detectionTimeS();
        return tr("Differs from the baseline (%1)")
            .arg(theirs ? formatSeconds(*theirs) : tr("unknown"));
    }
    return {};
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return column == Host ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (differs(row, column) || (column == Host && row == m_baseline)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (differs(row, column))
            return theme::differenceBackground(m_palette);
        return {};
    case Qt::ForegroundRole:
        if (differs(row, column))
            return theme::differenceText(m_palette);
        return {};
    default:
        return {};
    }
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (const auto key = keyOf(section))
            return sysctlKeyInfo(*key).name;
        if (section == Detection)
            return tr("When a silently dead peer is noticed with the host's values");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Host");
    case Idle:
        return tr("Idle time");
    case Interval:
        return tr("Interval");
    case Probes:
        return tr("Probes");
    case Detection:
        return tr("Dead peer noticed");
    case Warnings:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace kt::ui
