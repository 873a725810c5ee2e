// The trace agrees with the real boot appliers: generated configuration trees
// are applied by the real systemd-sysctl and procps' `sysctl --system`, and
// what the kernel then holds is compared with what `keepalivectl show`
// predicts for the same tree. Runs only inside tests/support/
// in-sysctl-sandbox.sh (root, private mount and network namespaces with empty
// private configuration directories); it refuses to run anywhere else, since
// it empties those directories.
#include "sysctl/KernelHz.h"
#include "sysctl/SysctlTrace.h"
#include "sysctl/SystemSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <random>

using namespace kt;

namespace {

const QStringList kDirs{
    QStringLiteral("/etc/sysctl.d"),
    QStringLiteral("/run/sysctl.d"),
    QStringLiteral("/usr/local/lib/sysctl.d"),
    QStringLiteral("/usr/lib/sysctl.d"),
};
const QString kSysctlConf = QStringLiteral("/etc/sysctl.conf");
const QString kProcDir = QStringLiteral("/proc/sys/net/ipv4/");

struct TreeFile
{
    QString path;
    QByteArray content; // empty with `linkTarget` set: a symlink
    QString linkTarget;
};

using Tree = QList<TreeFile>;

// A seeded generator of configuration trees: every run writes the same trees.
class TreeGenerator
{
public:
    explicit TreeGenerator(quint32 seed)
        : m_rng(seed)
    {}

