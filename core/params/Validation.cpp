#include "params/Validation.h"

#include "params/Format.h"

#include <QCoreApplication>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

QString paramFieldName(ParamField field)
{
    switch (field) {
    case ParamField::Idle:
        return QStringLiteral("idle");
    case ParamField::Interval:
        return QStringLiteral("interval");
    case ParamField::Count:
        return QStringLiteral("count");
    case ParamField::UserTimeout:
        return QStringLiteral("user_timeout");
    }
    return {};
}

QString paramFieldLabel(ParamField field)
{
    return field == ParamField::UserTimeout ? Tr::tr("user timeout") : paramFieldName(field);
}

ParamSpec paramSpec(ParamField field, ParamContext context)
{
    using namespace limits;
    const bool socket = context == ParamContext::Socket;
    const bool sysctl = context == ParamContext::Sysctl;
    const auto name = [](std::string_view n) {
        return QString::fromLatin1(n.data(), qsizetype(n.size()));
    };
    switch (field) {
    case ParamField::Idle:
        return {field, socket ? kSocketIdle : kModelIdle, QStringLiteral("s"),
                socket   ? QStringLiteral("TCP_KEEPIDLE")
                : sysctl ? name(kSysctls[0].name)
                         : QString()};
    case ParamField::Interval:
        return {field, socket ? kSocketInterval : kModelInterval, QStringLiteral("s"),
                socket   ? QStringLiteral("TCP_KEEPINTVL")
                : sysctl ? name(kSysctls[1].name)
                         : QString()};
    case ParamField::Count:
        return {field, socket ? kSocketCount : kModelCount, QString(),
                socket   ? QStringLiteral("TCP_KEEPCNT")
                : sysctl ? name(kSysctls[2].name)
                         : QString()};
    case ParamField::UserTimeout:
        return {field, kUserTimeout, QStringLiteral("ms"),
                socket ? QStringLiteral("TCP_USER_TIMEOUT") : QString()};
    }
    return {};
}

namespace {

// `got` as text: a number too long for any integer type is out of range too.
QString outOfRange(const QString &subject, const ParamSpec &spec, const QString &got)
{
    const QString range = formatRange(spec.range.min, spec.range.max, spec.unit);
    // The kernel's name only when it says more than the subject does.
    if (spec.kernelName.isEmpty() || spec.kernelName == subject)
        return Tr::tr("%1 must be %2; got %3").arg(subject, range, got);
    return Tr::tr("%1 must be %2 (%3); got %4").arg(subject, range, spec.kernelName, got);
}

} // namespace

QString outOfRangeMessage(const QString &subject, const ParamSpec &spec, qint64 got)
{
    return outOfRange(subject, spec, QString::number(got));
}

QString givenTwiceMessage(const QString &subject)
{
    return Tr::tr("%1 was given twice").arg(subject);
}

std::optional<qint64> parseWholeNumber(const QString &text, const QString &subject,
                                       const ParamSpec &spec, QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const qsizetype digitsFrom = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    bool digitsOnly = text.size() > digitsFrom;
    for (qsizetype i = digitsFrom; i < text.size() && digitsOnly; ++i)
        digitsOnly = text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
    if (!digitsOnly)
        return refuse(Tr::tr("%1 takes a whole number, not \"%2\"").arg(subject, text.left(40)));
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok) // only digits, yet no 64-bit number: far beyond any range
        return refuse(outOfRange(subject, spec, text.left(40)));
    if (!spec.range.contains(value))
        return refuse(outOfRangeMessage(subject, spec, value));
    return value;
}

std::optional<ParamError> validateParams(const KeepaliveParams &p, ParamContext context)
{
    const struct
    {
        ParamField field;
        qint64 value;
    } values[] = {{ParamField::Idle, p.idleS},
                  {ParamField::Interval, p.intervalS},
                  {ParamField::Count, p.count},
                  {ParamField::UserTimeout, p.userTimeoutMs}};
    for (const auto &v : values) {
        if (context == ParamContext::Sysctl && v.field == ParamField::UserTimeout)
            continue;
        const ParamSpec spec = paramSpec(v.field, context);
        if (!spec.range.contains(v.value)) {
            return ParamError{v.field, paramFieldName(v.field),
                              outOfRangeMessage(paramFieldLabel(v.field), spec, v.value), spec,
                              v.value};
        }
    }
    return std::nullopt;
}

} // namespace kt
