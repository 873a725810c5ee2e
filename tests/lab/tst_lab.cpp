// The Lab for real: keepalivectl lab runs every scenario in its sandbox (the
// runner's own user and network namespace) as the user running the suite,
// side by side so the whole set takes as long as the longest run. Each run's
// measured events must lie inside the predicted windows (core/lab's verdict,
// which allows the one jiffy the receive stamp rounds down), its outcome
// must be the right kind, and the host's sysctls, nftables ruleset and
// conntrack settings must be as they were. Then the refusals: a run over the
// duration cap, and a sandbox the system forbids (made real by running
// keepalivectl in an outer user namespace whose user.max_user_namespaces is 0).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <unistd.h>
#include <vector>

namespace {

const QString kKeepalivectl = QStringLiteral(KT_KEEPALIVECTL);

// The host's settings a Lab run must never change.
const QStringList kHostFiles{
    QStringLiteral("/proc/sys/net/ipv4/tcp_keepalive_time"),
    QStringLiteral("/proc/sys/net/ipv4/tcp_keepalive_intvl"),
    QStringLiteral("/proc/sys/net/ipv4/tcp_keepalive_probes"),
    QStringLiteral("/proc/sys/net/ipv4/tcp_retries2"),
    QStringLiteral("/proc/sys/net/ipv4/tcp_early_retrans"),
    QStringLiteral("/proc/sys/net/netfilter/nf_conntrack_tcp_timeout_established"),
    QStringLiteral("/proc/sys/net/netfilter/nf_conntrack_tcp_loose"),
};

QString hostState()
{
    QString state;
    for (const QString &path : kHostFiles) {
        QFile f(path);
        state += path + QStringLiteral(" = ") +
                 (f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed())
                                              : QStringLiteral("(unreadable)")) +
                 QLatin1Char('\n');
    }
    // The ruleset needs CAP_NET_ADMIN on the host to read: as a normal user
    // the sysctls above are what can be compared.
    const QString nft = QStandardPaths::findExecutable(
        QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (geteuid() == 0 && !nft.isEmpty()) {
        QProcess p;
        p.start(nft, {QStringLiteral("list"), QStringLiteral("ruleset")});
        p.waitForFinished(10000);
        state += QStringLiteral("nft list ruleset (exit %1):\n").arg(p.exitCode()) +
                 QString::fromUtf8(p.readAllStandardOutput());
    }
    return state;
}

struct Run
{
    QString name;
    QStringList args;
    QString expectedOutcome;
    std::unique_ptr<QProcess> process;
    QJsonObject result;
};

QProcess *startLab(const QStringList &args, const QString &asUser = {})
{
    auto *p = new QProcess;
    if (asUser.isEmpty())
        p->start(kKeepalivectl, QStringList{QStringLiteral("lab")} + args);
    else
        p->start(QStringLiteral("runuser"),
                 QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--"), kKeepalivectl,
                             QStringLiteral("lab")} +
                     args);
    return p;
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT
private:
    // Checks one finished run's JSON document; returns the problems.
    static QStringList check(const Run &run)
    {
        QStringList problems;
        const QJsonObject &r = run.result;
        const QJsonObject verdict = r.value(QStringLiteral("verdict")).toObject();
        const QJsonObject outcome = r.value(QStringLiteral("measured"))
                                        .toObject()
                                        .value(QStringLiteral("outcome"))
                                        .toObject();
        qInfo("%s: %s", qPrintable(run.name),
              qPrintable(r.value(QStringLiteral("summary")).toString()));
        for (const QJsonValue &v : verdict.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QJsonArray w = e.value(QStringLiteral("window")).toArray();
            qInfo("  %-15s %2d %9.4f [%8.3f, %8.3f] %s",
                  qPrintable(e.value(QStringLiteral("kind")).toString()),
                  e.value(QStringLiteral("probe")).toInt(),
                  e.value(QStringLiteral("t_measured")).toDouble(-1), w.at(0).toDouble(),
                  w.at(1).toDouble(),
                  e.value(QStringLiteral("inside")).toBool() ? "inside" : "OUTSIDE");
            if (!e.value(QStringLiteral("inside")).toBool())
                problems << QStringLiteral("%1: %2 %3 outside its window")
                                .arg(run.name, e.value(QStringLiteral("kind")).toString())
                                .arg(e.value(QStringLiteral("probe")).toInt());
        }
        if (verdict.value(QStringLiteral("inside")).toInt() < 1)
            problems << run.name + QStringLiteral(": nothing was compared");
        if (outcome.value(QStringLiteral("kind")).toString() != run.expectedOutcome)
            problems << QStringLiteral("%1: outcome %2, expected %3")
                            .arg(run.name, outcome.value(QStringLiteral("kind")).toString(),
                                 run.expectedOutcome);
        const QJsonObject sandbox = r.value(QStringLiteral("sandbox")).toObject();
        if (!sandbox.value(QStringLiteral("user_namespace")).toBool() ||
            sandbox.value(QStringLiteral("netns_inode")).toDouble() <= 0)
            problems << run.name + QStringLiteral(": no sandbox reported");
        return problems;
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(kKeepalivectl), qPrintable(kKeepalivectl)); }

    // Every scenario, side by side, short values.
    void everyScenarioMatchesThePrediction()
    {
        const QString before = hostState();
        std::vector<Run> runs;
        const auto add = [&runs](const QString &name, const QStringList &args,
                                 const QString &outcome) {
            Run r;
            r.name = name;
            r.args = args;
            r.expectedOutcome = outcome;
            runs.push_back(std::move(r));
        };
        add(QStringLiteral("alive"), {QStringLiteral("alive")}, QStringLiteral("survived"));
        add(QStringLiteral("dead-peer"), {QStringLiteral("dead-peer")},
            QStringLiteral("etimedout"));
        add(QStringLiteral("dead-peer after 1.5 s"),
            {QStringLiteral("dead-peer"), QStringLiteral("--after"), QStringLiteral("1.5")},
            QStringLiteral("etimedout"));
        add(QStringLiteral("dead-peer, user timeout 2500 ms"),
            {QStringLiteral("dead-peer"), QStringLiteral("--count"), QStringLiteral("9"),
             QStringLiteral("--user-timeout"), QStringLiteral("2500")},
            QStringLiteral("etimedout"));
        add(QStringLiteral("peer-restarted"), {QStringLiteral("peer-restarted")},
            QStringLiteral("econnreset"));
        add(QStringLiteral("middlebox, idle 1 s < timeout 2 s"),
            {QStringLiteral("middlebox"), QStringLiteral("--idle"), QStringLiteral("1"),
             QStringLiteral("--middlebox-timeout"), QStringLiteral("2"),
             QStringLiteral("--send-after"), QStringLiteral("3")},
            QStringLiteral("survived"));
        add(QStringLiteral("middlebox, idle 3 s > timeout 2 s"),
            {QStringLiteral("middlebox"), QStringLiteral("--idle"), QStringLiteral("3"),
             QStringLiteral("--middlebox-timeout"), QStringLiteral("2"),
             QStringLiteral("--send-after"), QStringLiteral("2.5")},
            QStringLiteral("cut"));
        add(QStringLiteral("data-in-flight"),
            {QStringLiteral("data-in-flight"), QStringLiteral("--retries2"), QStringLiteral("2")},
            QStringLiteral("etimedout"));
        for (Run &r : runs)
            r.process.reset(startLab(r.args + QStringList{QStringLiteral("--json")}));
        QStringList problems;
        for (Run &r : runs) {
            QVERIFY2(r.process->waitForFinished(30000), qPrintable(r.name));
            const QByteArray err = r.process->readAllStandardError();
            QVERIFY2(r.process->exitCode() == 0,
                     qPrintable(r.name + QStringLiteral(": ") + QString::fromUtf8(err)));
            r.result = QJsonDocument::fromJson(r.process->readAllStandardOutput()).object();
            QVERIFY2(!r.result.isEmpty(), qPrintable(r.name));
            problems += check(r);
        }
        QCOMPARE(hostState(), before);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // The JSON document has the contract's shape.
    void jsonDocumentShape()
    {
        std::unique_ptr<QProcess> p(
            startLab({QStringLiteral("peer-restarted"), QStringLiteral("--json")}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 0);
        const QJsonObject r = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(r.value(QStringLiteral("scenario")).toString(), QStringLiteral("peer-restarted"));
        const QJsonObject params = r.value(QStringLiteral("params")).toObject();
        for (const char *key : {"idle", "interval", "count", "user_timeout_ms"})
            QVERIFY2(params.contains(QLatin1String(key)), key);
        const QJsonArray predicted = r.value(QStringLiteral("predicted"))
                                         .toObject()
                                         .value(QStringLiteral("events"))
                                         .toArray();
        QVERIFY(!predicted.isEmpty());
        for (const char *key : {"t", "kind", "probe", "window"})
            QVERIFY2(predicted.first().toObject().contains(QLatin1String(key)), key);
        const QJsonObject measured = r.value(QStringLiteral("measured")).toObject();
        QVERIFY(!measured.value(QStringLiteral("events")).toArray().isEmpty());
        for (const char *key : {"t", "kind", "probe"})
            QVERIFY2(measured.value(QStringLiteral("events"))
                         .toArray()
                         .first()
                         .toObject()
                         .contains(QLatin1String(key)),
                     key);
        const QJsonObject outcome = measured.value(QStringLiteral("outcome")).toObject();
        for (const char *key : {"kind", "t", "detail"})
            QVERIFY2(outcome.contains(QLatin1String(key)), key);
        const QJsonObject verdict = r.value(QStringLiteral("verdict")).toObject();
        for (const char *key : {"inside", "outside", "events"})
            QVERIFY2(verdict.contains(QLatin1String(key)), key);
        for (const char *key : {"kind", "probe", "t_measured", "window", "inside"})
            QVERIFY2(verdict.value(QStringLiteral("events"))
                         .toArray()
                         .first()
                         .toObject()
                         .contains(QLatin1String(key)),
                     key);
        QVERIFY(r.value(QStringLiteral("sandbox"))
                    .toObject()
                    .value(QStringLiteral("user_namespace"))
                    .toBool());
    }

    // Root gets a user namespace too; an unprivileged user gets the same run.
    void runsAsAnUnprivilegedUser()
    {
        if (geteuid() != 0)
            QSKIP("already running as a normal user (the other cases cover it)");
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("runuser is not installed");
        QProcess probe;
        probe.start(QStringLiteral("runuser"),
                    {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                     QStringLiteral("test"), QStringLiteral("-x"), kKeepalivectl});
        probe.waitForFinished(10000);
        if (probe.exitCode() != 0)
            QSKIP("nobody cannot run the build tree's keepalivectl (directory permissions)");
        const QString before = hostState();
        std::unique_ptr<QProcess> p(startLab(
            {QStringLiteral("dead-peer"), QStringLiteral("--json")}, QStringLiteral("nobody")));
        QVERIFY(p->waitForFinished(30000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        Run r;
        r.name = QStringLiteral("dead-peer as nobody");
        r.expectedOutcome = QStringLiteral("etimedout");
        r.result = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        const QStringList problems = check(r);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QCOMPARE(hostState(), before);
    }

    void refusesARunOverTheCap()
    {
        std::unique_ptr<QProcess> p(startLab({QStringLiteral("dead-peer"), QStringLiteral("--idle"),
                                              QStringLiteral("200"), QStringLiteral("--json")}));
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--max-duration")), qPrintable(err));
        QVERIFY(p->readAllStandardOutput().isEmpty());

        std::unique_ptr<QProcess> q(startLab(
            {QStringLiteral("alive"), QStringLiteral("--max-duration"), QStringLiteral("2")}));
        QVERIFY(q->waitForFinished(10000));
        QCOMPARE(q->exitCode(), 2);
    }

    void refusesWrongOptions()
    {
        std::unique_ptr<QProcess> p(
            startLab({QStringLiteral("alive"), QStringLiteral("--after"), QStringLiteral("1")}));
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("--after applies to dead-peer only"));
        std::unique_ptr<QProcess> q(startLab({QStringLiteral("cable-cut")}));
        QVERIFY(q->waitForFinished(10000));
        QCOMPARE(q->exitCode(), 2);
        QVERIFY(q->readAllStandardError().contains("alive, dead-peer, peer-restarted"));
    }

    // A sandbox that cannot be made: keepalivectl runs in an outer user
    // namespace whose user.max_user_namespaces is 0, so the runner's own
    // unshare(CLONE_NEWUSER) really fails. Exit 1, the setting named, and
    // nothing measured.
    void sandboxForbidden()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        QProcess p;
        p.start(unshare, {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                          QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("echo 0 > /proc/sys/user/max_user_namespaces && exec "
                                         "\"$0\" lab dead-peer"),
                          kKeepalivectl});
        QVERIFY(p.waitForFinished(20000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 1 && err.contains(QStringLiteral("max_user_namespaces: ")))
            QSKIP("cannot make an outer user namespace to forbid the sandbox in");
        QVERIFY2(p.exitCode() == 1, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("user.max_user_namespaces")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Nothing on this host was changed")), qPrintable(err));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(!out.contains(QStringLiteral("probe")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
