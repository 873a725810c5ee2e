#include "sysctl/SystemSnapshot.h"

#include "params/Format.h"
#include "schedule/Detection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

namespace kt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SystemSnapshot", text);
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QString location(const QString &path, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path;
}

SettingState describeSetting(const SysctlKeyInfo &info, const SnapshotSources &sources,
                             const SysctlTraceResult &trace)
{
    SettingState state{info,
                       readSysctl(sources.procSysRoot, info),
                       trace.winner(info.key),
                       trace.overridden(info.key),
                       std::nullopt,
                       false};
    if (state.source) {
        bool ok = false;
        const qint64 configured = state.source->value.toLongLong(&ok);
        if (ok)
            state.configuredValue = configured;
    } else {
        state.configuredValue = info.kernelDefault;
    }
    state.runtimeDiffers = state.reading.value && state.configuredValue &&
                           *state.reading.value != *state.configuredValue;
    return state;
}

} // namespace

const SettingState &SystemSnapshot::setting(SysctlKey key) const
{
    for (const SettingState &s : settings) {
        if (s.info.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

std::optional<KeepaliveParams> SystemSnapshot::runtimeParams() const
{
    const auto &time = setting(SysctlKey::KeepaliveTime).reading.value;
    const auto &intvl = setting(SysctlKey::KeepaliveInterval).reading.value;
    const auto &probes = setting(SysctlKey::KeepaliveProbes).reading.value;
    if (!time || !intvl || !probes)
        return std::nullopt;
    return KeepaliveParams{int(*time), int(*intvl), int(*probes), 0};
}

std::optional<ScheduleInput> SystemSnapshot::deadPeerModel() const
{
    const auto params = runtimeParams();
    if (!params)
        return std::nullopt;
    ScheduleInput in;
    in.params = *params;
    in.scenario = Scenario::Dead;
    return in;
}

std::optional<double> SystemSnapshot::detectionTimeS() const
{
    const auto in = deadPeerModel();
    if (!in || validateScheduleInput(*in))
        return std::nullopt;
    return computeSchedule(*in).detectionS;
}

QString SystemSnapshot::detectionSentence() const
{
    const auto in = deadPeerModel();
    if (!in)
        return tr("The keep-alive settings could not be read, so the time to notice a dead peer "
                  "is unknown.");
    return detectionHeadline(*in, tr("this host's settings"));
}

QJsonObject SystemSnapshot::toJson() const
{
    QJsonArray settingsJson;
    for (const SettingState &s : settings) {
        QJsonArray overriddenJson;
        for (const SysctlAssignment &a : s.overridden)
            overriddenJson.append(QJsonObject{{QStringLiteral("path"), a.path},
                                              {QStringLiteral("line"), a.line},
                                              {QStringLiteral("value"), a.value}});
        QJsonObject entry{
            {QStringLiteral("key"), s.info.name},
            {QStringLiteral("value"), optionalNumber(s.reading.value)},
            {QStringLiteral("unit"),
             s.info.unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.info.unit)},
            {QStringLiteral("kernel_default"), double(s.info.kernelDefault)},
            {QStringLiteral("min"), double(s.info.min)},
            {QStringLiteral("max"), double(s.info.max)},
            {QStringLiteral("source"),
             s.source ? QJsonValue(QJsonObject{{QStringLiteral("path"), s.source->path},
                                               {QStringLiteral("line"), s.source->line},
                                               {QStringLiteral("value"), s.source->value}})
                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("overridden"), overriddenJson},
            {QStringLiteral("configured_value"), optionalNumber(s.configuredValue)},
            {QStringLiteral("runtime_differs"), s.runtimeDiffers},
            {QStringLiteral("description"), s.info.shortLabel},
        };
        if (!s.reading.error.isEmpty())
            entry.insert(QStringLiteral("error"), s.reading.error);
        settingsJson.append(entry);
    }
    QJsonArray warningsJson;
    for (const TraceWarning &w : warnings)
        warningsJson.append(QJsonObject{{QStringLiteral("path"), w.path},
                                        {QStringLiteral("line"), w.line},
                                        {QStringLiteral("message"), w.message}});
    QJsonArray maskedJson;
    for (const MaskedFile &m : masked)
        maskedJson.append(QJsonObject{{QStringLiteral("path"), m.path},
                                      {QStringLiteral("masked_by"), m.maskedBy}});
    QJsonObject netnsJson{
        {QStringLiteral("inode"),
         netns.inode ? QJsonValue(double(*netns.inode)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("init_inode"),
         netns.initInode ? QJsonValue(double(*netns.initInode)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("same_as_init"),
         netns.sameAsInit ? QJsonValue(*netns.sameAsInit) : QJsonValue(QJsonValue::Null)},
    };
    if (!netns.note.isEmpty())
        netnsJson.insert(QStringLiteral("note"), netns.note);
    return QJsonObject{
        {QStringLiteral("settings"), settingsJson},
        {QStringLiteral("detection_time_s"),
         detectionTimeS() ? QJsonValue(*detectionTimeS()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("netns"), netnsJson},
        {QStringLiteral("kernel_release"), kernelRelease},
        {QStringLiteral("applied_files"), QJsonArray::fromStringList(appliedFiles)},
        {QStringLiteral("masked_files"), maskedJson},
        {QStringLiteral("warnings"), warningsJson},
    };
}

QString SystemSnapshot::toText() const
{
    QString text;
    text += tr("TCP keep-alive on this host (kernel %1)\n\n").arg(kernelRelease);
    for (const SettingState &s : settings) {
        const QString value = s.reading.value ? formatValue(*s.reading.value, s.info.unit)
                                              : tr("unavailable: %1").arg(s.reading.error);
        text += QStringLiteral("%1 = %2\n").arg(s.info.name, value);
        text += QStringLiteral("    %1; kernel default %2, valid %3 to %4\n")
                    .arg(s.info.shortLabel, formatValue(s.info.kernelDefault, s.info.unit))
                    .arg(s.info.min)
                    .arg(formatValue(s.info.max, s.info.unit));
        if (s.source)
            text += tr("    set by %1 (%2)\n")
                        .arg(location(s.source->path, s.source->line), s.source->value);
        else
            text += tr("    set by no configuration file (kernel default)\n");
        for (const SysctlAssignment &a : s.overridden)
            text += tr("    overrides %1 (%2)\n").arg(location(a.path, a.line), a.value);
        if (s.runtimeDiffers)
            text += tr("    ! the kernel holds %1 but the configuration gives %2: changed since "
                       "boot, or set by another tool\n")
                        .arg(*s.reading.value)
                        .arg(*s.configuredValue);
    }
    text += QLatin1Char('\n') + detectionSentence() + QLatin1Char('\n');
    if (netns.inode)
        text += tr("Network namespace: net:[%1]%2\n")
                    .arg(*netns.inode)
                    .arg(netns.sameAsInit == true    ? tr(" (the host's, same as PID 1)")
                         : netns.sameAsInit == false ? tr(" (not PID 1's)")
                                                     : QString());
    if (!netns.note.isEmpty())
        text += netns.note + QLatin1Char('\n');
    if (!masked.isEmpty()) {
        text += tr("\nMasked configuration files:\n");
        for (const MaskedFile &m : masked)
            text += tr("    %1 (masked by %2)\n").arg(m.path, m.maskedBy);
    }
    if (!warnings.isEmpty()) {
        text += tr("\nWarnings:\n");
        for (const TraceWarning &w : warnings)
            text += QStringLiteral("    %1: %2\n").arg(location(w.path, w.line), w.message);
    }
    return text;
}

SystemSnapshot captureSystemSnapshot(const SnapshotSources &sources)
{
    const SysctlTraceResult trace = traceSysctlConfig(sources.configRoot);
    SystemSnapshot snapshot;
    for (const SysctlKeyInfo &info : sysctlKeys())
        snapshot.settings << describeSetting(info, sources, trace);
    snapshot.netns = readNetNamespace(sources.procRoot);
    snapshot.kernelRelease = QSysInfo::kernelVersion();
    snapshot.warnings = trace.warnings;
    snapshot.masked = trace.masked;
    snapshot.appliedFiles = trace.appliedFiles;
    return snapshot;
}

} // namespace kt
