// keepalivectl connections: every TCP connection of the network namespace with
// its owner, its real keep-alive options (pidfd_getfd + getsockopt) and its
// timer, like `ss -tnoip` with the keep-alive columns. The same core/inspect as
// the GUI's Connections page.
#include "CliCommand.h"
#include "CliOutput.h"
#include "inspect/ConnectionView.h"
#include "inspect/Inspect.h"
#include "params/Format.h"
#include "sysctl/KernelHz.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <set>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionsCommand)
};

using namespace kt::inspect;

struct Listing
{
    InspectResult result;
    std::vector<std::size_t> shown;            // indices into result.sockets that pass the filter
    std::vector<std::optional<bool>> survives; // per socket
};

bool list(const InspectRequest &request, const ConnectionFilter &filter, SurvivalCache &cache,
          Listing &out, QString &error)
{
    std::string message;
    if (!inspectConnections(request, out.result, message)) {
        error = QString::fromStdString(message);
        return false;
    }
    out.shown.clear();
    out.survives.assign(out.result.sockets.size(), std::nullopt);
    for (std::size_t i = 0; i < out.result.sockets.size(); ++i) {
        const SocketRecord &record = out.result.sockets[i];
        const ProcessRecord *process = processOf(record, out.result);
        out.survives[i] = cache.survives(record);
        // The command only when a filter needs it: no string per socket otherwise.
        const QString command =
            process && !filter.process.isEmpty() ? QString::fromUtf8(process->command) : QString();
        if (filter.matches(record, command, out.survives[i]))
            out.shown.push_back(i);
    }
    return true;
}

QString keepaliveCell(const SocketRecord &record)
{
    const std::optional<bool> on = keepaliveState(record);
    if (!on)
        return QStringLiteral("?");
    if (keepaliveFromTimerOnly(record))
        return Tr::tr("on(timer)");
    return *on ? Tr::tr("on") : Tr::tr("off");
}

QString row(const SocketRecord &record, const ProcessRecord *process, std::optional<bool> survives,
            std::optional<double> timeoutS)
{
    const QString owner =
        process ? QStringLiteral("%1/%2").arg(record.pid).arg(QString::fromUtf8(process->command))
                : QStringLiteral("-");
    QString options = QStringLiteral("-");
    if (record.optionsStatus == OptionsStatus::Read)
        options = QStringLiteral("%1/%2/%3/%4")
                      .arg(record.options.idleS)
                      .arg(record.options.intervalS)
                      .arg(record.options.count)
                      .arg(record.options.userTimeoutMs);
    const QString timer = record.timer == 0
                              ? QStringLiteral("-")
                              : QStringLiteral("%1,%2,%3")
                                    .arg(timerKey(record.timer))
                                    .arg(formatMillisecondsShort(record.timerExpiresMs))
                                    .arg(record.timerCounter);
    const QString lastRecv = record.infoValid ? formatMillisecondsShort(record.sinceLastReceiveMs())
                                              : QStringLiteral("-");
    const QString survivesText =
        !timeoutS ? QString()
                  : (!survives ? QStringLiteral("?") : (*survives ? Tr::tr("yes") : Tr::tr("cut")));
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(padEnd(stateName(record.state), 11), padEnd(endpointText(record.local), 22),
             padEnd(endpointText(record.remote), 22), padEnd(keepaliveCell(record), 9),
             padEnd(options, 18), padEnd(timer, 22), padEnd(lastRecv, 9),
             padEnd(survivesText, timeoutS ? 8 : 0), owner)
        .trimmed();
}

QString header(std::optional<double> timeoutS)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(padEnd(Tr::tr("State"), 11), padEnd(Tr::tr("Local"), 22), padEnd(Tr::tr("Peer"), 22),
             padEnd(Tr::tr("Keepalive"), 9), padEnd(Tr::tr("Idle/Intvl/Cnt/UTO"), 18),
             padEnd(Tr::tr("Timer,expires,probes"), 22), padEnd(Tr::tr("LastRecv"), 9),
             timeoutS ? padEnd(Tr::tr("Survives"), 8) : QString(), Tr::tr("Process"))
        .replace(QStringLiteral("  "), QStringLiteral("  "));
}

} // namespace

