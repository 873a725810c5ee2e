#pragma once

#include "sysctl/SysctlKeys.h"

#include <QList>
#include <QString>
#include <QStringView>

// How the boot appliers read a key in a sysctl.d line: its spelling and the
// globs that name several keys at once.
namespace kt {

// The key names several keys: it has '*', '?' or '['.
bool isGlob(const QString &key);

// Swaps the separators when the first one is a '.', as both appliers do
// (systemd's sysctl_normalize(), procps' slashdot()): dots become slashes and
// slashes dots, since a slash then belongs to a name such as "eth0.1".
QString swapSeparators(QString key);

// systemd also simplifies the path (path_simplify(): no empty or "."
// components) and drops a leading slash.
QString systemdNormalize(const QString &key);

// fnmatch(3) with FNM_PATHNAME, as glob(3) matches each path component:
// '*' and '?' never match '/', [...] with '!' or '^' negation and ranges, and
// '\' escapes.
bool globMatch(QStringView pattern, QStringView text);

// The keep-alive keys a normalized key (slash spelling) names: one, every
// match of a glob, or none.
QList<SysctlKey> matchingKeys(const QString &normalizedKey);

} // namespace kt
