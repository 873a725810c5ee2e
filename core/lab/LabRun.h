#pragma once

#include "lab/LabResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

namespace kt::lab {

// One Lab experiment: starts keepalive-tuner-lab as a QProcess, reads its
// JSON lines as they come and turns them into events, never blocking. The
// prediction is there from the start; the measured events, the outcome and
// the verdict fill in as the run goes. Cancel kills the runner: its
// namespace, rules and sockets die with it.
class LabRun : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Finished,  // the experiment ran to its end (whatever the outcome)
        Failed,    // the sandbox could not be made, or the runner failed
        Cancelled, // stopped by cancel()
    };
    Q_ENUM(State)

    LabRun(LabScenarioId scenario, const LabValues &values, int hz, QObject *parent = nullptr);
    ~LabRun() override;

    // The runner to start (tests); default: locateLabRunner().
    void setRunnerProgram(const QString &program) { m_program = program; }

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const LabResult &result() const { return m_result; }
    // Seconds since the runner reported the peer's last segment (the axis of
    // every event); 0 before.
    double elapsedS() const;
    // Why it failed, for people; and the setting that forbids the sandbox,
    // as sysctl spells it, when that is why.
    QString errorMessage() const { return m_error; }
    QString forbiddingSetting() const { return m_setting; }

signals:
    // The connection is set up and idle: t = 0.
    void clockStarted();
    void eventMeasured(const kt::lab::LabEvent &event);
    // Finished, Failed or Cancelled.
    void ended(kt::lab::LabRun::State state);

private:
    void readLines();
    void handleLine(const QByteArray &line);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void finish(State state);

    QProcess *m_process = nullptr;
    QString m_program;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    LabResult m_result;
    State m_state = State::Idle;
    QString m_error;
    QString m_setting;
};

// The runner's arguments for a run (LabRun passes them; shown in docs).
QStringList runnerArguments(LabScenarioId scenario, const LabValues &values,
                            const LabPrediction &prediction);

} // namespace kt::lab
