#include "ProbeInterrupt.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

// Shared with the handler, so plain sig_atomic_t (the only type a handler may
// write), set before the handler is installed.
volatile std::sig_atomic_t g_writeFd = -1;
volatile std::sig_atomic_t g_caught = 0;
volatile std::sig_atomic_t g_handlesInt = 0;
volatile std::sig_atomic_t g_handlesTerm = 0;

void setDisposition(int signal, void (*handler)(int), struct sigaction *previous)
{
    struct sigaction action = {};
    action.sa_handler = handler;
    // Both blocked while the handler runs, so one signal is handled at a time.
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    // System calls the event loop was in go on after the handler returns.
    action.sa_flags = SA_RESTART;
    sigaction(signal, &action, previous);
}

extern "C" void onSignal(int signal)
{
    const int savedErrno = errno;
    if (g_caught == 0)
        g_caught = signal;
    // sigaction() is async-signal-safe: from now on SIGINT and SIGTERM end
    // the program, whatever finishing the report does.
    if (g_handlesInt)
        setDisposition(SIGINT, SIG_DFL, nullptr);
    if (g_handlesTerm)
        setDisposition(SIGTERM, SIG_DFL, nullptr);
    const auto byte = static_cast<unsigned char>(signal);
    // The pipe is non-blocking; a full pipe already has a byte for the loop.
    [[maybe_unused]] const ssize_t written = ::write(g_writeFd, &byte, 1);
    errno = savedErrno;
}

bool isIgnored(const struct sigaction &action)
{
    return action.sa_handler == SIG_IGN; // NOLINT(performance-no-int-to-ptr): SIG_IGN's own cast
}

} // namespace

ProbeInterrupt::ProbeInterrupt(QObject *parent)
    : QObject(parent)
{
    g_caught = 0;
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        // Without the pipe the signals keep their default action: the program
        // still ends on Ctrl-C, only without the report.
        m_pipe[0] = m_pipe[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(m_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ProbeInterrupt::onReadable);
    g_writeFd = m_pipe[1];
    sigaction(SIGINT, nullptr, &m_previousInt);
    sigaction(SIGTERM, nullptr, &m_previousTerm);
    g_handlesInt = !isIgnored(m_previousInt);
    g_handlesTerm = !isIgnored(m_previousTerm);
    if (g_handlesInt)
        setDisposition(SIGINT, onSignal, nullptr);
    if (g_handlesTerm)
        setDisposition(SIGTERM, onSignal, nullptr);
}

ProbeInterrupt::~ProbeInterrupt()
{
    if (m_pipe[0] < 0)
        return;
    // Dispositions first, so no handler writes to a descriptor being closed.
    sigaction(SIGINT, &m_previousInt, nullptr);
    sigaction(SIGTERM, &m_previousTerm, nullptr);
    g_writeFd = -1;
    delete m_notifier;
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
}

int ProbeInterrupt::caughtSignal()
{
    return g_caught;
}

QString ProbeInterrupt::signalName(int signal)
{
    return signal == SIGINT    ? QStringLiteral("SIGINT")
           : signal == SIGTERM ? QStringLiteral("SIGTERM")
                               : Tr::tr("signal %1").arg(signal);
}

void ProbeInterrupt::onReadable()
{
    unsigned char bytes[16];
    while (::read(m_pipe[0], bytes, sizeof bytes) > 0) {
    }
    if (g_caught != 0)
        emit caught(g_caught);
}

} // namespace kt::cli
