#include "lab/LabScenario.h"

#include "params/Validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kt::lab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabScenario)
};

QList<LabScenarioInfo> makeTable()
{
    using O = LabOption;
    QList<LabScenarioInfo> t;
    t << LabScenarioInfo{
        LabScenarioId::Alive,
        QString::fromLatin1(labScenarioName(LabScenarioId::Alive).data()),
        Tr::tr("Alive peer"),
        Tr::tr("the peer answers every probe"),
        Tr::tr(
            "A healthy but idle connection: nothing is sent for a while, yet both ends are "
            "there. Keep-alive probes it every idle period, the peer's kernel answers each probe "
            "with an ACK, the count starts again, and the connection is never given up."),
        LabValues{{1, 1, 2, 0}, 0, 3, 4, 3},
        {}};
    t << LabScenarioInfo{
        LabScenarioId::DeadPeer,
        QString::fromLatin1(labScenarioName(LabScenarioId::DeadPeer).data()),
        Tr::tr("Dead peer"),
        Tr::tr("every packet of the peer is dropped after --after seconds"),
        Tr::tr("The cable is pulled or the peer's host loses power: from one moment on nothing of "
               "the peer arrives, not even an RST. Only keep-alive notices: probes go out "
               "unanswered and the connection ends with ETIMEDOUT at idle + count × interval, or "
               "at the first probe after the user timeout when one is set."),
        LabValues{{1, 1, 2, 0}, 0, 3, 4, 3},
        {O::After}};
    t << LabScenarioInfo{
        LabScenarioId::PeerRestarted,
        QString::fromLatin1(labScenarioName(LabScenarioId::PeerRestarted).data()),
        Tr::tr("Peer restarted"),
        Tr::tr("the peer's socket vanishes without a FIN or RST reaching the client"),
        Tr::tr(
            "The peer's host rebooted: its kernel has forgotten the connection, and the client "
            "was never told. The first segment the client sends, here the first keep-alive "
            "probe, reaches a port with no connection and is answered with an RST: the client "
            "gets ECONNRESET at about the idle time, long before any count or timeout runs out."),
        LabValues{{1, 1, 2, 0}, 0, 3, 4, 3},
        {}};
    t << LabScenarioInfo{
        LabScenarioId::Middlebox,
        QString::fromLatin1(labScenarioName(LabScenarioId::Middlebox).data()),
        Tr::tr("Middlebox forgets the flow"),
        Tr::tr("conntrack forgets the flow after --middlebox-timeout idle seconds; data is sent "
               "at --send-after"),
        Tr::tr("A NAT, firewall or load balancer drops a flow it has not seen a packet of for its "
               "idle timeout, silently. Staged with conntrack (established timeout T, loose "
               "tracking off, invalid packets dropped): with keep-alive idle below T the probes "
               "keep the flow alive and the data sent later arrives; above it the flow is "
               "forgotten, the data is dropped, and the client learns it only through "
               "retransmissions, the user timeout or keep-alive."),
        LabValues{{1, 1, 3, 0}, 0, 2, 3, 3},
        {O::MiddleboxTimeout, O::SendAfter}};
    t << LabScenarioInfo{
        LabScenarioId::DataInFlight,
        QString::fromLatin1(labScenarioName(LabScenarioId::DataInFlight).data()),
        Tr::tr("Data in flight"),
        Tr::tr("the peer vanishes while the client's data is unacknowledged"),
        Tr::tr("The peer vanishes just as the client sends a request. With data unacknowledged "
               "keep-alive stays silent; the retransmission timer backs off (200 ms, 400 ms, …) "
               "until tcp_retries2 or the user timeout gives up. tcp_retries2 is set inside the "
               "sandbox only, to keep the run short; the tail loss probe is off there so the "
               "retransmissions follow the retransmission timer alone."),
        LabValues{{1, 1, 2, 0}, 0, 3, 4, 2},
        {O::Retries2}};
    return t;
}

} // namespace

const QList<LabScenarioInfo> &labScenarios()
{
    static const QList<LabScenarioInfo> table = makeTable();
    return table;
}

const LabScenarioInfo &labScenario(LabScenarioId id)
{
    for (const LabScenarioInfo &info : labScenarios()) {
        if (info.id == id)
            return info;
    }
    return labScenarios().constFirst();
}

std::optional<LabScenarioId> labScenarioFromString(const QString &name)
{
    return labScenarioFromName(name.toStdString());
}

QString labScenarioNameList()
{
    QStringList names;
    for (const LabScenarioInfo &info : labScenarios())
        names << info.name;
    const QString last = names.takeLast();
    return Tr::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

QString labOptionName(LabOption option)
{
    switch (option) {
    case LabOption::After:
        return QStringLiteral("--after");
    case LabOption::MiddleboxTimeout:
        return QStringLiteral("--middlebox-timeout");
    case LabOption::SendAfter:
        return QStringLiteral("--send-after");
    case LabOption::Retries2:
        return QStringLiteral("--retries2");
    }
    return {};
}

bool usesOption(LabScenarioId id, LabOption option)
{
    return labScenario(id).options.contains(option);
}

std::optional<QString> validateLabValues(LabScenarioId id, const LabValues &v)
{
    // The client's options are real socket options.
    if (const auto invalid = validateParams(v.params, ParamContext::Socket))
        return invalid->message;
    if (usesOption(id, LabOption::After) && !(v.afterS >= 0 && v.afterS <= 3600))
        return Tr::tr("--after must be between 0 and 3600 s");
    if (usesOption(id, LabOption::MiddleboxTimeout) &&
        (v.middleboxTimeoutS < 1 || v.middleboxTimeoutS > 3600))
        return Tr::tr("--middlebox-timeout must be between 1 and 3600 s (whole seconds, as "
                      "net.netfilter.nf_conntrack_tcp_timeout_established takes it)");
    if (usesOption(id, LabOption::SendAfter) && !(v.sendAfterS > 0 && v.sendAfterS <= 3600))
        return Tr::tr("--send-after must be more than 0 and at most 3600 s");
    // include/net/tcp.h: tcp_retries2 is a u8 sysctl; 1 keeps a run short.
    if (usesOption(id, LabOption::Retries2) && (v.retries2 < 1 || v.retries2 > 15))
        return Tr::tr("--retries2 must be between 1 and 15");
    return std::nullopt;
}

LabValues scaledForLab(LabScenarioId id, const KeepaliveParams &explored)
{
    LabValues v = labScenario(id).defaults;
    // Idle at most 3 s, the interval in the same proportion (at least 1 s,
    // at most idle), the count at most 3, so a dead peer is found in seconds.
    const double scale = explored.idleS > 3 ? 3.0 / explored.idleS : 1.0;
    v.params.idleS = std::clamp(explored.idleS, 1, 3);
    v.params.intervalS =
        std::clamp(int(std::lround(explored.intervalS * scale)), 1, std::max(1, v.params.idleS));
    v.params.count = std::clamp(explored.count, 1, 3);
    v.params.userTimeoutMs =
        explored.userTimeoutMs > 0
            ? std::clamp(int(std::lround(explored.userTimeoutMs * scale)), 500, 10000)
            : 0;
    if (id == LabScenarioId::Middlebox) {
        // Just above the idle time, so the probes keep the flow; the page's
        // comparison run moves idle above it.
        v.middleboxTimeoutS = v.params.idleS + 1;
        v.sendAfterS = v.middleboxTimeoutS + 1;
    }
    return v;
}

} // namespace kt::lab
