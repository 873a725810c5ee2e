#include "inspect/ConnectionView.h"

#include "advise/MiddleboxRule.h"
#include "params/Format.h"
#include "params/Validation.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace kt::inspect {

namespace {

const char *const kStates[] = {
    // enum tcp_state, include/net/tcp_states.h
    "UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",    "TIME_WAIT",
    "CLOSE",   "CLOSE_WAIT",  "LAST_ACK", "LISTEN",   "CLOSING",   "NEW_SYN_RECV",
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionView)
};

} // namespace

QString endpointText(const Endpoint &endpoint)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (endpoint.family == AF_INET6) {
        ::inet_ntop(AF_INET6, endpoint.address, text, sizeof text);
        return QStringLiteral("[%1]:%2").arg(QLatin1String(text)).arg(endpoint.port);
    }
    ::inet_ntop(AF_INET, endpoint.address, text, sizeof text);
    return QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(endpoint.port);
}

QString timerKey(std::uint8_t timer)
{
    switch (timer) {
    case 0:
        return QStringLiteral("none");
    case 1:
        return QStringLiteral("retransmit");
    case 2:
        return QStringLiteral("keepalive");
    case 3:
        return QStringLiteral("time_wait");
    case 4:
        return QStringLiteral("zero_window_probe");
    default:
        return QStringLiteral("timer_%1").arg(timer);
    }
}

QString stateName(std::uint8_t state)
{
    if (state >= std::size(kStates))
        return QStringLiteral("STATE_%1").arg(state);
    return QLatin1String(kStates[state]);
}

std::optional<std::uint8_t> parseStateName(const QString &name)
{
    for (std::size_t i = 1; i < std::size(kStates); ++i) {
        if (name.compare(QLatin1String(kStates[i]), Qt::CaseInsensitive) == 0)
            return std::uint8_t(i);
    }
    return std::nullopt;
}

QString unreadableText()
{
    return Tr::tr("not readable without administrator rights");
}

std::optional<bool> keepaliveState(const SocketRecord &record)
{
    if (record.optionsStatus == OptionsStatus::Read)
        return record.options.keepalive;
    if (record.timer == 2)
        return true;
    return std::nullopt;
}

bool keepaliveFromTimerOnly(const SocketRecord &record)
{
    return record.optionsStatus != OptionsStatus::Read && record.timer == 2;
}

std::optional<KeepaliveParams> effectiveParams(const SocketRecord &record)
{
    if (record.optionsStatus != OptionsStatus::Read || !record.options.keepalive)
        return std::nullopt;
    const KeepaliveParams params{record.options.idleS, record.options.intervalS,
                                 record.options.count, record.options.userTimeoutMs};
    if (validateParams(params, ParamContext::Model))
        return std::nullopt;
    return params;
}

std::optional<bool> survivesMiddlebox(const SocketRecord &record, int hz,
                                      std::optional<double> timeoutS)
{
    // One connection is a cache of one: which records can be judged is
    // decided in one place.
    return SurvivalCache(hz, timeoutS).survives(record);
}

std::optional<bool> SurvivalCache::survives(const SocketRecord &record)
{
    if (!m_timeoutS || *m_timeoutS <= 0)
        return std::nullopt;
    const std::optional<bool> on = keepaliveState(record);
    if (!on)
        return std::nullopt;
    if (!*on)
        return false;
    const std::optional<KeepaliveParams> params = effectiveParams(record);
    if (!params)
        return std::nullopt;
    for (const auto &[known, answer] : m_known) {
        if (known == *params)
            return answer;
    }
    const bool answer = advise::checkMiddlebox(*params, m_hz, *m_timeoutS).survives;
    m_known.emplace_back(*params, answer);
    return answer;
}

bool ConnectionFilter::matches(const SocketRecord &record, QStringView command,
                               std::optional<bool> survives) const
{
    if (pid && record.pid != *pid)
        return false;
    if (port && record.local.port != *port && record.remote.port != *port)
        return false;
    if (state && record.state != *state)
        return false;
    if (keepalive && keepaliveState(record) != keepalive)
        return false;
    if (!process.isEmpty() && !command.contains(process, Qt::CaseInsensitive))
        return false;
    if (cutOnly && survives != false)
        return false;
    return true;
}