    Tree next()
    {
        Tree tree;
        const bool crlf = chance(15);
        const int files = pick(1, 5);
        for (int i = 0; i < files; ++i) {
            const QString dir = kDirs.at(pick(0, int(kDirs.size()) - 1));
            const QString name = fileName();
            tree << TreeFile{dir + QLatin1Char('/') + name, content(crlf), {}};
            // A mask: the same name in a directory of higher priority, as a
            // file or as a link to /dev/null.
            if (chance(15)) {
                const QString higher = kDirs.at(pick(0, 1));
                if (higher != dir)
                    tree << TreeFile{higher + QLatin1Char('/') + name,
                                     chance(50) ? QByteArray() : content(crlf),
                                     chance(50) ? QStringLiteral("/dev/null") : QString()};
            }
        }
        if (chance(40)) {
            tree << TreeFile{kSysctlConf, content(crlf), {}};
            if (chance(60))
                tree << TreeFile{QStringLiteral("/etc/sysctl.d/99-sysctl.conf"),
                                 {},
                                 QStringLiteral("../sysctl.conf")};
        }
        return tree;
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(int percent) { return pick(1, 100) <= percent; }
    template<typename T>
    T oneOf(const QList<T> &list)
    {
        return list.at(pick(0, int(list.size()) - 1));
    }

    QString fileName()
    {
        static const QStringList names{
            QStringLiteral("10-a.conf"),      QStringLiteral("20-vendor.conf"),
            QStringLiteral("50-net.conf"),    QStringLiteral("90-keepalive-tuner.conf"),
            QStringLiteral("95-local.conf"),  QStringLiteral("99-tuning.conf"),
            QStringLiteral("99-sysctl.conf"), QStringLiteral("10_a.conf"),
            QStringLiteral(".hidden.conf"),   QStringLiteral("README"),
        };
        return oneOf(names);
    }

    QString key()
    {
        static const QStringList names{QStringLiteral("time"), QStringLiteral("intvl"),
                                       QStringLiteral("probes")};
        const QString n = oneOf(names);
        return chance(70) ? QStringLiteral("net.ipv4.tcp_keepalive_") + n
                          : QStringLiteral("net/ipv4/tcp_keepalive_") + n;
    }

    QString glob()
    {
        static const QStringList globs{
            QStringLiteral("net.ipv4.tcp_keepalive_*"),
            QStringLiteral("net/ipv4/tcp_keepalive_*"),
            QStringLiteral("net.ipv4.tcp_keepalive_[ti]*"),
            QStringLiteral("net.ipv4.tcp_keepalive_?robes"),
            QStringLiteral("net.ipv4.tcp_keepalive_int*"),
            QStringLiteral("net.ipv4.tcp_keepalive_[!t]*"),
        };
        return oneOf(globs);
    }

    QString value()
    {
        if (chance(55))
            return QString::number(pick(1, 600));
        static const QStringList odd{
            QStringLiteral("0"),       QStringLiteral("-5"),
            QStringLiteral("abc"),     QString(),
            QStringLiteral("256"),     QStringLiteral("300"),
            QStringLiteral("2147484"), QStringLiteral("8589935"),
            QStringLiteral("0x10"),    QStringLiteral("010"),
            QStringLiteral("08"),      QStringLiteral("5 6"),
            QStringLiteral("+5"),      QStringLiteral("5abc"),
            QStringLiteral("255"),     QStringLiteral("99999999999999999999999"),
            QStringLiteral("1.5"),
        };
        return oneOf(odd);
    }

    QString line()
    {
        const int kind = pick(1, 100);
        static const QStringList dashes{QStringLiteral("-"), QStringLiteral("- "),
                                        QStringLiteral("-\t")};
        static const QStringList equals{QStringLiteral(" = "), QStringLiteral("="),
                                        QStringLiteral("\t=  ")};
        if (kind <= 40)
            return key() + oneOf(equals) + value();
        if (kind <= 50)
            return oneOf(dashes) + key() + oneOf(equals) + value();
        if (kind <= 62)
            return glob() + oneOf(equals) + value();
        if (kind <= 70)
            return oneOf(dashes) + key(); // bare "-key"
        if (kind <= 73)
            return QStringLiteral("-") + glob();
        if (kind <= 77)
            return QStringLiteral("!") + key() + (chance(50) ? QString() : QStringLiteral(" = 5"));
        if (kind <= 84)
            return oneOf(QStringList{QStringLiteral("# net.ipv4.tcp_keepalive_time = 1"),
                                     QStringLiteral("; net.ipv4.tcp_keepalive_intvl = 2"),
                                     QStringLiteral("   # indented = 3"), QString()});
        if (kind <= 92)
            return oneOf(QStringList{QStringLiteral("this is not valid"), QStringLiteral("=5"),
                                     QStringLiteral("net.ipv4.tcp_keepalive_time"),
                                     QStringLiteral("x")});
        return QStringLiteral("net.ipv4.tcp_keepalive_nonexistent = 5");
    }

    QByteArray content(bool crlf)
    {
        QByteArray text;
        const int lines = pick(1, 6);
        for (int i = 0; i < lines; ++i)
            text += line().toUtf8() + (crlf ? "\r\n" : "\n");
        return text;
    }

    std::mt19937 m_rng;
};

bool removeEntries(const QString &dir)
{
    bool ok = true;
    const QDir d(dir);
    for (const QString &name :
         d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString path = d.filePath(name);
        const QFileInfo info(path);
        ok = (info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively()
                                                : QFile::remove(path)) &&
             ok;
    }
    return ok;
}

void writeTree(const Tree &tree)
{
    for (const QString &dir : kDirs)
        QVERIFY2(removeEntries(dir), qPrintable(dir));
    if (QFileInfo::exists(kSysctlConf) || QFileInfo(kSysctlConf).isSymLink())
        QVERIFY(QFile::remove(kSysctlConf));
    for (const TreeFile &f : tree) {
        QFile::remove(f.path);
        if (!f.linkTarget.isEmpty()) {
            QVERIFY2(QFile::link(f.linkTarget, f.path), qPrintable(f.path));
            continue;
        }
        QFile out(f.path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.path));
        out.write(f.content);
    }
}

QString describeTree(const Tree &tree)
{
    QString text;
    for (const TreeFile &f : tree) {
        if (!f.linkTarget.isEmpty()) {
            text += QStringLiteral("  %1 -> %2\n").arg(f.path, f.linkTarget);
            continue;
        }
        text += QStringLiteral("  %1:\n").arg(f.path);
        for (const QByteArray &l : f.content.split('\n')) {
            if (!l.isEmpty())
                text += QStringLiteral("    | %1\n")
                            .arg(QString::fromUtf8(l).replace(QLatin1Char('\r'),
                                                              QStringLiteral("\\r")));
        }
    }
    return text;
}

const QList<SysctlKey> kKeys{SysctlKey::KeepaliveTime, SysctlKey::KeepaliveInterval,
                             SysctlKey::KeepaliveProbes};

QList<qint64> kernelValues()
{
    QList<qint64> values;
    for (SysctlKey k : kKeys) {
        QFile f(kProcDir + sysctlKeyInfo(k).procPath.section(QLatin1Char('/'), -1));
        values << (f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1);
    }
    return values;
}

bool resetToDefaults()
{
    for (SysctlKey k : kKeys) {
        const SysctlKeyInfo &info = sysctlKeyInfo(k);
        QFile f(kProcDir + info.procPath.section(QLatin1Char('/'), -1));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QByteArray::number(info.kernelDefault) + '\n') < 0)
            return false;
    }
    return true;
}

