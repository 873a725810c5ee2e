// keepalivectl probe, run as a program (the built binary), inside a private
// network namespace so every connection stays on its own loopback.
#include "ProgramRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/socket.h>

namespace {

// Runs keepalivectl to completion while this test's event loop keeps
// turning, so servers in the test can accept and answer meanwhile.
ProgramRun runCtl(const QStringList &args, int timeoutMs = 15000)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL), args, timeoutMs);
}

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return document.object();
}

int countKind(const QJsonArray &events, const QString &kind)
{
    int n = 0;
    for (const QJsonValue &e : events)
        n += e.toObject().value(QStringLiteral("kind")).toString() == kind ? 1 : 0;
    return n;
}

// Whether this network namespace has a TCP socket on local port `port` in
// `state` (0x01 ESTABLISHED, 0x0A LISTEN) and, when given, with `timer`
// active (2: keep-alive), read from /proc/net/tcp and tcp6.
bool hasSocket(quint16 port, int state, int timer = -1)
{
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // sl local_address rem_address st tx_queue:rx_queue tr:tm->when …
            const QList<QByteArray> f = lines.at(i).simplified().split(' ');
            if (f.size() < 6)
                continue;
            bool ok = false;
            const uint localPort = f.at(1).mid(f.at(1).indexOf(':') + 1).toUInt(&ok, 16);
            if (!ok || localPort != port || f.at(3).toInt(nullptr, 16) != state)
                continue;
            if (timer < 0 || f.at(5).left(f.at(5).indexOf(':')).toInt(nullptr, 16) == timer)
                return true;
        }
    }
    return false;
}

// keepalivectl as a process a test can signal, with what it wrote to stdout
// so far (read as it comes, so a test can wait for a line).
struct RunningCtl
{
    QProcess process;
    QByteArray out;

    explicit RunningCtl(const QStringList &args)
    {
        // Whatever this test inherited, the command starts with the default
        // dispositions a terminal gives it.
        process.setChildProcessModifier([] {
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
        });
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += process.readAllStandardOutput(); });
        process.start(QStringLiteral(KT_KEEPALIVECTL), args);
    }
    ~RunningCtl()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    RunningCtl(const RunningCtl &) = delete;
    RunningCtl &operator=(const RunningCtl &) = delete;

    void signal(int sig) const { ::kill(pid_t(process.processId()), sig); }
    // Waits for the end; returns how long that took.
    qint64 waitForEnd(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        const QDeadlineTimer deadline(timeoutMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        out += process.readAllStandardOutput();
        return clock.elapsed();
    }
};

// Its process state letter from /proc/PID/stat ('T' when stopped).
char processState(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray stat = file.readAll();
    const qsizetype end = stat.lastIndexOf(')'); // after the command name
    return end >= 0 && end + 2 < stat.size() ? stat.at(end + 2) : '?';
}

} // namespace

