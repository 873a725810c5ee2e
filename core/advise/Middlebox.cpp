#include "advise/Middlebox.h"

#include "params/Format.h"

#include <QCoreApplication>
#include <QStringList>

namespace kt::advise {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Middlebox)
};

// What to do instead of TCP keep-alive behind a proxy that terminates TCP:
// traffic inside the application's own protocol. SSH's *Alive messages
// travel inside the encrypted channel, so every proxy counts them as data
// (openssh ssh_config(5), sshd_config(5)).
QString sshHeartbeat()
{
    return Tr::tr("an SSH session: ServerAliveInterval (client) or ClientAliveInterval (server)");
}

MiddleboxPreset preset(const char *name, const char *label, MiddleboxGroup group,
                       double defaultTimeoutS, bool configurable, std::optional<double> minS,
                       std::optional<double> maxS, const QString &configurableText, bool refreshed,
                       const QString &instead, const QString &notes, const char *source)
{
    MiddleboxPreset p;
    p.name = QString::fromLatin1(name);
    // Translated here, marked in the table below.
    p.label = QCoreApplication::translate("Middlebox", label);
    p.group = group;
    p.defaultTimeoutS = defaultTimeoutS;
    p.configurable = configurable;
    p.minTimeoutS = minS;
    p.maxTimeoutS = maxS;
    p.configurableText = configurableText;
    p.refreshedByKeepalive = refreshed;
    p.instead = instead;
    p.notes = notes;
    p.source = QString::fromLatin1(source);
    return p;
}

