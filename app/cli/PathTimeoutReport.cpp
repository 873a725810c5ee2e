#include "PathTimeoutReport.h"

#include "CliOutput.h"
#include "params/Format.h"
#include "pathtimeout/PathTimeoutRun.h"

#include <QCoreApplication>

#include <cmath>
#include <sys/ioctl.h>
#include <unistd.h>

namespace kt::cli {

using namespace kt::pathtimeout;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathTimeoutReport)
};

// A non-terminal gets a progress line this often.
constexpr double kLineEveryS = 10;

int terminalColumns(bool stderrStream)
{
    winsize size{};
    if (::ioctl(stderrStream ? STDERR_FILENO : STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
        size.ws_col > 20)
        return size.ws_col;
    return 80;
}

QString seconds(double s)
{
    return QString::number(std::llround(s));
}

} // namespace

PathTimeoutReport::PathTimeoutReport(bool json)
    : m_json(json)
{
    m_toStderr = json;
    m_terminal = isTerminal(m_toStderr);
    m_quiet = json && !m_terminal;
}

void PathTimeoutReport::planned(const PathTimeoutOptions &options, const PathTimeoutPlan &plan)
{
    if (m_quiet)
        return;
    line(Tr::tr("Measuring the idle timeout of the path to %1.").arg(options.target.display()));
    line(plan.sentence);
    // Both at once: the text sent may itself hold "%1".
    const QString sent = sendText(options.send);
    line(options.send.size() == 1
             ? Tr::tr("Each trial sends \"%1\" (1 byte) after its idle; the server may log it.")
                   .arg(sent)
             : Tr::tr("Each trial sends \"%1\" (%2 bytes) after its idle; the server may log it.")
                   .arg(sent, QString::number(options.send.size())));
}

void PathTimeoutReport::progress(const PathTimeoutRun &run)
{
    if (m_quiet)
        return;
    const double elapsed = run.elapsedS();
    if (!m_terminal) {
        if (elapsed < m_nextLineS)
            return;
        m_nextLineS = elapsed + kLineEveryS;
    }
    const PathTimeoutResult result = run.result();
    QStringList idles;
    for (const PathTimeoutRun::OpenTrial &t : run.openTrials())
        idles << QStringLiteral("%1/%2").arg(seconds(t.idleSoFarS),
                                             seconds(result.trials.at(t.index).idleS));
    QString text = run.round() == 0 ? Tr::tr("connecting…")
                                    : Tr::tr("round %1, about %2 left")
                                          .arg(run.round())
                                          .arg(formatDuration(std::llround(run.remainingS())));
    if (!idles.isEmpty())
        text += Tr::tr("; idle so far/planned (s): %1").arg(idles.join(QLatin1Char(' ')));
    if (!m_terminal) {
        line(QStringLiteral("  ") + text);
        return;
    }
    const int width = terminalColumns(m_toStderr) - 1;
    if (text.size() > width)
        text = text.left(width - 1) + QStringLiteral("…");
    // Back to the line's start, the new text, and the rest of the old one erased.
    printProgress(QStringLiteral("\r") + text + QStringLiteral("\x1b[K"), m_toStderr);
    m_lineOpen = true;
}

void PathTimeoutReport::trialFinished(const PathTimeoutResult &result, int index)
{
    const Trial &t = result.trials.at(index);
    // An interrupted run lists its open trials once, in the table.
    if (m_quiet || t.outcome == TrialOutcome::Interrupted)
        return;
    line(Tr::tr("  round %1, idle %2 s: %3: %4")
             .arg(t.round)
             .arg(seconds(t.idleS), outcomeText(t.outcome), t.detail));
}

void PathTimeoutReport::finish(const PathTimeoutResult &result, int hz)
{
    clearProgress();
    if (m_json) {
        printJson(resultJson(result, hz));
        return;
    }
    QString text;
    if (!result.trials.isEmpty()) {
        text += Tr::tr("\nTrials (%1):\n")
                    .arg(result.address.isEmpty() ? result.target : result.address);
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(padStart(Tr::tr("round"), 5), padStart(Tr::tr("idle"), 7),
                         padEnd(Tr::tr("outcome"), 20), Tr::tr("detail"));
        for (const Trial &t : result.trials)
            text += QStringLiteral("  %1  %2  %3  %4\n")
                        .arg(padStart(QString::number(t.round), 5),
                             padStart(QStringLiteral("%1 s").arg(seconds(t.idleS)), 7),
                             padEnd(outcomeText(t.outcome), 20), t.detail);
    }
    text += QLatin1Char('\n') + resultSentence(result);
    printText(text);
}

void PathTimeoutReport::line(const QString &text)
{
    clearProgress();
    if (m_toStderr)
        printProgress(text + QLatin1Char('\n'), true);
    else
        printText(text);
}

void PathTimeoutReport::clearProgress()
{
    if (!m_lineOpen)
        return;
    printProgress(QStringLiteral("\r\x1b[K"), m_toStderr);
    m_lineOpen = false;
}

} // namespace kt::cli
