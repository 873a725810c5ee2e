// The pure part of the path timeout measurement: where the trials go, when
// the bisection stops, what the trials prove, and how the result is said
// and written. A simulated path (a trial survives when its idle is below
// the timeout) runs the planner to the end for many timeouts.
#include "advise/AdviceJson.h"
#include "pathtimeout/PathTimeout.h"
#include "pathtimeout/PathTimeoutPlanner.h"

#include <QJsonArray>
#include <QTest>

using namespace kt;
using namespace kt::pathtimeout;

Q_DECLARE_METATYPE(kt::pathtimeout::PathTimeoutOptions)

namespace {

Trial trial(int round, double idle, TrialOutcome outcome, double reached = -1)
{
    Trial t;
    t.round = round;
    t.idleS = idle;
    t.outcome = outcome;
    t.idleReachedS = reached < 0 ? idle : reached;
    return t;
}

PathTimeoutOptions options(double min, double max, double resolution, int parallel)
{
    PathTimeoutOptions o;
    o.target = {QStringLiteral("192.0.2.7"), 5432};
    o.minS = min;
    o.maxS = max;
    o.resolutionS = resolution;
    o.parallel = parallel;
    return o;
}

// Runs the planner against a path that cuts every idle of at least
// `timeoutS`, as the run would: each round's trials, longer idles skipped
// once one is cut. Returns the trials.
QList<Trial> simulate(const PathTimeoutOptions &o, double timeoutS, int *rounds)
{
    QList<Trial> trials;
    *rounds = 0;
    for (;;) {
        const QList<double> idles = nextRoundIdles(o, boundsOf(trials), *rounds);
        if (idles.isEmpty())
            break;
        ++*rounds;
        if (idles.size() > o.parallel)
            return {}; // never more than --parallel at once
        bool cut = false;
        for (const double idle : idles) {
            if (cut) {
                trials << trial(*rounds, idle, TrialOutcome::Skipped);
            } else if (idle >= timeoutS) {
                trials << trial(*rounds, idle, TrialOutcome::CutBySilence);
                cut = true;
            } else {
                trials << trial(*rounds, idle, TrialOutcome::Survived);
            }
        }
        if (*rounds > 50)
            break;
    }
    return trials;
}

} // namespace

class TestPathTimeoutModel : public QObject
{
    Q_OBJECT

private slots:
    void firstRoundSpreadsUpToMaxWithTheDefaults()
    {
        const PathTimeoutOptions o;
        QCOMPARE(firstRoundIdles(o), (QList<double>{113, 225, 338, 450, 563, 675, 788, 900}));
    }

    void firstRoundStartsAtMinWhenGiven()
    {
        QCOMPARE(firstRoundIdles(options(300, 400, 5, 5)),
                 (QList<double>{300, 325, 350, 375, 400}));
        // Whole seconds, each once: fewer trials when the range is short.
        QCOMPARE(firstRoundIdles(options(0, 4, 1, 8)), (QList<double>{1, 2, 3, 4}));
        QCOMPARE(firstRoundIdles(options(0, 900, 5, 1)), (QList<double>{900}));
    }

    void laterRoundsStayStrictlyBetweenAndUseNoMoreThanNeeded()
    {
        const PathTimeoutOptions o = options(0, 900, 5, 8);
        // 112 s to cover at 5 s: all 8.
        const QList<double> wide = idlesBetween(338, 450, o);
        QCOMPARE(wide.size(), 8);
        QVERIFY(wide.constFirst() > 338 && wide.constLast() < 450);
        // 12 s at 5 s resolution: 2 idles make every piece at most 5 s.
        QCOMPARE(idlesBetween(338, 350, o), (QList<double>{342, 346}));
        // No whole second in between.
        QVERIFY(idlesBetween(4, 5, o).isEmpty());
    }

