#include "socket/SocketOptions.h"

#include "params/Format.h"
#include "socket/ErrnoText.h"

#include <QCoreApplication>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SocketOptions)
};

struct OptionInfo
{
    int level;
    int name;
    const char *field; // the ParamError field name
};

OptionInfo info(SocketOption option)
{
    switch (option) {
    case SocketOption::KeepAlive:
        return {SOL_SOCKET, SO_KEEPALIVE, "keepalive"};
    case SocketOption::KeepIdle:
        return {IPPROTO_TCP, TCP_KEEPIDLE, "idle"};
    case SocketOption::KeepInterval:
        return {IPPROTO_TCP, TCP_KEEPINTVL, "interval"};
    case SocketOption::KeepCount:
        return {IPPROTO_TCP, TCP_KEEPCNT, "count"};
    case SocketOption::UserTimeout:
        return {IPPROTO_TCP, TCP_USER_TIMEOUT, "user_timeout"};
    }
    return {SOL_SOCKET, SO_KEEPALIVE, "keepalive"};
}

} // namespace

QString optionName(SocketOption option)
{
    switch (option) {
    case SocketOption::KeepAlive:
        return QStringLiteral("SO_KEEPALIVE");
    case SocketOption::KeepIdle:
        return QStringLiteral("TCP_KEEPIDLE");
    case SocketOption::KeepInterval:
        return QStringLiteral("TCP_KEEPINTVL");
    case SocketOption::KeepCount:
        return QStringLiteral("TCP_KEEPCNT");
    case SocketOption::UserTimeout:
        return QStringLiteral("TCP_USER_TIMEOUT");
    }
    return {};
}

QString optionRange(SocketOption option)
{
    const auto range = [](ParamField field) {
        const ParamSpec spec = paramSpec(field, ParamContext::Socket);
        return formatRange(spec.range.min, spec.range.max, spec.unit);
    };
    switch (option) {
    case SocketOption::KeepAlive:
        return QStringLiteral("0 or 1");
    case SocketOption::KeepIdle:
        return range(ParamField::Idle);
    case SocketOption::KeepInterval:
        return range(ParamField::Interval);
    case SocketOption::KeepCount:
        return range(ParamField::Count);
    case SocketOption::UserTimeout:
        return range(ParamField::UserTimeout);
    }
    return {};
}

ScheduleInput scheduleInputFor(const EffectiveOptions &effective, Scenario scenario)
{
    ScheduleInput in;
    in.params = effective.params();
    in.keepalive = effective.keepalive;
    in.scenario = scenario;
    return in;
}

std::optional<ParamError> validateRequested(const RequestedOptions &r)
{
    // Unset fields take a value that is valid by definition (the kernel
    // default), so only what the person typed can be refused.
    const KeepaliveParams defaults = KeepaliveParams::kernelDefaults();
    return validateForSocket({r.idleS.value_or(defaults.idleS),
                              r.intervalS.value_or(defaults.intervalS),
                              r.count.value_or(defaults.count), r.userTimeoutMs.value_or(0)});
}

bool setSocketOption(int fd, SocketOption option, int value, QString *error, int *errorCode)
{
    const OptionInfo i = info(option);
    if (::setsockopt(fd, i.level, i.name, &value, sizeof value) == 0)
        return true;
    const int err = errno;
    if (errorCode)
        *errorCode = err;
    if (error)
        *error = Tr::tr("the kernel refused %1 = %2: %3; it accepts values %4")
                     .arg(optionName(option))
                     .arg(value)
                     .arg(errnoText(err), optionRange(option));
    return false;
}

std::optional<int> readSocketOption(int fd, SocketOption option, QString *error)
{
    const OptionInfo i = info(option);
    int value = 0;
    socklen_t length = sizeof value;
    if (::getsockopt(fd, i.level, i.name, &value, &length) == 0)
        return value;
    if (error)
        *error = Tr::tr("cannot read %1 back: %2").arg(optionName(option), errnoText(errno));
    return std::nullopt;
}

ApplyResult readOptions(int fd)
{
    ApplyResult result;
    EffectiveOptions e;
    const std::pair<SocketOption, int *> fields[] = {
        {SocketOption::KeepIdle, &e.idleS},
        {SocketOption::KeepInterval, &e.intervalS},
        {SocketOption::KeepCount, &e.count},
        {SocketOption::UserTimeout, &e.userTimeoutMs},
    };
    const auto keepalive = readSocketOption(fd, SocketOption::KeepAlive, &result.message);
    if (!keepalive) {
        result.field = QStringLiteral("keepalive");
        return result;
    }
    e.keepalive = *keepalive != 0;
    for (const auto &[option, target] : fields) {
        const auto value = readSocketOption(fd, option, &result.message);
        if (!value) {
            result.field = QString::fromLatin1(info(option).field);
            return result;
        }
        *target = *value;
    }
    result.effective = e;
    return result;
}

ApplyResult applyOptions(int fd, const RequestedOptions &r)
{
    if (const auto invalid = validateRequested(r)) {
        ApplyResult refused;
        refused.field = invalid->field;
        refused.message = invalid->message;
        return refused;
    }
    const std::pair<SocketOption, std::optional<int>> wanted[] = {
        {SocketOption::KeepAlive, r.keepalive ? 1 : 0}, {SocketOption::KeepIdle, r.idleS},
        {SocketOption::KeepInterval, r.intervalS},      {SocketOption::KeepCount, r.count},
        {SocketOption::UserTimeout, r.userTimeoutMs},
    };
    for (const auto &[option, value] : wanted) {
        if (!value)
            continue; // inherit the host's value
        ApplyResult refused;
        if (!setSocketOption(fd, option, *value, &refused.message, &refused.error)) {
            refused.field = QString::fromLatin1(info(option).field);
            return refused;
        }
    }
    return readOptions(fd);
}

} // namespace kt
