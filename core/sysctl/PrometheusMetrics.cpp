#include "sysctl/PrometheusMetrics.h"

namespace kt {

namespace {

struct Sample
{
    QString labels; // {sysctl="…"} or empty
    double value = 0;
};

struct Family
{
    QString name;
    QString help;
    QList<Sample> samples;
};

// Whole numbers as integers, everything else with the precision Prometheus
// parses back exactly.
QString number(double value)
{
    return QString::number(value, 'g', 17);
}

QString sysctlLabel(const SettingState &s)
{
    return QStringLiteral("{sysctl=\"%1\"}").arg(prometheusLabelValue(s.info.name));
}

bool inSeconds(const SettingState &s)
{
    return s.info.unit == QLatin1String("s");
}

void append(QString &out, const Family &family)
{
    // A metric with nothing to say is left out altogether.
    if (family.samples.isEmpty())
        return;
    out += QStringLiteral("# HELP %1 %2\n").arg(family.name, family.help);
    out += QStringLiteral("# TYPE %1 gauge\n").arg(family.name);
    for (const Sample &sample : family.samples)
        out += family.name + sample.labels + QLatin1Char(' ') + number(sample.value) +
               QLatin1Char('\n');
}

} // namespace

QString prometheusLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString prometheusMetrics(const SystemSnapshot &snapshot)
{
    // The two time sysctls share a metric in seconds; the probe count, which
    // has no unit, has its own (a metric has one unit).
    Family seconds{QStringLiteral("keepalive_tuner_sysctl_seconds"),
                   QStringLiteral("A keep-alive time sysctl as the kernel holds it now."),
                   {}};
    Family configuredSeconds{
        QStringLiteral("keepalive_tuner_sysctl_configured_seconds"),
        QStringLiteral("A keep-alive time sysctl as the boot's configuration leaves it."),
        {}};
    Family probes{QStringLiteral("keepalive_tuner_sysctl_probes"),
                  QStringLiteral("The keep-alive probe count as the kernel holds it now."),
                  {}};
    Family configuredProbes{
        QStringLiteral("keepalive_tuner_sysctl_configured_probes"),
        QStringLiteral("The keep-alive probe count as the boot's configuration leaves it."),
        {}};
    Family differs{QStringLiteral("keepalive_tuner_sysctl_runtime_differs"),
                   QStringLiteral("1 when the kernel holds another value than the boot's "
                                  "configuration gives, 0 otherwise."),
                   {}};
    Family problems{QStringLiteral("keepalive_tuner_sysctl_problems"),
                    QStringLiteral("Configuration lines for the sysctl the kernel refuses, and "
                                   "boot values that make no sense for it."),
                    {}};
    for (const SettingState &s : snapshot.settings) {
        const QString labels = sysctlLabel(s);
        Family &runtime = inSeconds(s) ? seconds : probes;
        Family &configured = inSeconds(s) ? configuredSeconds : configuredProbes;
        if (s.reading.value)
            runtime.samples << Sample{labels, double(*s.reading.value)};
        if (s.configuredValue)
            configured.samples << Sample{labels, double(*s.configuredValue)};
        if (s.reading.value)
            differs.samples << Sample{labels, s.runtimeDiffers ? 1.0 : 0.0};
        problems.samples << Sample{labels, double(describeProblems(s).size())};
    }
    Family detection{QStringLiteral("keepalive_tuner_dead_peer_detection_seconds"),
                     QStringLiteral("How long a silently dead peer goes unnoticed with the "
                                    "kernel's values, as the schedule model computes it."),
                     {}};
    if (const auto detectionS = snapshot.detectionTimeS())
        detection.samples << Sample{{}, *detectionS};
    const Family warnings{
        QStringLiteral("keepalive_tuner_config_warnings"),
        QStringLiteral("Warnings from tracing the sysctl configuration files as the boot "
                       "applies them."),
        {Sample{{}, double(snapshot.warnings.size())}}};
    const Family info{
        QStringLiteral("keepalive_tuner_info"),
        QStringLiteral("Always 1; the boot applier whose rules were traced, and the kernel."),
        {Sample{QStringLiteral("{applier=\"%1\",kernel_release=\"%2\"}")
                    .arg(prometheusLabelValue(sysctlApplierName(snapshot.applier)),
                         prometheusLabelValue(snapshot.kernelRelease)),
                1}}};

    QString out;
    for (const Family &family : {seconds, configuredSeconds, probes, configuredProbes, differs,
                                 problems, detection, warnings, info})
        append(out, family);
    return out;
}

} // namespace kt
