#pragma once

#include "params/KeepaliveParams.h"
#include "params/KernelLimits.h"

#include <QString>

#include <optional>

// The one validation of keep-alive values and its one wording, for the GUI,
// keepalivectl and the privileged writer alike. (The helper keeps its own
// strict parser because it trusts no caller; its ranges come from the same
// table, params/KernelLimits.h.)
namespace kt {

enum class ParamField
{
    Idle,
    Interval,
    Count,
    UserTimeout,
};

// Where a value is checked; each context has its own ranges.
enum class ParamContext
{
    Socket, // TCP_KEEPIDLE & co. on one socket
    Sysctl, // net.ipv4.tcp_keepalive_* for the host
    Model,  // what the schedule model takes: the widest of the two
};

// "idle", "interval", "count", "user_timeout": stable names for JSON.
QString paramFieldName(ParamField field);
// "idle", "interval", "count", "user timeout": words for messages.
QString paramFieldLabel(ParamField field);

// What a value may be in a context: its range, unit and the kernel's name.
struct ParamSpec
{
    ParamField field = ParamField::Idle;
    limits::Range range{0, 0};
    QString unit;       // "s", "ms", or "" for a count
    QString kernelName; // "TCP_KEEPIDLE", "net.ipv4.tcp_keepalive_time"; "" in the model
};
ParamSpec paramSpec(ParamField field, ParamContext context);

// A refusal with the range the kernel accepts.
struct ParamError
{
    ParamField which = ParamField::Idle;
    QString field;   // paramFieldName(which)
    QString message; // "idle must be between 1 and 32767 s (TCP_KEEPIDLE); got 40000"
    ParamSpec spec;
    qint64 got = 0;
};

// "SUBJECT must be between MIN and MAX UNIT (KERNEL NAME); got VALUE": the one
// sentence for a value out of range. `subject` is the value as the person
// typed or sees it: "idle", "--idle", "net.ipv4.tcp_keepalive_time".
QString outOfRangeMessage(const QString &subject, const ParamSpec &spec, qint64 got);

// "SUBJECT was given twice": a value set more than once in one request, which
// is refused rather than guessing which one was meant.
QString givenTwiceMessage(const QString &subject);

// Reads `text` as a whole decimal number (an optional '-', digits, nothing
// else) within `spec`'s range; nothing, and the reason in `error`, when it is
// not one. Text that is not such a number is "SUBJECT takes a whole number,
// not "TEXT""; a number too large for any type is out of range like any
// other, with the range.
std::optional<qint64> parseWholeNumber(const QString &text, const QString &subject,
                                       const ParamSpec &spec, QString *error = nullptr);

// The first value out of its range in a context, or nothing. The sysctl
// context has no user timeout and ignores it.
std::optional<ParamError> validateParams(const KeepaliveParams &params, ParamContext context);
inline std::optional<ParamError> validateForSocket(const KeepaliveParams &params)
{
    return validateParams(params, ParamContext::Socket);
}
inline std::optional<ParamError> validateForSysctl(const KeepaliveParams &params)
{
    return validateParams(params, ParamContext::Sysctl);
}

} // namespace kt
