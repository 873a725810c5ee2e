// keepalivectl path-timeout for real, against a staged middlebox with a
// known idle timeout T: conntrack's established timeout T, loose tracking
// off, invalid packets dropped (or rejected with a reset), the Lab's own
// rules (lab/StagedMiddlebox.h). The far end is the echo listener,
// keepalivectl probe --listen PORT --echo.
//
// Each case is its own ctest test (the function's name is its argument),
// each in a private network namespace of its own (tests/support/
// in-netns.sh), so the cases run side by side and the host's settings are
// never touched. Measured on loopback before these were written: conntrack
// forgets a flow T s after its last packet to within about 10 ms (an idle
// of 2.98 s survives T = 3, 3.005 s is cut), and the trials' idles are whole
// seconds, so the bounds are checked with a 50 ms slack for the timers.
#include "ProgramRun.h"
#include "lab/StagedMiddlebox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

const QString kKeepalivectl = QStringLiteral(KT_KEEPALIVECTL);
// The echo listener's port inside the private namespace.
constexpr quint16 kEchoPort = 4242;
// The kernel's timer slack and ours, on top of the resolution.
constexpr double kSlackS = 0.05;

QJsonObject parse(const ProgramRun &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return doc.object();
}

void log(const QJsonObject &json)
{
    qInfo("%s", qPrintable(json.value(QStringLiteral("sentence")).toString()));
    for (const QJsonValue &v : json.value(QStringLiteral("trials")).toArray()) {
        const QJsonObject t = v.toObject();
        qInfo("  round %d  %5.0f s  %-15s %s", t.value(QStringLiteral("round")).toInt(),
              t.value(QStringLiteral("idle_s")).toDouble(),
              qPrintable(t.value(QStringLiteral("outcome")).toString()),
              qPrintable(t.value(QStringLiteral("detail")).toString()));
    }
}

} // namespace