    void stopsWithinTheResolutionOrWhenEverythingSurvived()
    {
        const PathTimeoutOptions o = options(0, 900, 5, 8);
        PathBounds b;
        b.longestSurvivedS = 345;
        b.shortestCutS = 350;
        QVERIFY(nextRoundIdles(o, b, 3).isEmpty());
        b.shortestCutS = 351;
        QCOMPARE(nextRoundIdles(o, b, 3), (QList<double>{348}));
        // Every trial survived --max.
        PathBounds all;
        all.longestSurvivedS = 900;
        QVERIFY(nextRoundIdles(o, all, 1).isEmpty());
        // --max itself failed to connect: it is tried again.
        all.longestSurvivedS = 788;
        QCOMPARE(nextRoundIdles(o, all, 1).constLast(), 900.0);
        // The server's close is a ceiling like a cut.
        PathBounds closed;
        closed.longestSurvivedS = 113;
        closed.serverClosedAfterS = 120.4;
        QCOMPARE(nextRoundIdles(o, closed, 1), (QList<double>{117}));
    }

    void theBisectionFindsEveryTimeout_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("resolution");
        QTest::addColumn<int>("parallel");
        QTest::newRow("defaults") << 0.0 << 900.0 << 5.0 << 8;
        QTest::newRow("one at a time") << 0.0 << 900.0 << 5.0 << 1;
        QTest::newRow("two, fine") << 0.0 << 120.0 << 1.0 << 2;
        QTest::newRow("from --min") << 200.0 << 400.0 << 2.0 << 4;
        QTest::newRow("many") << 0.0 << 3600.0 << 10.0 << 64;
    }
    void theBisectionFindsEveryTimeout()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, resolution);
        QFETCH(int, parallel);
        const PathTimeoutOptions o = options(min, max, resolution, parallel);
        const PathTimeoutPlan plan = planFor(o);
        QList<double> timeouts;
        for (int k = 0; k < 97; ++k)
            timeouts << 1.5 + k * max / 97.0;
        timeouts << max + 1;
        int worst = 0;
        for (const double t : std::as_const(timeouts)) {
            int rounds = 0;
            const QList<Trial> trials = simulate(o, t, &rounds);
            QVERIFY2(!trials.isEmpty(), qPrintable(QStringLiteral("T = %1").arg(t)));
            const PathBounds b = boundsOf(trials);
            if (t > max) {
                QVERIFY(!b.shortestCutS);
                QCOMPARE(b.longestSurvivedS, max);
                QCOMPARE(rounds, 1);
                continue;
            }
            QVERIFY2(b.shortestCutS, qPrintable(QStringLiteral("T = %1").arg(t)));
            QVERIFY2(b.longestSurvivedS < t && t <= *b.shortestCutS,
                     qPrintable(QStringLiteral("T = %1 outside [%2, %3]")
                                    .arg(t)
                                    .arg(b.longestSurvivedS)
                                    .arg(*b.shortestCutS)));
            QVERIFY2(*b.shortestCutS - b.longestSurvivedS <= resolution,
                     qPrintable(QStringLiteral("T = %1: [%2, %3]")
                                    .arg(t)
                                    .arg(b.longestSurvivedS)
                                    .arg(*b.shortestCutS)));
            // Below --min the first round only proves that --min is cut.
            if (t > min)
                worst = std::max(worst, rounds);
        }
        // The plan's rounds are the worst case for a timeout above --min.
        QVERIFY2(worst <= plan.rounds,
                 qPrintable(QStringLiteral("%1 rounds, planned %2").arg(worst).arg(plan.rounds)));
    }

    void theDefaultPlanIsThreeRoundsOfTheTimeout()
    {
        const PathTimeoutOptions o;
        const PathTimeoutPlan plan = planFor(o);
        QCOMPARE(plan.connectionsPerRound, 8);
        QCOMPARE(plan.longestIdleS, 900.0);
        QCOMPARE(plan.rounds, 3);
        QCOMPARE(plan.expectedDurationS, 3 * (900.0 + kTrialUserTimeoutMs / 1000.0));
        QCOMPARE(plan.allSurviveDurationS, 900.0);
        QVERIFY2(plan.sentence.contains(QStringLiteral("8 connections at once")),
                 qPrintable(plan.sentence));
        QVERIFY2(plan.sentence.contains(QStringLiteral("about 3 times the timeout")),
                 qPrintable(plan.sentence));
    }

    void boundsKeepTheLowerEndBelowTheShortestCut()
    {
        const QList<Trial> trials{
            trial(1, 100, TrialOutcome::Survived),
            trial(1, 200, TrialOutcome::CutByRst),
            trial(1, 300, TrialOutcome::Skipped, 200),
            trial(2, 150, TrialOutcome::Survived),
            trial(2, 175, TrialOutcome::CutBySilence),
            trial(2, 190, TrialOutcome::Survived), // disagrees with the cut at 175
        };
        const PathBounds b = boundsOf(trials);
        QCOMPARE(b.longestSurvivedS, 150.0);
        QCOMPARE(b.shortestCutS, std::optional<double>(175));
        QCOMPARE(b.cutBy, std::optional<CutBy>(CutBy::Silence));
        QCOMPARE(b.disagreeing, 1);
        PathTimeoutResult r;
        r.trials = trials;
        r.setBounds(b);
        QCOMPARE(r.idleTimeoutS(), std::optional<double>(150));
        QVERIFY(resultSentence(r).contains(QStringLiteral("1 trial disagreed")));
    }

    void theServerClosingIsACeilingNotACut()
    {
        PathTimeoutResult r;
        r.trials = {trial(1, 60, TrialOutcome::Survived),
                    trial(1, 120, TrialOutcome::ServerClosed, 90.2)};
        r.setBounds(boundsOf(r.trials));
        QVERIFY(!r.shortestCutS);
        QCOMPARE(r.serverClosedAfterS, std::optional<double>(90.2));
        QCOMPARE(r.idleTimeoutS(), std::nullopt);
        const QString s = resultSentence(r, Language::English);
        QVERIFY2(s.contains(QStringLiteral("the server itself (or a proxy in front of it) "
                                           "closes idle connections after 1 min 30.2 s")),
                 qPrintable(s));
    }

    void theSentenceNamesBoundsHowAndTheAdvisorsFigure()
    {
        PathTimeoutResult r;
        r.trials = {trial(1, 345, TrialOutcome::Survived), trial(1, 352, TrialOutcome::CutByRst)};
        r.setBounds(boundsOf(r.trials));
        QCOMPARE(resultSentence(r, Language::English),
                 QStringLiteral("The path cuts an idle connection between 345 s and 352 s of "
                                "idleness, with a reset (RST); the Advisor takes 345 s (5 min "
                                "45 s), the longest idle that survived."));
        r.trials = {trial(1, 900, TrialOutcome::Survived)};
        r.setBounds(boundsOf(r.trials));
        QCOMPARE(resultSentence(r, Language::English),
                 QStringLiteral("Every trial survived 900 s of idleness: this path has no idle "
                                "timeout up to 15 min."));
        r.interrupted = true;
        QVERIFY(resultSentence(r).startsWith(QStringLiteral("Interrupted.")));
        r.trials.clear();
        r.setBounds(boundsOf(r.trials));
        QVERIFY(resultSentence(r).contains(QStringLiteral("nothing is known")));
    }

    void theJsonHasTheContractsKeysAndTheAdvisorsDocument()
    {
        PathTimeoutResult r;
        r.target = QStringLiteral("db.example:5432");
        r.send = "\n";
        Trial survived = trial(1, 345, TrialOutcome::Survived);
        survived.end = TrialEnd::Answered;
        survived.ackMs = 0.4;
        survived.bytes = 1;
        Trial cut = trial(1, 352, TrialOutcome::CutBySilence);
        cut.end = TrialEnd::TimedOut;
        cut.endMs = 10600;
        r.trials = {survived, cut};
        r.setBounds(boundsOf(r.trials));
        const QJsonObject json = resultJson(r, 250);
        QCOMPARE(json.value(QStringLiteral("target")).toString(), r.target);
        QCOMPARE(json.value(QStringLiteral("idle_timeout_s")).toDouble(), 345.0);
        QCOMPARE(json.value(QStringLiteral("bounds")).toArray(), (QJsonArray{345.0, 352.0}));
        QCOMPARE(json.value(QStringLiteral("cut_by")).toString(), QStringLiteral("silence"));
        const QJsonArray trials = json.value(QStringLiteral("trials")).toArray();
        QCOMPARE(trials.size(), 2);
        const QJsonObject first = trials.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("idle_s")).toDouble(), 345.0);
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("survived"));
        QCOMPARE(first.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("acknowledged within 1 ms; answered 1 byte"));
        QCOMPARE(trials.at(1).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("not acknowledged: TCP_USER_TIMEOUT gave up after 10.6 s "
                                "(ETIMEDOUT)"));
        // "advice" is advise --json's document for the estimate.
        advise::AdviceInput in;
        in.timeoutS = 345;
        in.hz = 250;
        QCOMPARE(json.value(QStringLiteral("advice")).toObject(),
                 advise::adviceJson(advise::recommend(in)));
        QVERIFY(json.value(QStringLiteral("advice_problem")).isNull());

        // Nothing cut: no estimate, the bounds it proved, no advice.
        r.trials = {survived};
        r.setBounds(boundsOf(r.trials));
        const QJsonObject none = resultJson(r, 250);
        QVERIFY(none.value(QStringLiteral("idle_timeout_s")).isNull());
        QCOMPARE(none.value(QStringLiteral("bounds")).toArray(),
                 (QJsonArray{345.0, QJsonValue(QJsonValue::Null)}));
        QVERIFY(none.value(QStringLiteral("cut_by")).isNull());
        QVERIFY(none.value(QStringLiteral("advice")).isNull());
    }

    void optionsAreRefusedWithTheirRanges_data()
    {
        QTest::addColumn<PathTimeoutOptions>("o");
        QTest::addColumn<QString>("message");
        QTest::newRow("min above max") << options(600, 300, 5, 8)
                                       << QStringLiteral("--min (600 s) must be below --max "
                                                         "(300 s)");
        QTest::newRow("max 0") << options(0, 0, 5, 8)
                               << QStringLiteral("--max must be between 1 and 86400 s; got 0 s");
        QTest::newRow("resolution 0")
            << options(0, 900, 0, 8)
            << QStringLiteral("--resolution must be between 1 and 3600 s; got 0 s");
        QTest::newRow("parallel 65")
            << options(0, 900, 5, 65)
            << QStringLiteral("--parallel must be between 1 and 64; got 65");
        PathTimeoutOptions empty = options(0, 900, 5, 8);
        empty.send.clear();
        QTest::newRow("nothing to send")
            << empty
            << QStringLiteral("--send must be 1 to 512 bytes, so that it fits one segment; got 0");
    }
    void optionsAreRefusedWithTheirRanges()
    {
        QFETCH(PathTimeoutOptions, o);
        QFETCH(QString, message);
        QCOMPARE(validateOptions(o, OptionNames::CommandLine), std::optional<QString>(message));
        QVERIFY(validateOptions(o, OptionNames::Words));
        QCOMPARE(validateOptions(options(0, 900, 5, 8)), std::nullopt);
    }

    void sendTextRoundTrips()
    {
        QString error;
        QCOMPARE(parseSendText(QStringLiteral("HEAD / HTTP/1.0\\r\\n\\r\\n"), &error),
                 std::optional<QByteArray>("HEAD / HTTP/1.0\r\n\r\n"));
        QCOMPARE(parseSendText(QStringLiteral("\\x00\\x7f\\\\"), &error),
                 std::optional<QByteArray>(QByteArray("\0\x7f\\", 3)));
        QCOMPARE(parseSendText(QStringLiteral("ü"), &error),
                 std::optional<QByteArray>(QStringLiteral("ü").toUtf8()));
        for (const char *bad : {"\\q", "\\x1", "\\xzz", "trailing\\"}) {
            QVERIFY2(!parseSendText(QString::fromLatin1(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
        for (const QByteArray &bytes : {QByteArray("\n"), QByteArray("a\tb\\c\r\n", 8),
                                        QByteArray("\x01\xff", 2), QStringLiteral("ü%1").toUtf8()})
            QCOMPARE(parseSendText(sendText(bytes)), std::optional<QByteArray>(bytes));
        QCOMPARE(sendText("\n"), QStringLiteral("\\n"));
    }
};

QTEST_GUILESS_MAIN(TestPathTimeoutModel)
#include "tst_path_timeout_model.moc"
