// keepalivectl lab: stage a failure in the Lab's sandbox (a user and network
// namespace of the runner's own) and set what the kernel did against what the
// schedule model predicts. The contract is in docs/lab.md.
#include "CliCommand.h"
#include "CliOutput.h"
#include "lab/LabRun.h"
#include "params/Format.h"
#include "params/Validation.h"
#include "schedule/Detection.h"
#include "sysctl/KernelHz.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <cmath>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabCommand)
};

using namespace kt::lab;

QString secondsCell(double s)
{
    return std::isnan(s) ? QStringLiteral("-") : QString::number(s, 'f', 3);
}

QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c == 0 ? padEnd(row.at(c), widths.at(c))
                           : QStringLiteral("  ") + padStart(row.at(c), widths.at(c));
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString textReport(const LabResult &r)
{
    const LabScenarioInfo &info = labScenario(r.scenario);
    QString text = Tr::tr("%1 (%2); %3; HZ %4; network namespace net:[%5]")
                       .arg(info.name, info.summary, describeValues(r.values.params))
                       .arg(r.hz)
                       .arg(r.netnsInode) +
                   QLatin1Char('\n') + Tr::tr("Times in s after the peer's last segment.") +
                   QStringLiteral("\n\n");
    QList<QStringList> rows{{Tr::tr("event"), QStringLiteral("#"), Tr::tr("measured"),
                             Tr::tr("predicted"), Tr::tr("window"), QString()}};
    for (const LabResultRow &row : resultRows(r))
        rows << QStringList{
            row.kind,
            row.probe > 0 ? QString::number(row.probe) : QString(),
            secondsCell(row.measured),
            row.compared ? secondsCell(row.predicted) : QString(),
            row.compared
                ? QStringLiteral("[%1, %2]").arg(secondsCell(row.earliest), secondsCell(row.latest))
                : QString(),
            row.compared ? (row.inside ? Tr::tr("inside") : Tr::tr("OUTSIDE")) : QString()};
    text += table(rows);
    text += QLatin1Char('\n') + asSentence(describeOutcome(r)) + QLatin1Char('\n');
    const QString detail = outcomeDetail(r);
    if (!detail.isEmpty())
        text += asSentence(detail.left(1).toUpper() + detail.mid(1)) + QLatin1Char('\n');
    text += Tr::tr("%1 of %2 measured events inside the predicted windows.")
                .arg(r.verdict.inside)
                .arg(r.verdict.inside + r.verdict.outside) +
            QLatin1Char('\n');
    return text;
}

} // namespace

