// The cookbook's servers and clients: configuration lines for programs that
// set keep-alive on their own sockets.
#include "advise/CookbookGenerators.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt::advise::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cookbook)
};

// Redis's derived values on Linux (redis src/anet.c, anetKeepAlive): interval
// N/3, at least 1 s; 3 probes.
constexpr int kRedisCount = 3;
int redisInterval(int idleS)
{
    return std::max(1, idleS / 3);
}

} // namespace

// PostgreSQL server: postgresql.org/docs/current/runtime-config-connection.html
// (tcp_keepalives_idle, tcp_keepalives_interval in s, tcp_keepalives_count,
// tcp_user_timeout in ms; 0 = the system's value).
Draft postgresqlSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("In postgresql.conf (or ALTER SYSTEM SET). They apply to connections over "
                      "TCP; over a Unix-domain socket they are ignored. 0 means the system's "
                      "value.");
    QString body = QStringLiteral("tcp_keepalives_idle = %1\t\t# seconds\n"
                                  "tcp_keepalives_interval = %2\t# seconds\n"
                                  "tcp_keepalives_count = %3\n")
                       .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    if (in.userTimeoutMs)
        body +=
            QStringLiteral("tcp_user_timeout = %1\t\t# milliseconds\n").arg(num(*in.userTimeoutMs));
    d.body = body;
    return d;
}

// libpq: postgresql.org/docs/current/libpq-connect.html (keepalives=1,
// keepalives_idle, keepalives_interval, keepalives_count, tcp_user_timeout).
Draft libpqSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    QString keywords =
        QStringLiteral("keepalives=1 keepalives_idle=%1 keepalives_interval=%2 "
                       "keepalives_count=%3")
            .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    if (in.userTimeoutMs)
        keywords += QStringLiteral(" tcp_user_timeout=%1").arg(num(*in.userTimeoutMs));
    d.notes << Tr::tr("A service in ~/.pg_service.conf: connect with \"service=app\". The same "
                      "keywords work in any connection string: \"host=db.example.com %1\".")
                   .arg(keywords);
    d.notes << Tr::tr("Times in seconds, the user timeout in milliseconds.");
    d.body = QStringLiteral("[app]\nhost=db.example.com\ndbname=app\n") +
             keywords.split(QLatin1Char(' ')).join(QLatin1Char('\n')) + QLatin1Char('\n');
    return d;
}

// MariaDB: mariadb.com server system variables (tcp_keepalive_time,
// tcp_keepalive_interval, tcp_keepalive_probes; 10.3.3+). No user timeout.
Draft mariadbSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("In my.cnf or a file of /etc/mysql/mariadb.conf.d; MariaDB 10.3.3 or later. "
                      "Times in seconds.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("MariaDB has no TCP_USER_TIMEOUT setting.")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    d.body = QStringLiteral("[mariadb]\ntcp_keepalive_time = %1\ntcp_keepalive_interval = %2\n"
                            "tcp_keepalive_probes = %3\n")
                 .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    return d;
}

// Redis: redis src/anet.c (tcp-keepalive N, default 300: on Linux idle N,
// interval N/3 at least 1, count 3).
Draft redisSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    const int interval = redisInterval(in.params.idleS);
    d.notes << Tr::tr(
                   "Redis takes one number, the idle time in seconds, and derives the rest on "
                   "Linux: interval %1 / 3 = %2 s and %3 probes. The interval %4 s and the count "
                   "%5 are not expressible.")
                   .arg(in.params.idleS)
                   .arg(interval)
                   .arg(kRedisCount)
                   .arg(in.params.intervalS)
                   .arg(in.params.count);
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("Redis has no TCP_USER_TIMEOUT setting.")))
        d.notes << *ut;
    KeepaliveParams effective = withoutUserTimeout(in);
    effective.intervalS = interval;
    effective.count = kRedisCount;
    d.effective = effective;
    d.body = QStringLiteral("tcp-keepalive %1\n").arg(num(in.params.idleS));
    return d;
}