QList<qint64> runApplier(SysctlApplier applier)
{
    if (!resetToDefaults())
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (applier == SysctlApplier::Systemd)
        p.start(QStringLiteral("/lib/systemd/systemd-sysctl"), {});
    else
        p.start(QStringLiteral("/sbin/sysctl"), {QStringLiteral("--system")});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return kernelValues();
}

QList<qint64> predict(SysctlApplier applier, int hz)
{
    SnapshotSources sources;
    sources.applier = applier;
    sources.hz = hz;
    const SystemSnapshot s = captureSystemSnapshot(sources);
    QList<qint64> values;
    for (SysctlKey k : kKeys)
        values << s.setting(k).configuredValue.value_or(-1);
    return values;
}

QString valuesText(const QList<qint64> &v)
{
    QStringList parts;
    for (qint64 x : v)
        parts << QString::number(x);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSysctlAgreement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("KT_SYSCTL_SANDBOX") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/in-sysctl-sandbox.sh, which gives it private, "
                  "empty configuration directories");
        // Never anywhere but in the sandbox's own network namespace: the
        // appliers write the keep-alive keys of the namespace they run in.
        const QString outer = qEnvironmentVariable("KT_OUTER_NETNS");
        QVERIFY(!outer.isEmpty());
        const QString own = QFile::decodeName(
            QFile::encodeName(QFileInfo(QStringLiteral("/proc/self/ns/net")).symLinkTarget()));
        QVERIFY2(!own.endsWith(outer), "not in a network namespace of its own");
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(mounts.open(QIODevice::ReadOnly));
        const QByteArray info = mounts.readAll();
        QVERIFY2(info.contains("kt-sysctl-etc"), "the sandbox's overlay over /etc is missing");
        QVERIFY2(info.contains("kt-sysctl-usr"), "the sandbox's tmpfs over /usr/lib/sysctl.d is "
                                                 "missing");
    }

    void appliersAgreeWithTheTrace()
    {
        const auto kernelHz = readKernelHz();
        const int hz = kernelHz ? kernelHz->hz : kDefaultHz;
        const int trees = qEnvironmentVariableIsSet("KT_AGREEMENT_TREES")
                              ? qEnvironmentVariableIntValue("KT_AGREEMENT_TREES")
                              : 400;
        TreeGenerator generator(20260424);
        int systemdAgree = 0;
        int procpsAgree = 0;
        int appliersDiffer = 0; // trees on which the two appliers leave different values
        int notDefault = 0;     // trees after which a key is not at its default
        QStringList disagreements;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < trees; ++i) {
            const Tree tree = generator.next();
            writeTree(tree);
            if (QTest::currentTestFailed())
                return;
            QList<QList<qint64>> results;
            for (SysctlApplier applier : {SysctlApplier::Systemd, SysctlApplier::Procps}) {
                const QList<qint64> real = runApplier(applier);
                QVERIFY2(real.size() == 3, "the applier did not finish");
                results << real;
                const QList<qint64> predicted = predict(applier, hz);
                if (real == predicted) {
                    (applier == SysctlApplier::Systemd ? systemdAgree : procpsAgree)++;
                    continue;
                }
                if (disagreements.size() < 10)
                    disagreements << QStringLiteral("tree %1, %2: the kernel holds %3, show "
                                                    "predicts %4 (time intvl probes)\n%5")
                                         .arg(i)
                                         .arg(sysctlApplierProgram(applier), valuesText(real),
                                              valuesText(predicted), describeTree(tree));
            }
            appliersDiffer += results.at(0) != results.at(1) ? 1 : 0;
            notDefault += results.at(0) != QList<qint64>{7200, 75, 9} ||
                                  results.at(1) != QList<qint64>{7200, 75, 9}
                              ? 1
                              : 0;
        }
        writeTree({});
        resetToDefaults();
        const QString summary = QStringLiteral("agreement: %1 trees, systemd %2 agree, procps %3 "
                                               "agree; the appliers differ on %6, %7 leave a "
                                               "key off its default (%4 s, HZ %5)")
                                    .arg(trees)
                                    .arg(systemdAgree)
                                    .arg(procpsAgree)
                                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                                    .arg(hz)
                                    .arg(appliersDiffer)
                                    .arg(notDefault);
        qInfo().noquote() << summary;
        for (const QString &d : disagreements)
            qInfo().noquote() << d;
        QVERIFY2(systemdAgree == trees && procpsAgree == trees, qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestSysctlAgreement)
#include "tst_sysctl_agreement.moc"
