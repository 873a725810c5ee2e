// keepalivectl set / reset: change the host's keep-alive sysctls through
// keepalive-tuner-helper (pkexec when not root), the same core path as the
// GUI's "Apply" buttons.
#include "CliCommand.h"
#include "CliOutput.h"
#include "sysctl/SysctlWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SetCommand)
};

QString outcomeName(WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case WriteOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case WriteOutcome::NotAuthorized:
        return QStringLiteral("not_authorized");
    case WriteOutcome::PkexecMissing:
        return QStringLiteral("pkexec_missing");
    case WriteOutcome::HelperMissing:
        return QStringLiteral("helper_missing");
    case WriteOutcome::Refused:
        return QStringLiteral("refused");
    case WriteOutcome::Failed:
        return QStringLiteral("failed");
    case WriteOutcome::NotVerified:
        return QStringLiteral("not_verified");
    case WriteOutcome::Busy:
        return QStringLiteral("busy");
    }
    return QStringLiteral("failed");
}

QJsonArray overridesJson(const QList<PersistOverride> &overrides)
{
    QJsonArray array;
    for (const PersistOverride &o : overrides)
        array.append(QJsonObject{{QStringLiteral("key"), sysctlKeyInfo(o.key).name},
                                 {QStringLiteral("path"), o.assignment.path},
                                 {QStringLiteral("line"), o.assignment.line},
                                 {QStringLiteral("value"), o.assignment.value}});
    return array;
}

// "net.ipv4.tcp_keepalive_time=600" or "net/ipv4/tcp_keepalive_time=600".
bool parseAssignment(const QString &arg, SysctlValue &out, QString &error)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (eq < 0) {
        error = Tr::tr("expected KEY=VALUE, got \"%1\"").arg(arg.left(60));
        return false;
    }
    const QString name = arg.left(eq);
    const QString text = arg.mid(eq + 1);
    const SysctlKeyInfo *info = findSysctlKey(name);
    if (!info) {
        QStringList names;
        for (const SysctlKeyInfo &k : sysctlKeys())
            names << k.name;
        error = Tr::tr("unknown key \"%1\"; the keys are %2")
                    .arg(name.left(60), names.join(QStringLiteral(", ")));
        return false;
    }
    const auto parsed = parseWholeNumber(text, info->name, info->spec(), &error);
    if (!parsed)
        return false;
    out = SysctlValue{info->key, *parsed};
    return true;
}

int runWrite(const QStringList &args, bool isReset)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        isReset ? Tr::tr("Restore the kernel defaults (7200 s, 75 s, 9 probes) through "
                         "keepalive-tuner-helper.")
                : Tr::tr("Change the host's keep-alive sysctls through "
                         "keepalive-tuner-helper (asks for authorization with pkexec "
                         "unless run as root)."));
    const QCommandLineOption persistOption(
        QStringLiteral("persist"),
        isReset
            ? Tr::tr("Also remove %1, so the defaults stay after reboot.")
                  .arg(SysctlWriter::dropInPath())
            : Tr::tr("Also keep the values after reboot, in %1.").arg(SysctlWriter::dropInPath()));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    parser.addOptions({persistOption, jsonOption});
    if (!isReset)
        parser.addPositionalArgument(
            QStringLiteral("KEY=VALUE"),
            Tr::tr("net.ipv4.tcp_keepalive_time, net.ipv4.tcp_keepalive_intvl or "
                   "net.ipv4.tcp_keepalive_probes (the slash spelling works too)."),
            QStringLiteral("KEY=VALUE..."));
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;

    QList<SysctlValue> values;
    if (isReset) {
        if (!parser.positionalArguments().isEmpty())
            return fail(Tr::tr("reset takes no KEY=VALUE"), ExitUsage);
    } else {
        if (parser.positionalArguments().isEmpty())
            return fail(Tr::tr("set needs at least one KEY=VALUE (see 'keepalivectl set "
                               "--help')"),
                        ExitUsage);
        for (const QString &arg : parser.positionalArguments()) {
            SysctlValue value{};
            QString error;
            if (!parseAssignment(arg, value, error))
                return fail(error, ExitUsage);
            for (const SysctlValue &earlier : values) {
                if (earlier.key == value.key)
                    return fail(givenTwiceMessage(sysctlKeyInfo(value.key).name), ExitUsage);
            }
            values << value;
        }
    }
    const bool persist = parser.isSet(persistOption);
    const bool json = parser.isSet(jsonOption);

    SysctlWriter writer(defaultHelperCommand());
    QString warned;
    if (persist && !isReset) {
        // Said before anything is applied (and before any password prompt),
        // so the person can stop here; the result does not say it again.
        warned = SysctlWriter::describeOverrides(writer.persistenceOverrides());
        if (!warned.isEmpty())
            fail(Tr::tr("warning: %1").arg(warned), ExitOk);
    }

    int result = ExitFailure;
    QObject::connect(&writer, &SysctlWriter::finished, &writer, [&](const WriteResult &r) {
        if (json) {
            QJsonObject object{
                {QStringLiteral("ok"), r.succeeded()},
                {QStringLiteral("outcome"), outcomeName(r.outcome)},
                {QStringLiteral("message"), r.message},
                {QStringLiteral("persist"), r.persist},
                {QStringLiteral("reset"), r.reset},
                {QStringLiteral("host_changed"), r.hostChanged},
                {QStringLiteral("exit_code"),
                 r.exitCode >= 0 ? QJsonValue(r.exitCode) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("overrides"), overridesJson(r.overrides)},
                {QStringLiteral("after"), r.after.toJson()},
            };
            if (!r.detail.isEmpty())
                object.insert(QStringLiteral("detail"), r.detail);
            printJson(object);
        } else if (r.succeeded()) {
            QString message = r.message;
            if (!warned.isEmpty())
                message = message.remove(SysctlWriter::describeOverrides(r.overrides)).trimmed();
            printText(message + QLatin1Char('\n') + r.after.detectionSentence());
        }
        if (r.succeeded()) {
            result = ExitOk;
        } else {
            fail(r.detail.isEmpty() ? r.message : Tr::tr("%1 (%2)").arg(r.message, r.detail),
                 ExitFailure);
            result = ExitFailure;
        }
        QCoreApplication::exit(result);
    });
    QTimer::singleShot(0, &writer, [&] {
        if (isReset)
            writer.reset(persist);
        else
            writer.set(values, persist);
    });
    QCoreApplication::exec();
    return result;
}

} // namespace

int runSet(const QStringList &args)
{
    return runWrite(args, false);
}

int runReset(const QStringList &args)
{
    return runWrite(args, true);
}

} // namespace kt::cli
