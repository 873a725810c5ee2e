#pragma once

#include <QString>

#include <optional>

namespace kt {

// Which network namespace a reading came from. The keep-alive sysctls are per
// namespace and a new namespace (a container) starts with the kernel defaults,
// not the host's values, which surprises people; so we say which one was read.
struct NetNamespaceInfo
{
    std::optional<quint64> inode;     // of /proc/self/ns/net
    std::optional<quint64> initInode; // of /proc/1/ns/net, when readable
    std::optional<bool> sameAsInit;   // unknown when PID 1's is not readable
    QString note;                     // a sentence for people, empty when nothing to say
};

// `procRoot` is "/proc" outside tests.
NetNamespaceInfo readNetNamespace(const QString &procRoot = QStringLiteral("/proc"));

} // namespace kt
