#include "sysctl/SysctlApplier.h"

#include <QDir>
#include <QFileInfo>

namespace kt {

QString sysctlApplierName(SysctlApplier applier)
{
    return applier == SysctlApplier::Systemd ? QStringLiteral("systemd") : QStringLiteral("procps");
}

QString sysctlApplierProgram(SysctlApplier applier)
{
    return applier == SysctlApplier::Systemd ? QStringLiteral("systemd-sysctl")
                                             : QStringLiteral("sysctl --system");
}

std::optional<SysctlApplier> parseSysctlApplier(const QString &name)
{
    if (name == QLatin1String("systemd"))
        return SysctlApplier::Systemd;
    if (name == QLatin1String("procps"))
        return SysctlApplier::Procps;
    return std::nullopt;
}

SysctlApplier detectSysctlApplier(const QString &rootPrefix)
{
    const QString root = QDir::cleanPath(rootPrefix);
    const QString marker = root == QLatin1String("/")
                               ? QStringLiteral("/run/systemd/system")
                               : root + QStringLiteral("/run/systemd/system");
    return QFileInfo(marker).isDir() ? SysctlApplier::Systemd : SysctlApplier::Procps;
}

QStringList sysctlConfigDirectories(SysctlApplier applier)
{
    QStringList dirs{
        QStringLiteral("/etc/sysctl.d"),
        QStringLiteral("/run/sysctl.d"),
        QStringLiteral("/usr/local/lib/sysctl.d"),
        QStringLiteral("/usr/lib/sysctl.d"),
    };
    // procps 4 also reads /lib/sysctl.d (PreloadSystem()); Debian's
    // systemd-sysctl does not.
    if (applier == SysctlApplier::Procps)
        dirs << QStringLiteral("/lib/sysctl.d");
    return dirs;
}

} // namespace kt
