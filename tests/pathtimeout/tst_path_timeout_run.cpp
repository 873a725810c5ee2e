// PathTimeoutRun against servers on loopback that behave as real ones do:
// one that greets first (SSH), one that closes idle connections itself, one
// that never reads, one that resets the connection after reading, and no
// server at all. No middlebox here (tst_path_timeout stages those): these
// check how each trial is classified and how the run ends, through the same
// object the Advisor page drives.
#include "pathtimeout/PathTimeoutRun.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>

using namespace kt;
using namespace kt::pathtimeout;

namespace {

// How a test server treats each connection.
enum class Behaviour
{
    GreetThenEcho,     // "SSH-2.0-kt-test\r\n" at once, then echoes
    CloseAfterASecond, // closes (FIN) 1.5 s after accepting
    NeverRead,         // accepts, never reads: the kernel still acknowledges
    ResetAfterReading, // reads, then closes with SO_LINGER 0: an RST after the ACK
    ResetAfterASecond, // resets (RST) 1.5 s after accepting, as a box with "TCP reset" does
};

class TestServer : public QObject
{
public:
    explicit TestServer(Behaviour behaviour)
        : m_behaviour(behaviour)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TestServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray greeting() const { return "SSH-2.0-kt-test\r\n"; }

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            switch (m_behaviour) {
            case Behaviour::GreetThenEcho:
                s->write(greeting());
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                break;
            case Behaviour::CloseAfterASecond:
                QTimer::singleShot(1500, s, [s] { s->disconnectFromHost(); });
                break;
            case Behaviour::NeverRead:
                break;
            case Behaviour::ResetAfterReading:
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    // Unread data at close() makes the kernel send RST
                    // instead of FIN; SO_LINGER 0 makes sure of it.
                    const linger hard{1, 0};
                    ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                                 sizeof hard);
                    s->abort();
                });
                break;
            case Behaviour::ResetAfterASecond:
                QTimer::singleShot(1500, s, [s] {
                    const linger hard{1, 0};
                    ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                                 sizeof hard);
                    s->abort();
                });
                break;
            }
        }
    }

    Behaviour m_behaviour;
    QTcpServer m_server;
};

PathTimeoutOptions optionsFor(quint16 port, double max, int parallel)
{
    PathTimeoutOptions o;
    o.target = {QStringLiteral("127.0.0.1"), port};
    o.maxS = max;
    o.resolutionS = 1;
    o.parallel = parallel;
    return o;
}

// Runs to the end; the most connections seen open at once in `mostOpen`.
PathTimeoutResult runToEnd(PathTimeoutRun &run, const PathTimeoutOptions &o, int *mostOpen,
                           int timeoutMs = 30000)
{
    QSignalSpy finished(&run, &PathTimeoutRun::finished);
    *mostOpen = 0;
    QObject::connect(&run, &PathTimeoutRun::trialStarted, &run,
                     [&] { *mostOpen = std::max(*mostOpen, int(run.openTrials().size())); });
    run.start(o);
    // start() reports nothing from inside itself.
    [&] {
        QCOMPARE(finished.size(), 0);
    }();
    if (!finished.wait(timeoutMs))
        qWarning("the run did not finish within %d ms", timeoutMs);
    return run.result();
}

} // namespace

