#include "params/Format.h"

#include <QCoreApplication>
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

QString formatSeconds(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("-") + formatSeconds(-seconds);
    // Tenths as an integer, so 924.56 and 924.6 are the same text everywhere.
    const qint64 tenths = std::llround(seconds * 10.0);
    if (tenths % 10 == 0)
        return formatDuration(tenths / 10);
    const qint64 wholeMinutes = tenths / 600 * 60;
    const QString secs = QStringLiteral("%1.%2 s").arg(tenths / 10 % 60).arg(tenths % 10);
    return wholeMinutes > 0 ? formatDuration(wholeMinutes) + QLatin1Char(' ') + secs : secs;
}

QString formatSecondsPrecise(double seconds)
{
    if (std::abs(seconds) < 1.0)
        return QStringLiteral("%1 ms").arg(std::lround(seconds * 1000.0));
    return QStringLiteral("%1 s").arg(seconds, 0, 'f', 3);
}

QString formatMilliseconds(qint64 ms)
{
    if (ms > -60000 && ms < 60000)
        return formatSecondsPrecise(double(ms) / 1000.0);
    return formatDuration(std::llround(double(ms) / 1000.0));
}

QString formatMillisecondsShort(qint64 ms)
{
    const qint64 seconds = std::llround(double(ms) / 1000.0);
    if (seconds < 3600 && seconds > -3600)
        return formatMilliseconds(ms);
    return formatDuration(seconds / 60 * 60);
}

QString formatValue(qint64 value, const QString &unit)
{
    return unit.isEmpty() ? QString::number(value) : QStringLiteral("%1 %2").arg(value).arg(unit);
}

QString formatRange(qint64 min, qint64 max, const QString &unit)
{
    return QCoreApplication::translate("Format", "between %1 and %2")
        .arg(min)
        .arg(formatValue(max, unit));
}

QString inheritWord()
{
    return QCoreApplication::translate("Format", "inherit");
}

QString formatRequested(const std::optional<int> &value, const QString &unit)
{
    return value ? formatValue(*value, unit) : inheritWord();
}

QString asSentence(const QString &clause)
{
    return QCoreApplication::translate("Format", "%1.", "a clause ended as a sentence").arg(clause);
}

QString joinSentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        text = text.isEmpty()
                   ? sentence
                   : QCoreApplication::translate("Format", "%1 %2", "two sentences in a row")
                         .arg(text, sentence);
    }
    return text;
}

} // namespace kt
