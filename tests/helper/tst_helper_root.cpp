// keepalive-tuner-helper run for real, as root, inside private mount and
// network namespaces with a tmpfs over /etc/sysctl.d (in-root-mountns.sh):
// set, persist, reset, the roll-back when a write fails, and keepalivectl's
// direct path when already root. The host's values and files are never
// touched; initTestCase refuses to run outside the namespaces.
#include "ProgramRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace {

const QString kProcDir = QStringLiteral("/proc/sys/net/ipv4/");
const QString kDropIn = QStringLiteral("/etc/sysctl.d/90-keepalive-tuner.conf");

ProgramRun run(const QString &program, const QStringList &args)
{
    return runProgram(program, args);
}

ProgramRun helper(const QStringList &args)
{
    return run(QStringLiteral(KT_HELPER_BINARY), args);
}

QByteArray value(const char *key)
{
    QFile f(kProcDir + QLatin1String(key));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("unreadable");
}

QByteArrayList values()
{
    return {value("tcp_keepalive_time"), value("tcp_keepalive_intvl"),
            value("tcp_keepalive_probes")};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool mountCommand(const QStringList &args)
{
    return run(QStringLiteral("mount"), args).exitCode == 0;
}

} // namespace

class TestHelperRoot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "runs as root through tests/support/in-root-mountns.sh");
        // Safety first: only ever write where nothing of the host lives.
        struct statfs fs
        {};
        QVERIFY(::statfs("/etc/sysctl.d", &fs) == 0);
        QVERIFY2(fs.f_type == TMPFS_MAGIC,
                 "refusing to run: /etc/sysctl.d is not the test's tmpfs (start the test "
                 "through in-root-mountns.sh)");
        const QString outer = qEnvironmentVariable("KT_OUTER_NETNS");
        const QString own = QFile::symLinkTarget(QStringLiteral("/proc/self/ns/net"));
        QVERIFY2(!outer.isEmpty() && !own.endsWith(outer),
                 "refusing to run: not in a network namespace of its own");
        m_isolated = true;
    }

    void init()
    {
        QVERIFY(m_isolated);
        // Every case starts from the kernel defaults and no drop-in.
        QCOMPARE(helper({QStringLiteral("reset"), QStringLiteral("--persist")}).exitCode, 0);
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
    }

    void setAndPersist()
    {
        const ProgramRun r = helper({QStringLiteral("set"), QStringLiteral("--persist"),
                                     QStringLiteral("net.ipv4.tcp_keepalive_time=600"),
                                     QStringLiteral("net.ipv4.tcp_keepalive_intvl=20"),
                                     QStringLiteral("net.ipv4.tcp_keepalive_probes=4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(values(), (QByteArrayList{"600", "20", "4"}));
        const QByteArray dropIn = readFile(kDropIn);
        QVERIFY(dropIn.startsWith('#'));
        QVERIFY(dropIn.contains("\nnet.ipv4.tcp_keepalive_time = 600\n"));
        QVERIFY(dropIn.contains("\nnet.ipv4.tcp_keepalive_intvl = 20\n"));
        QVERIFY(dropIn.contains("\nnet.ipv4.tcp_keepalive_probes = 4\n"));
        QCOMPARE(QFileInfo(kDropIn).permissions() & (QFile::ReadOther | QFile::WriteOther),
                 QFile::ReadOther);
        QCOMPARE(QFileInfo(kDropIn).ownerId(), 0u);
        // The only file, no temporary left.
        QCOMPARE(QDir(QStringLiteral("/etc/sysctl.d"))
                     .entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("90-keepalive-tuner.conf")});
    }

    void setWithoutPersistWritesNoFile()
    {
        QCOMPARE(helper({QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_intvl=5")})
                     .exitCode,
                 0);
        QCOMPARE(values(), (QByteArrayList{"7200", "5", "9"}));
        QVERIFY(!QFileInfo::exists(kDropIn));
    }

    void resetKeepsOrRemovesTheDropIn()
    {
        QCOMPARE(helper({QStringLiteral("set"), QStringLiteral("--persist"),
                         QStringLiteral("net.ipv4.tcp_keepalive_time=300")})
                     .exitCode,
                 0);
        QCOMPARE(helper({QStringLiteral("reset")}).exitCode, 0);
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(QFileInfo::exists(kDropIn)); // only --persist removes it
        QCOMPARE(helper({QStringLiteral("reset"), QStringLiteral("--persist")}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(kDropIn));
    }

    void resetPersistRemovesOnlyOurFile()
    {
        QFile admin(QStringLiteral("/etc/sysctl.d/99-admin.conf"));
        QVERIFY(admin.open(QIODevice::WriteOnly));
        admin.write("net.ipv4.tcp_keepalive_time = 100\n");
        admin.close();
        QCOMPARE(helper({QStringLiteral("reset"), QStringLiteral("--persist")}).exitCode, 0);
        QVERIFY(admin.exists());
        QVERIFY(admin.remove());
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("usage") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown key")
            << QStringList{QStringLiteral("set"), QStringLiteral("kernel.hostname=x")} << 4;
        QTest::newRow("bad value")
            << QStringList{QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time=1e3")}
            << 5;
        QTest::newRow("out of range, after a valid one")
            << QStringList{QStringLiteral("set"), QStringLiteral("--persist"),
                           QStringLiteral("net.ipv4.tcp_keepalive_time=60"),
                           QStringLiteral("net.ipv4.tcp_keepalive_probes=256")}
            << 6;
        QTest::newRow("duplicate")
            << QStringList{QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time=60"),
                           QStringLiteral("net.ipv4.tcp_keepalive_time=61")}
            << 7;
    }
    void refusalsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const ProgramRun r = helper(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.err.startsWith(QStringLiteral("keepalive-tuner-helper: ")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(kDropIn));
    }

    void rollBackWhenAWriteFails()
    {
        // A read-only bind mount over one /proc/sys file: the kernel refuses
        // the third write, after two have succeeded.
        const QString probes = kProcDir + QStringLiteral("tcp_keepalive_probes");
        QVERIFY(mountCommand({QStringLiteral("--bind"), probes, probes}));
        const bool readOnly =
            mountCommand({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), probes});
        ProgramRun r;
        if (readOnly)
            r = helper({QStringLiteral("set"), QStringLiteral("--persist"),
                        QStringLiteral("net.ipv4.tcp_keepalive_time=100"),
                        QStringLiteral("net.ipv4.tcp_keepalive_intvl=10"),
                        QStringLiteral("net.ipv4.tcp_keepalive_probes=3")});
        QVERIFY(run(QStringLiteral("umount"), {probes}).exitCode == 0);
        QVERIFY(readOnly);
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains(QStringLiteral("restored")), qPrintable(r.err));
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(kDropIn));
    }

    void keepalivectlReportsAFailedWrite()
    {
        const QString probes = kProcDir + QStringLiteral("tcp_keepalive_probes");
        QVERIFY(mountCommand({QStringLiteral("--bind"), probes, probes}));
        const bool readOnly =
            mountCommand({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), probes});
        ProgramRun r;
        if (readOnly)
            r = run(QStringLiteral(KT_KEEPALIVECTL),
                    {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time=100"),
                     QStringLiteral("net.ipv4.tcp_keepalive_probes=3")});
        QVERIFY(run(QStringLiteral("umount"), {probes}).exitCode == 0);
        QVERIFY(readOnly);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The kernel refused a value")) &&
                     r.err.contains(QStringLiteral("Nothing was changed.")) &&
                     r.err.contains(QStringLiteral("Read-only file system")),
                 qPrintable(r.err));
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
    }

    void persistFailureRollsBack()
    {
        QVERIFY(mountCommand(
            {QStringLiteral("-o"), QStringLiteral("remount,ro"), QStringLiteral("/etc/sysctl.d")}));
        const ProgramRun r = helper({QStringLiteral("set"), QStringLiteral("--persist"),
                                     QStringLiteral("net.ipv4.tcp_keepalive_time=100")});
        QVERIFY(mountCommand(
            {QStringLiteral("-o"), QStringLiteral("remount,rw"), QStringLiteral("/etc/sysctl.d")}));
        QCOMPARE(r.exitCode, 10);
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
    }

    void refusesWhenNotRoot()
    {
        const ProgramRun r =
            run(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                 QStringLiteral("--clear-groups"), QStringLiteral(KT_HELPER_BINARY),
                 QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time=100")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("root")));
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
    }

    void keepalivectlAsRootUsesTheHelperDirectly()
    {
        ProgramRun r =
            run(QStringLiteral(KT_KEEPALIVECTL),
                {QStringLiteral("set"), QStringLiteral("net/ipv4/tcp_keepalive_time=1234"),
                 QStringLiteral("net.ipv4.tcp_keepalive_probes=5"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("detection_time_s"))
                     .toInt(),
                 1234 + 5 * 75);
        QCOMPARE(values(), (QByteArrayList{"1234", "75", "5"}));

        r = run(QStringLiteral(KT_KEEPALIVECTL), {QStringLiteral("reset")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.outText().contains(QStringLiteral("kernel defaults are restored")));
        QCOMPARE(values(), (QByteArrayList{"7200", "75", "9"}));
    }

    void keepalivectlWarnsAboutALaterFileBeforeApplying()
    {
        QFile admin(QStringLiteral("/etc/sysctl.d/99-admin.conf"));
        QVERIFY(admin.open(QIODevice::WriteOnly));
        admin.write("# the administrator's choice\nnet.ipv4.tcp_keepalive_time = 300\n");
        admin.close();
        const ProgramRun r = run(QStringLiteral(KT_KEEPALIVECTL),
                                 {QStringLiteral("set"), QStringLiteral("--persist"),
                                  QStringLiteral("net.ipv4.tcp_keepalive_time=500")});
        QVERIFY(admin.remove());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("warning")) &&
                     r.err.contains(QStringLiteral("/etc/sysctl.d/99-admin.conf line 2")),
                 qPrintable(r.err));
        // Said once: the result on stdout does not repeat the warning.
        const QString both = r.outText() + r.err;
        QCOMPARE(both.count(QStringLiteral("99-admin.conf")), 1);
        QCOMPARE(value("tcp_keepalive_time"), QByteArray("500"));
    }

    void keepalivectlReportsTheHelpersRefusal()
    {
        // keepalivectl checks ranges itself first (exit 2, usage), so nothing
        // reaches the helper.
        const ProgramRun r =
            run(QStringLiteral(KT_KEEPALIVECTL),
                {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time=0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("between 1 and 2147483")));
    }

    void cleanupTestCase()
    {
        if (m_isolated)
            helper({QStringLiteral("reset"), QStringLiteral("--persist")});
    }

private:
    bool m_isolated = false; // set once initTestCase proved the namespaces
};

QTEST_GUILESS_MAIN(TestHelperRoot)
#include "tst_helper_root.moc"