// nginx: nginx.org ngx_http_core_module "listen" (so_keepalive=IDLE:INTVL:CNT,
// an empty field keeps the system's value; the stream module's listen takes
// the same). proxy_socket_keepalive only turns SO_KEEPALIVE on.
Draft nginxSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("A parameter of the listen directive, in http { server { … } } or stream { "
                      "server { … } }, for the connections nginx accepts. For connections to "
                      "upstreams, proxy_socket_keepalive on turns keep-alive on with the host's "
                      "values.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("nginx has no TCP_USER_TIMEOUT setting.")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    d.body = QStringLiteral("listen 80 so_keepalive=%1s:%2s:%3;\n")
                 .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    return d;
}

// HAProxy: haproxy src/proxy.c (option clitcpka / srvtcpka; clitcpka-idle,
// clitcpka-intvl, clitcpka-cnt and srvtcpka-*).
Draft haproxySnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("clitcpka-* apply to the connections from clients, srvtcpka-* to those to "
                      "the servers; both in defaults, frontend/backend or listen sections.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("these lines do not set TCP_USER_TIMEOUT.")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    const QString idle = num(in.params.idleS);
    const QString interval = num(in.params.intervalS);
    const QString count = num(in.params.count);
    d.body = QStringLiteral("defaults\n"
                            "    option clitcpka\n"
                            "    clitcpka-idle %1s\n"
                            "    clitcpka-intvl %2s\n"
                            "    clitcpka-cnt %3\n"
                            "    option srvtcpka\n"
                            "    srvtcpka-idle %1s\n"
                            "    srvtcpka-intvl %2s\n"
                            "    srvtcpka-cnt %3\n")
                 .arg(idle, interval, count);
    return d;
}

// systemd .socket: systemd.socket(5) (KeepAlive=, KeepAliveTimeSec=,
// KeepAliveIntervalSec=, KeepAliveProbes=).
Draft systemdSocketSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("In the [Socket] section of the service's .socket unit (or a drop-in made "
                      "with systemctl edit NAME.socket); systemd sets them on the sockets it "
                      "accepts for the service.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("systemd.socket has no TCP_USER_TIMEOUT "
                                                     "setting.")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    d.body =
        QStringLiteral("[Socket]\nKeepAlive=yes\nKeepAliveTimeSec=%1\nKeepAliveIntervalSec=%2\n"
                       "KeepAliveProbes=%3\n")
            .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    return d;
}

// OpenSSH: ssh_config(5) (ServerAliveInterval, ServerAliveCountMax,
// TCPKeepAlive) and sshd_config(5) (ClientAliveInterval, ClientAliveCountMax).
Draft opensshSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.modelled = false;
    const qint64 idle = in.params.idleS;
    d.notes << Tr::tr("SSH's own keep-alive messages travel inside the encrypted connection: they "
                      "cannot be spoofed, and they also keep alive a proxy or load balancer that "
                      "counts only application data, which TCP keep-alive probes do not. That is "
                      "the setting a middlebox needs.");
    d.notes << Tr::tr("They have one interval: a message after %1 s without data from the other "
                      "side, then every %1 s; after %2 unanswered the connection is closed, about "
                      "%3 s after the last data (TCP keep-alive would take %1 + %2 × %4 s).")
                   .arg(idle)
                   .arg(in.params.count)
                   .arg(idle * in.params.count)
                   .arg(in.params.intervalS);
    d.notes << Tr::tr("TCPKeepAlive yes turns TCP keep-alive on with the host's values (the sysctl "
                      "targets), not these.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("OpenSSH has no TCP_USER_TIMEOUT setting.")))
        d.notes << *ut;
    d.body = QStringLiteral("# ~/.ssh/config or /etc/ssh/ssh_config (the client)\n"
                            "Host *\n"
                            "    ServerAliveInterval %1\n"
                            "    ServerAliveCountMax %2\n"
                            "    TCPKeepAlive yes\n"
                            "\n"
                            "# /etc/ssh/sshd_config (the server), the same from its side:\n"
                            "# ClientAliveInterval %1\n"
                            "# ClientAliveCountMax %2\n")
                 .arg(num(idle), num(in.params.count));
    return d;
}

} // namespace kt::advise::detail