class TestPathTimeoutRun : public QObject
{
    Q_OBJECT

private slots:
    // The greeting is drained and the idle clock starts after it; every
    // trial then survives, answered by the echo.
    void aGreetingRestartsTheIdleClock()
    {
        TestServer server(Behaviour::GreetThenEcho);
        PathTimeoutRun run;
        int mostOpen = 0;
        const PathTimeoutResult r = runToEnd(run, optionsFor(server.port(), 2, 2), &mostOpen);
        QCOMPARE(r.trials.size(), 2);
        for (const Trial &t : r.trials) {
            QCOMPARE(t.outcome, TrialOutcome::Survived);
            QCOMPARE(t.end, TrialEnd::Answered);
            QCOMPARE(t.bannerBytes, int(server.greeting().size()));
            QCOMPARE(t.bytes, 1);
            QVERIFY2(t.idleReachedS >= t.idleS && t.idleReachedS < t.idleS + 0.1,
                     qPrintable(QString::number(t.idleReachedS)));
            QVERIFY(t.detail.contains(QStringLiteral("at connect")));
        }
        QCOMPARE(r.idleTimeoutS(), std::nullopt);
        QCOMPARE(r.longestSurvivedS, 2.0);
        QCOMPARE(r.address, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QVERIFY(mostOpen <= 2);
        QVERIFY(r.measuredAnything());
    }

    // A server that closes idle connections itself caps what can be
    // measured; that is no cut, and the sentence says why it stopped.
    void theServersOwnCloseIsNoCut()
    {
        TestServer server(Behaviour::CloseAfterASecond);
        PathTimeoutRun run;
        int mostOpen = 0;
        const PathTimeoutResult r = runToEnd(run, optionsFor(server.port(), 4, 4), &mostOpen);
        QCOMPARE(r.trials.constFirst().outcome, TrialOutcome::Survived); // idle 1 s
        for (const Trial &t : r.trials.mid(1)) {
            QCOMPARE(t.outcome, TrialOutcome::ServerClosed);
            QCOMPARE(t.end, TrialEnd::Fin);
            QVERIFY2(std::abs(t.idleReachedS - 1.5) < 0.2,
                     qPrintable(QString::number(t.idleReachedS)));
        }
        QVERIFY(!r.shortestCutS);
        QVERIFY(r.serverClosedAfterS);
        QCOMPARE(r.idleTimeoutS(), std::nullopt);
        QVERIFY2(resultSentence(r, Language::English)
                     .contains(QStringLiteral("closes idle connections after")),
                 qPrintable(resultSentence(r, Language::English)));
        QVERIFY(mostOpen <= 4);
    }

    // A reset while idle is the path's (Azure's load balancer with "TCP
    // reset" resets both ends at its timeout): a cut at the idle reached.
    void aResetWhileIdleIsACutWhereItCame()
    {
        TestServer server(Behaviour::ResetAfterASecond);
        PathTimeoutRun run;
        int mostOpen = 0;
        const PathTimeoutResult r = runToEnd(run, optionsFor(server.port(), 4, 4), &mostOpen);
        QCOMPARE(r.trials.constFirst().outcome, TrialOutcome::Survived); // idle 1 s
        int cuts = 0;
        for (const Trial &t : r.trials.mid(1)) {
            if (t.outcome != TrialOutcome::CutByRst)
                continue;
            ++cuts;
            QCOMPARE(t.end, TrialEnd::IdleRst);
            QVERIFY2(std::abs(t.idleReachedS - 1.5) < 0.2,
                     qPrintable(QString::number(t.idleReachedS)));
        }
        QVERIFY(cuts >= 1);
        QVERIFY(r.shortestCutS && std::abs(*r.shortestCutS - 1.5) < 0.2);
        QCOMPARE(r.cutBy, std::optional<CutBy>(CutBy::Rst));
        QCOMPARE(r.idleTimeoutS(), std::optional<double>(1));
        QVERIFY(!r.serverClosedAfterS);
        QVERIFY(mostOpen <= 4);
    }

    // The kernel acknowledges what the application never reads: survived.
    void anAcknowledgementWithoutAnswerIsSurvival()
    {
        TestServer server(Behaviour::NeverRead);
        PathTimeoutRun run;
        int mostOpen = 0;
        const PathTimeoutResult r = runToEnd(run, optionsFor(server.port(), 1, 1), &mostOpen);
        QCOMPARE(r.trials.size(), 1);
        QCOMPARE(r.trials.constFirst().outcome, TrialOutcome::Survived);
        QCOMPARE(r.trials.constFirst().end, TrialEnd::Quiet);
        QVERIFY(r.trials.constFirst().ackMs);
    }

    // The server's own RST comes after its ACK: the path carried the byte,
    // so this is survival, not a middlebox's reset.
    void theServersResetAfterTheAckIsSurvival()
    {
        TestServer server(Behaviour::ResetAfterReading);
        PathTimeoutRun run;
        int mostOpen = 0;
        const PathTimeoutResult r = runToEnd(run, optionsFor(server.port(), 2, 2), &mostOpen);
        QCOMPARE(r.trials.size(), 2);
        for (const Trial &t : r.trials) {
            QCOMPARE(t.outcome, TrialOutcome::Survived);
            QVERIFY(t.ackMs);
        }
        QVERIFY(!r.shortestCutS);
    }

    void aClosedPortIsUnreachable()
    {
        // A port that was just free: nothing listens there now.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        PathTimeoutRun run;
        QSignalSpy unreachable(&run, &PathTimeoutRun::unreachable);
        int mostOpen = 0;
        const PathTimeoutResult r = runToEnd(run, optionsFor(port, 5, 8), &mostOpen, 10000);
        QCOMPARE(unreachable.size(), 1);
        const QString error = unreachable.at(0).at(0).toString();
        QVERIFY2(error.contains(QStringLiteral("ECONNREFUSED (Connection refused)")),
                 qPrintable(error));
        QVERIFY(r.trials.isEmpty());
        QVERIFY(!r.measuredAnything());
        QCOMPARE(mostOpen, 0);
    }

    void invalidOptionsAreRefusedFromTheEventLoop()
    {
        PathTimeoutRun run;
        QSignalSpy unreachable(&run, &PathTimeoutRun::unreachable);
        QSignalSpy finished(&run, &PathTimeoutRun::finished);
        PathTimeoutOptions o = optionsFor(9, 10, 8);
        o.minS = 20;
        run.start(o);
        QVERIFY(run.isRunning());
        QVERIFY(finished.wait(2000));
        QCOMPARE(unreachable.size(), 1);
        QVERIFY(unreachable.at(0).at(0).toString().contains(QStringLiteral("must be below")));
    }

    // Cancelled, the open trials say so, what is known stays, and finished()
    // comes once.
    void cancelKeepsWhatIsKnown()
    {
        TestServer server(Behaviour::GreetThenEcho);
        PathTimeoutRun run;
        QSignalSpy finished(&run, &PathTimeoutRun::finished);
        run.start(optionsFor(server.port(), 20, 4)); // idles 5, 10, 15, 20
        QTRY_VERIFY_WITH_TIMEOUT(run.result().trials.size() == 4, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(run.result().trials.constFirst().outcome == TrialOutcome::Survived,
                                 10000);
        QVERIFY(run.remainingS() > 0);
        QCOMPARE(run.openTrials().size(), 3);
        run.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!run.isRunning());
        const PathTimeoutResult r = run.result();
        QVERIFY(r.interrupted);
        QCOMPARE(r.longestSurvivedS, 5.0);
        for (const Trial &t : r.trials.mid(1)) {
            QCOMPARE(t.outcome, TrialOutcome::Interrupted);
            QVERIFY(t.idleReachedS > 4.9 && t.idleReachedS < 10);
        }
        QVERIFY(resultSentence(r).startsWith(QStringLiteral("Interrupted.")));
        run.cancel(); // not running: nothing happens
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPathTimeoutRun)
#include "tst_path_timeout_run.moc"
