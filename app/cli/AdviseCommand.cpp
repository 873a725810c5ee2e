// keepalivectl advise: keep-alive values that beat a middlebox and meet a
// detection deadline, from the same Advisor as the GUI's Advisor page.
#include "CliCommand.h"
#include "CliOutput.h"
#include "advise/AdviceJson.h"
#include "advise/Advisor.h"
#include "advise/Middlebox.h"
#include "params/Format.h"
#include "params/Validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdviseCommand)
};

using advise::Advice;
using advise::MiddleboxPreset;

// Words wrapped at 78 columns, every line indented by `indent`, the first
// after `first`.
QString wrapped(const QString &text, const QString &first, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out = first;
    int column = displayWidth(first);
    bool lineEmpty = true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lineEmpty && column + 1 + displayWidth(word) > 78) {
            out += QLatin1Char('\n') + pad;
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += displayWidth(word);
        lineEmpty = false;
    }
    return out + QLatin1Char('\n');
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject presetJson(const MiddleboxPreset &p)
{
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("label"), p.label},
        {QStringLiteral("group"), p.group == advise::MiddleboxGroup::Cloud
                                      ? QStringLiteral("cloud")
                                      : QStringLiteral("on_premises")},
        {QStringLiteral("default_timeout_s"), p.defaultTimeoutS},
        {QStringLiteral("configurable"), p.configurable},
        {QStringLiteral("min_timeout_s"), optionalNumber(p.minTimeoutS)},
        {QStringLiteral("max_timeout_s"), optionalNumber(p.maxTimeoutS)},
        {QStringLiteral("configurable_text"), p.configurableText},
        {QStringLiteral("refreshed_by_keepalive"), p.refreshedByKeepalive},
        {QStringLiteral("instead"), optionalString(p.instead)},
        {QStringLiteral("notes"), optionalString(p.notes)},
        {QStringLiteral("source"), p.source},
    };
}

int listMiddleboxes(bool json)
{
    const QList<MiddleboxPreset> &presets = advise::middleboxPresets();
    if (json) {
        QJsonArray list;
        for (const MiddleboxPreset &p : presets)
            list.append(presetJson(p));
        printJson(QJsonObject{{QStringLiteral("middleboxes"), list}});
        return ExitOk;
    }
    QString text;
    std::optional<advise::MiddleboxGroup> group;
    for (const MiddleboxPreset &p : presets) {
        if (group != p.group) {
            group = p.group;
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                    Tr::tr("%1:", "a group of middleboxes as a heading")
                        .arg(advise::middleboxGroupLabel(p.group)) +
                    QLatin1Char('\n');
        }
        text += QStringLiteral("  %1 %2  %3\n")
                    .arg(padEnd(p.name, 22),
                         QStringLiteral("%1 s").arg(p.defaultTimeoutS).rightJustified(8),
                         p.refreshedByKeepalive ? Tr::tr("refreshed by keep-alive")
                                                : Tr::tr("NOT refreshed by keep-alive"));
        text += wrapped(p.label, QStringLiteral("      "), 6);
        text += wrapped(p.configurableText,
                        QStringLiteral("      ") + Tr::tr("configurable:") + QLatin1Char(' '), 8);
        if (!p.notes.isEmpty())
            text += wrapped(p.notes, QStringLiteral("      "), 6);
        text +=
            wrapped(p.source, QStringLiteral("      ") + Tr::tr("source:") + QLatin1Char(' '), 8);
    }
    printText(text);
    return ExitOk;
}

QString textReport(const Advice &a, const QString &hzSource)
{
    const KeepaliveParams &p = a.params;
    QString goal;
    if (a.middlebox)
        goal = Tr::tr("%1, forgets idle flows after %2")
                   .arg(a.middlebox->label, advise::formatTimeout(a.middlebox->timeoutS));
    if (a.deadlineS)
        goal += (goal.isEmpty() ? QString() : QStringLiteral("; ")) +
                Tr::tr("dead peer noticed within %1").arg(formatSeconds(*a.deadlineS));
    QString text = wrapped(Tr::tr("For: %1; HZ %2 (%3).")
                               .arg(goal.isEmpty() ? Tr::tr("nothing given") : goal)
                               .arg(a.hz)
                               .arg(hzSource),
                           QString(), 5);
    text += QLatin1Char('\n') + Tr::tr("Recommended values:") + QLatin1Char('\n');
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("  %1 %2\n").arg(padEnd(name, 14), padStart(value, 9));
    };
    text += row(Tr::tr("idle"), QStringLiteral("%1 s").arg(p.idleS));
    text += row(Tr::tr("interval"), QStringLiteral("%1 s").arg(p.intervalS));
    text += row(Tr::tr("count"), QString::number(p.count));
    text +=
        row(Tr::tr("user timeout"),
            a.userTimeoutMs() ? QStringLiteral("%1 ms").arg(p.userTimeoutMs) : Tr::tr("not set"));

    text += QLatin1Char('\n') + Tr::tr("Windows:", "the time windows of the recommended values") +
            QLatin1Char('\n');
    for (const advise::AdviceWindow &w : advise::adviceWindows(a))
        text += wrapped(w.text, QStringLiteral("  %1 ").arg(padEnd(w.name, 18)), 21);

    if (!a.warnings.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Keep-alive cannot help here:") + QLatin1Char('\n');
        for (const QString &w : a.warnings)
            text += wrapped(w, QStringLiteral("  ! "), 4);
    }
    text += QLatin1Char('\n') + Tr::tr("Why:") + QLatin1Char('\n');
    for (const QString &r : a.reasons)
        text += wrapped(r, QStringLiteral("  - "), 4);
    if (a.middlebox && !a.middlebox->source.isEmpty())
        text += QLatin1Char('\n') + wrapped(a.middlebox->source,
                                            Tr::tr("Source of the timeout:") + QLatin1Char(' '), 2);
    return text;
}

} // namespace

