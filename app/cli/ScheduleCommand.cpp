// keepalivectl schedule: the modelled probe schedule for given values, the
// same model the Timeline page draws.
#include "CliCommand.h"
#include "CliOutput.h"
#include "params/Format.h"
#include "params/KernelLimits.h"
#include "params/Validation.h"
#include "schedule/Detection.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
};

QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}

QString textReport(const ScheduleInput &in, const Schedule &s, const QString &hzSource)
{
    const KeepaliveParams &p = in.params;
    QString text = Tr::tr("%1; %2; RTT %3 ms; HZ %4 (%5)")
                       .arg(describeValues(p), scenarioDescription(in.scenario))
                       .arg(in.rttMs)
                       .arg(in.hz)
                       .arg(hzSource) +
                   QStringLiteral("\n\n");
    const QStringList header{Tr::tr("event"), QStringLiteral("#"), Tr::tr("time (s)"),
                             Tr::tr("earliest (s)"), Tr::tr("latest (s)")};
    QList<QStringList> rows;
    for (const ScheduleEvent &e : s.events)
        rows << QStringList{eventKindName(e.kind),
                            e.probe > 0 ? QString::number(e.probe) : QString(), seconds(e.t),
                            seconds(e.earliest), seconds(e.latest)};
    QList<int> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        int w = displayWidth(header.at(c));
        for (const QStringList &row : rows)
            w = std::max(w, displayWidth(row.at(c)));
        widths << w;
    }
    const auto line = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            // The event name reads left to right; numbers line up on the right.
            out += c == 0 ? padEnd(cells.at(c), widths.at(c))
                          : QStringLiteral("  ") + padStart(cells.at(c), widths.at(c));
        }
        return out + QLatin1Char('\n');
    };
    text += line(header);
    for (const QStringList &row : rows)
        text += line(row);
    if (s.truncated)
        text += Tr::tr("(%1 events shown; the rest lie past the horizon or the %2-event "
                       "limit)")
                    .arg(s.events.size())
                    .arg(in.maxEvents) +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + asSentence(describeDetection(in, s)) + QLatin1Char('\n');
    for (const QString &note : s.notes)
        text += Tr::tr("Note: %1").arg(note) + QLatin1Char('\n');
    return text;
}

QJsonObject jsonReport(const ScheduleInput &in, const Schedule &s, const QString &hzSource)
{
    const QJsonArray events = scheduleEventsToJson(s.events);
    QJsonArray notes;
    for (const QString &n : s.notes)
        notes.append(n);
    const QString peer = scenarioName(in.scenario);
    return QJsonObject{
        {QStringLiteral("events"), events},
        {QStringLiteral("detection_time_s"),
         s.detectionS ? QJsonValue(*s.detectionS) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("detection_latest_s"),
         s.detectionS ? QJsonValue(s.detectionLatestS) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("summary"), describeDetection(in, s)},
        {QStringLiteral("probes"), s.probeCount},
        {QStringLiteral("truncated"), s.truncated},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("input"),
         QJsonObject{{QStringLiteral("idle_s"), in.params.idleS},
                     {QStringLiteral("interval_s"), in.params.intervalS},
                     {QStringLiteral("count"), in.params.count},
                     {QStringLiteral("user_timeout_ms"), in.params.userTimeoutMs},
                     {QStringLiteral("peer"), peer},
                     {QStringLiteral("rtt_ms"), in.rttMs},
                     {QStringLiteral("hz"), in.hz},
                     {QStringLiteral("hz_source"), hzSource},
                     {QStringLiteral("horizon_s"), s.horizonS}}},
    };
}

} // namespace

int runSchedule(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the modelled keep-alive schedule: each probe, ACK and the abort, with the "
               "window in which the kernel's timers may really fire. Times are seconds after the "
               "last segment received."));
    const QCommandLineOption idle(QStringLiteral("idle"),
                                  Tr::tr("Idle time before the first probe (default "
                                         "%1).")
                                      .arg(limits::kDefaultIdleS),
                                  QStringLiteral("S"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        Tr::tr("Time between probes (default %1).").arg(limits::kDefaultIntervalS),
        QStringLiteral("S"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   Tr::tr("Unanswered probes before giving up "
                                          "(default %1).")
                                       .arg(limits::kDefaultCount),
                                   QStringLiteral("N"));
    const QCommandLineOption userTimeout(QStringLiteral("user-timeout"),
                                         Tr::tr("TCP_USER_TIMEOUT, 0 = not set."),
                                         QStringLiteral("MS"));
    const QCommandLineOption peer(QStringLiteral("peer"),
                                  Tr::tr("alive, dead (default) or data (dead peer "
                                         "with unacknowledged data)."),
                                  QStringLiteral("alive|dead|data"));
    const QCommandLineOption rtt(QStringLiteral("rtt"),
                                 Tr::tr("Round-trip time, measured or assumed "
                                        "(default 0)."),
                                 QStringLiteral("MS"));
    const QCommandLineOption hz = hzOption();
    const QCommandLineOption horizon(QStringLiteral("horizon"),
                                     Tr::tr("Leave out events after this time "
                                            "(default: until the abort)."),
                                     QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON "
                                                                 "document."));
    parser.addOptions({idle, interval, count, userTimeout, peer, rtt, hz, horizon, json});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("schedule takes no arguments, got \"%1\" (see 'keepalivectl "
                           "schedule --help')")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                    ExitUsage);

    ScheduleInput in;
    QString error;
    const auto intOption = [&](const QCommandLineOption &option, qint64 min, qint64 max,
                               int &target) {
        if (!parser.isSet(option))
            return true;
        qint64 value = 0;
        if (!parseIntOption(parser.value(option), option.names().constFirst(), min, max, value,
                            error))
            return false;
        target = int(value);
        return true;
    };
    int horizonS = 0;
    const auto paramOption = [&](const QCommandLineOption &option, ParamField field, int &target) {
        if (!parser.isSet(option))
            return true;
        qint64 value = 0;
        if (!parseIntOption(parser.value(option), option.names().constFirst(),
                            paramSpec(field, ParamContext::Model), value, error))
            return false;
        target = int(value);
        return true;
    };
    if (!paramOption(idle, ParamField::Idle, in.params.idleS) ||
        !paramOption(interval, ParamField::Interval, in.params.intervalS) ||
        !paramOption(count, ParamField::Count, in.params.count) ||
        !paramOption(userTimeout, ParamField::UserTimeout, in.params.userTimeoutMs) ||
        !intOption(rtt, 0, 120000, in.rttMs) ||
        !intOption(horizon, 1, std::numeric_limits<int>::max(), horizonS))
        return fail(error, ExitUsage);
    in.horizonS = horizonS;

    const QString peerText = parser.value(peer);
    if (!peerText.isEmpty()) {
        const auto scenario = scenarioFromName(peerText);
        if (!scenario)
            return fail(Tr::tr("--peer takes %1, not \"%2\"").arg(scenarioNameList(), peerText),
                        ExitUsage);
        in.scenario = *scenario;
    }

    QString hzSource;
    QString hzError;
    if (!resolveHz(parser, in.hz, hzSource, hzError))
        return fail(hzError, ExitUsage);

    if (const auto invalid = validateScheduleInput(in))
        return fail(*invalid, ExitUsage);
    const Schedule schedule = computeSchedule(in);
    if (parser.isSet(json))
        printJson(jsonReport(in, schedule, hzSource));
    else
        printText(textReport(in, schedule, hzSource));
    return ExitOk;
}

} // namespace kt::cli
