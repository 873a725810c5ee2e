// keepalivectl schedule, run as a program: what scripts and support staff see.
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

ProgramRun keepalivectl(const QStringList &args)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL), args);
}

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT
private slots:
    void textTable()
    {
        const ProgramRun r = keepalivectl(
            {QStringLiteral("schedule"), QStringLiteral("--idle"), QStringLiteral("7200"),
             QStringLiteral("--interval"), QStringLiteral("75"), QStringLiteral("--count"),
             QStringLiteral("9"), QStringLiteral("--hz"), QStringLiteral("250")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        // Header, nine probes and the abort, each with its window.
        QVERIFY(r.outText().contains(QStringLiteral("HZ 250 (--hz)")));
        QCOMPARE(r.outText().count(QRegularExpression(QStringLiteral("^probe +\\d"),
                                                      QRegularExpression::MultilineOption)),
                 9);
        QVERIFY(r.outText().contains(
            QRegularExpression(QStringLiteral("^probe +1 +7200\\.000 +7200\\.000 +7331\\.072$"),
                               QRegularExpression::MultilineOption)));
        QVERIFY(r.outText().contains(
            QRegularExpression(QStringLiteral("^abort +7875\\.000 +7875\\.000 +8024\\.504$"),
                               QRegularExpression::MultilineOption)));
        QVERIFY(r.outText().contains(QStringLiteral(
            "A silently dead peer is noticed after 2 h 11 min 15 s (7200 + 9 × 75 s).")));
    }

    void json()
    {
        const ProgramRun r = keepalivectl(
            {QStringLiteral("schedule"), QStringLiteral("--idle"), QStringLiteral("1"),
             QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--count"),
             QStringLiteral("3"), QStringLiteral("--user-timeout"), QStringLiteral("2500"),
             QStringLiteral("--hz"), QStringLiteral("250"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("detection_time_s")).toDouble(), 3.0);
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3); // two probes (count ignored), then the abort
        const QStringList kinds{QStringLiteral("probe"), QStringLiteral("probe"),
                                QStringLiteral("abort")};
        double previous = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), kinds.at(i));
            const double t = e.value(QStringLiteral("t")).toDouble();
            const QJsonArray window = e.value(QStringLiteral("window")).toArray();
            QCOMPARE(window.size(), 2);
            QVERIFY(window.at(0).toDouble() <= t && t <= window.at(1).toDouble());
            QVERIFY(t >= previous);
            previous = t;
        }
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("probe")).toInt(), 2);
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("window")).toArray().at(1).toDouble(),
                 2.064);
    }

    void jsonAlivePeerHasNoDetection()
    {
        const ProgramRun r = keepalivectl({QStringLiteral("schedule"), QStringLiteral("--peer"),
                                           QStringLiteral("alive"), QStringLiteral("--idle"),
                                           QStringLiteral("60"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(root.value(QStringLiteral("detection_time_s")).isNull());
        QVERIFY(root.value(QStringLiteral("events")).toArray().size() >= 6);
    }

    void dataInFlight()
    {
        const ProgramRun r = keepalivectl({QStringLiteral("schedule"), QStringLiteral("--peer"),
                                           QStringLiteral("data"), QStringLiteral("--hz"),
                                           QStringLiteral("250"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        // The tcp_retries2 = 15 budget of 924.6 s counts from the first
        // retransmission at 204 ms (TCP_RTO_MIN + one jiffy); the timer
        // firing that exceeds it is at 928.692 s.
        QVERIFY(qAbs(root.value(QStringLiteral("detection_time_s")).toDouble() - 928.692) < 1e-6);
        QCOMPARE(root.value(QStringLiteral("events"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("retransmit")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--idle"), QStringLiteral("ten")}
            << QStringLiteral("--idle takes a whole number");
        QTest::newRow("count 0") << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
                                 << QStringLiteral("--count must be between 1 and 255");
        QTest::newRow("negative ut")
            << QStringList{QStringLiteral("--user-timeout"), QStringLiteral("-1")}
            << QStringLiteral("--user-timeout must be between 0");
        QTest::newRow("peer") << QStringList{QStringLiteral("--peer"), QStringLiteral("zombie")}
                              << QStringLiteral("--peer takes alive, dead or data");
        QTest::newRow("hz") << QStringList{QStringLiteral("--hz"), QStringLiteral("0")}
                            << QStringLiteral("--hz must be between 10 and 10000");
        QTest::newRow("rtt vs interval")
            << QStringList{QStringLiteral("--peer"),     QStringLiteral("alive"),
                           QStringLiteral("--interval"), QStringLiteral("1"),
                           QStringLiteral("--rtt"),      QStringLiteral("2000")}
            << QStringLiteral("must be shorter than the interval");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--idel"), QStringLiteral("5")}
            << QStringLiteral("Unknown option");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("now")} << QStringLiteral("takes no arguments");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun r = keepalivectl(QStringList{QStringLiteral("schedule")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("keepalivectl: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
