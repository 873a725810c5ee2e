#include "sysctl/SystemSnapshot.h"

#include "params/Format.h"
#include "schedule/Detection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SystemSnapshot)
};

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QString location(const QString &path, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path;
}

QJsonValue assignmentJson(const std::optional<SysctlAssignment> &a)
{
    if (!a)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("path"), a->path},
                       {QStringLiteral("line"), a->line},
                       {QStringLiteral("value"), a->value}};
}

SettingState describeSetting(const SysctlKeyInfo &info, const SnapshotSources &sources,
                             const SysctlTraceResult &trace)
{
    const SysctlKeyTrace keyTrace = trace.keys.value(info.key);
    SettingState state{info,
                       readSysctl(sources.procSysRoot, info),
                       keyTrace.source,
                       keyTrace.overridden,
                       keyTrace.value.value_or(info.kernelDefault),
                       false,
                       keyTrace.refused,
                       keyTrace.unsetBy,
                       {}};
    state.runtimeDiffers = state.reading.value && *state.reading.value != *state.configuredValue;
    const qint64 boot = *state.configuredValue;
    if (boot < info.min || boot > info.max)
        state.advice =
            Tr::tr("The kernel accepts %1, but a value that makes sense for this "
                   "setting is %2.")
                .arg(formatValue(boot, info.unit), formatRange(info.min, info.max, info.unit));
    return state;
}

} // namespace

QString describeApplier(SysctlApplier applier, bool detected)
{
    if (!detected)
        return Tr::tr("%1 (as asked)").arg(sysctlApplierProgram(applier));
    return applier == SysctlApplier::Systemd
               ? Tr::tr("systemd-sysctl (the host boots with systemd)")
               : Tr::tr("sysctl --system of procps (the host does not boot with systemd)");
}

QString describeSource(const SettingState &s)
{
    const QString defaultValue = formatValue(s.info.kernelDefault, s.info.unit);
    if (s.source) {
        QString text =
            Tr::tr("Set by %1 to %2")
                .arg(location(s.source->path, s.source->line),
                     s.source->kernelValue ? formatValue(*s.source->kernelValue, s.info.unit)
                                           : s.source->value);
        if (s.source->kernelValue && QString::number(*s.source->kernelValue) != s.source->value)
            text += Tr::tr(" (written \"%1\")").arg(s.source->value);
        if (s.source->ignoreFailure)
            text += Tr::tr(" (errors ignored: the line starts with '-')");
        return asSentence(text);
    }
    if (!s.refused.isEmpty())
        return Tr::tr("The kernel refuses the value the boot writes, so the kernel default %1 "
                      "stays.")
            .arg(defaultValue);
    if (s.unsetBy)
        return Tr::tr("%1 (\"-%2\") leaves it unset: the kernel default %3 applies at boot.")
            .arg(location(s.unsetBy->path, s.unsetBy->line), s.info.name, defaultValue);
    return Tr::tr("No configuration file sets it: the kernel default %1 applies at boot.")
        .arg(defaultValue);
}

QStringList describeProblems(const SettingState &s)
{
    QStringList lines;
    for (const SysctlAssignment &a : s.refused)
        lines << Tr::tr("%1 sets \"%2\", which the kernel refuses: %3. A valid value is %4.")
                     .arg(location(a.path, a.line), a.value, a.refusal,
                          formatRange(s.info.min, s.info.max, s.info.unit));
    if (!s.advice.isEmpty())
        lines << s.advice;
    return lines;
}

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

ScheduleInput deadPeerModelFor(const KeepaliveParams &params)
{
    ScheduleInput in;
    in.params = params;
    in.scenario = Scenario::Dead;
    return in;
}

std::optional<double> deadPeerDetectionS(const KeepaliveParams &params)
{
    const ScheduleInput in = deadPeerModelFor(params);
    if (validateScheduleInput(in))
        return std::nullopt;
    return computeSchedule(in).detectionS;
}

std::optional<ScheduleInput> SystemSnapshot::deadPeerModel() const
{
    const auto params = runtimeParams();
    if (!params)
        return std::nullopt;
    return deadPeerModelFor(*params);
}

std::optional<double> SystemSnapshot::detectionTimeS() const
{
    const auto params = runtimeParams();
    if (!params)
        return std::nullopt;
    return deadPeerDetectionS(*params);
}

