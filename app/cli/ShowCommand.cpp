// keepalivectl show: the host's keep-alive sysctls, where each comes from and
// what they mean. The same SystemSnapshot as the GUI's System page.
#include "CliCommand.h"
#include "CliOutput.h"
#include "sysctl/PrometheusMetrics.h"
#include "sysctl/SystemSnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
};

} // namespace

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Shows the three net.ipv4.tcp_keepalive_* sysctls of this network namespace: value, "
        "kernel default, valid range, the configuration file and line that sets each, and how "
        "long a silently dead peer goes unnoticed."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("Print the report as FORMAT: text (the default), json (the same as "
               "--json) or prometheus (the text exposition format, for node_exporter's "
               "textfile collector)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption procOption(QStringLiteral("proc-sys"),
                                        Tr::tr("Read values below DIR instead of "
                                               "/proc/sys."),
                                        QStringLiteral("DIR"), QStringLiteral("/proc/sys"));
    const QCommandLineOption rootOption(QStringLiteral("config-root"),
                                        Tr::tr("Trace configuration files below DIR "
                                               "instead of / (e.g. a mounted image)."),
                                        QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption applierOption(
        QStringLiteral("applier"),
        Tr::tr("Trace the boot as NAME applies the files: systemd (systemd-sysctl) or "
               "procps (sysctl --system). Default: systemd when the host boots with "
               "systemd (DIR/run/systemd/system exists), procps otherwise."),
        QStringLiteral("NAME"));
    parser.addOptions({jsonOption, formatOption, procOption, rootOption, applierOption});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("show takes no arguments; got \"%1\"")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                    ExitUsage);

    enum class Format
    {
        Text,
        Json,
        Prometheus
    };
    Format format = parser.isSet(jsonOption) ? Format::Json : Format::Text;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption);
        std::optional<Format> asked;
        if (name == QLatin1String("text"))
            asked = Format::Text;
        else if (name == QLatin1String("json"))
            asked = Format::Json;
        else if (name == QLatin1String("prometheus"))
            asked = Format::Prometheus;
        if (!asked)
            return fail(Tr::tr("--format takes text, json or prometheus, not \"%1\"").arg(name),
                        ExitUsage);
        if (parser.isSet(jsonOption) && asked != Format::Json)
            return fail(Tr::tr("--json and --format %1 ask for two formats; give one").arg(name),
                        ExitUsage);
        format = *asked;
    }

    SnapshotSources sources;
    if (parser.isSet(applierOption)) {
        if (parser.values(applierOption).size() > 1)
            return fail(Tr::tr("--applier is given more than once"), ExitUsage);
        sources.applier = parseSysctlApplier(parser.value(applierOption));
        if (!sources.applier)
            return fail(Tr::tr("--applier takes systemd or procps, not \"%1\"")
                            .arg(parser.value(applierOption)),
                        ExitUsage);
    }
    sources.procSysRoot = parser.value(procOption);
    sources.configRoot = parser.value(rootOption);
    if (!QFileInfo(sources.configRoot).isDir()) {
        // A warning, not a failure: the report still shows the kernel's
        // values, and says the same among its warnings.
        fail(Tr::tr("warning: --config-root %1 is not a directory; no configuration "
                    "file is traced")
                 .arg(sources.configRoot),
             ExitOk);
    }
    const SystemSnapshot snapshot = captureSystemSnapshot(sources);
    switch (format) {
    case Format::Json:
        printJson(snapshot.toJson());
        break;
    case Format::Prometheus:
        printText(prometheusMetrics(snapshot));
        break;
    case Format::Text:
        printText(snapshot.toText());
        break;
    }
    // Values that cannot be read are a failure for scripts, after the report
    // has said why.
    return snapshot.runtimeParams() ? ExitOk : ExitFailure;
}

} // namespace kt::cli