class TestPathTimeout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QProcess> m_echo;

    // Only a fresh network namespace, which has nothing but lo, may have
    // its conntrack settings and ruleset changed. /proc/self/net lists the
    // namespace this process is in (/sys/class/net would show the one sysfs
    // was mounted from).
    static bool inPrivateNamespace()
    {
        QFile dev(QStringLiteral("/proc/self/net/dev"));
        if (!dev.open(QIODevice::ReadOnly))
            return false;
        QStringList interfaces;
        const QList<QByteArray> lines = dev.readAll().split('\n');
        for (const QByteArray &line : lines.mid(2)) {
            if (line.contains(':'))
                interfaces << QString::fromLatin1(line.left(line.indexOf(':')).trimmed());
        }
        return interfaces == QStringList{QStringLiteral("lo")};
    }

    void stage(int timeoutS, kt::lab::ForgottenFlow forgotten)
    {
        kt::lab::Nftables nft;
        std::string error;
        QVERIFY2(kt::lab::stageMiddlebox(nft, timeoutS, forgotten, error), error.c_str());
    }

    void startEcho()
    {
        m_echo = std::make_unique<QProcess>();
        m_echo->start(kKeepalivectl, {QStringLiteral("probe"), QStringLiteral("--listen"),
                                      QString::number(kEchoPort), QStringLiteral("--echo")});
        QVERIFY(m_echo->waitForStarted(5000));
        // It says so once it listens.
        QTRY_VERIFY_WITH_TIMEOUT(m_echo->canReadLine() || m_echo->state() != QProcess::Running,
                                 5000);
        const QString first = QString::fromUtf8(m_echo->readLine());
        QVERIFY2(first.startsWith(QStringLiteral("Echoing on port %1").arg(kEchoPort)),
                 qPrintable(first + QString::fromUtf8(m_echo->readAllStandardError())));
    }

    // Stops the echo listener as a service manager would; its summary says
    // how many connections it served.
    qint64 stopEcho()
    {
        if (!m_echo)
            return -1;
        m_echo->terminate();
        m_echo->waitForFinished(5000);
        const QString out = QString::fromUtf8(m_echo->readAllStandardOutput());
        const int exit = m_echo->exitCode();
        m_echo.reset();
        [&] {
            QCOMPARE(exit, 128 + SIGTERM);
        }();
        const qsizetype at = out.indexOf(QStringLiteral("Served "));
        return at < 0 ? -1 : out.mid(at + 7).section(QLatin1Char(' '), 0, 0).toLongLong();
    }

    QJsonObject measure(const QStringList &options, int timeoutMs = 60000)
    {
        const ProgramRun run = runProgram(kKeepalivectl,
                                          QStringList{QStringLiteral("path-timeout"),
                                                      QStringLiteral("127.0.0.1:%1").arg(kEchoPort),
                                                      QStringLiteral("--json")} +
                                              options,
                                          timeoutMs);
        [&] {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }();
        const QJsonObject json = parse(run);
        log(json);
        return json;
    }

    // What every measurement with a middlebox of timeout T must show.
    void checkCut(const QJsonObject &json, double timeoutS, double resolutionS,
                  const QString &cutBy, int parallel)
    {
        const QJsonArray bounds = json.value(QStringLiteral("bounds")).toArray();
        QCOMPARE(bounds.size(), 2);
        const double lower = bounds.at(0).toDouble();
        QVERIFY2(bounds.at(1).isDouble(), "no upper bound: nothing was cut");
        const double upper = bounds.at(1).toDouble();
        QVERIFY2(
            lower - kSlackS <= timeoutS && timeoutS <= upper + kSlackS,
            qPrintable(
                QStringLiteral("T = %1 s outside [%2, %3]").arg(timeoutS).arg(lower).arg(upper)));
        QVERIFY2(upper - lower <= resolutionS + kSlackS,
                 qPrintable(QStringLiteral("[%1, %2] is wider than %3 s")
                                .arg(lower)
                                .arg(upper)
                                .arg(resolutionS)));
        QCOMPARE(json.value(QStringLiteral("cut_by")).toString(), cutBy);
        // The Advisor takes the conservative end.
        QCOMPARE(json.value(QStringLiteral("idle_timeout_s")).toDouble(), lower);
        QCOMPARE(json.value(QStringLiteral("interrupted")).toBool(), false);

        // Per round: never more than --parallel trials, and once one is cut
        // every longer idle of its round was closed unmeasured.
        QMap<int, int> perRound;
        QMap<int, double> shortestCut;
        const QJsonArray trials = json.value(QStringLiteral("trials")).toArray();
        for (const QJsonValue &v : trials) {
            const QJsonObject t = v.toObject();
            const int round = t.value(QStringLiteral("round")).toInt();
            ++perRound[round];
            const QString outcome = t.value(QStringLiteral("outcome")).toString();
            if (outcome.startsWith(QStringLiteral("cut_by_")) && !shortestCut.contains(round))
                shortestCut[round] = t.value(QStringLiteral("idle_s")).toDouble();
            QVERIFY2(outcome != QLatin1String("failed") && outcome != QLatin1String("pending"),
                     qPrintable(t.value(QStringLiteral("detail")).toString()));
            if (outcome == QLatin1String("survived"))
                QVERIFY(t.value(QStringLiteral("detail"))
                            .toString()
                            .contains(QStringLiteral("answered 1 byte")));
        }
        for (const QJsonValue &v : trials) {
            const QJsonObject t = v.toObject();
            const int round = t.value(QStringLiteral("round")).toInt();
            if (shortestCut.contains(round) &&
                t.value(QStringLiteral("idle_s")).toDouble() > shortestCut[round])
                QCOMPARE(t.value(QStringLiteral("outcome")).toString(), QStringLiteral("skipped"));
        }
        for (auto it = perRound.cbegin(); it != perRound.cend(); ++it)
            QVERIFY2(
                it.value() <= parallel,
                qPrintable(QStringLiteral("round %1 had %2 trials").arg(it.key()).arg(it.value())));

        // "advice" is what advise --json says for the estimate.
        const ProgramRun advise = runProgram(
            kKeepalivectl, {QStringLiteral("advise"), QStringLiteral("--middlebox-timeout"),
                            QString::number(qint64(lower)), QStringLiteral("--json")});
        if (advise.exitCode == 0)
            QCOMPARE(json.value(QStringLiteral("advice")).toObject(), parse(advise));
        else
            QVERIFY2(json.value(QStringLiteral("advice")).isNull(), qPrintable(advise.err));
    }

