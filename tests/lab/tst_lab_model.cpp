// The Lab's pure parts: the scenario table, the prediction for each scenario,
// the verdict on measured events, the outcome sentence, the JSON document and
// the explanation of a sandbox the system forbids (on fixture /proc/sys trees).
#include "lab/LabResult.h"
#include "lab/LabRun.h"
#include "lab/UserNamespace.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>

using namespace kt;
using namespace kt::lab;

class TestLabModel : public QObject
{
    Q_OBJECT
private slots:
    void tableHasEveryScenarioOnce()
    {
        QCOMPARE(labScenarios().size(), qsizetype(kLabScenarioNames.size()));
        for (const LabScenarioInfo &info : labScenarios()) {
            QCOMPARE(labScenarioFromString(info.name), std::optional(info.id));
            QVERIFY(!info.explanation.isEmpty());
            QVERIFY2(!validateLabValues(info.id, info.defaults), qPrintable(info.name));
            // Defaults are a short run.
            const LabPrediction p = predictLab(info.id, info.defaults, 250);
            QVERIFY2(p.durationS > 1 && p.durationS < 10, qPrintable(info.name));
        }
        QCOMPARE(labScenarioNameList(),
                 QStringLiteral("alive, dead-peer, peer-restarted, middlebox or data-in-flight"));
        QVERIFY(!labScenarioFromString(QStringLiteral("dead")));
    }

    void validation()
    {
        LabValues v;
        v.params.idleS = 0;
        QVERIFY(validateLabValues(LabScenarioId::Alive, v));
        v = LabValues{};
        v.middleboxTimeoutS = 0;
        QVERIFY(validateLabValues(LabScenarioId::Middlebox, v));
        QVERIFY(!validateLabValues(LabScenarioId::Alive, v)); // not its option
        v = LabValues{};
        v.retries2 = 16;
        QVERIFY(validateLabValues(LabScenarioId::DataInFlight, v));
    }

    void scaledToAShortRun()
    {
        const LabValues v = scaledForLab(LabScenarioId::DeadPeer, KeepaliveParams{7200, 75, 9, 0});
        QCOMPARE(v.params.idleS, 3);
        QCOMPARE(v.params.intervalS, 1);
        QCOMPARE(v.params.count, 3);
        const LabValues m = scaledForLab(LabScenarioId::Middlebox, KeepaliveParams{2, 1, 3, 0});
        QCOMPARE(m.params.idleS, 2);
        QCOMPARE(m.middleboxTimeoutS, 3);
        QVERIFY(m.sendAfterS > m.middleboxTimeoutS);
        QVERIFY(predictLab(LabScenarioId::Middlebox, m, 250).outcome == LabOutcomeKind::Survived);
    }

    void deadPeerPrediction()
    {
        LabValues v;
        v.params = {1, 1, 2, 0};
        const LabPrediction p = predictLab(LabScenarioId::DeadPeer, v, 250);
        QCOMPARE(p.outcome, LabOutcomeKind::ETimedOut);
        QCOMPARE(p.outcomeT, 3.0);
        QCOMPARE(p.schedule.events.size(), 3); // probe 1, probe 2, abort
        QVERIFY(p.observeUntilS > p.outcomeLatest);
        QCOMPARE(p.durationS, p.observeUntilS + kLabSetupS);
    }

    // The peer answers until --after; the dead schedule starts at the first
    // probe after it.
    void deadPeerAfterAnsweredProbes()
    {
        LabValues v;
        v.params = {1, 1, 2, 0};
        v.afterS = 1.5;
        const LabPrediction p = predictLab(LabScenarioId::DeadPeer, v, 250);
        QList<int> probes;
        int acks = 0;
        for (const ScheduleEvent &e : p.schedule.events) {
            if (e.kind == EventKind::Probe)
                probes << e.probe;
            acks += e.kind == EventKind::Ack;
        }
        QCOMPARE(probes, (QList<int>{1, 2, 3}));
        QCOMPARE(acks, 1);
        QCOMPARE(p.outcomeT, 4.0); // ACK at 1, then 1 + 1 + 2 × 1
        for (const ScheduleEvent &e : p.schedule.events)
            QVERIFY(e.latest >= e.t && e.earliest <= e.t);
    }

    void middleboxBelowAndAboveTheTimeout()
    {
        LabValues v;
        v.params = {1, 1, 3, 0};
        v.middleboxTimeoutS = 2;
        v.sendAfterS = 3;
        const LabPrediction below = predictLab(LabScenarioId::Middlebox, v, 250);
        QCOMPARE(below.outcome, LabOutcomeKind::Survived);
        for (const ScheduleEvent &e : below.schedule.events)
            QVERIFY(e.t < v.sendAfterS); // keep-alive stops once data is sent
        v.params.idleS = 3;
        v.sendAfterS = 2.5;
        const LabPrediction above = predictLab(LabScenarioId::Middlebox, v, 250);
        QCOMPARE(above.outcome, LabOutcomeKind::Cut);
        QVERIFY(above.longestSilenceS >= 2);
        // The lost data's retransmissions, from send-after.
        QVERIFY(!above.schedule.events.isEmpty());
        QCOMPARE(above.schedule.events.first().kind, EventKind::Retransmit);
        QVERIFY(above.schedule.events.first().t > 2.5);
    }