int runAdvise(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Recommend keep-alive values that keep a flow through a middlebox that forgets idle "
        "flows, and notice a dead peer within a deadline. Every figure comes from the schedule "
        "model, the timer wheel's lateness included."));
    const QCommandLineOption middlebox(
        QStringLiteral("middlebox"),
        Tr::tr("A middlebox preset (see --list-middleboxes): %1.").arg(advise::middleboxNameList()),
        QStringLiteral("NAME"));
    const QCommandLineOption middleboxTimeout(
        QStringLiteral("middlebox-timeout"),
        Tr::tr("Instead of a preset: a middlebox that forgets idle flows after S seconds "
               "(refreshed by keep-alive)."),
        QStringLiteral("S"));
    const QCommandLineOption detectWithin(
        QStringLiteral("detect-within"),
        Tr::tr("A silently dead peer must be noticed within S seconds."), QStringLiteral("S"));
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("Keep this probe count."),
                                   QStringLiteral("N"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      Tr::tr("Keep this interval between probes."),
                                      QStringLiteral("S"));
    const QCommandLineOption hz = hzOption();
    const QCommandLineOption list(QStringLiteral("list-middleboxes"),
                                  Tr::tr("List the middlebox presets with their timeouts "
                                         "and sources."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    parser.addOptions({middlebox, middleboxTimeout, detectWithin, count, interval, hz, list, json});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("advise takes no arguments, got \"%1\" (see 'keepalivectl "
                           "advise --help')")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                    ExitUsage);

    if (parser.isSet(list)) {
        for (const QCommandLineOption &other :
             {middlebox, middleboxTimeout, detectWithin, count, interval, hz}) {
            if (parser.isSet(other))
                return fail(Tr::tr("--list-middleboxes takes no other option than --json; "
                                   "got --%1")
                                .arg(other.names().constFirst()),
                            ExitUsage);
        }
        return listMiddleboxes(parser.isSet(json));
    }

    if (parser.isSet(middlebox) && parser.isSet(middleboxTimeout))
        return fail(Tr::tr("give --middlebox or --middlebox-timeout, not both"), ExitUsage);

    advise::AdviceInput in;
    QString error;
    if (parser.isSet(middlebox)) {
        in.preset = advise::findMiddlebox(parser.value(middlebox), &error);
        if (!in.preset)
            return fail(error, ExitUsage);
    }
    qint64 value = 0;
    if (parser.isSet(middleboxTimeout)) {
        if (!parseIntOption(parser.value(middleboxTimeout), QStringLiteral("middlebox-timeout"),
                            advise::kMinMiddleboxTimeoutS, advise::kMaxMiddleboxTimeoutS, value,
                            error))
            return fail(error, ExitUsage);
        in.timeoutS = double(value);
    }
    if (parser.isSet(detectWithin)) {
        if (!parseIntOption(parser.value(detectWithin), QStringLiteral("detect-within"), 1,
                            advise::kMaxDeadlineS, value, error))
            return fail(error, ExitUsage);
        in.deadlineS = double(value);
    }
    if (parser.isSet(count)) {
        if (!parseIntOption(parser.value(count), QStringLiteral("count"),
                            paramSpec(ParamField::Count, ParamContext::Socket), value, error))
            return fail(error, ExitUsage);
        in.count = int(value);
    }
    if (parser.isSet(interval)) {
        if (!parseIntOption(parser.value(interval), QStringLiteral("interval"),
                            paramSpec(ParamField::Interval, ParamContext::Socket), value, error))
            return fail(error, ExitUsage);
        in.intervalS = int(value);
    }
    QString hzSource;
    if (!resolveHz(parser, in.hz, hzSource, error))
        return fail(error, ExitUsage);
    if (const auto invalid = advise::validateAdviceInput(in))
        return fail(*invalid, ExitUsage);

    const Advice advice = advise::recommend(in);
    if (!advice.reachable)
        return fail(advice.unreachableReason, ExitFailure);
    if (parser.isSet(json))
        printJson(advise::adviceJson(advice));
    else
        printText(textReport(advice, hzSource));
    return ExitOk;
}

} // namespace kt::cli
