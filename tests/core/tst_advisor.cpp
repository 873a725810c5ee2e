// The Advisor: for every preset the recommended values keep the flow by the
// one rule (MiddleboxRule.h) with the largest idle that does, meet the
// deadline by the schedule model, and say why.
#include "advise/Advisor.h"
#include "advise/Middlebox.h"
#include "advise/MiddleboxRule.h"
#include "params/Format.h"
#include "schedule/Schedule.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kt;
using namespace kt::advise;

namespace {

constexpr int kSocketIdleMax = 32767;

AdviceInput forPreset(const QString &name, int hz, std::optional<double> deadline = {})
{
    AdviceInput in;
    in.preset = findMiddlebox(name);
    in.hz = hz;
    in.deadlineS = deadline;
    return in;
}

Schedule scheduleOf(const KeepaliveParams &p, Scenario scenario, int hz)
{
    ScheduleInput in;
    in.params = p;
    in.scenario = scenario;
    in.hz = hz;
    return computeSchedule(in);
}

KeepaliveParams withIdle(KeepaliveParams p, int idle)
{
    p.idleS = idle;
    return p;
}

} // namespace

class TstAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void presetTable()
    {
        const QList<MiddleboxPreset> &presets = middleboxPresets();
        const QStringList required{
            QStringLiteral("aws-nlb"),           QStringLiteral("aws-gwlb"),
            QStringLiteral("aws-nat-gateway"),   QStringLiteral("aws-network-firewall"),
            QStringLiteral("aws-alb"),           QStringLiteral("aws-clb"),
            QStringLiteral("ec2-conntrack"),     QStringLiteral("azure-lb"),
            QStringLiteral("azure-nat-gateway"), QStringLiteral("gcp-cloud-nat"),
            QStringLiteral("gcp-internal-nlb"),  QStringLiteral("linux-conntrack"),
            QStringLiteral("kube-proxy"),        QStringLiteral("ipvs"),
            QStringLiteral("rfc5382-nat"),       QStringLiteral("cisco-asa"),
            QStringLiteral("fortigate"),         QStringLiteral("nginx-stream")};
        QSet<QString> names;
        for (const MiddleboxPreset &p : presets) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"))
                         .match(p.name)
                         .hasMatch(),
                     qPrintable(p.name));
            QVERIFY2(!names.contains(p.name), qPrintable(p.name));
            names.insert(p.name);
            QVERIFY(!p.label.isEmpty());
            QVERIFY2(!p.source.isEmpty(), qPrintable(p.name));
            QVERIFY(!p.configurableText.isEmpty());
            QVERIFY2(p.acceptsTimeout(p.defaultTimeoutS), qPrintable(p.name));
            // A box keep-alive cannot refresh says what does.
            QCOMPARE(p.instead.isEmpty(), p.refreshedByKeepalive);
        }
        for (const QString &name : required)
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(names.size(), required.size());

        // FACTS.md's figures for a few rows.
        QCOMPARE(findMiddlebox(QStringLiteral("aws-nlb"))->defaultTimeoutS, 350.0);
        QCOMPARE(findMiddlebox(QStringLiteral("aws-nlb"))->maxTimeoutS, 6000.0);
        QCOMPARE(findMiddlebox(QStringLiteral("azure-lb"))->defaultTimeoutS, 240.0);
        QCOMPARE(findMiddlebox(QStringLiteral("gcp-cloud-nat"))->defaultTimeoutS, 1200.0);
        QCOMPARE(findMiddlebox(QStringLiteral("ipvs"))->defaultTimeoutS, 900.0);
        QCOMPARE(findMiddlebox(QStringLiteral("rfc5382-nat"))->defaultTimeoutS, 7440.0);
        QVERIFY(!findMiddlebox(QStringLiteral("aws-nat-gateway"))->configurable);
        QVERIFY(findMiddlebox(QStringLiteral("aws-nat-gateway"))
                    ->notes.contains(QStringLiteral("RST")));
        QVERIFY(findMiddlebox(QStringLiteral("azure-lb"))->notes.contains(QStringLiteral("RST")));
        QVERIFY(findMiddlebox(QStringLiteral("aws-nlb"))
                    ->configurableText.contains(QStringLiteral("350 s")));
        for (const char *l7 : {"aws-alb", "aws-clb", "nginx-stream"})
            QVERIFY(!findMiddlebox(QString::fromLatin1(l7))->refreshedByKeepalive);
    }

    void unknownNameListsTheValidOnes()
    {
        QString error;
        QVERIFY(!findMiddlebox(QStringLiteral("aws-elb"), &error));
        QVERIFY(error.contains(QStringLiteral("unknown middlebox \"aws-elb\"")));
        for (const MiddleboxPreset &p : middleboxPresets())
            QVERIFY2(error.contains(p.name), qPrintable(p.name));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("timeout"); // < 0: none
        QTest::addColumn<int>("count");      // 0: none
        QTest::addColumn<int>("hz");
        QTest::addColumn<QString>("message");
        QTest::newRow("NLB below its range")
            << "aws-nlb" << 30.0 << 0 << 250 << "can be set between 60 and 6000 s";
        QTest::newRow("NAT Gateway is fixed")
            << "aws-nat-gateway" << 600.0 << 0 << 250 << "is fixed at 350 s";
        QTest::newRow("custom zero") << "" << 0.0 << 0 << 250 << "the middlebox timeout must be";
        QTest::newRow("count too large")
            << "" << -1.0 << 128 << 250 << "count must be between 1 and 127";
        QTest::newRow("hz") << "" << -1.0 << 0 << 5 << "HZ must be between 10 and 10000";
    }
    void validation()
    {
        QFETCH(QString, preset);
        QFETCH(double, timeout);
        QFETCH(int, count);
        QFETCH(int, hz);
        QFETCH(QString, message);
        AdviceInput in;
        if (!preset.isEmpty())
            in.preset = findMiddlebox(preset);
        if (timeout >= 0)
            in.timeoutS = timeout;
        if (count)
            in.count = count;
        in.hz = hz;
        const auto problem = validateAdviceInput(in);
        QVERIFY(problem);
        QVERIFY2(problem->contains(message), qPrintable(*problem));
    }

    void everyPresetKeepsTheFlowWithTheLargestIdle_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("hz");
        for (const MiddleboxPreset &p : middleboxPresets()) {
            for (int hz : {100, 250, 300, 1000})
                QTest::addRow("%s at %d Hz", qPrintable(p.name), hz) << p.name << hz;
        }
    }
    void everyPresetKeepsTheFlowWithTheLargestIdle()
    {
        QFETCH(QString, name);
        QFETCH(int, hz);
        const AdviceInput in = forPreset(name, hz);
        QVERIFY(!validateAdviceInput(in));
        const Advice a = recommend(in);
        QVERIFY(a.reachable);
        QVERIFY(!a.reasons.isEmpty());
        QVERIFY(a.middlebox);
        QCOMPARE(a.middlebox->name, name);
        QCOMPARE(a.middlebox->timeoutS, in.preset->defaultTimeoutS);
        QCOMPARE(a.middlebox->source, in.preset->source);
        // What the Advisor states is what the model and the rule say.
        QCOMPARE(a.firstProbeLatestS, longestSilenceS(a.params, hz));
        QCOMPARE(a.detectionLatestS, scheduleOf(a.params, Scenario::Dead, hz).detectionLatestS);
        QCOMPARE(a.tcpKeepaliveHelps, in.preset->refreshedByKeepalive);
        if (!in.preset->refreshedByKeepalive)
            return; // see keepaliveCannotHelpThroughAProxy
        const double timeout = in.preset->defaultTimeoutS;
        const MiddleboxCheck check = checkMiddlebox(a.params, hz, timeout);
        QVERIFY2(check.survives, qPrintable(QStringLiteral("idle %1: %2 + %3 > %4")
                                                .arg(a.params.idleS)
                                                .arg(check.longestSilenceS)
                                                .arg(check.marginS)
                                                .arg(timeout)));
        QVERIFY(a.check && a.check->survives);
        // The largest: one second more fails the rule, unless a socket
        // accepts no more.
        if (a.params.idleS < kSocketIdleMax)
            QVERIFY2(!checkMiddlebox(withIdle(a.params, a.params.idleS + 1), hz, timeout).survives,
                     qPrintable(QString::number(a.params.idleS)));
        else
            QVERIFY(a.reasons.first().contains(QStringLiteral("longest a socket accepts")));
        // No deadline: the kernel's interval and count, and no user timeout.
        QCOMPARE(a.params.count, 9);
        QVERIFY(a.params.intervalS <= 75);
        QCOMPARE(a.params.userTimeoutMs, 0);
    }

    void everyPresetMeetsADeadline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("hz");
        QTest::addColumn<double>("deadline");
        for (const MiddleboxPreset &p : middleboxPresets()) {
            for (double deadline : {10.0, 60.0, 300.0, 3600.0})
                QTest::addRow("%s, %g s", qPrintable(p.name), deadline)
                    << p.name << 250 << deadline;
            QTest::addRow("%s, 60 s at 1000 Hz", qPrintable(p.name)) << p.name << 1000 << 60.0;
        }
    }
    void everyPresetMeetsADeadline()
    {
        QFETCH(QString, name);
        QFETCH(int, hz);
        QFETCH(double, deadline);
        const Advice a = recommend(forPreset(name, hz, deadline));
        QVERIFY(a.reachable);
        const Schedule dead = scheduleOf(a.params, Scenario::Dead, hz);
        QCOMPARE(a.detectionLatestS, dead.detectionLatestS);
        QVERIFY2(a.detectionLatestS <= deadline,
                 qPrintable(QStringLiteral("%1 > %2").arg(a.detectionLatestS).arg(deadline)));
        // Data in flight too, through the user timeout where it is needed.
        const Schedule data = scheduleOf(a.params, Scenario::DataInFlight, hz);
        QVERIFY2(data.detectionLatestS <= deadline,
                 qPrintable(QStringLiteral("%1 > %2").arg(data.detectionLatestS).arg(deadline)));
        QCOMPARE(a.dataInFlightLatestS, data.detectionLatestS);
        if (a.params.userTimeoutMs > 0)
            QVERIFY(a.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("data in flight")));
        const MiddleboxPreset preset = *findMiddlebox(name);
        if (preset.refreshedByKeepalive)
            QVERIFY(checkMiddlebox(a.params, hz, preset.defaultTimeoutS).survives);
        // Nothing longer meets both: idle + 1 fails the deadline or the box
        // (with the probes' count deciding the abort, as it did in the search).
        KeepaliveParams longer = withIdle(a.params, a.params.idleS + 1);
        longer.userTimeoutMs = 0;
        const bool longerMeets =
            scheduleOf(longer, Scenario::Dead, hz).detectionLatestS <= deadline &&
            (!preset.refreshedByKeepalive ||
             checkMiddlebox(longer, hz, preset.defaultTimeoutS).survives);
        QVERIFY(!longerMeets);
    }

    void nlbWithAMinuteDeadline()
    {
        const Advice a = recommend(forPreset(QStringLiteral("aws-nlb"), 250, 60));
        QVERIFY(a.reachable);
        QCOMPARE(a.params.count, 3);
        QVERIFY(a.params.idleS > 30 && a.params.idleS < 60);
        // The deadline is shorter than retransmissions take: a user timeout.
        QVERIFY(a.userTimeoutMs());
        QVERIFY(a.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("TCP_USER_TIMEOUT")));
        QVERIFY(a.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("tcp_retries2")));
    }

    void idleJustBelowTheTimeoutIsExplained()
    {
        const Advice a = recommend(forPreset(QStringLiteral("aws-nlb"), 250));
        const QString why = a.reasons.join(QLatin1Char('\n'));
        QVERIFY2(why.contains(QStringLiteral("Idle 349 s, just below the timeout, is not safe")),
                 qPrintable(why));
        // With the figure the rule gives.
        KeepaliveParams p = a.params;
        p.idleS = 349;
        const double late = longestSilenceS(p, 250) - 349;
        QVERIFY(late > 1);
        QVERIFY2(
            why.contains(QStringLiteral("up to ") + formatSeconds(late) + QStringLiteral(" late")),
            qPrintable(why));
    }

    void aLostProbeIsExplainedWhereTheSecondIsTooLate()
    {
        // Azure's 4 min with the kernel's 75 s interval: the second probe,
        // from the dead-peer schedule, comes after the box forgets.
        const Advice azure = recommend(forPreset(QStringLiteral("azure-lb"), 250));
        const Schedule dead = scheduleOf(azure.params, Scenario::Dead, 250);
        QVERIFY(dead.events.at(1).latest > 240);
        const QString why = azure.reasons.join(QLatin1Char(' '));
        QVERIFY2(why.contains(QStringLiteral("If the first probe or its answer is lost, the "
                                             "second leaves at the latest ") +
                              formatSeconds(dead.events.at(1).latest)),
                 qPrintable(why));
        // With a minute's deadline the probes are 5 s apart: no such note.
        const Advice nlb = recommend(forPreset(QStringLiteral("aws-nlb"), 250, 60));
        QVERIFY(!nlb.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("is lost")));
    }

    void behaviourNotesAreStated()
    {
        // What the box does when it forgets: an RST, or silence.
        for (const char *name : {"azure-lb", "aws-nat-gateway"}) {
            const Advice a = recommend(forPreset(QString::fromLatin1(name), 250));
            QVERIFY2(a.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("RST")), name);
        }
    }

    void hzChangesTheIdle()
    {
        // A coarser tick is later at long timers: the idle follows the model.
        const Advice at100 = recommend(forPreset(QStringLiteral("aws-nlb"), 100));
        const Advice at1000 = recommend(forPreset(QStringLiteral("aws-nlb"), 1000));
        QVERIFY(at100.params.idleS != at1000.params.idleS);
        QVERIFY(checkMiddlebox(at100.params, 100, 350).survives);
        QVERIFY(checkMiddlebox(at1000.params, 1000, 350).survives);
        QVERIFY(at100.reasons.first().contains(QStringLiteral("at 100 Hz")));
        QVERIFY(at1000.reasons.first().contains(QStringLiteral("at 1000 Hz")));
    }

    void customTimeout()
    {
        AdviceInput in;
        in.timeoutS = 300;
        in.hz = 250;
        const Advice a = recommend(in);
        QVERIFY(a.reachable);
        QVERIFY(a.middlebox);
        QVERIFY(a.middlebox->name.isEmpty());
        QVERIFY(a.middlebox->refreshedByKeepalive);
        QVERIFY(checkMiddlebox(a.params, 250, 300).survives);
        QVERIFY(!checkMiddlebox(withIdle(a.params, a.params.idleS + 1), 250, 300).survives);
    }

    void presetWithItsOwnTimeout()
    {
        AdviceInput in = forPreset(QStringLiteral("aws-nlb"), 250);
        in.timeoutS = 1200;
        QVERIFY(!validateAdviceInput(in));
        const Advice a = recommend(in);
        QCOMPARE(a.middlebox->timeoutS, 1200.0);
        QVERIFY(a.params.idleS > 1000);
        QVERIFY(checkMiddlebox(a.params, 250, 1200).survives);
    }

    void fixedCountAndIntervalAreKept()
    {
        // Nine probes 75 s apart take longer than a 300 s deadline allows:
        // TCP_USER_TIMEOUT ends the connection sooner and keeps both.
        AdviceInput in = forPreset(QStringLiteral("aws-nlb"), 250, 300);
        in.count = 9;
        in.intervalS = 75;
        const Advice a = recommend(in);
        QVERIFY(a.reachable);
        QCOMPARE(a.params.count, 9);
        QCOMPARE(a.params.intervalS, 75);
        QVERIFY(a.userTimeoutMs());
        QVERIFY(a.detectionLatestS <= 300);
        QVERIFY(checkMiddlebox(a.params, 250, 350).survives);
        QVERIFY(a.reasons.join(QLatin1Char(' '))
                    .contains(QStringLiteral("makes the deadline reachable")));
        // The abort comes after more than one probe where they fit.
        QVERIFY(scheduleOf(a.params, Scenario::Dead, 250).probeCount >= 2);
    }

    void fixedIntervalIsKept()
    {
        AdviceInput in = forPreset(QStringLiteral("azure-lb"), 250, 600);
        in.intervalS = 30;
        const Advice a = recommend(in);
        QVERIFY(a.reachable);
        QCOMPARE(a.params.intervalS, 30);
        QVERIFY(a.detectionLatestS <= 600);
        QVERIFY(checkMiddlebox(a.params, 250, 240).survives);
    }

    void fixedCountIsKept()
    {
        AdviceInput in = forPreset(QStringLiteral("gcp-cloud-nat"), 250);
        in.count = 5;
        const Advice a = recommend(in);
        QCOMPARE(a.params.count, 5);
        QVERIFY(checkMiddlebox(a.params, 250, 1200).survives);
    }

    void unreachableDeadline_data()
    {
        QTest::addColumn<double>("deadline");
        QTest::addColumn<int>("interval");
        QTest::newRow("1 s") << 1.0 << 0;
        QTest::newRow("2 s: one probe and an interval, late") << 2.0 << 0;
        QTest::newRow("interval fixed longer than the deadline") << 60.0 << 75;
    }
    void unreachableDeadline()
    {
        QFETCH(double, deadline);
        QFETCH(int, interval);
        AdviceInput in = forPreset(QStringLiteral("aws-nlb"), 250, deadline);
        if (interval)
            in.intervalS = interval;
        const Advice a = recommend(in);
        QVERIFY(!a.reachable);
        QVERIFY2(a.unreachableReason.contains(QStringLiteral("No keep-alive values notice a dead "
                                                             "peer within")),
                 qPrintable(a.unreachableReason));
        QVERIFY(a.unreachableReason.contains(QStringLiteral("timer wheel")));
    }

    void unreachableMiddlebox()
    {
        AdviceInput in;
        in.timeoutS = 3;
        const Advice a = recommend(in);
        QVERIFY(!a.reachable);
        QVERIFY2(a.unreachableReason.contains(QStringLiteral("safety margin")),
                 qPrintable(a.unreachableReason));
    }

    void keepaliveCannotHelpThroughAProxy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("instead");
        QTest::newRow("ALB") << "aws-alb"
                             << "idle timeout";
        QTest::newRow("CLB") << "aws-clb"
                             << "ServerAliveInterval";
        QTest::newRow("nginx") << "nginx-stream"
                               << "proxy_timeout";
    }
    void keepaliveCannotHelpThroughAProxy()
    {
        QFETCH(QString, name);
        QFETCH(QString, instead);
        for (std::optional<double> deadline :
             {std::optional<double>(), std::optional<double>(60)}) {
            const Advice a = recommend(forPreset(name, 250, deadline));
            QVERIFY(a.reachable);
            QVERIFY(!a.tcpKeepaliveHelps);
            QVERIFY(!a.check);
            QVERIFY(a.middlebox && !a.middlebox->refreshedByKeepalive);
            const QString warnings = a.warnings.join(QLatin1Char(' '));
            QVERIFY2(warnings.contains(QStringLiteral("TCP keep-alive cannot keep a connection "
                                                      "open")),
                     qPrintable(warnings));
            QVERIFY2(warnings.contains(instead), qPrintable(warnings));
            // How often the heartbeat must come, from the rule's margin.
            const double every = a.middlebox->timeoutS - safetyMarginS(a.middlebox->timeoutS);
            QVERIFY2(warnings.contains(QStringLiteral("at least every ") + formatSeconds(every)),
                     qPrintable(warnings));
            if (deadline)
                QVERIFY(a.detectionLatestS <= *deadline);
        }
        // The ALB's own words: HTTP/2 PING frames do not reset it.
        if (name == QLatin1String("aws-alb"))
            QVERIFY(recommend(forPreset(name, 250))
                        .warnings.join(QLatin1Char(' '))
                        .contains(QStringLiteral("HTTP/2 PING")));
    }

    void nothingToTuneFor()
    {
        AdviceInput in;
        const Advice a = recommend(in);
        QVERIFY(a.reachable);
        QCOMPARE(a.params, KeepaliveParams::kernelDefaults());
        QVERIFY(a.reasons.first().contains(QStringLiteral("Nothing to tune for")));
    }

    void deadlineOnly()
    {
        AdviceInput in;
        in.deadlineS = 120;
        const Advice a = recommend(in);
        QVERIFY(a.reachable);
        QVERIFY(!a.middlebox);
        QVERIFY(a.detectionLatestS <= 120);
        QVERIFY(scheduleOf(withIdle(a.params, a.params.idleS + 1), Scenario::Dead, 250)
                    .detectionLatestS > 120);
    }
};

QTEST_APPLESS_MAIN(TstAdvisor)
#include "tst_advisor.moc"
