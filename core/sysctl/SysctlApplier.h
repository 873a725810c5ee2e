#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kt {

// The program that applies the sysctl configuration at boot. The two read the
// same directories but decide differently which line wins (see
// traceSysctlConfig()).
enum class SysctlApplier
{
    Systemd, // systemd-sysctl, on hosts that boot with systemd
    Procps,  // procps' `sysctl --system`, everywhere else
};

// "systemd" or "procps": the names `keepalivectl show --applier` takes and
// the JSON report uses.
QString sysctlApplierName(SysctlApplier applier);
// "systemd-sysctl" or "sysctl --system": the program, as a person would type it.
QString sysctlApplierProgram(SysctlApplier applier);
// The exact names of sysctlApplierName(); empty for anything else.
std::optional<SysctlApplier> parseSysctlApplier(const QString &name);
// systemd-sysctl when the host boots with systemd (sd_booted(3): the directory
// <root>/run/systemd/system exists), procps otherwise.
SysctlApplier detectSysctlApplier(const QString &rootPrefix = QStringLiteral("/"));

// The directories `applier` reads, highest priority first.
QStringList sysctlConfigDirectories(SysctlApplier applier);

} // namespace kt