int runConnections(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Lists every TCP connection of this network namespace (IPv4 and IPv6) with its owning "
        "process, its keep-alive options as the kernel reports them for that socket, and its "
        "pending timer. Run as root it reads every process's options; as a normal user it reads "
        "its own processes' and marks the rest as not readable without administrator rights."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    const QCommandLineOption pidOption(
        QStringLiteral("pid"), Tr::tr("Only connections of process P."), QStringLiteral("P"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Tr::tr("Only connections with port N at either "
                                               "end."),
                                        QStringLiteral("N"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        Tr::tr("Only connections in STATE (ESTABLISHED, CLOSE_WAIT, LISTEN, …). Without "
               "it, every state but LISTEN, SYN_RECV, TIME_WAIT and CLOSE, as ss shows."),
        QStringLiteral("STATE"));
    const QCommandLineOption keepaliveOption(QStringLiteral("keepalive"),
                                             Tr::tr("Only connections with keep-alive "
                                                    "on, or off."),
                                             QStringLiteral("on|off"));
    const QCommandLineOption middleboxOption(
        QStringLiteral("middlebox-timeout"),
        Tr::tr("Say for each connection whether a middlebox that forgets idle flows "
               "after S seconds would keep it."),
        QStringLiteral("S"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        Tr::tr("After the listing, look again every second for S seconds and print the "
               "connections that open and close."),
        QStringLiteral("S"));
    parser.addOptions({jsonOption, pidOption, portOption, stateOption, keepaliveOption,
                       middleboxOption, watchOption});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("connections takes no arguments; got \"%1\"")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                    ExitUsage);

    ConnectionFilter filter;
    InspectRequest request;
    QString error;
    qint64 value = 0;
    if (parser.isSet(pidOption)) {
        if (!parseIntOption(parser.value(pidOption), QStringLiteral("pid"), 1, 4194304, value,
                            error))
            return fail(error, ExitUsage);
        filter.pid = int(value);
    }
    if (parser.isSet(portOption)) {
        if (!parseIntOption(parser.value(portOption), QStringLiteral("port"), 1, 65535, value,
                            error))
            return fail(error, ExitUsage);
        filter.port = int(value);
    }
    if (parser.isSet(stateOption)) {
        const auto state = parseStateName(parser.value(stateOption));
        if (!state)
            return fail(Tr::tr("--state takes a TCP state such as ESTABLISHED or "
                               "CLOSE_WAIT, not \"%1\"")
                            .arg(parser.value(stateOption)),
                        ExitUsage);
        filter.state = *state;
        request.states = stateBit(*state);
    }
    if (parser.isSet(keepaliveOption)) {
        const QString on = parser.value(keepaliveOption);
        if (on != QLatin1String("on") && on != QLatin1String("off"))
            return fail(Tr::tr("--keepalive takes on or off, not \"%1\"").arg(on), ExitUsage);
        filter.keepalive = on == QLatin1String("on");
    }
    std::optional<double> timeoutS;
    if (parser.isSet(middleboxOption)) {
        if (!parseIntOption(parser.value(middleboxOption), QStringLiteral("middlebox-timeout"), 1,
                            86400 * 30, value, error))
            return fail(error, ExitUsage);
        timeoutS = double(value);
    }
    qint64 watchS = 0;
    if (parser.isSet(watchOption) &&
        !parseIntOption(parser.value(watchOption), QStringLiteral("watch"), 1, 86400, watchS,
                        error))
        return fail(error, ExitUsage);
    const int hz = [] {
        const auto kernel = readKernelHz();
        return kernel ? kernel->hz : kDefaultHz;
    }();
    SurvivalCache cache(hz, timeoutS);
    const bool json = parser.isSet(jsonOption);

    Listing listing;
    if (!list(request, filter, cache, listing, error))
        return fail(error, ExitFailure);

    int unreadable = 0;
    for (const std::size_t i : listing.shown)
        unreadable += listing.result.sockets[i].optionsStatus != OptionsStatus::Read ? 1 : 0;
    if (!json) {
        QString text = header(timeoutS) + QLatin1Char('\n');
        for (const std::size_t i : listing.shown) {
            const SocketRecord &record = listing.result.sockets[i];
            text += row(record, processOf(record, listing.result), listing.survives[i], timeoutS) +
                    QLatin1Char('\n');
        }
        ConnectionSummary summary;
        for (const std::size_t i : listing.shown)
            summary.add(listing.result.sockets[i], listing.survives[i]);
        text += summary.sentence(timeoutS);
        printText(text);
    }

    // --watch: follow the cookies; print what opens and closes.
    QJsonArray events;
    QJsonArray connections;
    const auto toJson = [&](const Listing &l) {
        QJsonArray array;
        for (const std::size_t i : l.shown) {
            const SocketRecord &record = l.result.sockets[i];
            array.append(connectionJson(record, processOf(record, l.result), l.survives[i]));
        }
        return array;
    };
    if (json)
        connections = toJson(listing);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < watchS * 1000) {
        QThread::msleep(std::min<qint64>(1000, watchS * 1000 - clock.elapsed()));
        Listing next;
        if (!list(request, filter, cache, next, error))
            return fail(error, ExitFailure);
        std::set<std::uint64_t> before;
        std::set<std::uint64_t> after;
        for (const std::size_t i : listing.shown)
            before.insert(listing.result.sockets[i].cookie);
        for (const std::size_t i : next.shown)
            after.insert(next.result.sockets[i].cookie);
        const double atS = clock.elapsed() / 1000.0;
        const auto report = [&](const Listing &l, const std::set<std::uint64_t> &other,
                                const QString &what, const QChar sign) {
            for (const std::size_t i : l.shown) {
                const SocketRecord &record = l.result.sockets[i];
                if (other.count(record.cookie))
                    continue;
                if (json)
                    events.append(QJsonObject{
                        {QStringLiteral("at_s"), atS},
                        {QStringLiteral("event"), what},
                        {QStringLiteral("connection"),
                         connectionJson(record, processOf(record, l.result), l.survives[i])}});
                else
                    printText(QStringLiteral("%1 %2s %3")
                                  .arg(sign)
                                  .arg(atS, 0, 'f', 1)
                                  .arg(row(record, processOf(record, l.result), l.survives[i],
                                           timeoutS)));
            }
        };
        report(listing, after, QStringLiteral("closed"), QLatin1Char('-'));
        report(next, before, QStringLiteral("opened"), QLatin1Char('+'));
        listing = std::move(next);
    }
    if (json) {
        if (watchS > 0)
            connections = toJson(listing);
        unreadable = 0;
        for (const std::size_t i : listing.shown)
            unreadable += listing.result.sockets[i].optionsStatus != OptionsStatus::Read ? 1 : 0;
        QJsonObject document{
            {QStringLiteral("connections"), connections},
            {QStringLiteral("count"), qint64(listing.shown.size())},
            {QStringLiteral("unreadable"), unreadable},
            {QStringLiteral("elapsed_s"), listing.result.elapsedNs / 1e9},
        };
        if (watchS > 0)
            document.insert(QStringLiteral("events"), events);
        printJson(document);
    }
    return ExitOk;
}

} // namespace kt::cli
