#include "socket/ErrnoText.h"

#include <cstring>

namespace kt {

// strerrorname_np / strerrordesc_np (glibc 2.32) are thread-safe and not
// localised, unlike strerror(); the log and the CLI output stay greppable.
QString errnoName(int error)
{
    const char *name = strerrorname_np(error);
    return name ? QString::fromLatin1(name) : QStringLiteral("errno %1").arg(error);
}

QString errnoText(int error)
{
    const char *description = strerrordesc_np(error);
    if (!description)
        return errnoName(error);
    return QStringLiteral("%1 (%2)").arg(errnoName(error), QString::fromLatin1(description));
}

} // namespace kt
