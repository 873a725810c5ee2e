// The cookbook's host snippets, applied for real inside a private network
// namespace (tests/support/in-netns.sh) and read back from /proc/sys: the
// sysctl command run by sh, the sysctl.d drop-in applied by `sysctl -p FILE`
// and by systemd-sysctl, and the keepalivectl set line run with the real
// keepalivectl (its helper started directly, as root of the namespace: no
// pkexec, no --persist, no file of the host touched). The host's own values
// are never touched.
#include "ProgramRun.h"
#include "advise/Cookbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace kt::advise;

namespace {

const char *const kKeys[] = {"tcp_keepalive_time", "tcp_keepalive_intvl", "tcp_keepalive_probes"};

QByteArray readSysctl(const char *name)
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

QList<QByteArray> hostValues()
{
    QList<QByteArray> values;
    for (const char *key : kKeys)
        values << readSysctl(key);
    return values;
}

bool writeSysctl(const char *name, int value)
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/") + QLatin1String(name));
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(value) + '\n') > 0;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QString snippetText(const QString &target, int idle, int interval, int count)
{
    CookbookInput in;
    in.params.idleS = idle;
    in.params.intervalS = interval;
    in.params.count = count;
    in.userTimeoutMs = 90000; // said in a comment: the host has no user timeout
    QString error;
    const auto s = generateSnippet(target, in, &error);
    return s ? s->text : QString();
}

QList<QByteArray> expected(int idle, int interval, int count)
{
    return {QByteArray::number(idle), QByteArray::number(interval), QByteArray::number(count)};
}

} // namespace

class TstCookbookHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never the host's values: the namespace must not be the first
        // process's (when that is readable at all, which as root of a user
        // namespace it is not, and then nothing of the host can be written).
        const QString ours = QFileInfo(QStringLiteral("/proc/self/ns/net")).symLinkTarget();
        const QString init = QFileInfo(QStringLiteral("/proc/1/ns/net")).symLinkTarget();
        if (!init.isEmpty() && ours == init)
            QFAIL("not in a private network namespace: run through tests/support/in-netns.sh");
        QVERIFY(m_dir.isValid());
        // A fresh namespace starts with the kernel defaults; make sure it is
        // writable here before blaming a snippet.
        QVERIFY2(writeSysctl("tcp_keepalive_time", 7200),
                 "cannot write the keep-alive sysctls in the private network namespace");
    }

    void init()
    {
        writeSysctl("tcp_keepalive_time", 7200);
        writeSysctl("tcp_keepalive_intvl", 75);
        writeSysctl("tcp_keepalive_probes", 9);
    }

    void sysctlCommand_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::newRow("smallest") << 1 << 1 << 1;
        QTest::newRow("typical") << 60 << 10 << 5;
        QTest::newRow("largest") << 2147483 << 2147483 << 255;
    }
    void sysctlCommand()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        if (QStandardPaths::findExecutable(QStringLiteral("sysctl"),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty() &&
            QStandardPaths::findExecutable(QStringLiteral("sysctl")).isEmpty())
            QSKIP("no sysctl (procps) here: the sysctl snippet cannot be run");
        const QString script = snippetText(QStringLiteral("sysctl"), idle, interval, count);
        QVERIFY(!script.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   env.value(QStringLiteral("PATH")) + QStringLiteral(":/usr/sbin:/sbin"));
        const ProgramRun run =
            runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-euc"), script}, 30000, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(hostValues(), expected(idle, interval, count));
    }

    void dropInWithSysctlP_data() { sysctlCommand_data(); }
    void dropInWithSysctlP()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        const QString sysctl = QStandardPaths::findExecutable(
            QStringLiteral("sysctl"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (sysctl.isEmpty())
            QSKIP("no sysctl (procps) here: sysctl -p cannot apply the drop-in");
        const QString file = m_dir.filePath(QStringLiteral("80-tcp-keepalive.conf"));
        QVERIFY(writeFile(file,
                          snippetText(QStringLiteral("sysctl-d"), idle, interval, count).toUtf8()));
        const ProgramRun run = runProgram(sysctl, {QStringLiteral("-p"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(hostValues(), expected(idle, interval, count));
    }

    void dropInWithSystemdSysctl_data() { sysctlCommand_data(); }
    void dropInWithSystemdSysctl()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QString applier;
        for (const char *path : {"/lib/systemd/systemd-sysctl", "/usr/lib/systemd/systemd-sysctl"})
            if (QFileInfo(QLatin1String(path)).isExecutable())
                applier = QLatin1String(path);
        if (applier.isEmpty())
            QSKIP("no systemd-sysctl here: the boot applier cannot read the drop-in");
        const QString file = m_dir.filePath(QStringLiteral("80-tcp-keepalive.conf"));
        QVERIFY(writeFile(file,
                          snippetText(QStringLiteral("sysctl-d"), idle, interval, count).toUtf8()));
        // Given a file, systemd-sysctl applies only that file.
        const ProgramRun run = runProgram(applier, {file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(hostValues(), expected(idle, interval, count));
    }

    // The keepalivectl set line, run as written with the real keepalivectl:
    // root of the namespace starts the helper directly, which writes this
    // namespace's /proc/sys; keepalivectl reads the values back.
    void keepalivectlSet()
    {
        const QString script = snippetText(QStringLiteral("keepalivectl-set"), 300, 20, 4);
        QVERIFY(!script.isEmpty());
        // Only the command runs; --persist (which would write a file) is
        // mentioned in a comment, never on the command line.
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('#')))
                QVERIFY2(!line.contains(QStringLiteral("--persist")), qPrintable(line));
        }
        // "keepalivectl" on PATH is the build's.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile::remove(bin + QStringLiteral("/keepalivectl"));
        QVERIFY(
            QFile::link(QStringLiteral(KT_KEEPALIVECTL), bin + QStringLiteral("/keepalivectl")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        const ProgramRun run =
            runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-euc"), script}, 30000, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.outText()));
        QCOMPARE(hostValues(), expected(300, 20, 4));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCookbookHost)
#include "tst_cookbook_host.moc"
