#include "sysctl/NetNamespace.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace kt {

namespace {

// /proc/PID/ns/net is a magic link whose target reads "net:[4026531840]";
// the number is the namespace's inode, the same for every process inside it.
std::optional<quint64> namespaceInode(const QString &link)
{
    const QString target = QFile::symLinkTarget(link);
    // symLinkTarget() makes the target absolute; keep only the last part.
    static const QRegularExpression pattern(QStringLiteral("net:\\[(\\d+)\\]$"));
    const auto match = pattern.match(target);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const quint64 inode = match.captured(1).toULongLong(&ok);
    return ok ? std::optional<quint64>(inode) : std::nullopt;
}

} // namespace

NetNamespaceInfo readNetNamespace(const QString &procRoot)
{
    NetNamespaceInfo info;
    info.inode = namespaceInode(procRoot + QStringLiteral("/self/ns/net"));
    // Reading PID 1's link needs the right to inspect PID 1 (ptrace access
    // mode), which normal users lack; then we cannot tell and say nothing.
    info.initInode = namespaceInode(procRoot + QStringLiteral("/1/ns/net"));
    if (info.inode && info.initInode)
        info.sameAsInit = *info.inode == *info.initInode;
    if (info.sameAsInit == false) {
        info.note = QCoreApplication::translate(
            "NetNamespace",
            "This process runs in its own network namespace (a container or sandbox), not the "
            "host's. Its keep-alive settings started from the kernel defaults and may differ "
            "from the host's.");
    } else if (!info.inode) {
        info.note =
            QCoreApplication::translate("NetNamespace", "The network namespace could not be read.");
    }
    return info;
}

} // namespace kt
