#pragma once

#include "params/KeepaliveParams.h"
#include "sysctl/SysctlKeys.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kt {

// One keep-alive sysctl as a host's `keepalivectl show --json` report gives
// it.
struct HostReportSetting
{
    SysctlKey key = SysctlKey::KeepaliveTime;
    std::optional<qint64> value;           // the kernel's value; empty: it could not be read
    std::optional<qint64> configuredValue; // what the host's boot applies
    bool runtimeDiffers = false;

    bool operator==(const HostReportSetting &) const = default;
};

// A host's report, read back for the Hosts page and the fleet tools.
struct HostReport
{
    QString origin;   // the file it was read from, as the user named it
    QString hostname; // from the report; the file's base name when it has none
    bool hostnameFromFile = false;
    QString kernelRelease;
    QList<HostReportSetting> settings; // sysctlKeys() order, always all three
    int warnings = 0;
    int problems = 0; // refused configuration lines and advice, summed over the keys

    const HostReportSetting &setting(SysctlKey key) const;
    std::optional<KeepaliveParams> runtimeParams() const;
    // From the values, by the one model SystemSnapshot uses
    // (deadPeerDetectionS), not copied from the report's own figure.
    std::optional<double> detectionTimeS() const;
};

// Reads one report. `origin` names it in the error ("web-1.json: …").
std::optional<HostReport> parseHostReport(const QByteArray &json, const QString &origin,
                                          QString *error);

// Reads reports from files and directories (every *.json directly in a
// directory, by name). All or nothing: when any file fails, `reports` is
// empty and `errors` has one line per failing file.
struct HostReportLoad
{
    QList<HostReport> reports;
    QStringList errors;
};
HostReportLoad loadHostReports(const QStringList &paths);

// A value of a host that is not the baseline's.
struct HostDrift
{
    QString what;     // "net.ipv4.tcp_keepalive_time"
    QString value;    // "600 s", "unavailable"
    QString baseline; // "7200 s"
};
// What differs in `report` from `baseline`: the kernel's values of the three
// sysctls. The detection time follows from them and is not listed twice.
QList<HostDrift> compareWithBaseline(const HostReport &report, const HostReport &baseline);
// "net.ipv4.tcp_keepalive_time is 600 s (baseline 7200 s)".
QString describeDrift(const HostDrift &drift);

// The reports as CSV (RFC 4180; times in seconds as numbers, an empty field
// for a value that could not be read), one row per host in order, with what
// differs from `reports[baselineIndex]`.
QString hostReportsToCsv(const QList<HostReport> &reports, int baselineIndex);

} // namespace kt
