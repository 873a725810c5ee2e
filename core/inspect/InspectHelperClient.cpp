#include "inspect/InspectHelperClient.h"

#include "inspect/InspectHelperRun.h"
#include "sysctl/HelperLocator.h"

#include <QProcess>

namespace kt::inspect {

InspectHelperClient::Command InspectHelperClient::defaultCommand()
{
    QStringList searched;
    const QString path = locateInspectHelper(&searched);
    return helperCommandFor(path, searched);
}

InspectHelperClient::InspectHelperClient(QObject *parent)
    : InspectHelperClient(defaultCommand(), parent)
{}

InspectHelperClient::InspectHelperClient(Command command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
{}

QString InspectHelperClient::messageFor(int exitCode, bool viaPkexec, const QString &standardError)
{
    if (viaPkexec && exitCode == 126)
        return tr("Authentication was cancelled; other users' options stay unread.");
    if (viaPkexec && exitCode == 127)
        return tr("Not authorized, or no authentication agent is running; other users' options "
                  "stay unread.");
    switch (exitCode) {
    case toInt(InspectExitCode::Ok):
        return {};
    case toInt(InspectExitCode::Usage):
        return tr("The read-only helper refused its arguments: %1").arg(standardError);
    case toInt(InspectExitCode::NotRoot):
        return tr("The read-only helper did not run as root.");
    case toInt(InspectExitCode::DumpFailed):
        return tr("The read-only helper could not list the connections: %1").arg(standardError);
    case toInt(InspectExitCode::OutputFailed):
        return tr("The read-only helper could not write its output.");
    default:
        return tr("The read-only helper failed (exit status %1): %2")
            .arg(exitCode)
            .arg(standardError);
    }
}

void InspectHelperClient::start()
{
    if (m_process)
        return;
    if (m_command.helperPath.isEmpty()) {
        emit finished(false, {},
                      tr("The read-only helper keepalive-tuner-inspect was not found (looked "
                         "in %1).")
                          .arg(m_command.searched.join(QStringLiteral(", "))));
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        const QString message =
            m_command.viaPkexec
                ? tr("pkexec is not installed; Administrator mode needs it.")
                : tr("The read-only helper could not be started: %1").arg(m_process->errorString());
        m_process->deleteLater();
        m_process = nullptr;
        emit finished(false, {}, message);
    });
    connect(
        m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            QProcess *process = m_process;
            m_process = nullptr;
            process->deleteLater();
            const QByteArray output = process->readAllStandardOutput();
            const QString standardError = QString::fromLocal8Bit(process->readAllStandardError())
                                              .trimmed()
                                              .remove(QStringLiteral("keepalive-tuner-inspect: "));
            if (status != QProcess::NormalExit) {
                emit finished(false, {}, tr("The read-only helper crashed."));
                return;
            }
            const QString message = messageFor(exitCode, m_command.viaPkexec, standardError);
            emit finished(exitCode == 0, exitCode == 0 ? output : QByteArray(), message);
        });
    m_process->start(
        m_command.program,
        m_command.arguments +
            QStringList{QString::fromLatin1(kInspectVerb.data(), qsizetype(kInspectVerb.size()))});
}

} // namespace kt::inspect
