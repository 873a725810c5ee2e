// Tracing where the keep-alive values come from, against fixture trees laid
// out like a host's / (tests/fixtures/host-a) and trees built per test.
#include "sysctl/SysctlTrace.h"
#include "sysctl/SystemSnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
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
        // The binary file sets no keep-alive key.
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

    void debianSysctlConfLinkIsReadAtItsPlace()
    {
        // systemd-sysctl reads /etc/sysctl.conf only through the link, at the
        // link's place in the name order: 99-tuning.conf comes after it.
        // procps reads it through the link and once more at the very end.
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.conf")),
                  "net.ipv4.tcp_keepalive_time = 120\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/99-tuning.conf")),
                  "net.ipv4.tcp_keepalive_time = 900\n");
        QVERIFY(QFile::link(QStringLiteral("../sysctl.conf"),
                            root.filePath(QStringLiteral("etc/sysctl.d/99-sysctl.conf"))));
        const SysctlTraceResult systemd = traceSysctlConfig(root.path(), SysctlApplier::Systemd);
        QCOMPARE(systemd.appliedFiles,
                 QStringList({QStringLiteral("/etc/sysctl.d/99-sysctl.conf"),
                              QStringLiteral("/etc/sysctl.d/99-tuning.conf")}));
        QCOMPARE(systemd.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("900"));
        const SysctlTraceResult procps = traceSysctlConfig(root.path(), SysctlApplier::Procps);
        QCOMPARE(procps.appliedFiles.last(), QStringLiteral("/etc/sysctl.conf"));
        QCOMPARE(procps.winner(SysctlKey::KeepaliveTime)->path, QStringLiteral("/etc/sysctl.conf"));
        QCOMPARE(procps.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("120"));
        // Without the link systemd-sysctl never reads it, and says so.
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("etc/sysctl.d/99-sysctl.conf"))));
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("etc/sysctl.d/99-tuning.conf"))));
        const SysctlTraceResult unlinked = traceSysctlConfig(root.path(), SysctlApplier::Systemd);
        QVERIFY(!unlinked.winner(SysctlKey::KeepaliveTime));
        QVERIFY(hasWarning(unlinked, QStringLiteral("/etc/sysctl.conf"), 0,
                           QStringLiteral("does not read this file")));
    }

    void otherKeysAndSpellingsAreNotConfused()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-x.conf")),
                  "net.ipv4.tcp_keepalive_timeX = 1\nnet.ipv6.tcp_keepalive_time = 2\n"
                  "!net.ipv4.tcp_keepalive_time\n  # indented comment = 3\n");
        for (SysctlApplier applier : {SysctlApplier::Systemd, SysctlApplier::Procps}) {
            const SysctlTraceResult r = traceSysctlConfig(root.path(), applier);
            // "!" is no syntax of either applier: the line is not an assignment.
            QVERIFY(r.assignments.isEmpty());
            QVERIFY(!r.winner(SysctlKey::KeepaliveTime));
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/10-x.conf"), 3,
                               QStringLiteral("not an assignment")));
        }
    }

    void explicitLinesBeatGlobsAndBareKeysStopThem()
    {
        // A glob never sets a key that has an explicit line, whatever the
        // file order, nor one named by a bare "-key".
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/05-exclude.conf")),
                  "-net.ipv4.tcp_keepalive_intvl\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-explicit.conf")),
                  "net.ipv4.tcp_keepalive_time = 600\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/50-glob.conf")),
                  "net.ipv4.tcp_keepalive_* = 300\n");
        for (SysctlApplier applier : {SysctlApplier::Systemd, SysctlApplier::Procps}) {
            const SysctlTraceResult r = traceSysctlConfig(root.path(), applier);
            QCOMPARE(r.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("600"));
            QCOMPARE(r.winner(SysctlKey::KeepaliveTime)->path,
                     QStringLiteral("/etc/sysctl.d/10-explicit.conf"));
            QCOMPARE(r.overridden(SysctlKey::KeepaliveTime).size(), 1);
            QVERIFY(r.overridden(SysctlKey::KeepaliveTime).first().fromGlob);
            QVERIFY(!r.winner(SysctlKey::KeepaliveInterval));
            // 300 probes: the kernel refuses it, so the default stays.
            QVERIFY(!r.winner(SysctlKey::KeepaliveProbes));
            QCOMPARE(r.keys.value(SysctlKey::KeepaliveProbes).refused.size(), 1);
            // A later glob never overrides an explicit drop-in at boot.
            QVERIFY(r.assignmentsAfter(QStringLiteral("/etc/sysctl.d/20-ours.conf"),
                                       SysctlKey::KeepaliveTime)
                        .isEmpty());
        }
    }

    void bareKeyUnsetsForSystemdOnly()
    {
        // systemd-sysctl: a bare "-key" replaces the earlier line, so the key
        // is not written and the kernel default stays. procps only keeps
        // globs away with it.
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-a.conf")),
                  "net.ipv4.tcp_keepalive_time = 600\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/20-b.conf")),
                  "-net.ipv4.tcp_keepalive_time\n");
        const SysctlTraceResult systemd = traceSysctlConfig(root.path(), SysctlApplier::Systemd);
        QVERIFY(!systemd.winner(SysctlKey::KeepaliveTime));
        QCOMPARE(systemd.keys.value(SysctlKey::KeepaliveTime).unsetBy->path,
                 QStringLiteral("/etc/sysctl.d/20-b.conf"));
        QCOMPARE(systemd
                     .assignmentsAfter(QStringLiteral("/etc/sysctl.d/15-ours.conf"),
                                       SysctlKey::KeepaliveTime)
                     .size(),
                 1);
        const SysctlTraceResult procps = traceSysctlConfig(root.path(), SysctlApplier::Procps);
        QCOMPARE(procps.winner(SysctlKey::KeepaliveTime)->value, QStringLiteral("600"));
        QVERIFY(procps
                    .assignmentsAfter(QStringLiteral("/etc/sysctl.d/15-ours.conf"),
                                      SysctlKey::KeepaliveTime)
                    .isEmpty());
    }

    void whitespaceAfterTheDash()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-a.conf")),
                  "- net.ipv4.tcp_keepalive_time = 600\n-\tnet.ipv4.tcp_keepalive_intvl = 30\n");
        const SysctlTraceResult systemd = traceSysctlConfig(root.path(), SysctlApplier::Systemd);
        QCOMPARE(systemd.keys.value(SysctlKey::KeepaliveTime).value, qint64(600));
        QCOMPARE(systemd.keys.value(SysctlKey::KeepaliveInterval).value, qint64(30));
        QVERIFY(systemd.winner(SysctlKey::KeepaliveTime)->ignoreFailure);
        // procps takes " net.ipv4..." as the key, which does not exist.
        const SysctlTraceResult procps = traceSysctlConfig(root.path(), SysctlApplier::Procps);
        QVERIFY(!procps.winner(SysctlKey::KeepaliveTime));
        QVERIFY(!procps.winner(SysctlKey::KeepaliveInterval));
        QVERIFY(hasWarning(procps, QStringLiteral("/etc/sysctl.d/10-a.conf"), 1,
                           QStringLiteral("white space after '-'")));
    }

    void refusedLastLine()
    {
        // systemd-sysctl writes only the last line: refused, the default
        // stays. procps writes both: the earlier value stays.
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-a.conf")),
                  "net.ipv4.tcp_keepalive_time = 600\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/95-local.conf")),
                  "net.ipv4.tcp_keepalive_time = abc\n");
        const SysctlTraceResult systemd = traceSysctlConfig(root.path(), SysctlApplier::Systemd);
        const SysctlKeyTrace s = systemd.keys.value(SysctlKey::KeepaliveTime);
        QVERIFY(!s.source);
        QCOMPARE(s.refused.size(), 1);
        QCOMPARE(s.refused.first().path, QStringLiteral("/etc/sysctl.d/95-local.conf"));
        QVERIFY(s.refused.first().refusal.contains(QStringLiteral("not a whole number")));
        const SysctlTraceResult procps = traceSysctlConfig(root.path(), SysctlApplier::Procps);
        QCOMPARE(procps.keys.value(SysctlKey::KeepaliveTime).value, qint64(600));
        QCOMPARE(procps.keys.value(SysctlKey::KeepaliveTime).refused.size(), 1);

        SnapshotSources sources;
        sources.procSysRoot = kHostA + QStringLiteral("/proc/sys");
        sources.configRoot = root.path();
        sources.applier = SysctlApplier::Systemd;
        const SystemSnapshot snap = captureSystemSnapshot(sources);
        const SettingState &time = snap.setting(SysctlKey::KeepaliveTime);
        QCOMPARE(time.configuredValue, qint64(7200));
        QVERIFY(!time.source);
        QVERIFY(describeSource(time).contains(QStringLiteral("kernel default 7200 s")));
        QVERIFY(describeProblems(time).first().contains(QStringLiteral(
            "/etc/sysctl.d/95-local.conf:1 sets \"abc\", which the kernel refuses")));
        QVERIFY(!snap.toText().contains(QStringLiteral("Set by /etc/sysctl.d/95-local.conf")));
    }

    void kernelParsesLikeTheKernel_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -999: refused
        const int t = int(SysctlKey::KeepaliveTime);
        const int p = int(SysctlKey::KeepaliveProbes);
        // Measured on Linux 6.x with HZ 250 (echo VALUE > /proc/sys/...).
        QTest::newRow("plain") << t << QStringLiteral("600") << qint64(600);
        QTest::newRow("zero") << t << QStringLiteral("0") << qint64(0);
        QTest::newRow("negative") << t << QStringLiteral("-5") << qint64(-5);
        QTest::newRow("plus") << t << QStringLiteral("+5") << qint64(-999);
        QTest::newRow("hex") << t << QStringLiteral("0x10") << qint64(16);
        QTest::newRow("octal") << t << QStringLiteral("010") << qint64(8);
        QTest::newRow("bad octal") << t << QStringLiteral("08") << qint64(-999);
        QTest::newRow("two numbers") << t << QStringLiteral("5 6") << qint64(5);
        QTest::newRow("comma") << t << QStringLiteral("5,6") << qint64(-999);
        QTest::newRow("suffix") << t << QStringLiteral("5abc") << qint64(-999);
        QTest::newRow("word") << t << QStringLiteral("abc") << qint64(-999);
        QTest::newRow("empty") << t << QString() << qint64(-999);
        QTest::newRow("int max / HZ") << t << QStringLiteral("8589934") << qint64(8589934);
        QTest::newRow("above") << t << QStringLiteral("8589935") << qint64(-999);
        QTest::newRow("20 chars") << t << QStringLiteral("00000000000000000005") << qint64(5);
        QTest::newRow("21 chars") << t << QStringLiteral("000000000000000000005") << qint64(-999);
        QTest::newRow("probes 255") << p << QStringLiteral("255") << qint64(255);
        QTest::newRow("probes 256") << p << QStringLiteral("256") << qint64(-999);
        QTest::newRow("probes 0") << p << QStringLiteral("0") << qint64(0);
        QTest::newRow("probes -0") << p << QStringLiteral("-0") << qint64(-999);
    }

    void kernelParsesLikeTheKernel()
    {
        QFETCH(int, key);
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const KernelWrite w = kernelWriteResult(SysctlKey(key), text, 250);
        if (expected == -999) {
            QVERIFY(!w.value);
            QVERIFY(!w.refusal.isEmpty());
        } else {
            QCOMPARE(w.value, expected);
        }
    }

    void orderedMapKeepsARepeatedValueInPlace()
    {
        // systemd-sysctl: glob A, glob B, glob A with the same value: A keeps
        // its first place, so B is written last. procps writes all three.
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-a.conf")),
                  "net.ipv4.tcp_keepalive_* = 100\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/20-b.conf")),
                  "net.ipv4.tcp_keepalive_t* = 200\n");
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/30-c.conf")),
                  "net.ipv4.tcp_keepalive_* = 100\n");
        QCOMPARE(traceSysctlConfig(root.path(), SysctlApplier::Systemd)
                     .keys.value(SysctlKey::KeepaliveTime)
                     .value,
                 qint64(200));
        QCOMPARE(traceSysctlConfig(root.path(), SysctlApplier::Procps)
                     .keys.value(SysctlKey::KeepaliveTime)
                     .value,
                 qint64(100));
    }

    void lineEndsDifferPerApplier()
    {
        // systemd ends a line at \r and NUL too; procps only at \n.
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/sysctl.d/10-a.conf")),
                  QByteArray("net.ipv4.tcp_keepalive_time = 600\r\nnet.ipv4.tcp_keepalive_intvl = "
                             "30\rnet.ipv4.tcp_keepalive_probes = 4\n") +
                      QByteArray("net.ipv4.tcp_keepalive_probes = 5") + QByteArray(1, '\0') +
                      QByteArray("tail\n"));
        const SysctlTraceResult systemd = traceSysctlConfig(root.path(), SysctlApplier::Systemd);
        QCOMPARE(systemd.keys.value(SysctlKey::KeepaliveTime).value, qint64(600));
        QCOMPARE(systemd.keys.value(SysctlKey::KeepaliveInterval).value, qint64(30));
        QCOMPARE(systemd.keys.value(SysctlKey::KeepaliveProbes).value, qint64(5));
        const SysctlTraceResult procps = traceSysctlConfig(root.path(), SysctlApplier::Procps);
        QCOMPARE(procps.keys.value(SysctlKey::KeepaliveTime).value, qint64(600));
        QVERIFY(!procps.keys.value(SysctlKey::KeepaliveInterval).value);
        QCOMPARE(procps.keys.value(SysctlKey::KeepaliveProbes).value, qint64(5));
    }

    void specialFilesAreNeverRead()
    {
        // A named pipe would block a read forever: it is a warning, and the
        // trace returns at once.
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("etc/sysctl.d/dir.conf")));
        writeFile(root.filePath(QStringLiteral("usr/lib/sysctl.d/x.conf")),
                  "net.ipv4.tcp_keepalive_time = 600\n");
        const QByteArray fifo =
            QFile::encodeName(root.filePath(QStringLiteral("etc/sysctl.d/x.conf")));
        QCOMPARE(::mkfifo(fifo.constData(), 0644), 0);
        for (SysctlApplier applier : {SysctlApplier::Systemd, SysctlApplier::Procps}) {
            const SysctlTraceResult r = traceSysctlConfig(root.path(), applier);
            QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/x.conf"), 0,
                               QStringLiteral("named pipe")));
            QVERIFY(hasWarning(r, QStringLiteral("/etc/sysctl.d/dir.conf"), 0,
                               QStringLiteral("directory")));
            QVERIFY(r.blocked);
            // The pipe masks the name, and the applier would set nothing.
            QVERIFY(!r.winner(SysctlKey::KeepaliveTime));
        }
    }

    void applierFollowsTheTree()
    {
        QTemporaryDir root;
        QCOMPARE(detectSysctlApplier(root.path()), SysctlApplier::Procps);
        QDir().mkpath(root.filePath(QStringLiteral("run/systemd/system")));
        QCOMPARE(detectSysctlApplier(root.path()), SysctlApplier::Systemd);
        QCOMPARE(traceSysctlConfig(root.path()).applier, SysctlApplier::Systemd);
        QCOMPARE(parseSysctlApplier(QStringLiteral("procps")), SysctlApplier::Procps);
        QVERIFY(!parseSysctlApplier(QStringLiteral("Systemd")));
    }

    void missingRootIsAWarning()
    {
        const SysctlTraceResult r =
            traceSysctlConfig(QStringLiteral("/nonexistent/kt-root"), SysctlApplier::Systemd);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().message.contains(QStringLiteral("does not exist")));
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
