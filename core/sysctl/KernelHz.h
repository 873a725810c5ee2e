#pragma once

#include "params/KernelLimits.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kt {

// The model's assumption when the configuration cannot be read.
using limits::kDefaultHz;

// The running kernel's tick rate (CONFIG_HZ) and where it was read. The
// keep-alive timers count in jiffies, so HZ decides how coarse they are.
struct KernelHz
{
    int hz = 0;
    QString source; // "/proc/config.gz", "/boot/config-6.1.0-18-amd64"

    friend bool operator==(const KernelHz &, const KernelHz &) = default;
};

// Reads CONFIG_HZ from /boot/config-<release> or /proc/config.gz below
// `root` (a parameter so tests use fixture trees). Empty when neither is
// readable or names HZ.
std::optional<KernelHz> readKernelHz(const QString &root = QStringLiteral("/"),
                                     const QString &release = QString());

// CONFIG_HZ=<n> from the text of a kernel configuration; 0 when absent.
int parseConfigHz(const QByteArray &config);

// Inflates a gzip file's bytes (as /proc/config.gz holds); empty on error.
QByteArray gunzip(const QByteArray &compressed);

} // namespace kt