private slots:
    void init()
    {
        if (!inPrivateNamespace())
            QSKIP("not in a private network namespace (run through ctest, which starts this in "
                  "one): the staged middlebox would change the host's conntrack settings");
    }

    void cleanup()
    {
        if (m_echo)
            stopEcho();
    }

    // T = 3 s, cut silently: one round does it at 1 s resolution.
    void silenceT3()
    {
        stage(3, kt::lab::ForgottenFlow::Drop);
        startEcho();
        const QJsonObject json = measure({QStringLiteral("--max"), QStringLiteral("9"),
                                          QStringLiteral("--resolution"), QStringLiteral("1")});
        checkCut(json, 3, 1, QStringLiteral("silence"), 8);
        // Every trial reached the server and was served by the echo.
        const qint64 served = stopEcho();
        QCOMPARE(served, qint64(json.value(QStringLiteral("trials")).toArray().size()));
    }

    // T = 6 s, cut silently, 3 connections at most (idles 3, 6, 9): a second
    // round bisects between 3 and 6.
    void silenceT6()
    {
        stage(6, kt::lab::ForgottenFlow::Drop);
        startEcho();
        const QJsonObject json =
            measure({QStringLiteral("--max"), QStringLiteral("9"), QStringLiteral("--resolution"),
                     QStringLiteral("1"), QStringLiteral("--parallel"), QStringLiteral("3")});
        checkCut(json, 6, 1, QStringLiteral("silence"), 3);
        QVERIFY(json.value(QStringLiteral("trials"))
                    .toArray()
                    .last()
                    .toObject()
                    .value(QStringLiteral("round")) == 2);
    }

    // T = 6 s, the middlebox answers a forgotten flow with an RST.
    void resetT6()
    {
        stage(6, kt::lab::ForgottenFlow::Reset);
        startEcho();
        const QJsonObject json =
            measure({QStringLiteral("--max"), QStringLiteral("15"), QStringLiteral("--resolution"),
                     QStringLiteral("1"), QStringLiteral("--parallel"), QStringLiteral("4")});
        checkCut(json, 6, 1, QStringLiteral("rst"), 4);
    }

    // No middlebox: nothing is cut, the estimate is null and the bounds are
    // what was proven. In text: the plan first, the sentence last.
    void noMiddlebox()
    {
        startEcho();
        const QJsonObject json = measure({QStringLiteral("--max"), QStringLiteral("3")});
        QVERIFY(json.value(QStringLiteral("idle_timeout_s")).isNull());
        QCOMPARE(json.value(QStringLiteral("bounds")).toArray(),
                 (QJsonArray{3.0, QJsonValue(QJsonValue::Null)}));
        QVERIFY(json.value(QStringLiteral("cut_by")).isNull());
        QVERIFY(json.value(QStringLiteral("advice")).isNull());
        for (const QJsonValue &t : json.value(QStringLiteral("trials")).toArray())
            QCOMPARE(t.toObject().value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("survived"));

        const ProgramRun text = runProgram(
            kKeepalivectl,
            {QStringLiteral("path-timeout"), QStringLiteral("127.0.0.1:%1").arg(kEchoPort),
             QStringLiteral("--max"), QStringLiteral("2"), QStringLiteral("--send"),
             QStringLiteral("HEAD / HTTP/1.0\\r\\n\\r\\n")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.outText().trimmed().split(QLatin1Char('\n'));
        qInfo("%s", qPrintable(text.outText()));
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("Measuring the idle timeout")));
        QVERIFY(lines.at(1).contains(QStringLiteral("connections at once")));
        QVERIFY(lines.at(2).contains(QStringLiteral("\"HEAD / HTTP/1.0\\r\\n\\r\\n\" (19 bytes)")));
        QCOMPARE(lines.constLast(),
                 QStringLiteral("Every trial survived 2 s of idleness: this path has no idle "
                                "timeout up to 2 s."));
        QVERIFY(text.outText().contains(QStringLiteral("answered 19 bytes")));
    }

    // SIGTERM mid-run: what is known so far, bounds included, then 143.
    void interrupted()
    {
        startEcho();
        QProcess run;
        run.start(kKeepalivectl,
                  {QStringLiteral("path-timeout"), QStringLiteral("127.0.0.1:%1").arg(kEchoPort),
                   QStringLiteral("--max"), QStringLiteral("40"), QStringLiteral("--parallel"),
                   QStringLiteral("4"), QStringLiteral("--json")}); // idles 10, 20, 30, 40
        QVERIFY(run.waitForStarted(5000));
        QTest::qWait(11000);
        run.terminate();
        QVERIFY(run.waitForFinished(5000));
        QCOMPARE(run.exitCode(), 128 + SIGTERM);
        QVERIFY(QString::fromUtf8(run.readAllStandardError())
                    .contains(QStringLiteral("interrupted by SIGTERM")));
        const QJsonObject json = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        log(json);
        QCOMPARE(json.value(QStringLiteral("interrupted")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("bounds")).toArray(),
                 (QJsonArray{10.0, QJsonValue(QJsonValue::Null)}));
        const QJsonArray trials = json.value(QStringLiteral("trials")).toArray();
        QCOMPARE(trials.size(), 4);
        QCOMPARE(trials.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("survived"));
        for (int i = 1; i < 4; ++i)
            QCOMPARE(trials.at(i).toObject().value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("interrupted"));
        QVERIFY(json.value(QStringLiteral("sentence"))
                    .toString()
                    .startsWith(QStringLiteral("Interrupted.")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("says");
        const QString path = QStringLiteral("path-timeout");
        // Port 9 (discard): nothing listens on it in a fresh namespace.
        QTest::newRow("closed port")
            << QStringList{path, QStringLiteral("127.0.0.1:9")} << 1
            << QStringList{QStringLiteral("connection refused"), QStringLiteral("ECONNREFUSED")};
        QTest::newRow("unresolvable name")
            << QStringList{path, QStringLiteral("nothing.invalid:80")} << 1
            << QStringList{QStringLiteral("cannot resolve \"nothing.invalid\"")};
        QTest::newRow("--min above --max")
            << QStringList{path,
                           QStringLiteral("127.0.0.1:9"),
                           QStringLiteral("--min"),
                           QStringLiteral("20"),
                           QStringLiteral("--max"),
                           QStringLiteral("10")}
            << 2 << QStringList{QStringLiteral("--min (20 s) must be below --max (10 s)")};
        QTest::newRow("no target")
            << QStringList{path} << 2 << QStringList{QStringLiteral("needs HOST:PORT")};
        QTest::newRow("--parallel 0")
            << QStringList{path, QStringLiteral("127.0.0.1:9"), QStringLiteral("--parallel"),
                           QStringLiteral("0")}
            << 2 << QStringList{QStringLiteral("--parallel must be between 1 and 64")};
        QTest::newRow("--max 2.5")
            << QStringList{path, QStringLiteral("127.0.0.1:9"), QStringLiteral("--max"),
                           QStringLiteral("2.5")}
            << 2 << QStringList{QStringLiteral("--max takes a whole number")};
        QTest::newRow("bad escape") << QStringList{path, QStringLiteral("127.0.0.1:9"),
                                                   QStringLiteral("--send"), QStringLiteral("\\q")}
                                    << 2 << QStringList{QStringLiteral("unknown escape \\q")};
        QTest::newRow("--echo without --listen")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--echo")} << 2
            << QStringList{QStringLiteral("--echo needs --listen PORT")};
        QTest::newRow("--echo with --idle")
            << QStringList{QStringLiteral("probe"),  QStringLiteral("--listen"),
                           QStringLiteral("4243"),   QStringLiteral("--echo"),
                           QStringLiteral("--idle"), QStringLiteral("5")}
            << 2 << QStringList{QStringLiteral("it takes no --idle")};
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, says);
        const ProgramRun run = runProgram(kKeepalivectl, args, 20000);
        QCOMPARE(run.exitCode, exitCode);
        for (const QString &words : says)
            QVERIFY2(run.err.contains(words, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("keepalivectl: ")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPathTimeout)
#include "tst_path_timeout.moc"
