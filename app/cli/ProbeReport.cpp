#include "ProbeReport.h"

#include "CliOutput.h"
#include "ProbeInterrupt.h"
#include "params/Format.h"
#include "schedule/Detection.h"
#include "socket/TestConnection.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

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

QJsonArray eventsJson(const QList<ConnectionEvent> &events)
{
    QJsonArray array;
    for (const ConnectionEvent &e : events)
        array.append(QJsonObject{{QStringLiteral("t_s"), seconds(e.elapsedMs)},
                                 {QStringLiteral("kind"), eventKindName(e.kind)},
                                 {QStringLiteral("message"), e.text}});
    return array;
}

QString observationLine(const TcpObservation &o)
{
    QString timer = Tr::tr("timer unknown");
    if (o.diagValid) {
        timer = o.timer == KernelTimer::None
                    ? Tr::tr("no timer")
                    : Tr::tr("%1 timer in %2")
                          .arg(timerName(o.timer), formatMilliseconds(o.timerExpiresMs));
    }
    // The word lines up with the event kinds of eventLine().
    return QStringLiteral("%1  %2  %3")
        .arg(formatSecondsPrecise(seconds(o.atMs)).rightJustified(9),
             padEnd(Tr::tr("observed"), 14),
             Tr::tr("%1, %2, unanswered probes %3, last received %4 ago, rtt %5 ms")
                 .arg(tcpStateName(o.state), timer)
                 .arg(o.unansweredProbes())
                 .arg(formatMilliseconds(o.sinceLastReceiveMs()))
                 .arg(o.rttMs, 0, 'f', 3));
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
        return inheritWord();
    return unit.isEmpty() ? QString::number(*value) : QStringLiteral("%1 %2").arg(*value).arg(unit);
}

QString optionsTable(const RequestedOptions &r, const EffectiveOptions &e)
{
    const QString s = QStringLiteral("s");
    const QString ms = QStringLiteral("ms");
    const auto on = [](bool b) {
        return b ? Tr::tr("on") : Tr::tr("off");
    };
    const QList<std::array<QString, 3>> rows{
        {Tr::tr("option"), Tr::tr("requested"), Tr::tr("effective")},
        {QStringLiteral("SO_KEEPALIVE"), on(r.keepalive), on(e.keepalive)},
        {QStringLiteral("TCP_KEEPIDLE"), valueText(r.idleS, s),
         QStringLiteral("%1 s").arg(e.idleS)},
        {QStringLiteral("TCP_KEEPINTVL"), valueText(r.intervalS, s),
         QStringLiteral("%1 s").arg(e.intervalS)},
        {QStringLiteral("TCP_KEEPCNT"), valueText(r.count, {}), QString::number(e.count)},
        {QStringLiteral("TCP_USER_TIMEOUT"), valueText(r.userTimeoutMs, ms),
         QStringLiteral("%1 ms").arg(e.userTimeoutMs)},
    };
    // Widths from the longest cell, never narrower than the usual layout, so
    // "2147483647 ms" does not push its row out of line.
    std::array<int, 3> widths{17, 9, 9};
    for (const auto &row : rows) {
        for (size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(padEnd(row[0], widths[0]), padStart(row[1], widths[1]),
                         padStart(row[2], widths[2]));
    return text;
}

} // namespace

ProbeReport::ProbeReport(const ProbeOptions &options)
    : m_options(options)
{}

void ProbeReport::listening(quint16 port)
{
    if (!m_options.json)
        printText(Tr::tr("Listening on port %1 (all addresses); waiting for a "
                         "connection…")
                      .arg(port));
}

void ProbeReport::connected(const TestConnection *connection)
{
    m_connected = true;
    if (m_options.json)
        return;
    const RequestedOptions &requested = m_options.requested;
    const qint64 watchS = m_options.watchS;
    printText(Tr::tr("target   %1").arg(connection->label()) + QLatin1Char('\n') +
              Tr::tr("address  %1 (local %2)")
                  .arg(connection->peerAddress(), connection->localAddress()) +
              QStringLiteral("\n\n") + optionsTable(requested, *connection->effective()) +
              QLatin1Char('\n'));
    printText(detectionHeadline(scheduleInputFor(*connection->effective()),
                                Tr::tr("this connection's options")) +
              QLatin1Char('\n'));
    if (watchS > 0)
        printText(Tr::tr("Watching for %1:").arg(formatDuration(watchS)));
}

void ProbeReport::observed(const TcpObservation &observation)
{
    m_observations.append(observationJson(observation));
    if (!m_options.json)
        printText(observationLine(observation));
}

void ProbeReport::eventAdded(const ConnectionEvent &event)
{
    // The options-applied event is the table above; the rest is the watch.
    if (!m_options.json && m_options.watchS > 0 && m_connected &&
        event.kind != ConnectionEvent::Kind::OptionsApplied)
        printText(eventLine(event));
}

void ProbeReport::finish(const TestConnection *connection, int signal)
{
    const bool failed = connection && connection->failure() != ConnectionFailure::None;
    if (m_options.json) {
        const QJsonValue null(QJsonValue::Null);
        // Without a connection (nobody came to --listen) it is all nulls and
        // zeros, so the document keeps its shape.
        QJsonObject document{
            {QStringLiteral("target"), null},
            {QStringLiteral("address"), null},
            {QStringLiteral("requested"), requestedJson(m_options.requested)},
            {QStringLiteral("effective"), null},
            {QStringLiteral("observations"), m_observations},
            {QStringLiteral("events"), QJsonArray()},
            {QStringLiteral("watch_s"), m_options.watchS},
            {QStringLiteral("probes_sent"), 0},
            {QStringLiteral("probes_answered"), 0},
            {QStringLiteral("detection_time_s"), null},
            {QStringLiteral("summary"), null},
            {QStringLiteral("error"), failed ? QJsonValue(connection->errorText()) : null},
            {QStringLiteral("interrupted"),
             signal != 0 ? QJsonValue(ProbeInterrupt::signalName(signal)) : null},
        };
        if (connection) {
            document.insert(QStringLiteral("target"), connection->label());
            if (!connection->peerAddress().isEmpty())
                document.insert(QStringLiteral("address"), connection->peerAddress());
            if (connection->effective()) {
                document.insert(QStringLiteral("effective"),
                                effectiveJson(*connection->effective()));
                // The model's answer for these values, as `schedule` and the
                // GUI give it.
                const ScheduleInput model = scheduleInputFor(*connection->effective());
                if (!validateScheduleInput(model)) {
                    const Schedule schedule = computeSchedule(model);
                    if (schedule.detectionS)
                        document.insert(QStringLiteral("detection_time_s"), *schedule.detectionS);
                    document.insert(QStringLiteral("summary"), describeDetection(model, schedule));
                }
            }
            document.insert(QStringLiteral("events"), eventsJson(connection->events()));
            document.insert(QStringLiteral("probes_sent"), connection->probesSent());
            document.insert(QStringLiteral("probes_answered"), connection->probesAnswered());
        }
        printJson(document);
    } else if (connection && (m_options.watchS > 0 || signal != 0) && !failed) {
        const int sent = connection->probesSent();
        // English says "1 probe" without a translation of its own; the
        // numerus form is for the languages that need one.
        printText(QLatin1Char('\n') + (sent == 1
                                           ? Tr::tr("1 probe sent, %1 answered.")
                                           : Tr::tr("%n probes sent, %1 answered.", nullptr, sent))
                                          .arg(connection->probesAnswered()));
    }
}

} // namespace kt::cli
