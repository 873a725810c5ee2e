#pragma once

#include <QString>

#include <optional>

namespace kt {

struct SysctlKeyInfo;

// The value the kernel holds right now, read from /proc/sys of the network
// namespace this process runs in (the keep-alive sysctls are per namespace).
struct SysctlReading
{
    std::optional<qint64> value;
    QString error; // why there is no value ("Permission denied", "not a number: …")
};

// `procSysRoot` is "/proc/sys" outside tests.
SysctlReading readSysctl(const QString &procSysRoot, const SysctlKeyInfo &key);

} // namespace kt
