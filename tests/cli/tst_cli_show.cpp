// keepalivectl show, run as a program inside a private network namespace
// (see tests/support/in-netns.sh): the test sets the three sysctls there and
// checks that show reports them. The host's values are never touched.
#include "ProgramRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

ProgramRun keepalivectl(const QStringList &args, int timeoutMs = 30000)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL), args, timeoutMs);
}

bool writeSysctl(const QString &name, int value)
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/") + name);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(value) + '\n') > 0;
}

QJsonObject settingNamed(const QJsonObject &doc, const QString &key)
{
    for (const QJsonValue &v : doc.value(QStringLiteral("settings")).toArray()) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliShow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // in-netns.sh gives us a fresh namespace, which starts with the kernel
        // defaults; writing is allowed there (root, or root of a user namespace).
        if (!writeSysctl(QStringLiteral("tcp_keepalive_time"), 300) ||
            !writeSysctl(QStringLiteral("tcp_keepalive_intvl"), 20) ||
            !writeSysctl(QStringLiteral("tcp_keepalive_probes"), 4))
            QFAIL("cannot write the keep-alive sysctls in the private network namespace");
    }

    void jsonReportsTheNamespacesValues()
    {
        const ProgramRun run = keepalivectl({QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject time = settingNamed(doc, QStringLiteral("net.ipv4.tcp_keepalive_time"));
        QCOMPARE(time.value(QStringLiteral("value")).toInt(), 300);
        QCOMPARE(time.value(QStringLiteral("unit")).toString(), QStringLiteral("s"));
        QCOMPARE(time.value(QStringLiteral("kernel_default")).toInt(), 7200);
        QCOMPARE(time.value(QStringLiteral("min")).toInt(), 1);
        QCOMPARE(time.value(QStringLiteral("max")).toInt(), 2147483);
        QVERIFY(time.contains(QStringLiteral("source")));
        QVERIFY(time.value(QStringLiteral("overridden")).isArray());
        QVERIFY(time.value(QStringLiteral("runtime_differs")).isBool());
        QCOMPARE(settingNamed(doc, QStringLiteral("net.ipv4.tcp_keepalive_intvl"))
                     .value(QStringLiteral("value"))
                     .toInt(),
                 20);
        const QJsonObject probes =
            settingNamed(doc, QStringLiteral("net.ipv4.tcp_keepalive_probes"));
        QCOMPARE(probes.value(QStringLiteral("value")).toInt(), 4);
        QVERIFY(probes.value(QStringLiteral("unit")).isNull());
        QCOMPARE(doc.value(QStringLiteral("detection_time_s")).toInt(), 300 + 4 * 20);
        QVERIFY(doc.value(QStringLiteral("netns"))
                    .toObject()
                    .value(QStringLiteral("inode"))
                    .toDouble() > 0);
        QVERIFY(doc.value(QStringLiteral("warnings")).isArray());
    }

    void sourcesComeFromTheConfigurationTree()
    {
        const ProgramRun run = keepalivectl({QStringLiteral("show"), QStringLiteral("--json"),
                                             QStringLiteral("--config-root"),
                                             QStringLiteral(KT_FIXTURES_DIR "/host-a")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonObject time = settingNamed(doc, QStringLiteral("net.ipv4.tcp_keepalive_time"));
        const QJsonObject source = time.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/etc/sysctl.d/50-admin.conf"));
        QCOMPARE(source.value(QStringLiteral("line")).toInt(), 2);
        // The fixture configures 900; the kernel here holds 300.
        QVERIFY(time.value(QStringLiteral("runtime_differs")).toBool());
        const QJsonArray overridden = time.value(QStringLiteral("overridden")).toArray();
        QCOMPARE(overridden.size(), 1);
        QCOMPARE(overridden.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("600"));
        QCOMPARE(doc.value(QStringLiteral("warnings")).toArray().size(), 3);
    }

    void applierIsNamedAndCanBeChosen()
    {
        const QString root = QStringLiteral(KT_FIXTURES_DIR "/host-a");
        // host-a has no run/systemd/system: procps, which reads
        // /etc/sysctl.conf last and keeps 20-vendor.conf's 30 over the
        // refused "abc" until then.
        ProgramRun run = keepalivectl({QStringLiteral("show"), QStringLiteral("--json"),
                                       QStringLiteral("--config-root"), root});
        QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("applier")).toString(), QStringLiteral("procps"));
        QCOMPARE(settingNamed(doc, QStringLiteral("net.ipv4.tcp_keepalive_intvl"))
                     .value(QStringLiteral("configured_value"))
                     .toInt(),
                 45);
        // systemd-sysctl never reads the unlinked /etc/sysctl.conf, and the
        // refused "abc" is its only line for the interval: the default stays.
        run = keepalivectl({QStringLiteral("show"), QStringLiteral("--json"),
                            QStringLiteral("--config-root"), root, QStringLiteral("--applier"),
                            QStringLiteral("systemd")});
        QCOMPARE(run.exitCode, 0);
        doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("applier")).toString(), QStringLiteral("systemd"));
        const QJsonObject intvl = settingNamed(doc, QStringLiteral("net.ipv4.tcp_keepalive_intvl"));
        QCOMPARE(intvl.value(QStringLiteral("configured_value")).toInt(), 75);
        QVERIFY(intvl.value(QStringLiteral("source")).isNull());
        const QJsonArray refused = intvl.value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("abc"));
        QVERIFY(refused.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("not a whole number")));
        run = keepalivectl({QStringLiteral("show"), QStringLiteral("--config-root"), root,
                            QStringLiteral("--applier"), QStringLiteral("systemd")});
        QVERIFY(run.outText().contains(QStringLiteral("Boot applier: systemd-sysctl")));
        QVERIFY(run.outText().contains(QStringLiteral("which the kernel refuses")));
        run = keepalivectl(
            {QStringLiteral("show"), QStringLiteral("--applier"), QStringLiteral("Systemd")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("systemd or procps")));
    }

    void missingConfigRootIsAWarning()
    {
        const ProgramRun run =
            keepalivectl({QStringLiteral("show"), QStringLiteral("--json"),
                          QStringLiteral("--config-root"), QStringLiteral("/nonexistent/kt-root")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("warning")));
        const QJsonArray warnings =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
    }

    void aNamedPipeNeverBlocks()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc/sysctl.d"))));
        const QByteArray fifo =
            QFile::encodeName(root.filePath(QStringLiteral("etc/sysctl.d/x.conf")));
        QCOMPARE(::mkfifo(fifo.constData(), 0644), 0);
        const ProgramRun run = keepalivectl(
            {QStringLiteral("show"), QStringLiteral("--config-root"), root.path()}, 5000);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(QStringLiteral("named pipe")));
    }

    void textNamesValuesAndDetectionTime()
    {
        const ProgramRun run = keepalivectl({QStringLiteral("show")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("net.ipv4.tcp_keepalive_time = 300 s")),
                 run.out.constData());
        QVERIFY(text.contains(QStringLiteral("net.ipv4.tcp_keepalive_probes = 4\n")));
        QVERIFY(text.contains(QStringLiteral("noticed after 6 min 20 s (300 + 4 × 20 s)")));
    }

    void unreadableProcSysFailsWithReason()
    {
        const ProgramRun run = keepalivectl({QStringLiteral("show"), QStringLiteral("--proc-sys"),
                                             QStringLiteral("/nonexistent/proc/sys")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("unavailable")));
    }

    void formatChoosesTheOutput()
    {
        ProgramRun run = keepalivectl(
            {QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("prometheus")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(QStringLiteral(
                     "keepalive_tuner_sysctl_seconds{sysctl=\"net.ipv4.tcp_keepalive_time\"} "
                     "300\n")),
                 run.out.constData());
        QVERIFY(run.outText().contains(
            QStringLiteral("keepalive_tuner_dead_peer_detection_seconds 380\n")));
        // --format json is --json, and the report names its host.
        const ProgramRun json = keepalivectl({QStringLiteral("show"), QStringLiteral("--json")});
        run = keepalivectl(
            {QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, json.out);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hostname")),
                 QJsonValue(QSysInfo::machineHostName()));
        run = keepalivectl({QStringLiteral("show"), QStringLiteral("--json"),
                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        run = keepalivectl(
            {QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY(run.outText().contains(QStringLiteral("net.ipv4.tcp_keepalive_time = 300 s")));
        // Two formats asked for, or an unknown one: usage errors.
        run = keepalivectl({QStringLiteral("show"), QStringLiteral("--json"),
                            QStringLiteral("--format"), QStringLiteral("prometheus")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("two formats")));
        run = keepalivectl(
            {QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("text, json or prometheus")));
    }

    void badArgumentsAreUsageErrors()
    {
        ProgramRun run = keepalivectl({QStringLiteral("show"), QStringLiteral("--bogus")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("bogus")));
        run = keepalivectl({QStringLiteral("show"), QStringLiteral("extra")});
        QCOMPARE(run.exitCode, 2);
        run = keepalivectl({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestCliShow)
#include "tst_cli_show.moc"