class TestCliProbe : public QObject
{
    Q_OBJECT
private slots:
    void embeddedPeerJson()
    {
        const ProgramRun run = runCtl({QStringLiteral("probe"), QStringLiteral("--interval"),
                                       QStringLiteral("9"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = parseJson(run.out);
        QVERIFY(json.value(QStringLiteral("target"))
                    .toString()
                    .startsWith(QStringLiteral("embedded peer 127.0.0.1:")));
        QVERIFY(json.value(QStringLiteral("address"))
                    .toString()
                    .startsWith(QStringLiteral("127.0.0.1:")));
        const QJsonObject requested = json.value(QStringLiteral("requested")).toObject();
        QVERIFY(requested.value(QStringLiteral("idle_s")).isNull()); // inherited
        QCOMPARE(requested.value(QStringLiteral("interval_s")).toInt(), 9);
        const QJsonObject effective = json.value(QStringLiteral("effective")).toObject();
        QCOMPARE(effective.value(QStringLiteral("keepalive")).toBool(), true);
        QCOMPARE(effective.value(QStringLiteral("interval_s")).toInt(), 9);
        // In a fresh namespace the inherited values are the kernel defaults.
        QCOMPARE(effective.value(QStringLiteral("idle_s")).toInt(), 7200);
        QCOMPARE(effective.value(QStringLiteral("count")).toInt(), 9);
        QCOMPARE(effective.value(QStringLiteral("user_timeout_ms")).toInt(), 0);
        const QJsonArray observations = json.value(QStringLiteral("observations")).toArray();
        QCOMPARE(observations.size(), 1);
        QCOMPARE(observations.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("ESTABLISHED"));
        QCOMPARE(observations.first().toObject().value(QStringLiteral("timer")).toString(),
                 QStringLiteral("keep-alive"));
        QVERIFY(json.value(QStringLiteral("error")).isNull());
    }

    void watchRecordsProbes()
    {
        const ProgramRun run =
            runCtl({QStringLiteral("probe"), QStringLiteral("--idle"), QStringLiteral("1"),
                    QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--count"),
                    QStringLiteral("2"), QStringLiteral("--watch"), QStringLiteral("2"),
                    QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.ms >= 2000);
        const QJsonObject json = parseJson(run.out);
        const QJsonArray events = json.value(QStringLiteral("events")).toArray();
        QVERIFY2(countKind(events, QStringLiteral("probe_sent")) >= 1, run.out.constData());
        QCOMPARE(countKind(events, QStringLiteral("probe_sent")),
                 countKind(events, QStringLiteral("probe_answered")));
        QCOMPARE(countKind(events, QStringLiteral("timer_armed")), 1);
        QVERIFY(json.value(QStringLiteral("observations")).toArray().size() >= 2);
        QVERIFY(json.value(QStringLiteral("probes_sent")).toInt() >= 1);
    }

    void textOutputShowsRequestedAndEffective()
    {
        const ProgramRun run =
            runCtl({QStringLiteral("probe"), QStringLiteral("--idle"), QStringLiteral("30"),
                    QStringLiteral("--user-timeout"), QStringLiteral("5000")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = QString::fromUtf8(run.out);
        // One row per option: name, requested, effective.
        const auto row = [&text](const char *pattern) {
            return QRegularExpression(QLatin1String(pattern), QRegularExpression::MultilineOption)
                .match(text)
                .hasMatch();
        };
        QVERIFY2(row("^  TCP_KEEPIDLE +30 s +30 s$"), qPrintable(text));
        QVERIFY2(row("^  TCP_KEEPINTVL +inherit +75 s$"), qPrintable(text));
        QVERIFY2(row("^  TCP_KEEPCNT +inherit +9$"), qPrintable(text));
        QVERIFY2(row("^  TCP_USER_TIMEOUT +5000 ms +5000 ms$"), qPrintable(text));
    }

    void ipv6Target()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHostIPv6));
        const QString target = QStringLiteral("[::1]:%1").arg(server.serverPort());
        const ProgramRun run = runCtl({QStringLiteral("probe"), target, QStringLiteral("--idle"),
                                       QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = parseJson(run.out);
        QCOMPARE(json.value(QStringLiteral("target")).toString(), target);
        QCOMPARE(json.value(QStringLiteral("address")).toString(), target);
        QCOMPARE(json.value(QStringLiteral("effective")).toObject().value(QStringLiteral("idle_s")),
                 QJsonValue(5));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("idle out of range")
            << QStringList{QStringLiteral("--idle"), QStringLiteral("40000")} << 2
            << QStringLiteral("--idle must be between 1 and 32767 s (TCP_KEEPIDLE); got 40000");
        QTest::newRow("count out of range")
            << QStringList{QStringLiteral("--count"), QStringLiteral("128")} << 2
            << QStringLiteral("--count must be between 1 and 127 (TCP_KEEPCNT); got 128");
        QTest::newRow("negative user timeout")
            << QStringList{QStringLiteral("--user-timeout"), QStringLiteral("-1")} << 2
            << QStringLiteral(
                   "--user-timeout must be between 0 and 2147483647 ms (TCP_USER_TIMEOUT); "
                   "got -1");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("5s")} << 2
            << QStringLiteral("--interval takes a whole number, not \"5s\"");
        QTest::newRow("bare ipv6") << QStringList{QStringLiteral("::1:80")} << 2
                                   << QStringLiteral("write IPv6 addresses in brackets");
        QTest::newRow("unknown host") << QStringList{QStringLiteral("no-such-host.invalid:80")} << 1
                                      << QStringLiteral("cannot resolve \"no-such-host.invalid\"");
        QTest::newRow("unreachable") << QStringList{QStringLiteral("192.0.2.1:80")} << 1
                                     << QStringLiteral("is unreachable: ENETUNREACH");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProgramRun run = runCtl(QStringList{QStringLiteral("probe")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QStringLiteral("keepalivectl: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.ms < 3000); // quickly, not after a long wait
    }

    void refusedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const ProgramRun run =
            runCtl({QStringLiteral("probe"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("refused the connection: ECONNREFUSED")),
                 qPrintable(run.err));
    }

    void connectTimeout()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        // SYNs to this port vanish (no RST), so only --connect-timeout ends it.
        QProcess nft;
        nft.start(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")});
        if (!nft.waitForStarted(5000))
            QSKIP("nft is not installed (Debian package nftables)");
        nft.write("table inet kt_cli_blackhole {\n chain input {\n"
                  "  type filter hook input priority 0;\n  tcp dport " +
                  QByteArray::number(port) + " drop\n }\n}\n");
        nft.closeWriteChannel();
        QVERIFY(nft.waitForFinished(5000));
        QCOMPARE(nft.exitCode(), 0);
        const auto cleanup = qScopeGuard([] {
            QProcess::execute(QStringLiteral("nft"),
                              {QStringLiteral("delete"), QStringLiteral("table"),
                               QStringLiteral("inet"), QStringLiteral("kt_cli_blackhole")});
        });
        const ProgramRun run =
            runCtl({QStringLiteral("probe"), QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--connect-timeout"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1 did not answer within 1.000 s "
                                                 "(connect timeout)")
                                      .arg(port)),
                 qPrintable(run.err));
        QVERIFY(run.ms >= 950 && run.ms < 2500);
    }

    void listenObservesTheConnectionThatComesIn()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QProcess process;
        process.start(QStringLiteral(KT_KEEPALIVECTL),
                      {QStringLiteral("probe"), QStringLiteral("--listen"), QString::number(port),
                       QStringLiteral("--idle"), QStringLiteral("21"), QStringLiteral("--watch"),
                       QStringLiteral("1"), QStringLiteral("--json")});
        QTcpSocket customer;
        // Connect as soon as the command listens (refused until then).
        QDeadlineTimer deadline(5000);
        do {
            customer.abort();
            customer.connectToHost(QHostAddress::LocalHost, port);
        } while (!customer.waitForConnected(200) && !deadline.hasExpired());
        QCOMPARE(customer.state(), QAbstractSocket::ConnectedState);
        const QString from = QStringLiteral("127.0.0.1:%1").arg(customer.localPort());
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 5000);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject json = parseJson(process.readAllStandardOutput());
        QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("from ") + from);
        QCOMPARE(json.value(QStringLiteral("address")).toString(), from);
        QCOMPARE(json.value(QStringLiteral("effective")).toObject().value(QStringLiteral("idle_s")),
                 QJsonValue(21));
    }

    void listenGivesUpWhenToldTo()
    {
        const ProgramRun run =
            runCtl({QStringLiteral("probe"), QStringLiteral("--listen"), QStringLiteral("0"),
                    QStringLiteral("--connect-timeout"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2); // port 0 is not a port one can tell a customer
        const ProgramRun waited =
            runCtl({QStringLiteral("probe"), QStringLiteral("--listen"), QStringLiteral("4711"),
                    QStringLiteral("--connect-timeout"), QStringLiteral("1")});
        QCOMPARE(waited.exitCode, 1);
        QVERIFY2(waited.err.contains(QStringLiteral("nobody connected to port 4711 within 1 s")),
                 qPrintable(waited.err));
    }

    void peerClosingEndsTheWatch()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess process;
        process.start(QStringLiteral(KT_KEEPALIVECTL),
                      {QStringLiteral("probe"),
                       QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                       QStringLiteral("--watch"), QStringLiteral("10"), QStringLiteral("--json")});
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *accepted = server.nextPendingConnection();
        // The command's socket has its keep-alive timer once the options are
        // applied; the watch starts in the same turn of its event loop.
        QTRY_VERIFY(hasSocket(accepted->peerPort(), 0x01, 2));
        accepted->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 5000);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("the peer closed the connection")), qPrintable(err));
        // The JSON document still tells the whole story.
        const QJsonObject json = parseJson(process.readAllStandardOutput());
        QCOMPARE(
            countKind(json.value(QStringLiteral("events")).toArray(), QStringLiteral("closed")), 1);
        QVERIFY(json.value(QStringLiteral("error")).toString().contains(QStringLiteral("FIN")));
    }

    void peerResetEndsTheWatch()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        RunningCtl ctl({QStringLiteral("probe"),
                        QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                        QStringLiteral("--watch"), QStringLiteral("10")});
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *accepted = server.nextPendingConnection();
        QTRY_VERIFY(ctl.out.contains("Watching for 10 s:"));
        // SO_LINGER 0: close() sends RST.
        const int fd = int(accepted->socketDescriptor());
        const struct
        {
            int onoff;
            int linger;
        } hard{1, 0};
        QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard), 0);
        accepted->abort();
        ctl.waitForEnd();
        QCOMPARE(ctl.process.state(), QProcess::NotRunning);
        QCOMPARE(ctl.process.exitCode(), 1);
        const QString err = QString::fromUtf8(ctl.process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("reset the connection: ECONNRESET")), qPrintable(err));
    }

    void sigintDuringJsonWatchPrintsTheWholeDocument()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        RunningCtl ctl({QStringLiteral("probe"),
                        QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                        QStringLiteral("--idle"), QStringLiteral("1"), QStringLiteral("--interval"),
                        QStringLiteral("1"), QStringLiteral("--watch"), QStringLiteral("30"),
                        QStringLiteral("--json")});
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *accepted = server.nextPendingConnection();
        QTRY_VERIFY(hasSocket(accepted->peerPort(), 0x01, 2));
        ctl.signal(SIGINT);
        const qint64 ms = ctl.waitForEnd();
        QCOMPARE(ctl.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.process.exitCode(), 130);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        // One complete document, nothing before or after it.
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(ctl.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, ctl.out.constData());
        QCOMPARE(json.value(QStringLiteral("interrupted")).toString(), QStringLiteral("SIGINT"));
        QCOMPARE(json.value(QStringLiteral("watch_s")).toInt(), 30);
        QVERIFY(json.value(QStringLiteral("error")).isNull());
        QCOMPARE(json.value(QStringLiteral("effective")).toObject().value(QStringLiteral("idle_s")),
                 QJsonValue(1));
        const QJsonArray observations = json.value(QStringLiteral("observations")).toArray();
        QVERIFY2(!observations.isEmpty(), ctl.out.constData());
        QCOMPARE(observations.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("ESTABLISHED"));
        // The connection was closed on the way out, and that is in the story.
        QCOMPARE(
            countKind(json.value(QStringLiteral("events")).toArray(), QStringLiteral("closed")), 1);
        const QString err = QString::fromUtf8(ctl.process.readAllStandardError());
        QCOMPARE(err, QStringLiteral("keepalivectl: interrupted by SIGINT\n"));
    }

    void sigtermDuringTextWatchPrintsTheSummary()
    {
        RunningCtl ctl({QStringLiteral("probe"), QStringLiteral("--watch"), QStringLiteral("30")});
        QTRY_VERIFY(ctl.out.contains("Watching for 30 s:"));
        ctl.process.terminate(); // SIGTERM
        const qint64 ms = ctl.waitForEnd();
        QCOMPARE(ctl.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.process.exitCode(), 143);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        const QString text = QString::fromUtf8(ctl.out);
        QVERIFY2(text.endsWith(QStringLiteral("\n\n0 probes sent, 0 answered.\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("closed          disconnected")), qPrintable(text));
        QCOMPARE(QString::fromUtf8(ctl.process.readAllStandardError()),
                 QStringLiteral("keepalivectl: interrupted by SIGTERM\n"));
    }

    void sigintWhileListeningPrintsTheDocument()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        RunningCtl ctl({QStringLiteral("probe"), QStringLiteral("--listen"), QString::number(port),
                        QStringLiteral("--json")});
        QTRY_VERIFY(hasSocket(port, 0x0A));
        ctl.signal(SIGINT);
        const qint64 ms = ctl.waitForEnd();
        QCOMPARE(ctl.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.process.exitCode(), 130);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        const QJsonObject json = parseJson(ctl.out);
        QCOMPARE(json.value(QStringLiteral("interrupted")).toString(), QStringLiteral("SIGINT"));
        QVERIFY(json.value(QStringLiteral("target")).isNull());
        QVERIFY(json.value(QStringLiteral("effective")).isNull());
        QVERIFY(json.value(QStringLiteral("events")).toArray().isEmpty());
        const QString err = QString::fromUtf8(ctl.process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("interrupted by SIGINT while waiting for a connection "
                                             "on port %1")
                                  .arg(port)),
                 qPrintable(err));
    }

    void secondSignalEndsTheProgram()
    {
        RunningCtl ctl({QStringLiteral("probe"), QStringLiteral("--watch"), QStringLiteral("30")});
        QTRY_VERIFY(ctl.out.contains("Watching for 30 s:"));
        // Stopped, it receives both before it can act on the first: SIGINT's
        // handler runs, and SIGTERM then finds the default action again.
        ctl.signal(SIGSTOP);
        QTRY_COMPARE(processState(ctl.process.processId()), 'T');
        ctl.signal(SIGINT);
        ctl.signal(SIGTERM);
        ctl.signal(SIGCONT);
        ctl.waitForEnd();
        QCOMPARE(ctl.process.state(), QProcess::NotRunning);
        QCOMPARE(ctl.process.exitStatus(), QProcess::CrashExit);
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