// The table of FACTS.md, "Middleboxes that forget idle flows"; each row
// cites its source in the last argument.
QList<MiddleboxPreset> buildPresets()
{
    using G = MiddleboxGroup;
    const std::nullopt_t none = std::nullopt;
    return {
        preset("aws-nlb",
               QT_TRANSLATE_NOOP("Middlebox", "AWS Network Load Balancer (TCP listener)"), G::Cloud,
               350, true, 60, 6000,
               Tr::tr("60–6000 s (listener attribute tcp.idle_timeout.seconds); TLS "
                      "listeners are fixed at 350 s"),
               true, {}, {},
               "docs.aws.amazon.com/elasticloadbalancing/latest/network/update-idle-timeout.html"),
        preset("aws-gwlb", QT_TRANSLATE_NOOP("Middlebox", "AWS Gateway Load Balancer"), G::Cloud,
               350, true, 60, 6000,
               Tr::tr("60–6000 s (listener attribute tcp.idle_timeout.seconds)"), true, {}, {},
               "docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-listeners.html"),
        preset("aws-nat-gateway", QT_TRANSLATE_NOOP("Middlebox", "AWS NAT Gateway"), G::Cloud, 350,
               false, none, none, Tr::tr("fixed at 350 s"), true, {},
               Tr::tr("When it forgets a flow it sends an RST to both sides."),
               "docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-troubleshooting.html"),
        preset("aws-network-firewall", QT_TRANSLATE_NOOP("Middlebox", "AWS Network Firewall"),
               G::Cloud, 350, true, 60, 6000,
               QStringLiteral("60–6000 s (FlowTimeouts, TcpIdleTimeoutSeconds)"), true, {}, {},
               "AWS Network Firewall API, FlowTimeouts"),
        preset("aws-alb", QT_TRANSLATE_NOOP("Middlebox", "AWS Application Load Balancer"), G::Cloud,
               60, true, 1, 4000, Tr::tr("1–4000 s (attribute idle_timeout.timeout_seconds)"),
               false,
               Tr::tr("send application data, at least one byte, in time (a small "
                      "request, a WebSocket ping frame, %1), or raise the load "
                      "balancer's connection idle timeout")
                   .arg(sshHeartbeat()),
               Tr::tr("It terminates TCP and counts only application data; HTTP/2 PING "
                      "frames do not reset its timer either."),
               "docs.aws.amazon.com/elasticloadbalancing/latest/application/"
               "edit-load-balancer-attributes.html"),
        preset("aws-clb", QT_TRANSLATE_NOOP("Middlebox", "AWS Classic Load Balancer"), G::Cloud, 60,
               true, 1, 3600, QStringLiteral("1–3600 s (ConnectionSettings IdleTimeout)"), false,
               Tr::tr("send application data, at least one byte, in time (a small "
                      "request, %1), or raise the load balancer's idle timeout")
                   .arg(sshHeartbeat()),
               Tr::tr("Its documentation says keep-alive probes do not keep a "
                      "connection open."),
               "docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html"),
        preset("ec2-conntrack",
               QT_TRANSLATE_NOOP("Middlebox", "EC2 security-group connection tracking"), G::Cloud,
               432000, true, 60, 432000,
               QStringLiteral("60–432000 s (ConnectionTrackingConfiguration "
                              "TcpEstablishedTimeout)"),
               true, {}, Tr::tr("The default is 5 days, but 350 s on Nitro v6 instance types."),
               "EC2 API, ConnectionTrackingConfiguration"),
        preset("azure-lb", QT_TRANSLATE_NOOP("Middlebox", "Azure Load Balancer"), G::Cloud, 240,
               true, 240, 6000, Tr::tr("4–100 min (idle timeout of the load-balancing rule)"), true,
               {},
               Tr::tr("It drops a forgotten flow silently, unless \"TCP reset\" is on: "
                      "then it sends an RST to both sides."),
               "learn.microsoft.com/azure/load-balancer/load-balancer-tcp-idle-timeout"),
        preset("azure-nat-gateway", QT_TRANSLATE_NOOP("Middlebox", "Azure NAT Gateway"), G::Cloud,
               240, true, 240, 7200, Tr::tr("4–120 min (TCP idle timeout)"), true, {}, {},
               "learn.microsoft.com/azure/nat-gateway/nat-gateway-resource"),
        preset("gcp-cloud-nat", QT_TRANSLATE_NOOP("Middlebox", "Google Cloud NAT"), G::Cloud, 1200,
               true, none, none, Tr::tr("yes (--tcp-established-idle-timeout)"), true, {}, {},
               "Compute API RouterNat.tcpEstablishedIdleTimeoutSec"),
        preset("gcp-internal-nlb",
               QT_TRANSLATE_NOOP("Middlebox",
                                 "Google Cloud internal passthrough Network Load Balancer"),
               G::Cloud, 600, true, 600, 57600,
               Tr::tr("10 min–16 h, only with session affinity and PER_SESSION "
                      "connection tracking (idleTimeoutSec)"),
               true, {}, {}, "Compute API BackendServiceConnectionTrackingPolicy.idleTimeoutSec"),
        preset("linux-conntrack",
               QT_TRANSLATE_NOOP("Middlebox", "Linux conntrack (a Linux router, a host firewall)"),
               G::OnPremises, 432000, true, none, none,
               Tr::tr("yes (net.netfilter.nf_conntrack_tcp_timeout_established)"), true, {}, {},
               "Linux Documentation/networking/nf_conntrack-sysctl.rst"),
        preset("kube-proxy", QT_TRANSLATE_NOOP("Middlebox", "kube-proxy (iptables mode)"),
               G::OnPremises, 86400, true, none, none,
               Tr::tr("yes (conntrack.tcpEstablishedTimeout)"), true, {}, {},
               "kubernetes.io, kube-proxy reference"),
        preset("ipvs",
               QT_TRANSLATE_NOOP("Middlebox",
                                 "Linux IPVS (Docker Swarm service VIPs, kube-proxy IPVS mode)"),
               G::OnPremises, 900, true, none, none, Tr::tr("yes (ipvsadm --set)"), true, {}, {},
               "Linux net/netfilter/ipvs/ip_vs_proto_tcp.c (15*60*HZ); moby/moby#31208"),
        preset("rfc5382-nat",
               QT_TRANSLATE_NOOP("Middlebox", "Home router or CGNAT following RFC 5382"),
               G::OnPremises, 7440, true, none, none, Tr::tr("sometimes"), true, {},
               Tr::tr("RFC 5382 requires at least 2 h 4 min; many home routers and "
                      "carrier-grade NATs forget far sooner: choose a custom timeout "
                      "when you know yours."),
               "RFC 5382 §5, REQ-5"),
        preset("cisco-asa", QT_TRANSLATE_NOOP("Middlebox", "Cisco ASA"), G::OnPremises, 3600, true,
               300, 1193.0 * 3600,
               Tr::tr("0:05:00–1193:00:00 (timeout conn); per class: set connection "
                      "timeout idle"),
               true, {}, {}, "Cisco ASA CLI configuration guide"),
        preset("fortigate", QT_TRANSLATE_NOOP("Middlebox", "FortiGate"), G::OnPremises, 3600, true,
               300, 604800, Tr::tr("300–604800 s (system session-ttl)"), true, {}, {},
               "FortiOS CLI reference"),
        preset("nginx-stream", QT_TRANSLATE_NOOP("Middlebox", "nginx stream proxy"), G::OnPremises,
               600, true, none, none, Tr::tr("yes (proxy_timeout)"), false,
               Tr::tr("raise proxy_timeout, or send application data in time (an "
                      "HTTP/2 PING, %1)")
                   .arg(sshHeartbeat()),
               Tr::tr("It terminates TCP: proxy_timeout counts reads and writes of "
                      "data, which keep-alive probes carry none of."),
               "nginx src/stream/ngx_stream_proxy_module.c"),
    };
}

} // namespace

