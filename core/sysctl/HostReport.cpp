#include "sysctl/HostReport.h"

#include "params/Format.h"
#include "sysctl/SystemSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostReport)
};

// A `show --json` report is a few kilobytes; anything far larger is not one,
// and is not read into memory whole.
constexpr qint64 kMaxReportBytes = 1024 * 1024;

bool fail(QString *error, const QString &origin, const QString &message)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(origin, message);
    return false;
}

// A JSON number that is a whole number (the report's values are); null is
// "could not be read".
bool readWhole(const QJsonValue &v, std::optional<qint64> &out)
{
    if (v.isNull() || v.isUndefined()) {
        out.reset();
        return true;
    }
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::abs(d) > 9.0e15)
        return false;
    out = qint64(d);
    return true;
}

QString valueText(const std::optional<qint64> &value, const SysctlKeyInfo &info)
{
    return value ? formatValue(*value, info.unit) : Tr::tr("unavailable");
}

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

qsizetype keyIndex(SysctlKey key)
{
    const QList<SysctlKeyInfo> &keys = sysctlKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).key == key)
            return i;
    }
    Q_UNREACHABLE();
}

QString csvNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

const HostReportSetting &HostReport::setting(SysctlKey key) const
{
    for (const HostReportSetting &s : settings) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

std::optional<KeepaliveParams> HostReport::runtimeParams() const
{
    const auto &time = setting(SysctlKey::KeepaliveTime).value;
    const auto &intvl = setting(SysctlKey::KeepaliveInterval).value;
    const auto &probes = setting(SysctlKey::KeepaliveProbes).value;
    if (!time || !intvl || !probes)
        return std::nullopt;
    return KeepaliveParams{int(*time), int(*intvl), int(*probes), 0};
}

std::optional<double> HostReport::detectionTimeS() const
{
    const auto params = runtimeParams();
    if (!params)
        return std::nullopt;
    return deadPeerDetectionS(*params);
}

std::optional<HostReport> parseHostReport(const QByteArray &json, const QString &origin,
                                          QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, origin,
             Tr::tr("not valid JSON (%1 at byte %2); a report is the output of "
                    "\"keepalivectl show --json\"")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, origin,
             Tr::tr("the JSON is not an object, so it is not a \"show --json\" report"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue settingsValue = root.value(QStringLiteral("settings"));
    if (!settingsValue.isArray()) {
        fail(error, origin,
             Tr::tr("it has no \"settings\" list, so it is not a \"show --json\" report"));
        return std::nullopt;
    }
    HostReport report;
    report.origin = origin;
    QList<std::optional<HostReportSetting>> found(sysctlKeys().size());
    for (const QJsonValue &entryValue : settingsValue.toArray()) {
        const QJsonObject entry = entryValue.toObject();
        const QString name = entry.value(QStringLiteral("key")).toString();
        const SysctlKeyInfo *info = findSysctlKey(name);
        if (!entryValue.isObject() || !info) {
            fail(error, origin,
                 Tr::tr("a setting names \"%1\", which is not a keep-alive sysctl").arg(name));
            return std::nullopt;
        }
        const qsizetype index = keyIndex(info->key);
        if (found.at(index)) {
            fail(error, origin, Tr::tr("%1 is listed twice").arg(info->name));
            return std::nullopt;
        }
        HostReportSetting s;
        s.key = info->key;
        if (!readWhole(entry.value(QStringLiteral("value")), s.value) ||
            !readWhole(entry.value(QStringLiteral("configured_value")), s.configuredValue)) {
            fail(error, origin,
                 Tr::tr("%1 has a value that is not a whole number").arg(info->name));
            return std::nullopt;
        }
        s.runtimeDiffers = entry.value(QStringLiteral("runtime_differs")).toBool();
        report.problems += entry.value(QStringLiteral("refused")).toArray().size() +
                           (entry.value(QStringLiteral("advice")).toString().isEmpty() ? 0 : 1);
        found[index] = s;
    }
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        const auto &s = found.at(keyIndex(info.key));
        if (!s) {
            fail(error, origin, Tr::tr("%1 is missing from its settings").arg(info.name));
            return std::nullopt;
        }
        report.settings << *s;
    }
    report.hostname = root.value(QStringLiteral("hostname")).toString();
    if (report.hostname.isEmpty()) {
        // Reports of versions before `hostname` was added: collectors such
        // as the example playbook name each file after its host.
        report.hostname = QFileInfo(origin).completeBaseName();
        report.hostnameFromFile = true;
    }
    report.kernelRelease = root.value(QStringLiteral("kernel_release")).toString();
    report.warnings = int(root.value(QStringLiteral("warnings")).toArray().size());
    return report;
}

HostReportLoad loadHostReports(const QStringList &paths)
{
    HostReportLoad load;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names =
                QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            if (names.isEmpty())
                load.errors << Tr::tr("%1: the folder holds no .json report").arg(path);
            for (const QString &name : names)
                files << QDir(path).filePath(name);
        } else {
            files << path;
        }
    }
    QList<HostReport> reports;
    for (const QString &file : files) {
        QFile f(file);
        const QFileInfo info(file);
        if (!info.exists()) {
            load.errors << Tr::tr("%1: no such file").arg(file);
            continue;
        }
        if (!info.isFile()) {
            // A FIFO or a device would block or never end.
            load.errors << Tr::tr("%1: not a regular file").arg(file);
            continue;
        }
        if (info.size() > kMaxReportBytes) {
            load.errors
                << Tr::tr("%1: %2 bytes is far too large for a report").arg(file).arg(info.size());
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            load.errors << Tr::tr("%1: cannot be read: %2").arg(file, f.errorString());
            continue;
        }
        QString error;
        if (auto report = parseHostReport(f.read(kMaxReportBytes + 1), file, &error))
            reports << *report;
        else
            load.errors << error;
    }
    if (load.errors.isEmpty() && reports.isEmpty())
        load.errors << Tr::tr("no report was given");
    if (load.errors.isEmpty())
        load.reports = reports;
    return load;
}

