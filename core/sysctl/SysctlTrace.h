#pragma once

#include "sysctl/SysctlKeys.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kt {

// One assignment of a keep-alive key found in a configuration file.
struct SysctlAssignment
{
    QString path;               // as on the host: /etc/sysctl.d/90-net.conf
    int line = 0;               // 1-based
    QString value;              // as written, trimmed
    bool ignoreFailure = false; // the line started with '-': errors are ignored at boot
    // The key matched a glob (net.ipv4.tcp_keepalive_*): systemd-sysctl lets
    // any explicit line for the key win over it, whatever the file order.
    bool fromGlob = false;
    // A "!key" line: no glob may set the key, and it replaces an earlier
    // explicit line for it; `value` is empty.
    bool excludes = false;

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

struct SysctlTraceResult
{
    QStringList appliedFiles; // in the order they are applied
    QList<MaskedFile> masked;
    QList<TraceWarning> warnings;
    // Per key, every line that concerns it, in the order read.
    QHash<SysctlKey, QList<SysctlAssignment>> assignments;

    // The line whose value the key gets at boot, as systemd-sysctl decides:
    // the last explicit line for the key; if that is a "!key" exclusion,
    // none; with no explicit line, the last glob that matches it.
    std::optional<SysctlAssignment> winner(SysctlKey key) const;
    // The other lines that give the key a value: what the winner overrides.
    QList<SysctlAssignment> overridden(SysctlKey key) const;
    // The explicit lines applied after `path` that set or exclude `key`: what
    // would override an explicit value written to `path` at the next boot
    // (a glob never does).
    QList<SysctlAssignment> assignmentsAfter(const QString &path, SysctlKey key) const;
};

// The directories systemd-sysctl reads (sysctl.d(5)), highest priority first.
const QStringList &sysctlConfigDirectories();

// Traces where the keep-alive values come from at boot, the way
// systemd-sysctl applies the configuration (sysctl.d(5)):
//  - *.conf files in /etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d,
//    /usr/lib/sysctl.d; a file masks the same file name in the directories
//    after it; a symlink to /dev/null masks the name entirely;
//  - the surviving files are applied in the order of their file names, across
//    directories, and the last assignment of a key wins;
//  - /etc/sysctl.conf is applied last, as procps' `sysctl --system` does
//    (unless one of the files above already is a link to it, as Debian ships);
//  - keys in either spelling (net.ipv4.x or net/ipv4/x), globs, a leading '-';
//    comments start with '#' or ';'.
// Lines that cannot be parsed and files that cannot be read become warnings.
// `rootPrefix` is "/" on a real host; tests pass a fixture tree.
SysctlTraceResult traceSysctlConfig(const QString &rootPrefix = QStringLiteral("/"));

} // namespace kt
