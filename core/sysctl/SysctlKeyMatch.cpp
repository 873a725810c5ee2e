#include "sysctl/SysctlKeyMatch.h"

namespace kt {

bool isGlob(const QString &key)
{
    return key.contains(QLatin1Char('*')) || key.contains(QLatin1Char('?')) ||
           key.contains(QLatin1Char('['));
}

QString swapSeparators(QString key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (dot < 0 || (slash >= 0 && slash < dot))
        return key;
    for (QChar &c : key) {
        if (c == QLatin1Char('.'))
            c = QLatin1Char('/');
        else if (c == QLatin1Char('/'))
            c = QLatin1Char('.');
    }
    return key;
}

QString systemdNormalize(const QString &key)
{
    QStringList parts = swapSeparators(key).split(QLatin1Char('/'));
    parts.removeIf([](const QString &p) { return p.isEmpty() || p == QLatin1String("."); });
    return parts.join(QLatin1Char('/'));
}

bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = -1;
    while (t < text.size()) {
        bool advanced = false;
        if (p < pattern.size()) {
            const QChar pc = pattern.at(p);
            if (pc == QLatin1Char('*')) {
                starP = ++p;
                starT = t;
                continue;
            }
            if (pc == QLatin1Char('?') && text.at(t) != QLatin1Char('/')) {
                ++p;
                ++t;
                advanced = true;
            } else if (pc == QLatin1Char('[') && text.at(t) != QLatin1Char('/')) {
                qsizetype q = p + 1;
                bool negate = false;
                if (q < pattern.size() &&
                    (pattern.at(q) == QLatin1Char('!') || pattern.at(q) == QLatin1Char('^'))) {
                    negate = true;
                    ++q;
                }
                bool matched = false;
                bool first = true;
                while (q < pattern.size() && (first || pattern.at(q) != QLatin1Char(']'))) {
                    first = false;
                    QChar lo = pattern.at(q);
                    if (lo == QLatin1Char('\\') && q + 1 < pattern.size())
                        lo = pattern.at(++q);
                    QChar hi = lo;
                    if (q + 2 < pattern.size() && pattern.at(q + 1) == QLatin1Char('-') &&
                        pattern.at(q + 2) != QLatin1Char(']')) {
                        hi = pattern.at(q + 2);
                        q += 2;
                    }
                    if (text.at(t) >= lo && text.at(t) <= hi)
                        matched = true;
                    ++q;
                }
                if (q < pattern.size()) { // a closed bracket expression
                    if (matched != negate) {
                        p = q + 1;
                        ++t;
                        advanced = true;
                    }
                } else if (text.at(t) == QLatin1Char('[')) { // an unclosed '[' is literal
                    ++p;
                    ++t;
                    advanced = true;
                }
            } else {
                QChar literal = pc;
                qsizetype width = 1;
                if (pc == QLatin1Char('\\') && p + 1 < pattern.size()) {
                    literal = pattern.at(p + 1);
                    width = 2;
                }
                if (literal == text.at(t) && pc != QLatin1Char('?') && pc != QLatin1Char('[')) {
                    p += width;
                    ++t;
                    advanced = true;
                }
            }
        }
        if (advanced)
            continue;
        // Backtrack: let the last '*' take one more character (never a '/').
        if (starP < 0 || text.at(starT) == QLatin1Char('/'))
            return false;
        p = starP;
        t = ++starT;
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

QList<SysctlKey> matchingKeys(const QString &normalizedKey)
{
    QList<SysctlKey> keys;
    const bool glob = isGlob(normalizedKey);
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        if (glob ? globMatch(normalizedKey, info.procPath) : normalizedKey == info.procPath)
            keys << info.key;
    }
    return keys;
}

} // namespace kt
