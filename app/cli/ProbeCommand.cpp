// keepalivectl probe: a real test connection with the given keep-alive
// options, the kernel's read-back, and with --watch what the kernel does.
#include "CliCommand.h"
#include "CliOutput.h"
#include "params/Format.h"
#include "schedule/Detection.h"
#include "session/ConnectionSet.h"
#include "socket/LoopbackPeer.h"
#include "socket/TestConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace kt::cli {

namespace {

QJsonValue optionalValue(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject requestedJson(const RequestedOptions &r)
{
    return {{QStringLiteral("keepalive"), r.keepalive},
            {QStringLiteral("idle_s"), optionalValue(r.idleS)},
            {QStringLiteral("interval_s"), optionalValue(r.intervalS)},
            {QStringLiteral("count"), optionalValue(r.count)},
            {QStringLiteral("user_timeout_ms"), optionalValue(r.userTimeoutMs)}};
}

QJsonObject effectiveJson(const EffectiveOptions &e)
{
    return {{QStringLiteral("keepalive"), e.keepalive},
            {QStringLiteral("idle_s"), e.idleS},
            {QStringLiteral("interval_s"), e.intervalS},
            {QStringLiteral("count"), e.count},
            {QStringLiteral("user_timeout_ms"), e.userTimeoutMs}};
}

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

QJsonObject observationJson(const TcpObservation &o)
{
    QJsonObject json{{QStringLiteral("t_s"), seconds(o.atMs)},
                     {QStringLiteral("state"), tcpStateName(o.state)},
                     {QStringLiteral("probes"), o.unansweredProbes()},
                     {QStringLiteral("last_data_recv_s"), seconds(o.lastDataRecvMs)},
                     {QStringLiteral("last_ack_recv_s"), seconds(o.lastAckRecvMs)},
                     {QStringLiteral("rtt_ms"), o.rttMs}};
    if (o.diagValid) {
        json.insert(QStringLiteral("timer"), timerName(o.timer));
        json.insert(QStringLiteral("timer_expires_s"), seconds(o.timerExpiresMs));
    } else {
        json.insert(QStringLiteral("timer"), QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("timer_expires_s"), QJsonValue(QJsonValue::Null));
    }
    return json;
}

// Short times to the millisecond, long ones in words ("2 h").
QString timeText(qint64 ms)
{
    return ms < 60000 ? formatSecondsPrecise(seconds(ms)) : formatDuration((ms + 500) / 1000);
}

QString observationLine(const TcpObservation &o)
{
    QString timer = QStringLiteral("timer unknown");
    if (o.diagValid) {
        timer = o.timer == KernelTimer::None
                    ? QStringLiteral("no timer")
                    : QStringLiteral("%1 timer in %2")
                          .arg(timerName(o.timer), timeText(o.timerExpiresMs));
    }
    return QStringLiteral("%1  observed        %2, %3, unanswered probes %4, last received %5 "
                          "ago, rtt %6 ms")
        .arg(formatSecondsPrecise(seconds(o.atMs)).rightJustified(9), tcpStateName(o.state), timer)
        .arg(o.unansweredProbes())
        .arg(timeText(o.sinceLastReceiveMs()))
        .arg(o.rttMs, 0, 'f', 3);
}

QString eventLine(const ConnectionEvent &e)
{
    return QStringLiteral("%1  %2  %3")
        .arg(formatSecondsPrecise(seconds(e.elapsedMs)).rightJustified(9),
             eventKindName(e.kind).leftJustified(14), e.text);
}

QString valueText(const std::optional<int> &value, const QString &unit)
{
    if (!value)
        return QStringLiteral("inherit");
    return unit.isEmpty() ? QString::number(*value) : QStringLiteral("%1 %2").arg(*value).arg(unit);
}

QString optionsTable(const RequestedOptions &r, const EffectiveOptions &e)
{
    const QString s = QStringLiteral("s");
    const QString ms = QStringLiteral("ms");
    const auto on = [](bool b) {
        return b ? QStringLiteral("on") : QStringLiteral("off");
    };
    const QList<std::array<QString, 3>> rows{
        {QStringLiteral("option"), QStringLiteral("requested"), QStringLiteral("effective")},
        {QStringLiteral("SO_KEEPALIVE"), on(r.keepalive), on(e.keepalive)},
        {QStringLiteral("TCP_KEEPIDLE"), valueText(r.idleS, s),
         QStringLiteral("%1 s").arg(e.idleS)},
        {QStringLiteral("TCP_KEEPINTVL"), valueText(r.intervalS, s),
         QStringLiteral("%1 s").arg(e.intervalS)},
        {QStringLiteral("TCP_KEEPCNT"), valueText(r.count, {}), QString::number(e.count)},
        {QStringLiteral("TCP_USER_TIMEOUT"), valueText(r.userTimeoutMs, ms),
         QStringLiteral("%1 ms").arg(e.userTimeoutMs)},
    };
    QString text;
    for (const auto &row : rows)
        text +=
            QStringLiteral("  %1  %2  %3\n")
                .arg(row[0].leftJustified(17), row[1].rightJustified(9), row[2].rightJustified(9));
    return text;
}

} // namespace

int runProbe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Open a real TCP connection, apply keep-alive options, print what the kernel made of "
        "them and, with --watch, what it does. Without HOST:PORT the connection goes to an "
        "embedded peer on 127.0.0.1. An option left out inherits this host's value."));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 QStringLiteral("HOST:PORT, IPV4:PORT or [IPV6]:PORT"),
                                 QStringLiteral("[HOST:PORT]"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("TCP_KEEPIDLE: seconds idle before the "
                                                       "first probe (1-32767)."),
                                        QStringLiteral("S"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QStringLiteral("TCP_KEEPINTVL: seconds between probes (1-32767)."), QStringLiteral("S"));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        QStringLiteral("TCP_KEEPCNT: unanswered probes before giving up "
                       "(1-127)."),
        QStringLiteral("N"));
    const QCommandLineOption userTimeoutOption(
        QStringLiteral("user-timeout"),
        QStringLiteral("TCP_USER_TIMEOUT in milliseconds (0 = not set)."), QStringLiteral("MS"));
    const QCommandLineOption connectTimeoutOption(
        QStringLiteral("connect-timeout"),
        QStringLiteral("Give up resolving or connecting after S seconds (default 5)."),
        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QStringLiteral("Keep the connection open S seconds and report what the kernel does."),
        QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption noKeepaliveOption(QStringLiteral("no-keepalive"),
                                               QStringLiteral("Leave SO_KEEPALIVE off."));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Instead of connecting, accept one connection on PORT (all addresses) and "
                       "observe it, so someone can connect in. Waits until a connection arrives, "
                       "or --connect-timeout when given."),
        QStringLiteral("PORT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON document."));
    parser.addOptions({idleOption, intervalOption, countOption, userTimeoutOption,
                       connectTimeoutOption, watchOption, noKeepaliveOption, listenOption,
                       jsonOption});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return fail(QStringLiteral("probe takes one HOST:PORT, not %1 (see 'keepalivectl probe "
                                   "--help')")
                        .arg(parser.positionalArguments().size()),
                    ExitUsage);

    RequestedOptions requested;
    requested.keepalive = !parser.isSet(noKeepaliveOption);
    // Whole numbers first; the range check is validateRequested()'s, so the
    // message is the one the GUI shows.
    const std::pair<const QCommandLineOption *, std::optional<int> *> fields[] = {
        {&idleOption, &requested.idleS},
        {&intervalOption, &requested.intervalS},
        {&countOption, &requested.count},
        {&userTimeoutOption, &requested.userTimeoutMs},
    };
    for (const auto &[option, field] : fields) {
        if (!parser.isSet(*option))
            continue;
        qint64 value = 0;
        QString error;
        if (!parseIntOption(parser.value(*option), option->names().constFirst(), INT_MIN, INT_MAX,
                            value, error))
            return fail(error, ExitUsage);
        *field = int(value);
    }
    if (const auto invalid = validateRequested(requested))
        return fail(invalid->message, ExitUsage);
    qint64 connectTimeoutS = 0;
    qint64 watchS = 0;
    QString error;
    if (!parseIntOption(parser.value(connectTimeoutOption), QStringLiteral("connect-timeout"), 1,
                        600, connectTimeoutS, error) ||
        !parseIntOption(parser.value(watchOption), QStringLiteral("watch"), 0, 86400, watchS,
                        error))
        return fail(error, ExitUsage);

    std::optional<Target> target;
    if (!parser.positionalArguments().isEmpty()) {
        target = parseTarget(parser.positionalArguments().constFirst(), &error);
        if (!target)
            return fail(error, ExitUsage);
    }
    qint64 listenPort = 0;
    if (parser.isSet(listenOption)) {
        if (target)
            return fail(QStringLiteral("--listen accepts a connection; it takes no HOST:PORT"),
                        ExitUsage);
        if (!parseIntOption(parser.value(listenOption), QStringLiteral("listen"), 1, 65535,
                            listenPort, error))
            return fail(error, ExitUsage);
    }
    const bool json = parser.isSet(jsonOption);

    LoopbackPeer peer;
    ConnectionSet listener;
    std::unique_ptr<TestConnection> outgoing;
    TestConnection *connection = nullptr;
    if (!listenPort) {
        outgoing = std::make_unique<TestConnection>();
        connection = outgoing.get();
        connection->setConnectTimeoutMs(int(connectTimeoutS * 1000));
    }
    if (!target && !listenPort) {
        if (!peer.start(QHostAddress(QHostAddress::LocalHost), &error))
            return fail(error, ExitFailure);
        target = Target{peer.address().toString(), peer.port()};
        connection->setLabel(QStringLiteral("embedded peer %1").arg(target->display()));
    }

    QEventLoop loop;
    QTimer watchTimer;
    watchTimer.setSingleShot(true);
    // A coarse timer may end the watch up to 5 % early; --watch promises S seconds.
    watchTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
    qint64 connectedAtMs = -1;
    qint64 nextReportMs = 0;
    QJsonArray observations;
    const auto record = [&](const TcpObservation &o) {
        observations.append(observationJson(o));
        if (!json)
            printText(observationLine(o));
    };
    const auto attach = [&] {
        QObject::connect(connection, &TestConnection::stateChanged, &loop,
                         [&](TestConnection::State state) {
                             if (state == TestConnection::State::Failed ||
                                 state == TestConnection::State::Closed)
                                 loop.quit();
                         });
        QObject::connect(connection, &TestConnection::effectiveOptionsChanged, &loop, [&] {
            connectedAtMs = connection->elapsedMs();
            if (!json) {
                printText(QStringLiteral("target   %1\naddress  %2 (local %3)\n\n%4\n")
                              .arg(connection->label(), connection->peerAddress(),
                                   connection->localAddress(),
                                   optionsTable(requested, *connection->effective())));
                printText(detectionHeadline(scheduleInputFor(*connection->effective()),
                                            QStringLiteral("this connection's options")) +
                          QLatin1Char('\n'));
                if (watchS > 0)
                    printText(QStringLiteral("Watching for %1:").arg(formatDuration(watchS)));
            }
            if (watchS > 0)
                watchTimer.start(int(watchS * 1000));
        });
        QObject::connect(connection, &TestConnection::observationUpdated, &loop, [&] {
            const TcpObservation o = connection->lastObservation();
            if (connectedAtMs < 0 || o.atMs < connectedAtMs + nextReportMs)
                return;
            // One report a second is enough to read; events carry exact times.
            nextReportMs += 1000;
            record(o);
            if (watchS == 0)
                loop.quit();
        });
        QObject::connect(connection, &TestConnection::eventAdded, &loop,
                         [&](const ConnectionEvent &e) {
                             if (!json && watchS > 0 && connectedAtMs >= 0 &&
                                 e.kind != ConnectionEvent::Kind::OptionsApplied)
                                 printText(eventLine(e));
                         });
    };

    if (listenPort) {
        // Listen mode: the first connection accepted is the one observed.
        QTimer acceptTimer;
        acceptTimer.setSingleShot(true);
        bool acceptTimedOut = false;
        QObject::connect(&acceptTimer, &QTimer::timeout, &loop, [&] {
            acceptTimedOut = true;
            loop.quit();
        });
        QObject::connect(&listener, &ConnectionSet::connectionAdded, &loop,
                         [&](TestConnection *accepted) {
                             if (connection)
                                 return;
                             // Hooked up before the options are applied, so
                             // this sees every event of it.
                             connection = accepted;
                             attach();
                             acceptTimer.stop();
                             QMetaObject::invokeMethod(&listener, &ConnectionSet::stopListening,
                                                       Qt::QueuedConnection);
                         });
        if (!listener.listen(quint16(listenPort), requested, &error))
            return fail(error, ExitFailure);
        if (!json)
            printText(QStringLiteral("Listening on port %1 (all addresses); waiting for a "
                                     "connection…")
                          .arg(listener.listeningPort()));
        if (parser.isSet(connectTimeoutOption))
            acceptTimer.start(int(connectTimeoutS * 1000));
        // Runs through the accept and, once connected, the watch.
        loop.exec();
        if (acceptTimedOut || !connection)
            return fail(QStringLiteral("nobody connected to port %1 within %2")
                            .arg(listenPort)
                            .arg(formatDuration(connectTimeoutS)),
                        ExitFailure);
    } else {
        attach();
        connection->connectTo(*target, requested);
        if (connection->isActive() && !(watchS == 0 && connection->hasObservation()))
            loop.exec();
    }
    if (connection->state() == TestConnection::State::Connected) {
        // Closing polls the kernel a last time; that look is reported too.
        connection->disconnectFromPeer();
    }

    const bool failed = connection->failure() != ConnectionFailure::None;
    if (json) {
        QJsonArray events;
        for (const ConnectionEvent &e : connection->events())
            events.append(QJsonObject{{QStringLiteral("t_s"), seconds(e.elapsedMs)},
                                      {QStringLiteral("kind"), eventKindName(e.kind)},
                                      {QStringLiteral("message"), e.text}});
        QJsonObject document{
            {QStringLiteral("target"), connection->label()},
            {QStringLiteral("address"), connection->peerAddress().isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(connection->peerAddress())},
            {QStringLiteral("requested"), requestedJson(requested)},
            {QStringLiteral("effective"), connection->effective()
                                              ? QJsonValue(effectiveJson(*connection->effective()))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("observations"), observations},
            {QStringLiteral("events"), events},
            {QStringLiteral("watch_s"), watchS},
            {QStringLiteral("probes_sent"), connection->probesSent()},
            {QStringLiteral("probes_answered"), connection->probesAnswered()},
            {QStringLiteral("error"),
             failed ? QJsonValue(connection->errorText()) : QJsonValue(QJsonValue::Null)},
        };
        printJson(document);
    } else if (watchS > 0 && !failed) {
        const int sent = connection->probesSent();
        printText(QStringLiteral("\n%1 %2 sent, %3 answered.")
                      .arg(sent)
                      .arg(sent == 1 ? QStringLiteral("probe") : QStringLiteral("probes"))
                      .arg(connection->probesAnswered()));
    }
    if (failed)
        return fail(connection->errorText(),
                    connection->failure() == ConnectionFailure::InvalidOptions ? ExitUsage
                                                                               : ExitFailure);
    return ExitOk;
}

} // namespace kt::cli
