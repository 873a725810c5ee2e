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
    // Per key, every assignment in the order applied; the last one wins.
    QHash<SysctlKey, QList<SysctlAssignment>> assignments;

    std::optional<SysctlAssignment> winner(SysctlKey key) const;
    QList<SysctlAssignment> overridden(SysctlKey key) const; // all but the winner
    // The files applied after `path` that assign `key`: what would override a
    // value written to `path` at the next boot.
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
