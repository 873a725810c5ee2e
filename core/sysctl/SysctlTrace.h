#pragma once

#include "sysctl/KernelSysctlWrite.h"
#include "sysctl/SysctlApplier.h"
#include "sysctl/SysctlKeys.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kt {

// One line of a configuration file that concerns a keep-alive key.
struct SysctlAssignment
{
    QString path;               // as on the host: /etc/sysctl.d/90-net.conf
    int line = 0;               // 1-based
    QString value;              // as written, trimmed; empty for a bare "-key"
    bool ignoreFailure = false; // the line started with '-': errors are ignored at boot
    // The key matched a glob (net.ipv4.tcp_keepalive_*): an explicit line for
    // the key anywhere keeps the glob from setting it.
    bool fromGlob = false;
    // A bare "-key" line (no '='): it keeps every glob from setting the key;
    // for systemd-sysctl it also replaces any earlier line for the key, so the
    // key is not written at all.
    bool unsets = false;
    // What the kernel holds after this line is written; empty when the kernel
    // refuses the value (then `refusal` says why) or the line has none.
    std::optional<qint64> kernelValue;
    QString refusal;

    friend bool operator==(const SysctlAssignment &, const SysctlAssignment &) = default;
};

struct TraceWarning
{
    QString path;
    int line = 0; // 0: the whole file
    QString message;
};

// A configuration file that is not applied because another one of the same
// name in a directory of higher priority, or a symlink to /dev/null, masks it.
struct MaskedFile
{
    QString path;
    QString maskedBy;
};

// What the boot does to one key.
struct SysctlKeyTrace
{
    // The line whose value the kernel holds after the boot; empty when the
    // kernel keeps its default (nothing sets the key, a bare "-key" unsets it,
    // or every line the applier writes is refused).
    std::optional<SysctlAssignment> source;
    // What the kernel holds after the boot when a line set it.
    std::optional<qint64> value;
    // The lines the applier writes at boot and the kernel refuses, in order.
    QList<SysctlAssignment> refused;
    // systemd-sysctl: the bare "-key" line that leaves the key unset.
    std::optional<SysctlAssignment> unsetBy;
    // Lines with a value that neither win nor are refused at boot.
    QList<SysctlAssignment> overridden;
};

struct SysctlTraceResult
{
    SysctlApplier applier = SysctlApplier::Systemd;
    QStringList appliedFiles; // in the order they are applied
    QList<MaskedFile> masked;
    QList<TraceWarning> warnings;
    // Per key, every line that concerns it, in the order read.
    QHash<SysctlKey, QList<SysctlAssignment>> assignments;
    // Per key, what the applier leaves in the kernel.
    QHash<SysctlKey, SysctlKeyTrace> keys;
    // A named pipe among the files: the applier waits on it forever at boot
    // and applies nothing.
    bool blocked = false;

    // The line whose value the key has after boot (SysctlKeyTrace::source).
    std::optional<SysctlAssignment> winner(SysctlKey key) const;
    // The other lines that give the key a value and lose.
    QList<SysctlAssignment> overridden(SysctlKey key) const;
    // The lines read after `path` that would decide `key` instead of an
    // explicit, valid value written to `path`, for this applier: with
    // systemd-sysctl every later explicit line (also a refused one or a bare
    // "-key", which leave the kernel default); with procps every later line
    // the kernel accepts, and /etc/sysctl.conf, which it reads last. A glob
    // never does.
    QList<SysctlAssignment> assignmentsAfter(const QString &path, SysctlKey key) const;
};

// Traces where the keep-alive values come from at boot, the way `applier`
// (detected from the tree when empty) applies the configuration:
//  - *.conf entries in /etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d,
//    /usr/lib/sysctl.d (procps also /lib/sysctl.d); a name masks the same name
//    in the directories after it, and a symlink to /dev/null reads as empty;
//    systemd-sysctl skips names starting with '.';
//  - the files are read in the order of their names, across directories;
//  - systemd-sysctl keeps one line per key, the last one read (a repeated
//    identical value keeps the first), then writes each once: a refused last
//    line leaves the kernel default; it reads /etc/sysctl.conf only through a
//    link in a sysctl.d directory (Debian's 99-sysctl.conf);
//  - procps writes every line in the order read, so a refused line leaves the
//    value before it, and reads /etc/sysctl.conf once more at the end;
//  - keys in either spelling (net.ipv4.x or net/ipv4/x), globs, a leading '-';
//    comments start with '#' or ';'.
// Nothing is read that could block: a FIFO, socket, device or directory named
// *.conf is a warning. Lines that cannot be parsed and files that cannot be
// read become warnings. `rootPrefix` is "/" on a real host; tests pass a
// fixture tree. `hz` is the running kernel's CONFIG_HZ (0: read it, only if a
// value is large enough for HZ to decide whether the kernel takes it).
SysctlTraceResult traceSysctlConfig(const QString &rootPrefix = QStringLiteral("/"),
                                    std::optional<SysctlApplier> applier = std::nullopt,
                                    int hz = 0);

} // namespace kt
