#include "ProbeOptions.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "ProbeInterrupt.h"
#include "params/Format.h"
#include "params/Validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

// One per-socket option: its flag, its kernel range and where it goes.
struct NumberOption
{
    QCommandLineOption option;
    ParamSpec spec;
    std::optional<int> RequestedOptions::*field;
};

ParamSpec socketSpec(ParamField field)
{
    return paramSpec(field, ParamContext::Socket);
}

QString range(ParamField field)
{
    const ParamSpec spec = socketSpec(field);
    return formatRange(spec.range.min, spec.range.max, spec.unit);
}

} // namespace

std::optional<ProbeOptions> parseProbeOptions(const QStringList &args, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr(
            "Open a real TCP connection, apply keep-alive options, print what the kernel made of "
            "them and, with --watch, what it does. Without HOST:PORT the connection goes to an "
            "embedded peer on 127.0.0.1. An option left out inherits this host's value.\n\n"
            "Ctrl-C (SIGINT) or SIGTERM ends a watch early: the report so far is still printed "
            "(the whole document with --json), then the exit status is %1 or %2.")
            .arg(ProbeInterrupt::exitStatus(SIGINT))
            .arg(ProbeInterrupt::exitStatus(SIGTERM)));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 Tr::tr("HOST:PORT, IPV4:PORT or [IPV6]:PORT"),
                                 QStringLiteral("[HOST:PORT]"));
    // The ranges are the kernel's per-socket ones (do_tcp_setsockopt), checked
    // here so that a message names the option as it was typed.
    const NumberOption numbers[] = {
        {QCommandLineOption(QStringLiteral("idle"),
                            Tr::tr("TCP_KEEPIDLE: seconds idle before the first probe "
                                   "(%1).")
                                .arg(range(ParamField::Idle)),
                            QStringLiteral("S")),
         socketSpec(ParamField::Idle), &RequestedOptions::idleS},
        {QCommandLineOption(
             QStringLiteral("interval"),
             Tr::tr("TCP_KEEPINTVL: seconds between probes (%1).").arg(range(ParamField::Interval)),
             QStringLiteral("S")),
         socketSpec(ParamField::Interval), &RequestedOptions::intervalS},
        {QCommandLineOption(QStringLiteral("count"),
                            Tr::tr("TCP_KEEPCNT: unanswered probes before giving up "
                                   "(%1).")
                                .arg(range(ParamField::Count)),
                            QStringLiteral("N")),
         socketSpec(ParamField::Count), &RequestedOptions::count},
        {QCommandLineOption(QStringLiteral("user-timeout"),
                            Tr::tr("TCP_USER_TIMEOUT in milliseconds (0 = not set; %1).")
                                .arg(range(ParamField::UserTimeout)),
                            QStringLiteral("MS")),
         socketSpec(ParamField::UserTimeout), &RequestedOptions::userTimeoutMs},
    };
    const QCommandLineOption connectTimeoutOption(
        QStringLiteral("connect-timeout"),
        Tr::tr("Give up resolving or connecting after S seconds (default 5)."), QStringLiteral("S"),
        QStringLiteral("5"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        Tr::tr("Keep the connection open S seconds and report what the kernel does."),
        QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption noKeepaliveOption(QStringLiteral("no-keepalive"),
                                               Tr::tr("Leave SO_KEEPALIVE off."));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        Tr::tr("Instead of connecting, accept one connection on PORT (all addresses) and "
               "observe it, so someone can connect in. Waits until a connection arrives, "
               "or --connect-timeout when given."),
        QStringLiteral("PORT"));
    const QCommandLineOption echoOption(
        QStringLiteral("echo"),
        Tr::tr("With --listen: serve every connection, send back every byte received and apply no "
               "keep-alive of its own, until interrupted. The far end for 'keepalivectl "
               "path-timeout' when the real server is too precious for stray bytes."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    for (const NumberOption &number : numbers)
        parser.addOption(number.option);
    parser.addOptions({connectTimeoutOption, watchOption, noKeepaliveOption, listenOption,
                       echoOption, jsonOption});
    exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return std::nullopt;
    exitCode = ExitUsage;
    if (parser.positionalArguments().size() > 1) {
        fail(Tr::tr("probe takes one HOST:PORT, not %1 (see 'keepalivectl probe "
                    "--help')")
                 .arg(parser.positionalArguments().size()),
             ExitUsage);
        return std::nullopt;
    }

    ProbeOptions options;
    options.requested.keepalive = !parser.isSet(noKeepaliveOption);
    QString error;
    for (const NumberOption &number : numbers) {
        if (!parser.isSet(number.option))
            continue;
        qint64 value = 0;
        if (!parseIntOption(parser.value(number.option), number.option.names().constFirst(),
                            number.spec, value, error)) {
            fail(error, ExitUsage);
            return std::nullopt;
        }
        options.requested.*number.field = int(value);
    }
    // The same check the GUI makes; it cannot fail after the ranges above, but
    // should it ever, the message names the option as typed.
    if (const auto invalid = validateRequested(options.requested)) {
        fail(describeParamError(*invalid), ExitUsage);
        return std::nullopt;
    }
    if (!parseIntOption(parser.value(connectTimeoutOption), QStringLiteral("connect-timeout"), 1,
                        600, options.connectTimeoutS, error) ||
        !parseIntOption(parser.value(watchOption), QStringLiteral("watch"), 0, 86400,
                        options.watchS, error)) {
        fail(error, ExitUsage);
        return std::nullopt;
    }
    options.connectTimeoutGiven = parser.isSet(connectTimeoutOption);

    if (!parser.positionalArguments().isEmpty()) {
        options.target = parseTarget(parser.positionalArguments().constFirst(), &error);
        if (!options.target) {
            fail(error, ExitUsage);
            return std::nullopt;
        }
    }
    if (parser.isSet(listenOption)) {
        if (options.target) {
            fail(Tr::tr("--listen accepts a connection; it takes no HOST:PORT"), ExitUsage);
            return std::nullopt;
        }
        qint64 port = 0;
        if (!parseIntOption(parser.value(listenOption), QStringLiteral("listen"), 1, 65535, port,
                            error)) {
            fail(error, ExitUsage);
            return std::nullopt;
        }
        options.listenPort = quint16(port);
    }
    options.echo = parser.isSet(echoOption);
    if (options.echo) {
        if (!options.listenPort) {
            fail(QCoreApplication::translate("ProbeOptions", "--echo needs --listen PORT"),
                 ExitUsage);
            return std::nullopt;
        }
        // The echo listener sets nothing on its connections: a keep-alive
        // probe would refresh the path being measured.
        for (const QCommandLineOption &other :
             {numbers[0].option, numbers[1].option, numbers[2].option, numbers[3].option,
              connectTimeoutOption, watchOption, noKeepaliveOption}) {
            if (parser.isSet(other)) {
                fail(QCoreApplication::translate("ProbeOptions",
                                                 "--echo applies no keep-alive options and "
                                                 "serves until interrupted; it takes no --%1")
                         .arg(other.names().constFirst()),
                     ExitUsage);
                return std::nullopt;
            }
        }
    }
    options.json = parser.isSet(jsonOption);
    exitCode = ExitOk;
    return options;
}

} // namespace kt::cli
