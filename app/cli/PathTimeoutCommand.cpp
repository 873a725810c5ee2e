// keepalivectl path-timeout: measure how long an idle connection to a real
// target survives the path, with core's PathTimeoutRun (the same run the
// Advisor page starts). PathTimeoutReport prints; this file reads the
// command line and runs the event loop until the run ends or Ctrl-C.
#include "CliCommand.h"
#include "CliOutput.h"
#include "PathTimeoutReport.h"
#include "ProbeInterrupt.h"
#include "pathtimeout/PathTimeoutRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace kt::cli {

using namespace kt::pathtimeout;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathTimeoutCommand)
};

struct Request
{
    PathTimeoutOptions options;
    bool json = false;
    int hz = 0;
};

std::optional<Request> parse(const QStringList &args, int &exitCode)
{
    const PathTimeoutOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Measure the path's idle timeout: how long an idle TCP connection to HOST:PORT "
               "survives the middleboxes on the way. Trial connections (keep-alive off, "
               "TCP_USER_TIMEOUT %1 s) stay idle for different times, then each sends one payload: "
               "acknowledged means the path carried it, never acknowledged means it was cut "
               "silently, a reset instead means a middlebox cut it with an RST. Rounds bisect "
               "between the longest idle that survived and the shortest that was cut. The far end "
               "may be any server that answers or closes.\n\n%4\n\n"
               "Exit status: 0 a measurement was made; 1 the target cannot be reached (the connect "
               "error is on stderr) or nothing could be measured; 2 usage; %2 or %3 when ended by "
               "SIGINT (Ctrl-C) or SIGTERM, after printing what is known so far.")
            .arg(defaults.userTimeoutMs / 1000)
            .arg(ProbeInterrupt::exitStatus(SIGINT))
            .arg(ProbeInterrupt::exitStatus(SIGTERM))
            .arg(payloadWarning()));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 Tr::tr("HOST:PORT, IPV4:PORT or [IPV6]:PORT of a real server."),
                                 QStringLiteral("HOST:PORT"));
    const QCommandLineOption maxOption(
        QStringLiteral("max"),
        Tr::tr("The longest idle tried, in seconds (1 to %1; default %2). A run takes about three "
               "times the path's timeout, at most about three times this.")
            .arg(kMaxIdleLimitS)
            .arg(defaults.maxS),
        QStringLiteral("S"));
    const QCommandLineOption minOption(
        QStringLiteral("min"),
        Tr::tr("The shortest idle worth trying, in seconds (default %1: from the start).")
            .arg(defaults.minS),
        QStringLiteral("S"));
    const QCommandLineOption resolutionOption(
        QStringLiteral("resolution"),
        Tr::tr("Stop when the bounds are this close, in seconds (1 to %1; default %2).")
            .arg(kMaxResolutionS)
            .arg(defaults.resolutionS),
        QStringLiteral("S"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"),
        Tr::tr("Never more than N trial connections at once (1 to %1; default %2).")
            .arg(kMaxParallel)
            .arg(defaults.parallel),
        QStringLiteral("N"));
    const QCommandLineOption sendOption(
        QStringLiteral("send"),
        Tr::tr("What each trial sends after its idle (default \"%1\": one newline); \\n, \\r, \\t, "
               "\\0, \\\\ and \\xHH are bytes; at most %2 bytes.")
            .arg(sendText(defaults.send))
            .arg(kMaxSendBytes),
        QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    const QCommandLineOption hz = hzOption();
    parser.addOptions(
        {maxOption, minOption, resolutionOption, parallelOption, sendOption, hz, jsonOption});
    exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return std::nullopt;
    exitCode = ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        fail(positional.isEmpty()
                 ? Tr::tr("path-timeout needs HOST:PORT (see 'keepalivectl path-timeout --help')")
                 : Tr::tr("path-timeout takes one HOST:PORT, not %1 (see 'keepalivectl "
                          "path-timeout --help')")
                       .arg(positional.size()),
             ExitUsage);
        return std::nullopt;
    }
    Request request;
    QString error;
    const auto target = parseTarget(positional.constFirst(), &error);
    if (!target) {
        fail(error, ExitUsage);
        return std::nullopt;
    }
    request.options.target = *target;

    // Each number is read whole with the ranges core states; how they fit
    // together (--min below --max) is core's check too.
    const struct
    {
        const QCommandLineOption &option;
        qint64 min;
        qint64 max;
        double *field;
    } seconds[] = {
        {maxOption, 1, kMaxIdleLimitS, &request.options.maxS},
        {minOption, 0, kMaxIdleLimitS - 1, &request.options.minS},
        {resolutionOption, 1, kMaxResolutionS, &request.options.resolutionS},
    };
    qint64 value = 0;
    for (const auto &s : seconds) {
        if (!parser.isSet(s.option))
            continue;
        if (!parseIntOption(parser.value(s.option), s.option.names().constFirst(), s.min, s.max,
                            value, error)) {
            fail(error, ExitUsage);
            return std::nullopt;
        }
        *s.field = double(value);
    }
    if (parser.isSet(parallelOption)) {
        if (!parseIntOption(parser.value(parallelOption), QStringLiteral("parallel"), 1,
                            kMaxParallel, value, error)) {
            fail(error, ExitUsage);
            return std::nullopt;
        }
        request.options.parallel = int(value);
    }
    if (parser.isSet(sendOption)) {
        const auto bytes = parseSendText(parser.value(sendOption), &error);
        if (!bytes) {
            fail(QStringLiteral("--send: ") + error, ExitUsage);
            return std::nullopt;
        }
        request.options.send = *bytes;
    }
    if (const auto invalid = validateOptions(request.options, OptionNames::CommandLine)) {
        fail(*invalid, ExitUsage);
        return std::nullopt;
    }
    QString hzSource;
    if (!resolveHz(parser, request.hz, hzSource, error)) {
        fail(error, ExitUsage);
        return std::nullopt;
    }
    request.json = parser.isSet(jsonOption);
    exitCode = ExitOk;
    return request;
}

} // namespace

