#include "sysctl/KernelSysctlWrite.h"

#include "params/Format.h"
#include "params/KernelLimits.h"

#include <QCoreApplication>

#include <cctype>
#include <climits>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KernelSysctlWrite)
};

} // namespace

qint64 kernelMaxSeconds(int hz)
{
    return INT_MAX / (hz > 0 ? hz : limits::kDefaultHz);
}

KernelWrite kernelWriteResult(SysctlKey key, const QString &text, int hz)
{
    const QString s = text + QLatin1Char('\n');
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace() && s.at(i).unicode() < 0x80)
        ++i;
    const qsizetype start = i;
    bool negative = false;
    if (i < s.size() && s.at(i) == QLatin1Char('-')) {
        negative = true;
        ++i;
    }
    // strtoul() with base 0: "0x" and a hex digit is hex, a leading 0 octal.
    int base = 10;
    if (i < s.size() && s.at(i) == QLatin1Char('0')) {
        base = 8;
        if (i + 2 < s.size() &&
            (s.at(i + 1) == QLatin1Char('x') || s.at(i + 1) == QLatin1Char('X')) &&
            isxdigit(s.at(i + 2).toLatin1())) {
            base = 16;
            i += 2;
        }
    }
    const qsizetype digitsStart = i;
    quint64 number = 0;
    bool overflow = false;
    for (; i < s.size(); ++i) {
        const char c = s.at(i).unicode() < 0x80 ? s.at(i).toLatin1() : 0;
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0 || digit >= base)
            break;
        if (number > (ULLONG_MAX - quint64(digit)) / quint64(base))
            overflow = true;
        else
            number = number * quint64(base) + quint64(digit);
    }
    if (i == digitsStart)
        return {std::nullopt, Tr::tr("not a whole number")};
    // proc_get_long() copies at most 21 characters and refuses a number that
    // fills them.
    if (i - start >= 21 || overflow)
        return {std::nullopt, Tr::tr("too long a number")};
    const QChar next = s.at(i);
    if (next != QLatin1Char(' ') && next != QLatin1Char('\t') && next != QLatin1Char('\n'))
        return {std::nullopt, Tr::tr("not a whole number")};

    if (key == SysctlKey::KeepaliveProbes) {
        if (negative || number > 255)
            return {std::nullopt, Tr::tr("outside what the kernel accepts for a count, %1")
                                      .arg(formatRange(0, 255, QString()))};
        return {qint64(number), {}};
    }
    const qint64 max = kernelMaxSeconds(hz);
    if (number > quint64(max))
        return {std::nullopt, Tr::tr("outside what this kernel accepts, %1 (INT_MAX / HZ, with "
                                     "HZ = %2)")
                                  .arg(formatRange(-max, max, QStringLiteral("s")))
                                  .arg(hz > 0 ? hz : limits::kDefaultHz)};
    return {negative ? -qint64(number) : qint64(number), {}};
}

} // namespace kt
