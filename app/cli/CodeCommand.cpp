// keepalivectl code: the cookbook's snippet for a target, ready to paste, the
// same text as the Cookbook panel shows (advise/Cookbook.h).
#include "CliCommand.h"
#include "CliOutput.h"
#include "advise/Cookbook.h"
#include "params/Validation.h"
#include "schedule/Detection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CodeCommand)
};

using namespace kt::advise;

QString osNames(const QList<TargetOs> &oses)
{
    QStringList names;
    for (TargetOs os : oses)
        names << targetOsName(os);
    return names.join(QLatin1Char('|'));
}

QString listText()
{
    QString text;
    std::optional<CookbookKind> kind;
    int width = 0;
    for (const CookbookTarget &t : cookbookTargets())
        width = std::max(width, int(t.name.size()));
    for (const CookbookTarget &t : cookbookTargets()) {
        if (kind != t.kind) {
            kind = t.kind;
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += cookbookKindName(t.kind);
            if (t.oses.size() > 1)
                text += QStringLiteral(" (--os %1)").arg(osNames(t.oses));
            text += QStringLiteral(":\n");
        }
        text += QStringLiteral("  %1  %2\n").arg(t.name.leftJustified(width), t.summary);
    }
    return text;
}

QJsonObject listJson()
{
    QJsonArray targets;
    for (const CookbookTarget &t : cookbookTargets()) {
        QJsonArray oses;
        for (TargetOs os : t.oses)
            oses.append(targetOsName(os));
        targets.append(QJsonObject{{QStringLiteral("name"), t.name},
                                   {QStringLiteral("kind"), cookbookKindName(t.kind)},
                                   {QStringLiteral("title"), t.title},
                                   {QStringLiteral("language"), t.language},
                                   {QStringLiteral("summary"), t.summary},
                                   {QStringLiteral("os"), oses}});
    }
    return QJsonObject{{QStringLiteral("targets"), targets}};
}

QJsonObject snippetJson(const Snippet &s, const CookbookInput &in)
{
    QJsonArray notes;
    for (const QString &n : s.notes)
        notes.append(n);
    QJsonValue effective(QJsonValue::Null);
    if (s.effective)
        effective = QJsonObject{{QStringLiteral("idle"), s.effective->idleS},
                                {QStringLiteral("interval"), s.effective->intervalS},
                                {QStringLiteral("count"), s.effective->count},
                                {QStringLiteral("user_timeout_ms"), s.effective->userTimeoutMs}};
    return QJsonObject{
        {QStringLiteral("target"), s.target},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("os"), targetOsName(in.os)},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("idle"), in.params.idleS},
                                              {QStringLiteral("interval"), in.params.intervalS},
                                              {QStringLiteral("count"), in.params.count},
                                              {QStringLiteral("user_timeout_ms"),
                                               in.userTimeoutMs ? QJsonValue(*in.userTimeoutMs)
                                                                : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("effective"), effective},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("text"), s.text},
    };
}

} // namespace

int runCode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Print a snippet that applies keep-alive values, ready to paste: the host's sysctls, a "
        "program's socket code, or a server's configuration. Notes are comments in the "
        "snippet's own language. 'keepalivectl code --list' names the targets."));
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 Tr::tr("One of: %1.").arg(cookbookTargetNameList()));
    const QCommandLineOption idle(QStringLiteral("idle"),
                                  Tr::tr("Idle time before the first probe."), QStringLiteral("S"));
    const QCommandLineOption interval(QStringLiteral("interval"), Tr::tr("Time between probes."),
                                      QStringLiteral("S"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   Tr::tr("Unanswered probes before giving up."),
                                   QStringLiteral("N"));
    const QCommandLineOption userTimeout(
        QStringLiteral("user-timeout"),
        Tr::tr("TCP_USER_TIMEOUT in milliseconds (0 sets it to 0; leave it out to not "
               "set it)."),
        QStringLiteral("MS"));
    const QCommandLineOption os(QStringLiteral("os"),
                                Tr::tr("The system the code runs on, for socket code "
                                       "(default linux)."),
                                QStringLiteral("linux|macos|windows"));
    const QCommandLineOption list(QStringLiteral("list"), Tr::tr("List the targets."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    parser.addOptions({idle, interval, count, userTimeout, os, list, json});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(list)) {
        if (!positional.isEmpty() || parser.isSet(idle) || parser.isSet(interval) ||
            parser.isSet(count) || parser.isSet(userTimeout) || parser.isSet(os))
            return fail(Tr::tr("--list takes no TARGET or values (see 'keepalivectl code "
                               "--help')"),
                        ExitUsage);
        if (parser.isSet(json))
            printJson(listJson());
        else
            printText(listText());
        return ExitOk;
    }
    if (positional.isEmpty())
        return fail(
            Tr::tr("code needs a TARGET, one of: %1 (or --list)").arg(cookbookTargetNameList()),
            ExitUsage);
    if (positional.size() > 1)
        return fail(
            Tr::tr("code takes one TARGET, got \"%1\"").arg(positional.join(QLatin1Char(' '))),
            ExitUsage);
    const CookbookTarget *target = findCookbookTarget(positional.constFirst());
    if (!target)
        return fail(Tr::tr("unknown target \"%1\"; the targets are %2")
                        .arg(positional.constFirst().left(40), cookbookTargetNameList()),
                    ExitUsage);

    CookbookInput in;
    if (parser.isSet(os)) {
        const auto chosen = targetOsFromName(parser.value(os));
        if (!chosen)
            return fail(Tr::tr("--os takes linux, macos or windows, not \"%1\"")
                            .arg(parser.value(os).left(40)),
                        ExitUsage);
        in.os = *chosen;
    } else {
        in.os = target->oses.constFirst();
    }
    if (const auto wrongOs = validateCookbookOs(*target, in.os))
        return fail(*wrongOs, ExitUsage);

    QStringList missing;
    for (const QCommandLineOption *o : {&idle, &interval, &count}) {
        if (!parser.isSet(*o))
            missing << QStringLiteral("--") + o->names().constFirst();
    }
    if (!missing.isEmpty())
        return fail(Tr::tr("code %1 needs %2 (--idle S --interval S --count N)")
                        .arg(target->name, missing.join(QStringLiteral(", "))),
                    ExitUsage);

    QString error;
    const auto value = [&](const QCommandLineOption &option, ParamField field, qint64 &out) {
        return parseIntOption(parser.value(option), option.names().constFirst(),
                              paramSpec(field, target->context), out, error);
    };
    qint64 idleS = 0, intervalS = 0, probes = 0, ut = 0;
    if (!value(idle, ParamField::Idle, idleS) ||
        !value(interval, ParamField::Interval, intervalS) ||
        !value(count, ParamField::Count, probes) ||
        (parser.isSet(userTimeout) && !value(userTimeout, ParamField::UserTimeout, ut)))
        return fail(error, ExitUsage);
    in.params.idleS = int(idleS);
    in.params.intervalS = int(intervalS);
    in.params.count = int(probes);
    in.params.userTimeoutMs = 0;
    if (parser.isSet(userTimeout))
        in.userTimeoutMs = int(ut);
    if (const auto invalid = validateCookbookValues(*target, in))
        return fail(describeParamError(*invalid), ExitUsage);

    const auto snippet = generateSnippet(target->name, in, &error);
    if (!snippet)
        return fail(error, ExitUsage);
    if (parser.isSet(json))
        printJson(snippetJson(*snippet, in));
    else
        printText(snippet->text);
    return ExitOk;
}

} // namespace kt::cli