QJsonObject connectionJson(const SocketRecord &record, const ProcessRecord *process,
                           std::optional<bool> survives)
{
    const auto optionalBool = [](std::optional<bool> value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    QJsonValue options(QJsonValue::Null);
    if (record.optionsStatus == OptionsStatus::Read)
        options = QJsonObject{{QStringLiteral("idle"), record.options.idleS},
                              {QStringLiteral("interval"), record.options.intervalS},
                              {QStringLiteral("count"), record.options.count},
                              {QStringLiteral("user_timeout_ms"), record.options.userTimeoutMs}};
    return QJsonObject{
        {QStringLiteral("local"), endpointText(record.local)},
        {QStringLiteral("remote"), endpointText(record.remote)},
        {QStringLiteral("state"), stateName(record.state)},
        {QStringLiteral("pid"), record.pid >= 0 ? QJsonValue(record.pid) : QJsonValue()},
        {QStringLiteral("command"),
         process ? QJsonValue(QString::fromUtf8(process->command)) : QJsonValue()},
        {QStringLiteral("uid"), process ? QJsonValue(qint64(process->uid)) : QJsonValue()},
        {QStringLiteral("keepalive"), optionalBool(keepaliveState(record))},
        {QStringLiteral("options"), options},
        {QStringLiteral("options_read"), record.optionsStatus == OptionsStatus::Read},
        {QStringLiteral("timer"),
         QJsonObject{{QStringLiteral("kind"), timerKey(record.timer)},
                     {QStringLiteral("expires_s"), record.timerExpiresMs / 1000.0},
                     {QStringLiteral("probes_out"), int(record.timerCounter)}}},
        {QStringLiteral("last_recv_s"),
         record.infoValid ? QJsonValue(record.sinceLastReceiveMs() / 1000.0) : QJsonValue()},
        {QStringLiteral("rtt_ms"),
         record.infoValid ? QJsonValue(record.rttUs / 1000.0) : QJsonValue()},
        {QStringLiteral("survives_middlebox"), optionalBool(survives)},
    };
}

void ConnectionSummary::add(const SocketRecord &record, std::optional<bool> survives)
{
    ++total;
    const std::optional<bool> on = keepaliveState(record);
    if (!on)
        ++keepaliveUnknown;
    else if (*on)
        ++keepaliveOn;
    else
        ++keepaliveOff;
    if (record.optionsStatus != OptionsStatus::Read)
        ++unreadable;
    if (!survives)
        ++cutUnknown;
    else if (*survives)
        ++survive;
    else
        ++cut;
}

QString ConnectionSummary::sentence(std::optional<double> timeoutS) const
{
    // Each part is a whole clause with its own punctuation, so a
    // translation can reorder what it holds.
    const QString connections =
        total == 1 ? Tr::tr("1 connection") : Tr::tr("%1 connections").arg(total);
    QString text = Tr::tr("%1: %2 with keep-alive on, %3 off")
                       .arg(connections)
                       .arg(keepaliveOn)
                       .arg(keepaliveOff);
    if (keepaliveUnknown > 0)
        text = Tr::tr("%1, %2 unknown").arg(text).arg(keepaliveUnknown);
    if (unreadable > 0)
        text = Tr::tr("%1; options of %2 %3").arg(text).arg(unreadable).arg(unreadableText());
    text = asSentence(text);
    if (timeoutS && *timeoutS > 0) {
        QString cuts = Tr::tr("A middlebox that forgets idle flows after %1 would cut %2")
                           .arg(formatSeconds(*timeoutS))
                           .arg(cut);
        if (cutUnknown > 0)
            cuts = Tr::tr("%1 (%2 cannot be told)").arg(cuts).arg(cutUnknown);
        text = Tr::tr("%1 %2", "two sentences in a row").arg(text, asSentence(cuts));
    }
    return text;
}

QString ConnectionSummary::headline(std::optional<double> timeoutS) const
{
    const QString connections =
        total == 1 ? Tr::tr("1 connection") : Tr::tr("%1 connections").arg(total);
    QString text = Tr::tr("%1, %2 with keep-alive on").arg(connections).arg(keepaliveOn);
    if (timeoutS && *timeoutS > 0)
        text =
            Tr::tr("%1; a %2 middlebox would cut %3").arg(text, formatSeconds(*timeoutS)).arg(cut);
    return asSentence(text);
}

} // namespace kt::inspect
