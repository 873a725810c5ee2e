// keepalivectl show --format prometheus, from the snapshot of a fixture tree:
// the exact exposition text, so a renamed metric or label is a failing test
// (dashboards and alert rules depend on the names). promtool's own check of
// the same output runs in tests/fleet/promtool-test.sh.
#include "sysctl/PrometheusMetrics.h"

#include <QTest>

using namespace kt;

namespace {

SystemSnapshot hostA(const QString &procSys = QStringLiteral(KT_FIXTURES_DIR "/host-a/proc/sys"))
{
    SnapshotSources sources;
    sources.procSysRoot = procSys;
    sources.configRoot = QStringLiteral(KT_FIXTURES_DIR "/host-a");
    sources.procRoot = QStringLiteral(KT_FIXTURES_DIR "/host-a/proc");
    sources.applier = SysctlApplier::Procps;
    sources.hz = 250;
    SystemSnapshot snapshot = captureSystemSnapshot(sources);
    snapshot.kernelRelease = QStringLiteral("6.1.0-test");
    return snapshot;
}

} // namespace

class TestPrometheusMetrics : public QObject
{
    Q_OBJECT
private slots:
    void fixtureHostExactText()
    {
        // host-a under procps: the kernel holds 900/45/7; the boot gives
        // 900 (50-admin.conf), 45 (sysctl.conf, after the refused "abc") and
        // 5 (40-local.conf), so only the probe count differs.
        const QString expected = QStringLiteral(
            "# HELP keepalive_tuner_sysctl_seconds A keep-alive time sysctl as the kernel "
            "holds it now.\n"
            "# TYPE keepalive_tuner_sysctl_seconds gauge\n"
            "keepalive_tuner_sysctl_seconds{sysctl=\"net.ipv4.tcp_keepalive_time\"} 900\n"
            "keepalive_tuner_sysctl_seconds{sysctl=\"net.ipv4.tcp_keepalive_intvl\"} 45\n"
            "# HELP keepalive_tuner_sysctl_configured_seconds A keep-alive time sysctl as the "
            "boot's configuration leaves it.\n"
            "# TYPE keepalive_tuner_sysctl_configured_seconds gauge\n"
            "keepalive_tuner_sysctl_configured_seconds{sysctl=\"net.ipv4.tcp_keepalive_time\"} "
            "900\n"
            "keepalive_tuner_sysctl_configured_seconds{sysctl=\"net.ipv4.tcp_keepalive_intvl\"} "
            "45\n"
            "# HELP keepalive_tuner_sysctl_probes The keep-alive probe count as the kernel holds "
            "it now.\n"
            "# TYPE keepalive_tuner_sysctl_probes gauge\n"
            "keepalive_tuner_sysctl_probes{sysctl=\"net.ipv4.tcp_keepalive_probes\"} 7\n"
            "# HELP keepalive_tuner_sysctl_configured_probes The keep-alive probe count as the "
            "boot's configuration leaves it.\n"
            "# TYPE keepalive_tuner_sysctl_configured_probes gauge\n"
            "keepalive_tuner_sysctl_configured_probes{sysctl=\"net.ipv4.tcp_keepalive_probes\"} "
            "5\n"
            "# HELP keepalive_tuner_sysctl_runtime_differs 1 when the kernel holds another value "
            "than the boot's configuration gives, 0 otherwise.\n"
            "# TYPE keepalive_tuner_sysctl_runtime_differs gauge\n"
            "keepalive_tuner_sysctl_runtime_differs{sysctl=\"net.ipv4.tcp_keepalive_time\"} 0\n"
            "keepalive_tuner_sysctl_runtime_differs{sysctl=\"net.ipv4.tcp_keepalive_intvl\"} 0\n"
            "keepalive_tuner_sysctl_runtime_differs{sysctl=\"net.ipv4.tcp_keepalive_probes\"} "
            "1\n"
            "# HELP keepalive_tuner_sysctl_problems Configuration lines for the sysctl the "
            "kernel refuses, and boot values that make no sense for it.\n"
            "# TYPE keepalive_tuner_sysctl_problems gauge\n"
            "keepalive_tuner_sysctl_problems{sysctl=\"net.ipv4.tcp_keepalive_time\"} 0\n"
            "keepalive_tuner_sysctl_problems{sysctl=\"net.ipv4.tcp_keepalive_intvl\"} 1\n"
            "keepalive_tuner_sysctl_problems{sysctl=\"net.ipv4.tcp_keepalive_probes\"} 0\n"
            "# HELP keepalive_tuner_dead_peer_detection_seconds How long a silently dead peer "
            "goes unnoticed with the kernel's values, as the schedule model computes it.\n"
            "# TYPE keepalive_tuner_dead_peer_detection_seconds gauge\n"
            "keepalive_tuner_dead_peer_detection_seconds 1215\n"
            "# HELP keepalive_tuner_config_warnings Warnings from tracing the sysctl "
            "configuration files as the boot applies them.\n"
            "# TYPE keepalive_tuner_config_warnings gauge\n"
            "keepalive_tuner_config_warnings 3\n"
            "# HELP keepalive_tuner_info Always 1; the boot applier whose rules were traced, and "
            "the kernel.\n"
            "# TYPE keepalive_tuner_info gauge\n"
            "keepalive_tuner_info{applier=\"procps\",kernel_release=\"6.1.0-test\"} 1\n");
        const QString actual = prometheusMetrics(hostA());
        if (actual != expected)
            qWarning().noquote() << actual;
        QCOMPARE(actual, expected);
    }

    void unreadableValuesHaveNoSample()
    {
        const QString text = prometheusMetrics(hostA(QStringLiteral("/nonexistent/proc/sys")));
        // No runtime value, no runtime_differs, no detection time: absent,
        // never a made-up 0. What the configuration gives is still known.
        QVERIFY(!text.contains(QStringLiteral("keepalive_tuner_sysctl_seconds")));
        QVERIFY(!text.contains(QStringLiteral("keepalive_tuner_sysctl_probes{")));
        QVERIFY(!text.contains(QStringLiteral("runtime_differs")));
        QVERIFY(!text.contains(QStringLiteral("detection_seconds")));
        QVERIFY(text.contains(QStringLiteral(
            "keepalive_tuner_sysctl_configured_seconds{sysctl=\"net.ipv4.tcp_keepalive_time\"} "
            "900\n")));
    }

    void labelValuesAreEscaped()
    {
        QCOMPARE(prometheusLabelValue(QStringLiteral("a\\b\"c\nd")),
                 QStringLiteral("a\\\\b\\\"c\\nd"));
        SystemSnapshot snapshot = hostA();
        snapshot.kernelRelease = QStringLiteral("6.1 \"custom\"");
        QVERIFY(prometheusMetrics(snapshot).contains(
            QStringLiteral("kernel_release=\"6.1 \\\"custom\\\"\"} 1\n")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusMetrics)
#include "tst_prometheus_metrics.moc"