    void verdictAndSentence()
    {
        LabResult r;
        r.scenario = LabScenarioId::DeadPeer;
        r.values.params = {1, 1, 2, 0};
        r.hz = 250;
        r.predicted = predictLab(r.scenario, r.values, r.hz);
        r.measured = {{1.02, LabEventKind::Probe, 1},
                      {2.05, LabEventKind::Probe, 2},
                      {3.07, LabEventKind::RstSent, 0}};
        r.outcome = LabOutcome{LabOutcomeKind::ETimedOut, 3.08, QStringLiteral("ETIMEDOUT")};
        r.verdict = judge(r.predicted, r.measured, r.outcome, r.hz);
        QCOMPARE(r.verdict.outside, 0);
        QCOMPARE(r.verdict.inside, 4);
        QVERIFY(r.verdict.outcomeAsPredicted);
        QCOMPARE(describeOutcome(r),
                 QStringLiteral("ETIMEDOUT after 3.08 s; predicted 3 s, window [3, 3.1]: inside"));

        // Early by more than a jiffy, a missing probe: outside.
        r.measured = {{0.99, LabEventKind::Probe, 1}};
        r.verdict = judge(r.predicted, r.measured, r.outcome, r.hz);
        QCOMPARE(r.verdict.outside, 2);
        // Early by less than a jiffy: inside.
        QVERIFY(insideWindow(0.997, 1.0, 1.032, 250, kWireLateSlackS));
        QVERIFY(!insideWindow(1.05, 1.0, 1.032, 250, kWireLateSlackS));

        const QJsonObject json = labResultToJson(r);
        QCOMPARE(json.value(QStringLiteral("scenario")).toString(), QStringLiteral("dead-peer"));
        QCOMPARE(json.value(QStringLiteral("params")).toObject().value(QStringLiteral("idle")),
                 QJsonValue(1));
        const QJsonArray missing = json.value(QStringLiteral("verdict"))
                                       .toObject()
                                       .value(QStringLiteral("events"))
                                       .toArray();
        // Probe 2 never showed: no measured time.
        QVERIFY(std::any_of(missing.begin(), missing.end(), [](const QJsonValue &e) {
            return e.toObject().value(QStringLiteral("t_measured")).isNull();
        }));
    }

    void timelineGetsWhatTheModelHas()
    {
        const QList<MeasuredEvent> m = timelineEvents({{1.0, LabEventKind::Probe, 1},
                                                       {1.0, LabEventKind::DataSent, 0},
                                                       {3.0, LabEventKind::RstSent, 0}});
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(1).kind, EventKind::Abort);
    }

    void runnerArgumentsCarryEveryValue()
    {
        LabValues v;
        v.afterS = 0.5;
        const QStringList args = runnerArguments(LabScenarioId::DeadPeer, v,
                                                 predictLab(LabScenarioId::DeadPeer, v, 250));
        QCOMPARE(args.first(), QStringLiteral("dead-peer"));
        QCOMPARE(args.at(args.indexOf(QStringLiteral("--after")) + 1), QStringLiteral("0.5"));
        QVERIFY(args.contains(QStringLiteral("--until")));
    }

    // Which setting forbids the sandbox, judged from fixture /proc/sys trees.
    void sandboxFailureNamesTheSetting_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("setting");
        QTest::newRow("Debian switch") << "kernel/unprivileged_userns_clone"
                                       << "0" << EPERM << "kernel.unprivileged_userns_clone";
        QTest::newRow("no namespaces") << "user/max_user_namespaces"
                                       << "0" << ENOSPC << "user.max_user_namespaces";
        QTest::newRow("AppArmor") << "kernel/apparmor_restrict_unprivileged_userns"
                                  << "1" << EPERM << "kernel.apparmor_restrict_unprivileged_userns";
        QTest::newRow("unknown") << "user/max_user_namespaces"
                                 << "100" << EPERM << "";
    }
    void sandboxFailureNamesTheSetting()
    {
        QFETCH(QString, file);
        QFETCH(QString, value);
        QFETCH(int, error);
        QFETCH(QString, setting);
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QFileInfo(file).path()));
        QFile f(root.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(value.toLatin1() + '\n');
        f.close();
        SandboxFailure failure;
        failure.error = error;
        failure.step = "unshare(CLONE_NEWUSER | CLONE_NEWNET)";
        explainSandboxFailure(failure, root.path().toStdString());
        QCOMPARE(QString::fromStdString(failure.setting), setting);
        const QString message = QString::fromStdString(failure.message);
        QVERIFY2(message.contains(QStringLiteral("Nothing on this host was changed")),
                 qPrintable(message));
        if (!setting.isEmpty())
            QVERIFY2(message.contains(setting), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestLabModel)
#include "tst_lab_model.moc"
