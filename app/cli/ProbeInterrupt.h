#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace kt::cli {

// Turns SIGINT and SIGTERM into a Qt signal, so `probe --watch` can stop
// watching and still print its report. The self-pipe trick: the handler only
// stores the signal number and writes it to a pipe (both async-signal-safe);
// a QSocketNotifier hands it to the event loop. The handler also restores the
// default dispositions, so a second signal ends the program even if finishing
// hangs. A signal that was ignored when this started (nohup, a background job
// of a script) stays ignored. The destructor restores what was there before.
// One instance at a time: the handler is process-wide.
class ProbeInterrupt : public QObject
{
    Q_OBJECT
public:
    explicit ProbeInterrupt(QObject *parent = nullptr);
    ~ProbeInterrupt() override;
    ProbeInterrupt(const ProbeInterrupt &) = delete;
    ProbeInterrupt &operator=(const ProbeInterrupt &) = delete;

    // SIGINT or SIGTERM once one arrived, else 0; also before the event loop
    // has seen it.
    static int caughtSignal();
    // The shell's convention: 128 + the signal number (130, 143).
    static constexpr int exitStatus(int signal) { return 128 + signal; }
    // "SIGINT", "SIGTERM"
    static QString signalName(int signal);

signals:
    void caught(int signal);

private:
    void onReadable();

    int m_pipe[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

} // namespace kt::cli