int runLab(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Stage a failure in a sandbox (a private user and network namespace: "
               "no root, nothing on the host changes) and compare what the kernel "
               "does with the schedule model's prediction.") +
        QStringLiteral("\n\n") + Tr::tr("Scenarios:") + QLatin1Char('\n') +
        [] {
            QString list;
            for (const LabScenarioInfo &info : labScenarios())
                list += QStringLiteral("  %1  %2\n").arg(padEnd(info.name, 15), info.summary);
            return list;
        }() +
        QLatin1Char('\n') +
        Tr::tr("Times are seconds after the peer's last segment. Exit status 0 when "
               "the experiment ran (whatever its outcome), 1 when the sandbox cannot "
               "be made, 2 for a wrong command line or a run longer than "
               "--max-duration."));
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), labScenarioNameList());
    const QCommandLineOption idle(QStringLiteral("idle"),
                                  Tr::tr("TCP_KEEPIDLE of the "
                                         "client."),
                                  QStringLiteral("S"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      Tr::tr("TCP_KEEPINTVL of the client."), QStringLiteral("S"));
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("TCP_KEEPCNT of the client."),
                                   QStringLiteral("N"));
    const QCommandLineOption userTimeout(QStringLiteral("user-timeout"),
                                         Tr::tr("TCP_USER_TIMEOUT, 0 = not set."),
                                         QStringLiteral("MS"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   Tr::tr("dead-peer: drop the peer's packets from this "
                                          "time on (default 0)."),
                                   QStringLiteral("S"));
    const QCommandLineOption middleboxTimeout(
        QStringLiteral("middlebox-timeout"),
        Tr::tr("middlebox: the idle time after which it forgets the flow (whole "
               "seconds)."),
        QStringLiteral("S"));
    const QCommandLineOption sendAfter(QStringLiteral("send-after"),
                                       Tr::tr("middlebox: when the client sends data."),
                                       QStringLiteral("S"));
    const QCommandLineOption retries2(QStringLiteral("retries2"),
                                      Tr::tr("data-in-flight: net.ipv4.tcp_retries2 "
                                             "inside the sandbox."),
                                      QStringLiteral("N"));
    const QCommandLineOption maxDuration(QStringLiteral("max-duration"),
                                         Tr::tr("Refuse a run estimated to take longer "
                                                "(default 120)."),
                                         QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    parser.addOptions({idle, interval, count, userTimeout, after, middleboxTimeout, sendAfter,
                       retries2, maxDuration, json});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Tr::tr("lab takes one scenario: %1 (see 'keepalivectl lab --help')")
                        .arg(labScenarioNameList()),
                    ExitUsage);
    const auto scenario = labScenarioFromString(positional.constFirst());
    if (!scenario)
        return fail(Tr::tr("unknown scenario \"%1\"; choose %2")
                        .arg(positional.constFirst(), labScenarioNameList()),
                    ExitUsage);

    LabValues values = labScenario(*scenario).defaults;
    QString error;
    const auto paramOption = [&](const QCommandLineOption &option, ParamField field, int &target) {
        if (!parser.isSet(option))
            return true;
        qint64 value = 0;
        if (!parseIntOption(parser.value(option), option.names().constFirst(),
                            paramSpec(field, ParamContext::Socket), value, error))
            return false;
        target = int(value);
        return true;
    };
    if (!paramOption(idle, ParamField::Idle, values.params.idleS) ||
        !paramOption(interval, ParamField::Interval, values.params.intervalS) ||
        !paramOption(count, ParamField::Count, values.params.count) ||
        !paramOption(userTimeout, ParamField::UserTimeout, values.params.userTimeoutMs))
        return fail(error, ExitUsage);
    const auto scenarioOption = [&](const QCommandLineOption &option, LabOption which) {
        if (!parser.isSet(option) || usesOption(*scenario, which))
            return true;
        QStringList users;
        for (const LabScenarioInfo &info : labScenarios()) {
            if (info.options.contains(which))
                users << info.name;
        }
        error = Tr::tr("--%1 applies to %2 only")
                    .arg(option.names().constFirst(), users.join(QStringLiteral(", ")));
        return false;
    };
    const auto secondsOption = [&](const QCommandLineOption &option, double &target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0) {
            error = Tr::tr("--%1 takes a number of seconds, not \"%2\"")
                        .arg(option.names().constFirst(), parser.value(option));
            return false;
        }
        target = value;
        return true;
    };
    const auto wholeOption = [&](const QCommandLineOption &option, int min, int max, int &target) {
        if (!parser.isSet(option))
            return true;
        qint64 value = 0;
        if (!parseIntOption(parser.value(option),
                            QStringLiteral("--") + option.names().constFirst(), min, max, value,
                            error))
            return false;
        target = int(value);
        return true;
    };
    double maxDurationS = 120;
    if (!scenarioOption(after, LabOption::After) ||
        !scenarioOption(middleboxTimeout, LabOption::MiddleboxTimeout) ||
        !scenarioOption(sendAfter, LabOption::SendAfter) ||
        !scenarioOption(retries2, LabOption::Retries2) || !secondsOption(after, values.afterS) ||
        !wholeOption(middleboxTimeout, 1, 3600, values.middleboxTimeoutS) ||
        !secondsOption(sendAfter, values.sendAfterS) ||
        !wholeOption(retries2, 1, 15, values.retries2) || !secondsOption(maxDuration, maxDurationS))
        return fail(error, ExitUsage);
    if (const auto invalid = validateLabValues(*scenario, values))
        return fail(*invalid, ExitUsage);

    const int hz = readKernelHz().value_or(KernelHz{kDefaultHz, {}}).hz;
    LabRun run(*scenario, values, hz);
    const double estimate = run.result().predicted.durationS;
    if (estimate > maxDurationS)
        return fail(Tr::tr("this run would take about %1, longer than --max-duration "
                           "%2; use shorter values or raise --max-duration")
                        .arg(formatSeconds(estimate), formatSeconds(maxDurationS)),
                    ExitUsage);
    if (!parser.isSet(json))
        printText(Tr::tr("Running %1 in a sandbox, about %2…")
                      .arg(labScenario(*scenario).name, formatSeconds(estimate)));

    QEventLoop loop;
    QObject::connect(&run, &LabRun::ended, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    if (run.state() != LabRun::State::Finished)
        return fail(run.errorMessage(), ExitFailure);
    if (parser.isSet(json))
        printJson(labResultToJson(run.result()));
    else
        printText(textReport(run.result()));
    return ExitOk;
}

} // namespace kt::cli
