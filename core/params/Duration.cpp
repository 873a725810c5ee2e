#include "params/Duration.h"

#include <QStringList>

#include <cmath>

namespace kt {

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-") + formatDuration(-seconds);
    if (seconds == 0)
        return QStringLiteral("0 s");
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    QStringList parts;
    if (days)
        parts << QStringLiteral("%1 d").arg(days);
    if (hours)
        parts << QStringLiteral("%1 h").arg(hours);
    if (minutes)
        parts << QStringLiteral("%1 min").arg(minutes);
    if (secs)
        parts << QStringLiteral("%1 s").arg(secs);
    return parts.join(QLatin1Char(' '));
}

QString formatSecondsPrecise(double seconds)
{
    if (std::abs(seconds) < 1.0)
        return QStringLiteral("%1 ms").arg(std::lround(seconds * 1000.0));
    return QStringLiteral("%1 s").arg(seconds, 0, 'f', 3);
}

} // namespace kt