QList<HostDrift> compareWithBaseline(const HostReport &report, const HostReport &baseline)
{
    QList<HostDrift> drift;
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        const auto &mine = report.setting(info.key).value;
        const auto &theirs = baseline.setting(info.key).value;
        if (mine != theirs)
            drift << HostDrift{info.name, valueText(mine, info), valueText(theirs, info)};
    }
    return drift;
}

QString describeDrift(const HostDrift &drift)
{
    return Tr::tr("%1 is %2 (baseline %3)").arg(drift.what, drift.value, drift.baseline);
}

QString hostReportsToCsv(const QList<HostReport> &reports, int baselineIndex)
{
    QStringList header{QStringLiteral("host"), QStringLiteral("report")};
    for (const SysctlKeyInfo &info : sysctlKeys())
        header << info.name << info.name + QStringLiteral(" configured");
    header << QStringLiteral("detection_time_s") << QStringLiteral("warnings")
           << QStringLiteral("problems") << QStringLiteral("baseline")
           << QStringLiteral("differs_from_baseline");
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const bool haveBaseline = baselineIndex >= 0 && baselineIndex < reports.size();
    for (int i = 0; i < reports.size(); ++i) {
        const HostReport &r = reports.at(i);
        QStringList row{csvField(r.hostname), csvField(r.origin)};
        for (const HostReportSetting &s : r.settings)
            row << csvNumber(s.value) << csvNumber(s.configuredValue);
        const auto detection = r.detectionTimeS();
        row << (detection ? QString::number(*detection, 'g', 15) : QString())
            << QString::number(r.warnings) << QString::number(r.problems)
            << (haveBaseline && i == baselineIndex ? QStringLiteral("yes") : QStringLiteral("no"));
        QStringList drift;
        if (haveBaseline) {
            for (const HostDrift &d : compareWithBaseline(r, reports.at(baselineIndex)))
                drift << describeDrift(d);
        }
        row << csvField(drift.join(QStringLiteral("; ")));
        csv += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace kt
