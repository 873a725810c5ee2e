// The schedule model against the real kernel. In a private network namespace
// (tests/support/in-netns.sh) each case opens a loopback connection with small
// keep-alive values, drops the peer's packets with an nftables rule so the
// probes go unanswered, captures the probes and the RST on "lo" and waits for
// ETIMEDOUT; every measured time must lie inside the model's window. The
// cases run side by side so the whole test takes as long as the longest case.
#include "lab/LoopbackCapture.h"
#include "schedule/Schedule.h"
#include "sysctl/KernelHz.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace kt;
using kt::lab::LoopbackCapture;

namespace {

// How far outside the model's window a measurement may fall and still count
// as inside, and why. Early: the model counts from the jiffy in which the
// last segment arrived, as the kernel does (keepalive_time_elapsed() compares
// jiffies with tcp_jiffies32), while the capture measures from the real
// arrival time inside that jiffy; so a probe may leave up to one jiffy (plus
// the capture's own microseconds) before "arrival + idle". Late: the timer softirq, the loopback
// transmit and the capture's own timestamping run after the timer wheel's bucket expires; on a busy
// 2-core machine that is a few milliseconds. Waking this process for the socket error adds its
// scheduling latency on top.
constexpr double kCaptureEarlySlackS = 0.002;
constexpr double kWireLateSlackS = 0.015;
constexpr double kWakeLateSlackS = 0.060;

struct Case
{
    QString name;
    KeepaliveParams params;
    bool peerAlive = false;
    double observeS = 0; // for a live peer: how long to watch
};

struct Measured
{
    QList<double> probes; // seconds after the peer's last segment left
    QList<double> acks;
    double rst = -1;
    double socketError = -1;
    int soError = 0;
};

struct Connection
{
    Case c;
    int listenFd = -1;
    int clientFd = -1;
    int serverFd = -1;
    quint16 serverPort = 0;
    quint16 clientPort = 0;
    std::unique_ptr<LoopbackCapture> capture;
    double t0 = 0;        // CLOCK_REALTIME of the peer's last segment
    quint32 probeSeq = 0; // keep-alive probes carry snd_una - 1
    Measured measured;
    QString setupError;

