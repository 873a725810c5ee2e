// keepalivectl probe: a real test connection with the given keep-alive
// options, the kernel's read-back, and with --watch what the kernel does.
// ProbeOptions reads the command line, ProbeReport prints, ProbeInterrupt
// turns Ctrl-C into an early end; this file runs the connection.
#include "CliCommand.h"
#include "CliOutput.h"
#include "ProbeEcho.h"
#include "ProbeInterrupt.h"
#include "ProbeOptions.h"
#include "ProbeReport.h"
#include "params/Format.h"
#include "session/ConnectionSet.h"
#include "socket/LoopbackPeer.h"
#include "socket/TestConnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

// One probe from start to exit status: the event loop runs through the
// accept (--listen), the connect and the watch, and ends early when the
// connection ends or SIGINT/SIGTERM arrives.
class ProbeRun
{
public:
    explicit ProbeRun(const ProbeOptions &options);
    int run();

private:
    bool startConnecting(QString *error);
    bool startListening(QString *error);
    void observe(TestConnection *connection);
    int finish();

    const ProbeOptions m_options;
    // First, so SIGINT and SIGTERM are caught for the whole run and their
    // default actions come back only after everything else is gone.
    ProbeInterrupt m_interrupt;
    ProbeReport m_report;
    LoopbackPeer m_peer;
    ConnectionSet m_listener;
    std::unique_ptr<TestConnection> m_outgoing;
    TestConnection *m_connection = nullptr;
    QEventLoop m_loop;
    QTimer m_watchTimer;
    QTimer m_acceptTimer;
    bool m_acceptTimedOut = false;
    qint64 m_connectedAtMs = -1;
    qint64 m_nextReportMs = 0;
};

ProbeRun::ProbeRun(const ProbeOptions &options)
    : m_options(options)
    , m_report(options)
{
    m_watchTimer.setSingleShot(true);
    // A coarse timer may end the watch up to 5 % early; --watch promises S seconds.
    m_watchTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_watchTimer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    QObject::connect(&m_interrupt, &ProbeInterrupt::caught, &m_loop, &QEventLoop::quit);
}

int ProbeRun::run()
{
    QString error;
    if (m_options.listenPort ? !startListening(&error) : !startConnecting(&error))
        return fail(error, ExitFailure);
    const bool done = m_connection && (!m_connection->isActive() ||
                                       (m_options.watchS == 0 && m_connection->hasObservation()));
    if (!done && !ProbeInterrupt::caughtSignal())
        m_loop.exec();
    if (!m_connection && !ProbeInterrupt::caughtSignal())
        return fail(Tr::tr("nobody connected to port %1 within %2")
                        .arg(m_options.listenPort)
                        .arg(formatDuration(m_options.connectTimeoutS)),
                    ExitFailure);
    return finish();
}

bool ProbeRun::startConnecting(QString *error)
{
    m_outgoing = std::make_unique<TestConnection>();
    m_connection = m_outgoing.get();
    m_connection->setConnectTimeoutMs(int(m_options.connectTimeoutS * 1000));
    Target target;
    if (m_options.target) {
        target = *m_options.target;
    } else {
        if (!m_peer.start(QHostAddress(QHostAddress::LocalHost), error))
            return false;
        target = Target{m_peer.address().toString(), m_peer.port()};
        m_connection->setLabel(Tr::tr("embedded peer %1").arg(target.display()));
    }
    observe(m_connection);
    m_connection->connectTo(target, m_options.requested);
    return true;
}

bool ProbeRun::startListening(QString *error)
{
    m_acceptTimer.setSingleShot(true);
    QObject::connect(&m_acceptTimer, &QTimer::timeout, &m_loop, [this] {
        m_acceptTimedOut = true;
        m_loop.quit();
    });
    // The first connection accepted is the one observed.
    QObject::connect(&m_listener, &ConnectionSet::connectionAdded, &m_loop,
                     [this](TestConnection *accepted) {
                         if (m_connection)
                             return;
                         // Hooked up before the options are applied, so this
                         // sees every event of it.
                         m_connection = accepted;
                         observe(accepted);
                         m_acceptTimer.stop();
                         QMetaObject::invokeMethod(&m_listener, &ConnectionSet::stopListening,
                                                   Qt::QueuedConnection);
                     });
    if (!m_listener.listen(m_options.listenPort, m_options.requested, error))
        return false;
    m_report.listening(m_listener.listeningPort());
    if (m_options.connectTimeoutGiven)
        m_acceptTimer.start(int(m_options.connectTimeoutS * 1000));
    return true;
}

void ProbeRun::observe(TestConnection *connection)
{
    QObject::connect(
        connection, &TestConnection::stateChanged, &m_loop, [this](TestConnection::State state) {
            if (state == TestConnection::State::Failed || state == TestConnection::State::Closed)
                m_loop.quit();
        });
    QObject::connect(connection, &TestConnection::effectiveOptionsChanged, &m_loop,
                     [this, connection] {
                         m_connectedAtMs = connection->elapsedMs();
                         m_report.connected(connection);
                         if (m_options.watchS > 0)
                             m_watchTimer.start(int(m_options.watchS * 1000));
                     });
    QObject::connect(connection, &TestConnection::observationUpdated, &m_loop, [this, connection] {
        const TcpObservation o = connection->lastObservation();
        if (m_connectedAtMs < 0 || o.atMs < m_connectedAtMs + m_nextReportMs)
            return;
        // One report a second is enough to read; events carry exact times.
        m_nextReportMs += 1000;
        m_report.observed(o);
        if (m_options.watchS == 0)
            m_loop.quit();
    });
    QObject::connect(connection, &TestConnection::eventAdded, &m_loop,
                     [this](const ConnectionEvent &e) { m_report.eventAdded(e); });
}

int ProbeRun::finish()
{
    const int signal = ProbeInterrupt::caughtSignal();
    if (m_connection && (m_connection->state() == TestConnection::State::Connected ||
                         (signal != 0 && m_connection->isActive()))) {
        // Closing polls the kernel a last time; that look is reported too.
        // Interrupted while connecting, it says "cancelled".
        m_connection->disconnectFromPeer();
    }
    m_report.finish(m_connection, signal);
    const bool failed = m_connection && m_connection->failure() != ConnectionFailure::None;
    if (failed)
        fail(m_connection->errorText(), ExitFailure);
    if (signal != 0)
        return fail(m_connection
                        ? Tr::tr("interrupted by %1").arg(ProbeInterrupt::signalName(signal))
                        : Tr::tr("interrupted by %1 while waiting for a "
                                 "connection on port %2")
                              .arg(ProbeInterrupt::signalName(signal))
                              .arg(m_options.listenPort),
                    ProbeInterrupt::exitStatus(signal));
    if (failed)
        return m_connection->failure() == ConnectionFailure::InvalidOptions ? ExitUsage
                                                                            : ExitFailure;
    return ExitOk;
}

} // namespace

int runProbe(const QStringList &args)
{
    int exitCode = ExitOk;
    const std::optional<ProbeOptions> options = parseProbeOptions(args, exitCode);
    if (!options)
        return exitCode;
    if (options->echo)
        return runEcho(*options);
    ProbeRun run(*options);
    return run.run();
}

} // namespace kt::cli
