#include "lab/LabRun.h"

#include "lab/LabRunnerLocator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kt::lab {

QStringList runnerArguments(LabScenarioId scenario, const LabValues &v, const LabPrediction &p)
{
    const auto number = [](double x) {
        return QString::number(x, 'g', 10);
    };
    return {labScenario(scenario).name,
            QStringLiteral("--idle"),
            QString::number(v.params.idleS),
            QStringLiteral("--interval"),
            QString::number(v.params.intervalS),
            QStringLiteral("--count"),
            QString::number(v.params.count),
            QStringLiteral("--user-timeout"),
            QString::number(v.params.userTimeoutMs),
            QStringLiteral("--after"),
            number(v.afterS),
            QStringLiteral("--middlebox-timeout"),
            QString::number(v.middleboxTimeoutS),
            QStringLiteral("--send-after"),
            number(v.sendAfterS),
            QStringLiteral("--retries2"),
            QString::number(usesOption(scenario, LabOption::Retries2) ? v.retries2 : 15),
            QStringLiteral("--until"),
            number(p.observeUntilS)};
}

LabRun::LabRun(LabScenarioId scenario, const LabValues &values, int hz, QObject *parent)
    : QObject(parent)
{
    m_result.scenario = scenario;
    m_result.values = values;
    m_result.hz = hz;
    m_result.predicted = predictLab(scenario, values, hz);
    m_result.verdict = judge(m_result.predicted, {}, std::nullopt, hz);
}

LabRun::~LabRun()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

double LabRun::elapsedS() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e9 : 0;
}

void LabRun::start()
{
    if (m_state == State::Running)
        return;
    QStringList searched;
    const QString program = m_program.isEmpty() ? locateLabRunner(&searched) : m_program;
    if (program.isEmpty()) {
        m_error = tr("The Lab's sandbox program keepalive-tuner-lab was not found (looked in %1).")
                      .arg(searched.join(QStringLiteral(", ")));
        m_state = State::Failed;
        emit ended(m_state);
        return;
    }
    m_state = State::Running;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LabRun::readLines);
    connect(m_process, &QProcess::finished, this, &LabRun::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_error =
                tr("keepalive-tuner-lab could not be started: %1").arg(m_process->errorString());
            finish(State::Failed);
        }
    });
    m_process->start(program,
                     runnerArguments(m_result.scenario, m_result.values, m_result.predicted));
}

void LabRun::cancel()
{
    if (m_state != State::Running)
        return;
    // The namespace, its rules and sockets die with the process.
    m_process->kill();
    finish(State::Cancelled);
}

void LabRun::readLines()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            handleLine(line);
    }
}

void LabRun::handleLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("sandbox")) {
        m_result.userNamespace = o.value(QStringLiteral("user_namespace")).toBool();
        m_result.netnsInode = quint64(o.value(QStringLiteral("netns_inode")).toDouble());
    } else if (type == QLatin1String("start")) {
        m_clock.start();
        emit clockStarted();
    } else if (type == QLatin1String("event")) {
        const auto kind = labEventKindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return;
        const LabEvent e{o.value(QStringLiteral("t")).toDouble(), *kind,
                         o.value(QStringLiteral("probe")).toInt()};
        m_result.measured << e;
        m_result.verdict =
            judge(m_result.predicted, m_result.measured, m_result.outcome, m_result.hz);
        emit eventMeasured(e);
    } else if (type == QLatin1String("outcome")) {
        const auto kind = outcomeKindFromName(o.value(QStringLiteral("kind")).toString());
        m_result.outcome = LabOutcome{kind.value_or(LabOutcomeKind::Error),
                                      o.value(QStringLiteral("t")).toDouble(),
                                      o.value(QStringLiteral("error")).toString()};
        m_result.verdict =
            judge(m_result.predicted, m_result.measured, m_result.outcome, m_result.hz);
    } else if (type == QLatin1String("error")) {
        m_error = o.value(QStringLiteral("message")).toString();
        m_setting = o.value(QStringLiteral("setting")).toString();
    }
}

void LabRun::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Running)
        return;
    readLines();
    if (!m_buffer.trimmed().isEmpty())
        handleLine(m_buffer);
    m_buffer.clear();
    if (status == QProcess::NormalExit && exitCode == 0 && m_result.outcome) {
        finish(State::Finished);
        return;
    }
    if (m_error.isEmpty()) {
        const QString stderrText =
            QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        m_error = status == QProcess::CrashExit
                      ? tr("keepalive-tuner-lab stopped unexpectedly")
                      : tr("keepalive-tuner-lab failed (exit status %1)").arg(exitCode);
        if (!stderrText.isEmpty())
            m_error += QStringLiteral(": ") + stderrText;
    }
    finish(State::Failed);
}

void LabRun::finish(State state)
{
    if (m_state != State::Running)
        return;
    m_state = state;
    emit ended(state);
}

} // namespace kt::lab