    ~Connection()
    {
        for (int fd : {listenFd, clientFd, serverFd})
            if (fd >= 0)
                close(fd);
    }
};

quint16 localPort(int fd)
{
    sockaddr_in a{};
    socklen_t len = sizeof a;
    getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    return ntohs(a.sin_port);
}

bool setInt(int fd, int level, int option, int value)
{
    return setsockopt(fd, level, option, &value, sizeof value) == 0;
}

// Connects over loopback with the case's options on the client.
void open(Connection &conn)
{
    const auto failed = [&conn](const char *what) {
        conn.setupError = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                       QString::fromLocal8Bit(strerror(errno)));
    };
    conn.capture = std::make_unique<LoopbackCapture>();
    if (!conn.capture->isOpen()) {
        errno = conn.capture->error();
        return failed("AF_PACKET socket on lo");
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    conn.listenFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (conn.listenFd < 0 ||
        bind(conn.listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        listen(conn.listenFd, 1) != 0)
        return failed("listen on 127.0.0.1");
    addr.sin_port = htons(localPort(conn.listenFd));
    conn.clientFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const KeepaliveParams &p = conn.c.params;
    if (conn.clientFd < 0 || !setInt(conn.clientFd, SOL_SOCKET, SO_KEEPALIVE, 1) ||
        !setInt(conn.clientFd, IPPROTO_TCP, TCP_KEEPIDLE, p.idleS) ||
        !setInt(conn.clientFd, IPPROTO_TCP, TCP_KEEPINTVL, p.intervalS) ||
        !setInt(conn.clientFd, IPPROTO_TCP, TCP_KEEPCNT, p.count) ||
        !setInt(conn.clientFd, IPPROTO_TCP, TCP_USER_TIMEOUT, p.userTimeoutMs))
        return failed("client socket options");
    if (connect(conn.clientFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return failed("connect");
    conn.serverFd = accept4(conn.listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (conn.serverFd < 0)
        return failed("accept");
    conn.serverPort = localPort(conn.listenFd);
    conn.clientPort = localPort(conn.clientFd);
}

// Lets the peer send one byte: the last segment the client receives, t = 0.
void sendLastSegment(Connection &conn)
{
    const auto failed = [&conn](const char *what) {
        conn.setupError = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                       QString::fromLocal8Bit(strerror(errno)));
    };
    char byte = 'k';
    if (send(conn.serverFd, &byte, 1, 0) != 1 || recv(conn.clientFd, &byte, 1, 0) != 1)
        return failed("one byte from the peer");
    while (auto s = conn.capture->next(1000)) {
        if (s->sourcePort == conn.serverPort && s->destPort == conn.clientPort && s->payload == 1) {
            conn.t0 = s->timeS;
            conn.probeSeq = s->ack - 1;
            return;
        }
    }
    conn.setupError = QStringLiteral("the peer's byte was not seen on lo");
}

// Watches one connection until the abort (or, for a live peer, the end of
// the observation), recording probes, ACKs, the RST and the socket error.
void watch(Connection &conn, double untilS)
{
    Measured &m = conn.measured;
    bool errorSeen = false;
    while (true) {
        const double now = kt::lab::realtimeNowS();
        if (now - conn.t0 > untilS || (errorSeen && m.rst >= 0))
            return;
        pollfd fds[2] = {{conn.capture->fd(), POLLIN, 0}, {conn.clientFd, 0, 0}};
        const int waitMs = std::max(1, int((untilS - (now - conn.t0)) * 1000.0));
        if (poll(fds, errorSeen ? 1 : 2, std::min(waitMs, 200)) < 0)
            return;
        if (!errorSeen && (fds[1].revents & (POLLERR | POLLHUP))) {
            m.socketError = kt::lab::realtimeNowS() - conn.t0;
            socklen_t len = sizeof m.soError;
            getsockopt(conn.clientFd, SOL_SOCKET, SO_ERROR, &m.soError, &len);
            errorSeen = true;
        }
        if (!(fds[0].revents & POLLIN))
            continue;
        const auto s = conn.capture->readOne();
        if (!s || s->timeS < conn.t0)
            continue;
        const double t = s->timeS - conn.t0;
        if (s->sourcePort == conn.clientPort && s->destPort == conn.serverPort) {
            if (s->flags & 0x04)
                m.rst = t;
            else if (s->seq == conn.probeSeq && s->payload <= 1)
                m.probes << t;
        } else if (s->sourcePort == conn.serverPort && s->destPort == conn.clientPort) {
            m.acks << t;
        }
    }
}

struct Check
{
    QString what;
    double measured;
    double nominal;
    double earliest;
    double latest;
    double lateSlack;
    int hz;
    bool inside() const
    {
        const double earlySlack = 1.0 / hz + kCaptureEarlySlackS;
        return measured >= earliest - earlySlack && measured <= latest + lateSlack;
    }
};

} // namespace

class TestScheduleKernel : public QObject
{
    Q_OBJECT
private:
    int m_hz = kDefaultHz;
    QString m_nft;

private slots:
    void initTestCase()
    {
        // Only ever inside a namespace of our own: the rules and the capture
        // must not touch the host. A fresh namespace has nothing but lo.
        QStringList links;
        if (struct if_nameindex *names = if_nameindex()) {
            for (struct if_nameindex *i = names; i->if_index != 0; ++i)
                links << QString::fromLocal8Bit(i->if_name);
            if_freenameindex(names);
        }
        if (links != QStringList{QStringLiteral("lo")})
            QSKIP("run through tests/support/in-netns.sh (a private network namespace)");
        m_nft = QStandardPaths::findExecutable(QStringLiteral("nft"));
        if (m_nft.isEmpty())
            m_nft = QStandardPaths::findExecutable(
                QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (m_nft.isEmpty())
            QSKIP("nft (nftables) is not installed");
        if (const auto hz = readKernelHz())
            m_hz = hz->hz;
        else
            qWarning("kernel configuration not readable; assuming HZ %d", m_hz);
    }

    void measuredTimesLieInsideTheModelsWindows()
    {
        const QList<Case> cases{
            {QStringLiteral("count 2"), {1, 1, 2, 0}, false, 0},
            {QStringLiteral("idle 2, count 3"), {2, 1, 3, 0}, false, 0},
            {QStringLiteral("count 1, idle < interval"), {1, 2, 1, 0}, false, 0},
            {QStringLiteral("user timeout 2500 ms > idle"), {1, 1, 5, 2500}, false, 0},
            {QStringLiteral("user timeout 500 ms < idle"), {2, 1, 5, 500}, false, 0},
            {QStringLiteral("live peer"), {1, 1, 2, 0}, true, 3.5},
        };
        std::vector<std::unique_ptr<Connection>> conns;
        for (const Case &c : cases) {
            auto conn = std::make_unique<Connection>();
            conn->c = c;
            open(*conn);
            QVERIFY2(conn->setupError.isEmpty(),
                     qPrintable(c.name + QStringLiteral(": ") + conn->setupError));
            conns.push_back(std::move(conn));
        }

        // One rule per dead peer, on the output hook: the peer's answers are
        // dropped before they reach lo, so the client never hears back. The
        // rule spares segments with PSH, so the peer's last byte still gets
        // through, and it is in place before that byte: no race with idle.
        QString rules = QStringLiteral("table inet kt_schedule_test {\n"
                                       " chain output {\n"
                                       "  type filter hook output priority 0; policy accept;\n");
        for (const auto &conn : conns) {
            if (!conn->c.peerAlive)
                rules += QStringLiteral("  tcp sport %1 tcp dport %2 tcp flags & psh == 0 drop\n")
                             .arg(conn->serverPort)
                             .arg(conn->clientPort);
        }
        rules += QStringLiteral(" }\n}\n");
        QTemporaryFile ruleFile;
        QVERIFY(ruleFile.open());
        ruleFile.write(rules.toUtf8());
        ruleFile.close();
        QProcess nft;
        nft.start(m_nft, {QStringLiteral("-f"), ruleFile.fileName()});
        QVERIFY(nft.waitForFinished(10000));
        QVERIFY2(nft.exitCode() == 0, nft.readAllStandardError().constData());
        for (const auto &conn : conns) {
            sendLastSegment(*conn);
            QVERIFY2(conn->setupError.isEmpty(),
                     qPrintable(conn->c.name + QStringLiteral(": ") + conn->setupError));
        }

        QList<Schedule> models;
        std::vector<std::thread> watchers;
        for (const auto &conn : conns) {
            ScheduleInput in;
            in.params = conn->c.params;
            in.scenario = conn->c.peerAlive ? Scenario::Alive : Scenario::Dead;
            in.hz = m_hz;
            in.horizonS = conn->c.peerAlive ? conn->c.observeS : 0;
            QVERIFY(!validateScheduleInput(in));
            models << computeSchedule(in);
            const double until =
                conn->c.peerAlive ? conn->c.observeS : models.last().detectionLatestS + 1.0;
            watchers.emplace_back(watch, std::ref(*conn), until);
        }
        for (std::thread &t : watchers)
            t.join();
        QProcess::execute(m_nft, {QStringLiteral("delete"), QStringLiteral("table"),
                                  QStringLiteral("inet"), QStringLiteral("kt_schedule_test")});

        // Compare, print the figures, then fail on anything outside.
        QList<Check> checks;
        QStringList problems;
        for (size_t i = 0; i < conns.size(); ++i) {
            const Connection &conn = *conns[i];
            const Schedule &model = models.at(qsizetype(i));
            QList<ScheduleEvent> probes;
            for (const ScheduleEvent &e : model.events) {
                if (e.kind == EventKind::Probe)
                    probes << e;
            }
            const Measured &m = conn.measured;
            const QString name = conn.c.name;
            const qsizetype compared =
                conn.c.peerAlive ? std::min(m.probes.size(), probes.size()) : probes.size();
            if (m.probes.size() != probes.size() && !conn.c.peerAlive)
                problems << QStringLiteral("%1: %2 probes measured, %3 modelled")
                                .arg(name)
                                .arg(m.probes.size())
                                .arg(probes.size());
            if (conn.c.peerAlive && m.probes.size() < 3)
                problems << QStringLiteral("%1: only %2 probes in %3 s")
                                .arg(name)
                                .arg(m.probes.size())
                                .arg(conn.c.observeS);
            for (qsizetype k = 0; k < std::min(compared, m.probes.size()); ++k) {
                const ScheduleEvent &e = probes.at(k);
                checks << Check{QStringLiteral("%1: probe %2").arg(name).arg(k + 1),
                                m.probes.at(k),
                                e.t,
                                e.earliest,
                                e.latest,
                                kWireLateSlackS,
                                m_hz};
            }
            if (conn.c.peerAlive) {
                if (m.rst >= 0 || m.socketError >= 0)
                    problems << name + QStringLiteral(": a live peer's connection was aborted");
                if (m.acks.size() < m.probes.size())
                    problems << name + QStringLiteral(": probes went unanswered");
                continue;
            }
            const double abortT = model.detectionS.value_or(-1);
            checks << Check{name + QStringLiteral(": RST"), m.rst,           abortT, abortT,
                            model.detectionLatestS,         kWireLateSlackS, m_hz};
            checks << Check{name + QStringLiteral(": ETIMEDOUT"),
                            m.socketError,
                            abortT,
                            abortT,
                            model.detectionLatestS,
                            kWakeLateSlackS,
                            m_hz};
            if (m.soError != ETIMEDOUT)
                problems << QStringLiteral("%1: socket error %2, expected ETIMEDOUT")
                                .arg(name)
                                .arg(m.soError);
        }
        qInfo("HZ %d; times in s after the peer's last segment", m_hz);
        qInfo("%-44s %9s %9s %21s %8s", "event", "measured", "model", "window", "");
        for (const Check &c : checks) {
            qInfo("%-44s %9.4f %9.3f [%8.3f, %8.3f] %8s", qPrintable(c.what), c.measured, c.nominal,
                  c.earliest, c.latest, c.inside() ? "inside" : "OUTSIDE");
            if (!c.inside())
                problems << QStringLiteral("%1 at %2 s is outside [%3, %4]")
                                .arg(c.what)
                                .arg(c.measured, 0, 'f', 4)
                                .arg(c.earliest, 0, 'f', 3)
                                .arg(c.latest, 0, 'f', 3);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestScheduleKernel)
#include "tst_schedule_kernel.moc"
