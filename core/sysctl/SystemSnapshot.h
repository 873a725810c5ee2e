#pragma once

#include "params/KeepaliveParams.h"
#include "schedule/Schedule.h"
#include "sysctl/NetNamespace.h"
#include "sysctl/SysctlKeys.h"
#include "sysctl/SysctlReader.h"
#include "sysctl/SysctlTrace.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace kt {

// One keep-alive sysctl as the host has it: the kernel's value, where the
// configuration sets it, and whether the two agree.
struct SettingState
{
    SysctlKeyInfo info;
    SysctlReading reading; // the kernel's value (or why none)
    // The line whose value the kernel holds after the boot; empty when the
    // boot leaves the kernel default.
    std::optional<SysctlAssignment> source;
    QList<SysctlAssignment> overridden; // other lines that lose
    // What the boot really leaves in the kernel: the source's value, or the
    // kernel default.
    std::optional<qint64> configuredValue;
    // The kernel holds something other than the configuration gives: changed
    // since boot, or set by another tool.
    bool runtimeDiffers = false;
    // Lines the boot writes and the kernel refuses (each with its reason):
    // problems to fix; the key keeps what it had before them.
    QList<SysctlAssignment> refused;
    // A bare "-key" line that leaves the key unset (systemd-sysctl).
    std::optional<SysctlAssignment> unsetBy;
    // The boot leaves a value the kernel accepts but that makes no sense as a
    // keep-alive setting (below the range the tool offers, e.g. 0).
    QString advice;
};

// Where the boot value comes from, in one sentence: "Set by
// /etc/sysctl.d/50-net.conf:2 to 600 s", or why the kernel default applies.
QString describeSource(const SettingState &state);
// One sentence per refused line: where, the value, the kernel's reason and
// the valid range.
QStringList describeProblems(const SettingState &state);

// Everything `keepalivectl show` and the System page say about the host,
// computed once by one implementation.
struct SystemSnapshot
{
    QList<SettingState> settings; // time, interval, probes, in that order
    NetNamespaceInfo netns;
    QString kernelRelease;
    QString hostname; // the host's name, so reports gathered from a fleet say whose they are
    QList<TraceWarning> warnings;
    QList<MaskedFile> masked;
    QStringList appliedFiles;
    SysctlApplier applier = SysctlApplier::Systemd; // whose rules the trace follows
    bool applierDetected = true;                    // chosen from the host, not asked for

    const SettingState &setting(SysctlKey key) const;
    // The three runtime values, when all could be read.
    std::optional<KeepaliveParams> runtimeParams() const;
    // The schedule model's question for this host: a silently dead peer
    // with the runtime values. Empty when they could not all be read.
    std::optional<ScheduleInput> deadPeerModel() const;
    // When the model gives such a peer up, in seconds.
    std::optional<double> detectionTimeS() const;
    // The one detection sentence (schedule/Detection.h) for this host: "A
    // silently dead peer is noticed after 2 h 11 min 15 s (7200 + 9 × 75 s)
    // with this host's settings."
    QString detectionSentence() const;

    QJsonObject toJson() const;
    // The plain-text report: `keepalivectl show` and the GUI's "Copy report".
    QString toText() const;
};

// The schedule model's question for any host's runtime values: a silently
// dead peer. SystemSnapshot and the fleet's host reports (sysctl/HostReport.h)
// both ask it here, so a report read back says what `show` said.
ScheduleInput deadPeerModelFor(const KeepaliveParams &params);
// When the model gives such a peer up, in seconds; empty when the values
// cannot be modelled.
std::optional<double> deadPeerDetectionS(const KeepaliveParams &params);

struct SnapshotSources
{
    QString procSysRoot = QStringLiteral("/proc/sys");
    QString procRoot = QStringLiteral("/proc");
    QString configRoot = QStringLiteral("/");
    // The boot applier to trace; empty: the one the configuration root boots
    // with (detectSysctlApplier()).
    std::optional<SysctlApplier> applier;
    int hz = 0; // the kernel's CONFIG_HZ; 0: read it when a value needs it
};

// "systemd-sysctl (the host boots with systemd)": the applier in words, for
// the report and the System page.
QString describeApplier(SysctlApplier applier, bool detected);

SystemSnapshot captureSystemSnapshot(const SnapshotSources &sources = {});

} // namespace kt
