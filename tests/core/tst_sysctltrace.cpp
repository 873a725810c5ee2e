// Tracing where the keep-alive values come from, against fixture trees laid
// out like a host's / (tests/fixtures/host-a) and trees built per test.
#include "sysctl/SysctlTrace.h"
#include "sysctl/SystemSnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kt;

namespace {

const QString kHostA = QStringLiteral(KT_FIXTURES_DIR "/host-a");

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

bool hasWarning(const SysctlTraceResult &r, const QString &path, int line, const QString &part)
{
    for (const TraceWarning &w : r.warnings) {
        if (w.path == path && w.line == line && w.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestSysctlTrace : public QObject
{
    Q_OBJECT
private slots:
    void appliesFilesInNameOrderAcrossDirectories()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        QCOMPARE(r.appliedFiles, QStringList({
                                     QStringLiteral("/etc/sysctl.d/10-early.conf"),
                                     QStringLiteral("/usr/lib/sysctl.d/20-vendor.conf"),
                                     QStringLiteral("/usr/local/lib/sysctl.d/40-local.conf"),
                                     QStringLiteral("/etc/sysctl.d/50-admin.conf"),
                                     QStringLiteral("/etc/sysctl.d/60-binary.conf"),
                                     QStringLiteral("/etc/sysctl.conf"),
                                 }));
    }

    void sameNameInHigherDirectoryMasks()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        bool found = false;
        for (const MaskedFile &m : r.masked) {
            if (m.path == QLatin1String("/usr/lib/sysctl.d/10-early.conf")) {
                QCOMPARE(m.maskedBy, QStringLiteral("/etc/sysctl.d/10-early.conf"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void devNullLinkMasksTheName()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        bool found = false;
        for (const MaskedFile &m : r.masked) {
            if (m.path == QLatin1String("/usr/lib/sysctl.d/30-masked.conf")) {
                QCOMPARE(m.maskedBy, QStringLiteral("/run/sysctl.d/30-masked.conf"));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(!r.appliedFiles.contains(QStringLiteral("/run/sysctl.d/30-masked.conf")));
        // The masked file's 100 never reaches the probes.
        QCOMPARE(r.winner(SysctlKey::KeepaliveProbes)->value, QStringLiteral("5"));
    }

    void lastAssignmentWinsAndOverridesAreListed()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        const auto time = r.winner(SysctlKey::KeepaliveTime);
        QVERIFY(time);
        QCOMPARE(time->path, QStringLiteral("/etc/sysctl.d/50-admin.conf"));
        QCOMPARE(time->line, 2);
        QCOMPARE(time->value, QStringLiteral("900")); // whitespace around '=' trimmed
        const auto overridden = r.overridden(SysctlKey::KeepaliveTime);
        QCOMPARE(overridden.size(), 1);
        QCOMPARE(overridden.first().path, QStringLiteral("/etc/sysctl.d/10-early.conf"));
        QCOMPARE(overridden.first().value, QStringLiteral("600"));
    }

    void slashSpellingAndSysctlConfLast()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        const QList<SysctlAssignment> intvl = r.assignments.value(SysctlKey::KeepaliveInterval);
        QCOMPARE(intvl.size(), 3);
        QCOMPARE(intvl.at(0).path, QStringLiteral("/usr/lib/sysctl.d/20-vendor.conf"));
        QCOMPARE(intvl.at(0).value, QStringLiteral("30"));
        QCOMPARE(intvl.at(1).value, QStringLiteral("abc"));
        QCOMPARE(intvl.at(2).path, QStringLiteral("/etc/sysctl.conf"));
        QCOMPARE(intvl.at(2).value, QStringLiteral("45"));
    }

    void dashPrefixIsRecorded()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        const auto probes = r.winner(SysctlKey::KeepaliveProbes);
        QVERIFY(probes);
        QCOMPARE(probes->path, QStringLiteral("/usr/local/lib/sysctl.d/40-local.conf"));
        QCOMPARE(probes->line, 2); // line 1 is a ';' comment
        QVERIFY(probes->ignoreFailure);
    }

    void garbageBecomesWarnings()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/50-admin.conf"), 4,
                           QStringLiteral("not an assignment")));
        QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/50-admin.conf"), 5,
                           QStringLiteral("not a whole number")));
        QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/60-binary.conf"), 0,
                           QStringLiteral("binary")));
        // The binary file's assignment is not taken.
        QCOMPARE(r.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("900"));
        QCOMPARE(r.warnings.size(), 3);
    }

    void snapshotFlagsRuntimeDifference()
    {
        SnapshotSources sources;
        sources.procSysRoot = kHostA + QStringLiteral("/proc/sys");
        sources.configRoot = kHostA;
        const SystemSnapshot s = captureSystemSnapshot(sources);
        QCOMPARE(s.setting(SysctlKey::KeepaliveTime).reading.value, qint64(900));
        QVERIFY(!s.setting(SysctlKey::KeepaliveTime).runtimeDiffers);
        QVERIFY(!s.setting(SysctlKey::KeepaliveInterval).runtimeDiffers);
        // Configured 5, kernel holds 7.
        QVERIFY(s.setting(SysctlKey::KeepaliveProbes).runtimeDiffers);
        QCOMPARE(s.detectionTimeS(), double(900 + 7 * 45));
        QVERIFY(s.toText().contains(QStringLiteral("changed since boot")));
        QCOMPARE(s.detectionSentence(),
                 QStringLiteral(
                     "A silently dead peer is noticed after 20 min 15 s (900 + 7 × 45 s) with "
                     "this host's settings."));
    }

    void missingDirectoriesAreFine()
    {
        QTemporaryDir empty;
        const SysctlTraceResult r = traceSysctlConfig(empty.path());
        QVERIFY(r.appliedFiles.isEmpty());
        QVERIFY(r.warnings.isEmpty());
        QVERIFY(!r.winner(SysctlKey::KeepaliveTime));
    }

    void unreadableProcSysIsReported()
    {
        QTemporaryDir empty;
        SnapshotSources sources;
        sources.procSysRoot = empty.path() + QStringLiteral("/proc/sys");
        sources.configRoot = empty.path();
        const SystemSnapshot s = captureSystemSnapshot(sources);
        QVERIFY(!s.setting(SysctlKey::KeepaliveTime).reading.value);
        QVERIFY(s.setting(SysctlKey::KeepaliveTime)
                    .reading.error.contains(QStringLiteral("does not exist")));
        QVERIFY(!s.detectionTimeS());
        QVERIFY(s.toText().contains(QStringLiteral("unavailable")));
        QVERIFY(s.toJson().value(QStringLiteral("detection_time_s")).isNull());
    }

    void danglingLinkIsAWarning()
    {
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("etc/sysctl.d")));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("nowhere")),
                            root.filePath(QStringLiteral("etc/sysctl.d/20-gone.conf"))));
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/20-gone.conf"), 0,
                           QStringLiteral("cannot read")));
    }

    void unreadableFileIsAWarning()
    {
        if (geteuid() == 0)
            QSKIP("root reads files whatever their mode; the dangling-link case covers this as "
                  "root");
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("etc/sysctl.d/20-secret.conf"));
        writeFile(path, "net.ipv4.tcp_keepalive_time = 60\n");
        QFile::setPermissions(path, QFileDevice::Permissions());
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/20-secret.conf"), 0,
                           QStringLiteral("cannot read")));
        QVERIFY(!r.winner(SysctlKey::KeepaliveTime));
    }

    void globAssignsEveryMatchingKey()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("usr/lib/sysctl.d/10-glob.conf")),
                  "net.ipv4.tcp_keepalive_* = 77\nnet.ipv4.tcp_* = 88\n");
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        for (SysctlKey key :
             {SysctlKey::KeepaliveTime, SysctlKey::KeepaliveInterval, SysctlKey::KeepaliveProbes}) {
            QCOMPARE(r.assignments.value(key).size(), 2);
            QCOMPARE(r.winner(key)->value, QStringLiteral("88"));
        }
    }

    void debianSysctlConfLinkIsReadOnce()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.conf")),
                  "net.ipv4.tcp_keepalive_time = 120\n");
        QDir().mkpath(root.filePath(QStringLiteral("etc/sysctl.d")));
        QVERIFY(QFile::link(QStringLiteral("../sysctl.conf"),
                            root.filePath(QStringLiteral("etc/sysctl.d/99-sysctl.conf"))));
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        QCOMPARE(r.appliedFiles, QStringList{QStringLiteral("/etc/sysctl.d/99-sysctl.conf")});
        QCOMPARE(r.assignments.value(SysctlKey::KeepaliveTime).size(), 1);
    }

    void otherKeysAndSpellingsAreNotConfused()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-x.conf")),
                  "net.ipv4.tcp_keepalive_timeX = 1\nnet.ipv6.tcp_keepalive_time = 2\n"
                  "!net.ipv4.tcp_keepalive_time\n  # indented comment = 3\n");
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        // Only the "!" line concerns one of ours, and it sets nothing.
        QCOMPARE(r.assignments.size(), 1);
        QVERIFY(r.assignments.value(SysctlKey::KeepaliveTime).first().excludes);
        QVERIFY(!r.winner(SysctlKey::KeepaliveTime));
        QVERIFY(r.overridden(SysctlKey::KeepaliveTime).isEmpty());
        QVERIFY(r.warnings.isEmpty());
    }

    void explicitLinesBeatGlobsAndExclusionsStopThem()
    {
        // systemd-sysctl: a glob never sets a key that has an explicit line,
        // whatever the file order, nor one excluded with "!key".
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/05-exclude.conf")),
                  "!net.ipv4.tcp_keepalive_intvl\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-explicit.conf")),
                  "net.ipv4.tcp_keepalive_time = 600\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/50-glob.conf")),
                  "net.ipv4.tcp_keepalive_* = 300\n");
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        QCOMPARE(r.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("600"));
        QCOMPARE(r.winner(SysctlKey::KeepaliveTime)->path,
                 QStringLiteral("/etc/sysctl.d/10-explicit.conf"));
        QCOMPARE(r.overridden(SysctlKey::KeepaliveTime).size(), 1);
        QVERIFY(r.overridden(SysctlKey::KeepaliveTime).first().fromGlob);
        QVERIFY(!r.winner(SysctlKey::KeepaliveInterval));
        QCOMPARE(r.winner(SysctlKey::KeepaliveProbes)->value, QStringLiteral("300"));
        QVERIFY(r.winner(SysctlKey::KeepaliveProbes)->fromGlob);
        // A later glob never overrides an explicit drop-in at boot.
        QVERIFY(r.assignmentsAfter(QStringLiteral("/etc/sysctl.d/20-ours.conf"),
                                   SysctlKey::KeepaliveTime)
                    .isEmpty());
        // A later explicit line for the key does, and so does a later "!key".
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/60-late.conf")),
                  "net.ipv4.tcp_keepalive_time = 900\n!net.ipv4.tcp_keepalive_probes\n");
        const SysctlTraceResult later = traceSysctlConfig(root.path());
        QCOMPARE(later.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("900"));
        QVERIFY(!later.winner(SysctlKey::KeepaliveProbes));
        QCOMPARE(later
                     .assignmentsAfter(QStringLiteral("/etc/sysctl.d/20-ours.conf"),
                                       SysctlKey::KeepaliveTime)
                     .size(),
                 1);
    }

    void anExplicitLineAfterAnExclusionSetsTheKey()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-a.conf")),
                  "!net.ipv4.tcp_keepalive_time\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/20-b.conf")),
                  "net.ipv4.tcp_keepalive_time = 120\n");
        const SysctlTraceResult r = traceSysctlConfig(root.path());
        QCOMPARE(r.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("120"));
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/30-c.conf")),
                  "!net.ipv4.tcp_keepalive_*\n");
        const SysctlTraceResult glob = traceSysctlConfig(root.path());
        QCOMPARE(glob.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("120"));
        QCOMPARE(glob.warnings.size(), 1);
    }

    void laterFilesThatWouldOverride()
    {
        const SysctlTraceResult r = traceSysctlConfig(kHostA);
        // A drop-in named 45-… sorts before 50-admin.conf, which sets the time.
        const auto after = r.assignmentsAfter(QStringLiteral("/etc/sysctl.d/45-ours.conf"),
                                              SysctlKey::KeepaliveTime);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().path, QStringLiteral("/etc/sysctl.d/50-admin.conf"));
        // /etc/sysctl.conf always comes last.
        const auto intvl = r.assignmentsAfter(QStringLiteral("/etc/sysctl.d/99-z.conf"),
                                              SysctlKey::KeepaliveInterval);
        QCOMPARE(intvl.size(), 1);
        QCOMPARE(intvl.first().path, QStringLiteral("/etc/sysctl.conf"));
    }
};

QTEST_GUILESS_MAIN(TestSysctlTrace)
#include "tst_sysctltrace.moc"