QString SystemSnapshot::detectionSentence() const
{
    const auto in = deadPeerModel();
    if (!in)
        return Tr::tr(
            "The keep-alive settings could not be read, so the time to notice a dead peer "
            "is unknown.");
    return detectionHeadline(*in, Tr::tr("this host's settings"));
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
            {QStringLiteral("source"), assignmentJson(s.source)},
            {QStringLiteral("overridden"), overriddenJson},
            {QStringLiteral("configured_value"), optionalNumber(s.configuredValue)},
            {QStringLiteral("runtime_differs"), s.runtimeDiffers},
            {QStringLiteral("description"), s.info.shortLabel},
        };
        QJsonArray refusedJson;
        for (const SysctlAssignment &a : s.refused)
            refusedJson.append(QJsonObject{{QStringLiteral("path"), a.path},
                                           {QStringLiteral("line"), a.line},
                                           {QStringLiteral("value"), a.value},
                                           {QStringLiteral("reason"), a.refusal}});
        entry.insert(QStringLiteral("refused"), refusedJson);
        entry.insert(QStringLiteral("unset_by"), assignmentJson(s.unsetBy));
        entry.insert(QStringLiteral("boot_summary"), describeSource(s));
        if (!s.advice.isEmpty())
            entry.insert(QStringLiteral("advice"), s.advice);
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
        {QStringLiteral("summary"), detectionSentence()},
        {QStringLiteral("netns"), netnsJson},
        {QStringLiteral("kernel_release"), kernelRelease},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("applier"), sysctlApplierName(applier)},
        {QStringLiteral("applier_detected"), applierDetected},
        {QStringLiteral("applied_files"), QJsonArray::fromStringList(appliedFiles)},
        {QStringLiteral("masked_files"), maskedJson},
        {QStringLiteral("warnings"), warningsJson},
    };
}

QString SystemSnapshot::toText() const
{
    QString text;
    text += Tr::tr("TCP keep-alive on this host (kernel %1)\n").arg(kernelRelease);
    text += Tr::tr("Boot applier: %1\n\n").arg(describeApplier(applier, applierDetected));
    for (const SettingState &s : settings) {
        const QString value = s.reading.value ? formatValue(*s.reading.value, s.info.unit)
                                              : Tr::tr("unavailable: %1").arg(s.reading.error);
        text += QStringLiteral("%1 = %2\n").arg(s.info.name, value);
        text += QStringLiteral("    ") +
                Tr::tr("%1; kernel default %2, valid %3")
                    .arg(s.info.shortLabel, formatValue(s.info.kernelDefault, s.info.unit),
                         formatRange(s.info.min, s.info.max, s.info.unit)) +
                QLatin1Char('\n');
        text += QStringLiteral("    %1\n").arg(describeSource(s));
        for (const QString &problem : describeProblems(s))
            text += QStringLiteral("    ! %1\n").arg(problem);
        for (const SysctlAssignment &a : s.overridden)
            text += Tr::tr("    overrides %1 (%2)\n").arg(location(a.path, a.line), a.value);
        if (s.runtimeDiffers)
            text +=
                Tr::tr("    ! the kernel holds %1 but the configuration gives %2: changed since "
                       "boot, or set by another tool\n")
                    .arg(*s.reading.value)
                    .arg(*s.configuredValue);
    }
    text += QLatin1Char('\n') + detectionSentence() + QLatin1Char('\n');
    if (netns.inode)
        text += Tr::tr("Network namespace: net:[%1]%2\n")
                    .arg(*netns.inode)
                    .arg(netns.sameAsInit == true    ? Tr::tr(" (the host's, same as PID 1)")
                         : netns.sameAsInit == false ? Tr::tr(" (not PID 1's)")
                                                     : QString());
    if (!netns.note.isEmpty())
        text += netns.note + QLatin1Char('\n');
    if (!masked.isEmpty()) {
        text += Tr::tr("\nMasked configuration files:\n");
        for (const MaskedFile &m : masked)
            text += Tr::tr("    %1 (masked by %2)\n").arg(m.path, m.maskedBy);
    }
    if (!warnings.isEmpty()) {
        text += Tr::tr("\nWarnings:\n");
        for (const TraceWarning &w : warnings)
            text += QStringLiteral("    %1: %2\n").arg(location(w.path, w.line), w.message);
    }
    return text;
}

SystemSnapshot captureSystemSnapshot(const SnapshotSources &sources)
{
    const SysctlTraceResult trace =
        traceSysctlConfig(sources.configRoot, sources.applier, sources.hz);
    SystemSnapshot snapshot;
    snapshot.applier = trace.applier;
    snapshot.applierDetected = !sources.applier.has_value();
    for (const SysctlKeyInfo &info : sysctlKeys())
        snapshot.settings << describeSetting(info, sources, trace);
    snapshot.netns = readNetNamespace(sources.procRoot);
    snapshot.kernelRelease = QSysInfo::kernelVersion();
    snapshot.hostname = QSysInfo::machineHostName();
    snapshot.warnings = trace.warnings;
    snapshot.masked = trace.masked;
    snapshot.appliedFiles = trace.appliedFiles;
    return snapshot;
}

} // namespace kt