bool MiddleboxPreset::acceptsTimeout(double timeoutS) const
{
    if (!configurable)
        return timeoutS == defaultTimeoutS;
    if (minTimeoutS && timeoutS < *minTimeoutS)
        return false;
    if (maxTimeoutS && timeoutS > *maxTimeoutS)
        return false;
    return timeoutS >= kMinMiddleboxTimeoutS && timeoutS <= kMaxMiddleboxTimeoutS;
}

QString MiddleboxPreset::rangeText() const
{
    if (!configurable)
        return Tr::tr("is fixed at %1 s").arg(defaultTimeoutS);
    return Tr::tr("can be set %1")
        .arg(formatRange(qint64(minTimeoutS.value_or(double(kMinMiddleboxTimeoutS))),
                         qint64(maxTimeoutS.value_or(double(kMaxMiddleboxTimeoutS))),
                         QStringLiteral("s")));
}

const QList<MiddleboxPreset> &middleboxPresets()
{
    static const QList<MiddleboxPreset> presets = buildPresets();
    return presets;
}

QString middleboxNameList()
{
    QStringList names;
    for (const MiddleboxPreset &p : middleboxPresets())
        names << p.name;
    return names.join(QStringLiteral(", "));
}

std::optional<MiddleboxPreset> findMiddlebox(const QString &name, QString *error)
{
    for (const MiddleboxPreset &p : middleboxPresets()) {
        if (p.name == name)
            return p;
    }
    if (error)
        *error = Tr::tr("unknown middlebox \"%1\"; valid names: %2").arg(name, middleboxNameList());
    return std::nullopt;
}

QString formatTimeout(double seconds)
{
    const QString plain = QStringLiteral("%1 s").arg(seconds);
    return seconds > 60 ? QStringLiteral("%1 (%2)").arg(plain, formatSeconds(seconds)) : plain;
}

QString middleboxGroupLabel(MiddleboxGroup group)
{
    switch (group) {
    case MiddleboxGroup::Cloud:
        return Tr::tr("Cloud");
    case MiddleboxGroup::OnPremises:
        return Tr::tr("Self-run and on-premises");
    }
    return {};
}

} // namespace kt::advise
