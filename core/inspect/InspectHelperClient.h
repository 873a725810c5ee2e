#pragma once

#include "sysctl/HelperLocator.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QProcess;

namespace kt::inspect {

// Runs the read-only helper, keepalive-tuner-inspect, asynchronously: through
// pkexec (its own polkit action, io.github.keepalive_tuner.inspect-connections)
// when this process is not root, directly when it is. Never a nested event
// loop; finished() says what came of it.
class InspectHelperClient : public QObject
{
    Q_OBJECT
public:
    // The program, the arguments before the verb, whether it is pkexec, and
    // the helper's path (empty when it was not found).
    using Command = HelperCommand;
    // pkexec <helper> as a normal user, the helper itself as root.
    static Command defaultCommand();

    explicit InspectHelperClient(QObject *parent = nullptr);
    explicit InspectHelperClient(Command command, QObject *parent = nullptr);

    bool isRunning() const { return m_process != nullptr; }
    void start();

    // The words for an outcome, one home for the page and the tests.
    static QString messageFor(int exitCode, bool viaPkexec, const QString &standardError);

signals:
    void finished(bool ok, const QByteArray &output, const QString &message);

private:
    Command m_command;
    QProcess *m_process = nullptr;
};

} // namespace kt::inspect