int runPathTimeout(const QStringList &args)
{
    int exitCode = ExitOk;
    const std::optional<Request> request = parse(args, exitCode);
    if (!request)
        return exitCode;

    // First, so Ctrl-C is caught for the whole run.
    ProbeInterrupt interrupt;
    PathTimeoutReport report(request->json);
    PathTimeoutRun run;
    QEventLoop loop;
    QString unreachable;
    QObject::connect(&interrupt, &ProbeInterrupt::caught, &run, &PathTimeoutRun::cancel);
    QObject::connect(&run, &PathTimeoutRun::progress, &loop, [&] { report.progress(run); });
    QObject::connect(&run, &PathTimeoutRun::trialFinished, &loop,
                     [&](int index) { report.trialFinished(run.result(), index); });
    QObject::connect(&run, &PathTimeoutRun::unreachable, &loop,
                     [&](const QString &error) { unreachable = error; });
    QObject::connect(&run, &PathTimeoutRun::finished, &loop, &QEventLoop::quit);

    report.planned(request->options, planFor(request->options));
    run.start(request->options);
    if (ProbeInterrupt::caughtSignal())
        run.cancel();
    if (run.isRunning())
        loop.exec();

    const PathTimeoutResult result = run.result();
    const int signal = ProbeInterrupt::caughtSignal();
    if (!unreachable.isEmpty() && signal == 0)
        return fail(unreachable, ExitFailure);
    report.finish(result, request->hz);
    if (signal != 0)
        return fail(Tr::tr("interrupted by %1").arg(ProbeInterrupt::signalName(signal)),
                    ProbeInterrupt::exitStatus(signal));
    if (!result.measuredAnything())
        return fail(result.problem.isEmpty() ? Tr::tr("nothing could be measured") : result.problem,
                    ExitFailure);
    return ExitOk;
}

} // namespace kt::cli
