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
    SysctlReading reading;                  // the kernel's value (or why none)
    std::optional<SysctlAssignment> source; // the winning configuration line
    QList<SysctlAssignment> overridden;     // earlier lines the winner overrides
    // What the boot configuration leads to: the winner's value, or the kernel
    // default when no file sets the key. Empty when the winner's value is not
    // a number (the kernel refuses it and keeps the previous value).
    std::optional<qint64> configuredValue;
    // The kernel holds something other than the configuration gives: changed
    // since boot, or set by another tool.
    bool runtimeDiffers = false;
};

// Everything `keepalivectl show` and the System page say about the host,
// computed once by one implementation.
struct SystemSnapshot
{
    QList<SettingState> settings; // time, interval, probes, in that order
    NetNamespaceInfo netns;
    QString kernelRelease;
    QList<TraceWarning> warnings;
    QList<MaskedFile> masked;
    QStringList appliedFiles;

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

struct SnapshotSources
{
    QString procSysRoot = QStringLiteral("/proc/sys");
    QString procRoot = QStringLiteral("/proc");
    QString configRoot = QStringLiteral("/");
};

SystemSnapshot captureSystemSnapshot(const SnapshotSources &sources = {});

} // namespace kt
