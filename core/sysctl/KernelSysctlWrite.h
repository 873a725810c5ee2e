#pragma once

#include "sysctl/SysctlKeys.h"

#include <QString>

#include <optional>

namespace kt {

// What the kernel does with `text` written to a keep-alive sysctl (both
// appliers write the value followed by a newline). `value` is what the kernel
// then holds, empty when it refuses the write; `refusal` says why.
struct KernelWrite
{
    std::optional<qint64> value;
    QString refusal;
};
// Follows the kernel's parser (proc_get_long() in kernel/sysctl.c): leading
// white space, a '-' only for the times, then a number in C notation (0x10 is
// 16, 010 is 8) of at most 20 characters with the sign, ended by white space
// (anything after it is ignored: "5 6" sets 5). The times are
// proc_dointvec_jiffies: seconds up to INT_MAX / HZ either side of zero; the
// probes are proc_dou8vec_minmax: 0 to 255. `hz` is the kernel's CONFIG_HZ.
KernelWrite kernelWriteResult(SysctlKey key, const QString &text, int hz);
// The largest number of seconds the kernel accepts for the times with `hz`.
qint64 kernelMaxSeconds(int hz);

} // namespace kt
