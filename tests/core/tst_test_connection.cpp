// Real TCP connections on loopback, inside a private network namespace (see
// tests/support/in-netns.sh), so the sysctls and nftables rules the tests
// change never touch the host.
#include "session/ConnectionSet.h"
#include "session/ExploredParams.h"
#include "socket/LoopbackPeer.h"
#include "socket/SocketOptions.h"
#include "socket/TestConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kt;

namespace {

using Kind = ConnectionEvent::Kind;

int countEvents(const TestConnection &c, Kind kind)
{
    int n = 0;
    for (const ConnectionEvent &e : c.events())
        n += e.kind == kind ? 1 : 0;
    return n;
}

qint64 firstEventAt(const TestConnection &c, Kind kind)
{
    for (const ConnectionEvent &e : c.events()) {
        if (e.kind == kind)
            return e.elapsedMs;
    }
    return -1;
}

QString eventLog(const TestConnection &c)
{
    QString text;
    for (const ConnectionEvent &e : c.events())
        text += QStringLiteral("  %1 ms %2: %3\n")
                    .arg(e.elapsedMs, 6)
                    .arg(eventKindName(e.kind), e.text);
    return text;
}

bool writeSysctl(const QString &key, int value)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/") + key);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray::number(value)) > 0;
}

int readSysctl(const QString &key)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/") + key);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().trimmed().toInt();
}

// Runs nft with a script on stdin; returns its error output (empty on success).
QString runNft(const QByteArray &script)
{
    QProcess nft;
    nft.start(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")});
    if (!nft.waitForStarted(5000))
        return QStringLiteral("cannot start nft: ") + nft.errorString();
    nft.write(script);
    nft.closeWriteChannel();
    nft.waitForFinished(5000);
    if (nft.exitStatus() != QProcess::NormalExit || nft.exitCode() != 0)
        return QString::fromLocal8Bit(nft.readAllStandardError()) + QStringLiteral(" (nft exit ") +
               QString::number(nft.exitCode()) + QLatin1Char(')');
    return {};
}

// A table that drops everything the peer on `port` sends.
QByteArray dropFromPort(quint16 port, const char *table)
{
    return QByteArrayLiteral("table inet ") + table +
           QByteArrayLiteral(" {\n  chain input {\n    type filter hook input priority 0;\n"
                             "    tcp sport ") +
           QByteArray::number(port) + QByteArrayLiteral(" drop\n  }\n}\n");
}

} // namespace

class TestTestConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The suite must run in its own network namespace: it changes sysctls
        // and packet filters. in-netns.sh gives it one with only loopback.
        QProcess ip;
        ip.start(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("link")});
        QVERIFY(ip.waitForFinished(5000));
        const QByteArray links = ip.readAllStandardOutput();
        if (links.count('\n') != 1)
            QSKIP("not in a private network namespace (run through ctest / in-netns.sh)");
    }

    void optionsAppliedAndReadBack_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6") << QStringLiteral("::1");
    }
    void optionsAppliedAndReadBack()
    {
        QFETCH(QString, address);
        LoopbackPeer peer;
        QString error;
        QVERIFY2(peer.start(QHostAddress(address), &error), qPrintable(error));

        TestConnection c;
        RequestedOptions r;
        r.idleS = 30;
        r.intervalS = 7;
        r.count = 4;
        r.userTimeoutMs = 12000;
        c.connectTo({address, peer.port()}, r);
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        QVERIFY(c.effective());
        QCOMPARE(*c.effective(), (EffectiveOptions{true, 30, 7, 4, 12000}));
        QVERIFY2(c.peerAddress().endsWith(QStringLiteral(":%1").arg(peer.port())),
                 qPrintable(c.peerAddress()));
        QVERIFY(c.peerAddress().startsWith(address.contains(QLatin1Char(':'))
                                               ? QStringLiteral("[::1]")
                                               : QStringLiteral("127.0.0.1")));
        QCOMPARE(countEvents(c, Kind::OptionsApplied), 1);
        // The kernel's own view of the socket arrives with the first poll.
        QVERIFY(c.hasObservation());
        QCOMPARE(c.lastObservation().state, 1); // TCP_ESTABLISHED
        QVERIFY(c.lastObservation().diagValid);
        QCOMPARE(c.lastObservation().timer, KernelTimer::KeepAlive);
        QVERIFY(c.lastObservation().timerExpiresMs > 25000);
        QVERIFY(c.lastObservation().timerExpiresMs <= 30000);
        QTRY_COMPARE(peer.connectionCount(), 1);
    }

    void inheritedValuesComeFromTheKernel()
    {
        const int savedTime = readSysctl(QStringLiteral("tcp_keepalive_time"));
        const int savedProbes = readSysctl(QStringLiteral("tcp_keepalive_probes"));
        if (!writeSysctl(QStringLiteral("tcp_keepalive_time"), 1234) ||
            !writeSysctl(QStringLiteral("tcp_keepalive_probes"), 5))
            QSKIP("cannot write the keep-alive sysctls in this namespace");
        LoopbackPeer peer;
        QVERIFY(peer.start());
        TestConnection c;
        RequestedOptions r; // everything inherited, keep-alive on
        r.intervalS = 9;
        c.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, r);
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        writeSysctl(QStringLiteral("tcp_keepalive_time"), savedTime);
        writeSysctl(QStringLiteral("tcp_keepalive_probes"), savedProbes);
        QVERIFY(c.effective());
        QCOMPARE(c.effective()->idleS, 1234);
        QCOMPARE(c.effective()->count, 5);
        QCOMPARE(c.effective()->intervalS, 9);
        QCOMPARE(c.effective()->userTimeoutMs, 0);
        QVERIFY(c.events().at(int(countEvents(c, Kind::Connecting))).text.size() > 0);
        const QString applied =
            c.events().last().kind == Kind::OptionsApplied ? c.events().last().text : eventLog(c);
        QVERIFY2(applied.contains(QStringLiteral("TCP_KEEPIDLE inherit → 1234 s")),
                 qPrintable(applied));
    }

    void keepaliveOffIsReadBack()
    {
        LoopbackPeer peer;
        QVERIFY(peer.start());
        TestConnection c;
        RequestedOptions r;
        r.keepalive = false;
        c.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, r);
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        QCOMPARE(c.effective()->keepalive, false);
        QVERIFY(!c.keepaliveTimerInMs()); // no keep-alive timer without SO_KEEPALIVE
    }

    void outOfRangeIsRefusedWithTheRange_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("range");
        QTest::newRow("idle 0") << 0 << 3 << QStringLiteral("between 1 and 32767 s");
        QTest::newRow("idle 40000") << 40000 << 3 << QStringLiteral("between 1 and 32767 s");
        QTest::newRow("count 128") << 10 << 128 << QStringLiteral("between 1 and 127");
    }
    void outOfRangeIsRefusedWithTheRange()
    {
        QFETCH(int, idle);
        QFETCH(int, count);
        QFETCH(QString, range);
        TestConnection c;
        RequestedOptions r;
        r.idleS = idle;
        r.count = count;
        c.connectTo({QStringLiteral("127.0.0.1"), 9}, r);
        // Refused before anything is sent: no waiting.
        QCOMPARE(c.state(), TestConnection::State::Failed);
        QCOMPARE(c.failure(), ConnectionFailure::InvalidOptions);
        QVERIFY2(c.errorText().contains(range), qPrintable(c.errorText()));
        QCOMPARE(countEvents(c, Kind::Connecting), 0);
    }

    void kernelRefusalCarriesErrnoAndRange()
    {
        // No pre-check here: the kernel itself must say no, and the message
        // must carry its errno and the range it accepts.
        const int fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        QVERIFY(fd >= 0);
        QString idle;
        int error = 0;
        QVERIFY(!setSocketOption(fd, SocketOption::KeepIdle, 40000, &idle, &error));
        QCOMPARE(error, EINVAL);
        QCOMPARE(idle, QStringLiteral("the kernel refused TCP_KEEPIDLE = 40000: EINVAL (Invalid "
                                      "argument); it accepts values between 1 and 32767 s"));
        QString count;
        QVERIFY(!setSocketOption(fd, SocketOption::KeepCount, 0, &count));
        QVERIFY2(count.contains(QStringLiteral("between 1 and 127")), qPrintable(count));
        QString timeout;
        QVERIFY(!setSocketOption(fd, SocketOption::UserTimeout, -1, &timeout));
        QVERIFY2(timeout.contains(QStringLiteral("between 0 and 2147483647 ms")),
                 qPrintable(timeout));
        // Nothing was clamped: the socket still has the kernel default.
        QCOMPARE(readSocketOption(fd, SocketOption::KeepCount).value_or(-1),
                 readSysctl(QStringLiteral("tcp_keepalive_probes")));
        ::close(fd);
    }

    void keepaliveTimerFiresWhenTheKernelSays()
    {
        LoopbackPeer peer;
        QVERIFY(peer.start());
        TestConnection c;
        c.setPollIntervalMs(50);
        RequestedOptions r;
        r.idleS = 2;
        r.intervalS = 1;
        r.count = 3;
        c.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, r);
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        const qint64 connectedAt = firstEventAt(c, Kind::Connected);
        // The keep-alive timer is pending and due within idle = 2 s.
        QVERIFY(c.lastObservation().diagValid);
        QCOMPARE(c.lastObservation().timer, KernelTimer::KeepAlive);
        QVERIFY(c.lastObservation().timerExpiresMs <= 2000);
        QVERIFY(c.lastObservation().timerExpiresMs > 1500);
        QCOMPARE(countEvents(c, Kind::TimerArmed), 1);

        // The live peer's kernel answers, so the probe is seen as sent and
        // answered, and the counter stays at 0.
        QTRY_VERIFY_WITH_TIMEOUT(c.probesSent() >= 1, 4000);
        QTRY_VERIFY_WITH_TIMEOUT(c.probesAnswered() >= 1, 1000);
        const qint64 probeAt = firstEventAt(c, Kind::ProbeSent) - connectedAt;
        qInfo("first probe %lld ms after connecting (idle 2 s)", probeAt);
        // The kernel's timer wheel only rounds up; allow it and one poll.
        QVERIFY2(probeAt >= 1950 && probeAt <= 2400, qPrintable(eventLog(c)));
        QVERIFY(!c.measuredEvents().isEmpty());
        const MeasuredEvent first = c.measuredEvents().first();
        QCOMPARE(first.kind, EventKind::Probe);
        QVERIFY2(first.sinceLastReceiveS >= 1.95 && first.sinceLastReceiveS <= 2.4,
                 qPrintable(QString::number(first.sinceLastReceiveS)));
        QCOMPARE(c.state(), TestConnection::State::Connected);
        QCOMPARE(c.unansweredProbes(), 0);
    }

    void dataFromThePeerIsNotTakenForProbes()
    {
        // A peer that talks every 300 ms keeps the connection from ever
        // being idle for 1 s: the keep-alive timer fires, finds data was
        // received, re-arms, and sends nothing. No probe may be reported.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        TestConnection c;
        c.setPollIntervalMs(50);
        RequestedOptions r;
        r.idleS = 1;
        r.intervalS = 1;
        r.count = 3;
        c.connectTo({QStringLiteral("127.0.0.1"), server.serverPort()}, r);
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *talker = server.nextPendingConnection();
        QTimer chatter;
        connect(&chatter, &QTimer::timeout, talker, [talker] { talker->write("x"); });
        chatter.start(300);
        QTest::qWait(3200); // an observation window: nothing may happen in it
        QVERIFY2(countEvents(c, Kind::DataReceived) >= 8, qPrintable(eventLog(c)));
        QCOMPARE(countEvents(c, Kind::ProbeSent), 0);
        QCOMPARE(c.probesSent(), 0);
        QCOMPARE(c.state(), TestConnection::State::Connected);
    }

    void silentlyDeadPeerTimesOut()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty() &&
            !QFile::exists(QStringLiteral("/usr/sbin/nft")))
            QSKIP("nft is not installed (Debian package nftables)");
        LoopbackPeer peer;
        QVERIFY(peer.start());
        TestConnection c;
        c.setPollIntervalMs(50);
        RequestedOptions r;
        r.idleS = 1;
        r.intervalS = 1;
        r.count = 3;
        c.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, r);
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        // The peer vanishes silently: everything it sends is dropped, so the
        // probes reach it but its answers never come back.
        const QString nftError = runNft(dropFromPort(peer.port(), "kt_dead_peer"));
        QVERIFY2(nftError.isEmpty(), qPrintable(nftError));
        const auto cleanup = qScopeGuard([] { runNft("delete table inet kt_dead_peer\n"); });
        const qint64 connectedAt = firstEventAt(c, Kind::Connected);

        QTRY_COMPARE_WITH_TIMEOUT(c.state(), TestConnection::State::Closed, 8000);
        const qint64 abortAt = firstEventAt(c, Kind::TimedOut) - connectedAt;
        qInfo("dead peer: timed out %lld ms after connecting (idle 1 + 3 x interval 1 = 4 s)",
              abortAt);
        qInfo("%s", qPrintable(eventLog(c)));
        QCOMPARE(c.failure(), ConnectionFailure::TimedOut);
        QCOMPARE(c.errorCode(), ETIMEDOUT);
        QVERIFY2(c.errorText().contains(QStringLiteral("ETIMEDOUT")), qPrintable(c.errorText()));
        QVERIFY2(abortAt >= 3900 && abortAt <= 5000, qPrintable(eventLog(c)));
        QCOMPARE(countEvents(c, Kind::ProbeSent), 3);
        QCOMPARE(countEvents(c, Kind::ProbeAnswered), 0);
        QCOMPARE(c.probesSent(), 3);
        QCOMPARE(c.probesAnswered(), 0);

        // Measured on the schedule's axis: probes at 1, 2, 3 s, abort at 4 s.
        const QList<MeasuredEvent> observed = c.measuredEvents();
        QCOMPARE(observed.size(), 4);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(observed.at(k).kind, EventKind::Probe);
            qInfo("probe %d at %.3f s after the last segment received", k + 1,
                  observed.at(k).sinceLastReceiveS);
            QVERIFY(qAbs(observed.at(k).sinceLastReceiveS - (k + 1)) < 0.3);
        }
        QCOMPARE(observed.at(3).kind, EventKind::Abort);
        qInfo("abort at %.3f s after the last segment received", observed.at(3).sinceLastReceiveS);
        QVERIFY(qAbs(observed.at(3).sinceLastReceiveS - 4.0) < 0.4);
        // Nothing was received, so the schedule's axis and "since the last
        // segment" are one and the same.
        for (const MeasuredEvent &e : observed)
            QVERIFY(qAbs(e.t - e.sinceLastReceiveS) < 0.05);
    }

    void userTimeoutGovernsTheAbort()
    {
        // With TCP_USER_TIMEOUT set, tcp_keepalive_timer() ignores the count:
        // it gives up at the first timer after the user timeout has passed
        // since the last segment received, once a probe is out. Idle 1,
        // interval 1, user timeout 2500 ms: probes at 1 and 2 s, abort at 3 s.
        LoopbackPeer peer;
        QVERIFY(peer.start());
        TestConnection c;
        c.setPollIntervalMs(50);
        RequestedOptions r;
        r.idleS = 1;
        r.intervalS = 1;
        r.count = 9;
        r.userTimeoutMs = 2500;
        c.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, r);
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        const QString nftError = runNft(dropFromPort(peer.port(), "kt_user_timeout"));
        QVERIFY2(nftError.isEmpty(), qPrintable(nftError));
        const auto cleanup = qScopeGuard([] { runNft("delete table inet kt_user_timeout\n"); });
        QTRY_COMPARE_WITH_TIMEOUT(c.probesSent(), 2, 4000);
        QVERIFY(c.nextTimerAborts()); // the page's countdown turns to "gives up"
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), TestConnection::State::Closed, 4000);
        QCOMPARE(c.failure(), ConnectionFailure::TimedOut);
        QCOMPARE(c.probesSent(), 2);
        QVERIFY2(c.errorText().contains(QStringLiteral("TCP_USER_TIMEOUT = 2500 ms")),
                 qPrintable(c.errorText()));
        const MeasuredEvent abort = c.measuredEvents().last();
        QCOMPARE(abort.kind, EventKind::Abort);
        qInfo("user timeout 2500 ms: abort %.3f s after the last segment received",
              abort.sinceLastReceiveS);
        QVERIFY(abort.sinceLastReceiveS > 2.9 && abort.sinceLastReceiveS < 3.5);
    }

    void connectTimeoutIsBounded()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        // SYNs to this port vanish: no RST, so only the timeout ends it.
        const QByteArray rule = QByteArrayLiteral("table inet kt_blackhole {\n"
                                                  "  chain input {\n"
                                                  "    type filter hook input priority 0;\n"
                                                  "    tcp dport ") +
                                QByteArray::number(port) + QByteArrayLiteral(" drop\n  }\n}\n");
        const QString nftError = runNft(rule);
        QVERIFY2(nftError.isEmpty(), qPrintable(nftError));
        const auto cleanup = qScopeGuard([] { runNft("delete table inet kt_blackhole\n"); });
        TestConnection c;
        c.setConnectTimeoutMs(800);
        QElapsedTimer clock;
        clock.start();
        c.connectTo({QStringLiteral("127.0.0.1"), port}, {});
        QCOMPARE(c.state(), TestConnection::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), TestConnection::State::Failed, 3000);
        QVERIFY(clock.elapsed() >= 750 && clock.elapsed() < 2000);
        QCOMPARE(c.failure(), ConnectionFailure::ConnectTimeout);
        QCOMPARE(c.errorText(),
                 QStringLiteral("127.0.0.1:%1 did not answer within 800 ms (connect timeout)")
                     .arg(port));
    }

    void everyAddressIsTriedInTurn()
    {
        // Two addresses as a resolver would return them; only the second
        // listens, so the first is refused and the next one is tried.
        LoopbackPeer peer;
        QVERIFY(peer.start(QHostAddress(QHostAddress::LocalHostIPv6)));
        TestConnection c;
        c.connectToAddresses(
            {QStringLiteral("dual.example"), peer.port()},
            {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}, {});
        QTRY_COMPARE(c.state(), TestConnection::State::Connected);
        QCOMPARE(countEvents(c, Kind::Connecting), 2);
        QCOMPARE(countEvents(c, Kind::AddressFailed), 1);
        QVERIFY2(eventLog(c).contains(QStringLiteral("ECONNREFUSED")), qPrintable(eventLog(c)));
        QCOMPARE(c.peerAddress(), QStringLiteral("[::1]:%1").arg(peer.port()));

        // When none accepts, the message says so and keeps the last reason.
        TestConnection none;
        none.connectToAddresses(
            {QStringLiteral("dual.example"), 1},
            {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}, {});
        QTRY_COMPARE(none.state(), TestConnection::State::Failed);
        QCOMPARE(none.failure(), ConnectionFailure::Refused);
        QVERIFY2(none.errorText().startsWith(QStringLiteral(
                     "none of the 2 addresses of dual.example accepted a connection; the last: "
                     "[::1]:1 refused")),
                 qPrintable(none.errorText()));
    }

    void unknownHostIsQuick_data()
    {
        QTest::addColumn<QString>("host");
        // Answered without asking anyone (RFC 6761).
        QTest::newRow(".invalid") << QStringLiteral("no-such-host.invalid");
        // Goes through the system resolver; in this namespace nothing can
        // leave loopback, so it fails without traffic.
        QTest::newRow("resolver") << QStringLiteral("no-such-host.keepalive-tuner.test");
    }
    void unknownHostIsQuick()
    {
        QFETCH(QString, host);
        TestConnection c;
        c.setConnectTimeoutMs(3000);
        QElapsedTimer clock;
        clock.start();
        c.connectTo({host, 80}, {});
        QTRY_VERIFY_WITH_TIMEOUT(c.state() == TestConnection::State::Failed, 4000);
        QVERIFY(clock.elapsed() < 3500);
        QVERIFY(c.failure() == ConnectionFailure::UnknownHost ||
                c.failure() == ConnectionFailure::ResolveTimeout);
        QVERIFY2(c.errorText().startsWith(QStringLiteral("cannot resolve \"%1\"").arg(host)),
                 qPrintable(c.errorText()));
    }

    void refusedPortSaysSo()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // find a port that nothing listens on
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        TestConnection c;
        c.connectTo({QStringLiteral("127.0.0.1"), port}, {});
        QTRY_COMPARE(c.state(), TestConnection::State::Failed);
        QCOMPARE(c.failure(), ConnectionFailure::Refused);
        QCOMPARE(c.errorCode(), ECONNREFUSED);
        QCOMPARE(c.errorText(), QStringLiteral("127.0.0.1:%1 refused the connection: ECONNREFUSED "
                                               "(Connection refused); nothing listens on port %1")
                                    .arg(port));
    }

    void unreachableSaysSo()
    {
        // No route in this namespace for anything but loopback: connect()
        // fails at once with ENETUNREACH, and nothing leaves the namespace.
        TestConnection c;
        c.connectTo({QStringLiteral("192.0.2.1"), 80}, {});
        QTRY_COMPARE(c.state(), TestConnection::State::Failed);
        QCOMPARE(c.failure(), ConnectionFailure::Unreachable);
        QVERIFY2(c.errorText().contains(QStringLiteral("ENETUNREACH")), qPrintable(c.errorText()));
    }

    void peerCloseAndResetAreReported()
    {
        LoopbackPeer peer;
        QVERIFY(peer.start());
        TestConnection closing;
        closing.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, {});
        QTRY_COMPARE(closing.state(), TestConnection::State::Connected);
        QTRY_COMPARE(peer.connectionCount(), 1);
        peer.closeAll();
        QTRY_COMPARE(closing.state(), TestConnection::State::Closed);
        QCOMPARE(closing.failure(), ConnectionFailure::PeerClosed);
        QCOMPARE(countEvents(closing, Kind::Closed), 1);

        TestConnection resetting;
        resetting.connectTo({QStringLiteral("127.0.0.1"), peer.port()}, {});
        QTRY_COMPARE(resetting.state(), TestConnection::State::Connected);
        QTRY_COMPARE(peer.connectionCount(), 1);
        peer.resetAll();
        QTRY_COMPARE(resetting.state(), TestConnection::State::Closed);
        QCOMPARE(resetting.failure(), ConnectionFailure::Reset);
        QCOMPARE(resetting.errorCode(), ECONNRESET);
        QVERIFY(resetting.errorText().contains(QStringLiteral("ECONNRESET")));
    }

    void dataReceivedIsLogged()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        TestConnection c;
        c.connectTo({QStringLiteral("127.0.0.1"), server.serverPort()}, {});
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *accepted = server.nextPendingConnection();
        accepted->write("hello");
        QTRY_COMPARE(countEvents(c, Kind::DataReceived), 1);
        QVERIFY2(eventLog(c).contains(QStringLiteral("received 5 bytes of data")),
                 qPrintable(eventLog(c)));
    }

    void connectionSetPublishesTheSelectedValues()
    {
        ExploredParams explored;
        ConnectionSet set(&explored);
        RequestedOptions r;
        r.idleS = 42;
        r.intervalS = 6;
        r.count = 2;
        QSignalSpy selectedEvents(&set, &ConnectionSet::selectedMeasuredEventsChanged);
        TestConnection *first = set.open(std::nullopt, r); // the embedded peer
        QVERIFY(set.peer().isListening());
        QTRY_COMPARE(first->state(), TestConnection::State::Connected);
        QCOMPARE(explored.params(), (KeepaliveParams{42, 6, 2, 0}));
        QCOMPARE(explored.origin(),
                 QStringLiteral("the test connection to 127.0.0.1:%1").arg(set.peer().port()));
        QVERIFY(selectedEvents.count() >= 1);

        r.idleS = 43;
        TestConnection *second = set.open(std::nullopt, r);
        QTRY_COMPARE(second->state(), TestConnection::State::Connected);
        QCOMPARE(set.connections().size(), 2);
        QCOMPARE(set.selected(), second);
        QCOMPARE(explored.params().idleS, 43);
        set.setSelected(first);
        QCOMPARE(explored.params().idleS, 42);
        set.remove(first);
        QCOMPARE(set.connections().size(), 1);
        QCOMPARE(set.selected(), second);
    }

    void listenModeObservesAcceptedConnections()
    {
        ConnectionSet set;
        RequestedOptions r;
        r.idleS = 11;
        r.count = 2;
        QString error;
        QVERIFY2(set.listen(0, r, &error), qPrintable(error));
        QVERIFY(set.listeningPort() != 0);
        QTcpSocket customer;
        customer.connectToHost(QHostAddress::LocalHost, set.listeningPort());
        QTRY_COMPARE(set.connections().size(), 1);
        TestConnection *accepted = set.connections().first();
        QTRY_COMPARE(accepted->state(), TestConnection::State::Connected);
        QVERIFY(accepted->effective());
        QCOMPARE(accepted->effective()->idleS, 11);
        QCOMPARE(accepted->effective()->count, 2);
        QCOMPARE(accepted->peerAddress(), QStringLiteral("127.0.0.1:%1").arg(customer.localPort()));
        customer.disconnectFromHost();
        QTRY_COMPARE(accepted->state(), TestConnection::State::Closed);
        QCOMPARE(accepted->failure(), ConnectionFailure::PeerClosed);
    }
};

QTEST_GUILESS_MAIN(TestTestConnection)
#include "tst_test_connection.moc"
