// keepalivectl advise, run as a program: the JSON contract, the text report
// and the exit statuses scripts rely on.
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

ProgramRun keepalivectl(const QStringList &args)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL),
                      QStringList{QStringLiteral("advise")} + args);
}

QJsonObject jsonOf(const ProgramRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", r.out.constData());
    return doc.object();
}

} // namespace

class TestCliAdvise : public QObject
{
    Q_OBJECT
private slots:
    void jsonKeysAndTypes()
    {
        const ProgramRun r =
            keepalivectl({QStringLiteral("--middlebox"), QStringLiteral("aws-nlb"),
                          QStringLiteral("--detect-within"), QStringLiteral("60"),
                          QStringLiteral("--hz"), QStringLiteral("250"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject root = jsonOf(r);
        QStringList keys = root.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("detection_latest_s"),
                              QStringLiteral("first_probe_latest_s"), QStringLiteral("middlebox"),
                              QStringLiteral("reasons"), QStringLiteral("recommended"),
                              QStringLiteral("tcp_keepalive_helps")}));
        const QJsonObject rec = root.value(QStringLiteral("recommended")).toObject();
        QStringList recKeys = rec.keys();
        recKeys.sort();
        QCOMPARE(recKeys,
                 (QStringList{QStringLiteral("count"), QStringLiteral("idle"),
                              QStringLiteral("interval"), QStringLiteral("user_timeout_ms")}));
        for (const QString &k : recKeys) {
            QVERIFY2(rec.value(k).isDouble(), qPrintable(k));
            QCOMPARE(rec.value(k).toDouble(), double(rec.value(k).toInt()));
        }
        const int idle = rec.value(QStringLiteral("idle")).toInt();
        const double firstProbe = root.value(QStringLiteral("first_probe_latest_s")).toDouble();
        const double detection = root.value(QStringLiteral("detection_latest_s")).toDouble();
        QVERIFY(root.value(QStringLiteral("first_probe_latest_s")).isDouble());
        QVERIFY(firstProbe >= idle);
        QVERIFY(detection <= 60.0);
        QVERIFY(detection > firstProbe);
        const QJsonObject box = root.value(QStringLiteral("middlebox")).toObject();
        QCOMPARE(box.value(QStringLiteral("name")).toString(), QStringLiteral("aws-nlb"));
        QCOMPARE(box.value(QStringLiteral("timeout_s")).toDouble(), 350.0);
        QCOMPARE(box.value(QStringLiteral("refreshed_by_keepalive")).toBool(), true);
        QVERIFY(box.value(QStringLiteral("source"))
                    .toString()
                    .startsWith(QStringLiteral("docs.aws.amazon.com/")));
        QVERIFY(firstProbe + 3.5 <= 350);
        QCOMPARE(root.value(QStringLiteral("tcp_keepalive_helps")), QJsonValue(true));
        const QJsonArray reasons = root.value(QStringLiteral("reasons")).toArray();
        QVERIFY(!reasons.isEmpty());
        for (const QJsonValue &reason : reasons)
            QVERIFY(reason.isString() && reason.toString().endsWith(QLatin1Char('.')));
    }

    void jsonWithoutMiddleboxOrUserTimeout()
    {
        const ProgramRun r =
            keepalivectl({QStringLiteral("--detect-within"), QStringLiteral("3600"),
                          QStringLiteral("--hz"), QStringLiteral("250"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = jsonOf(r);
        QVERIFY(root.value(QStringLiteral("middlebox")).isNull());
        QVERIFY(root.value(QStringLiteral("recommended"))
                    .toObject()
                    .value(QStringLiteral("user_timeout_ms"))
                    .isNull());
    }

    void customTimeoutHasNoNameOrSource()
    {
        const ProgramRun r = keepalivectl({QStringLiteral("--middlebox-timeout"),
                                           QStringLiteral("300"), QStringLiteral("--hz"),
                                           QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject box = jsonOf(r).value(QStringLiteral("middlebox")).toObject();
        QVERIFY(box.value(QStringLiteral("name")).isNull());
        QVERIFY(box.value(QStringLiteral("source")).isNull());
        QCOMPARE(box.value(QStringLiteral("timeout_s")).toDouble(), 300.0);
    }

    void l7ProxySaysKeepaliveCannotHelp()
    {
        const ProgramRun r = keepalivectl(
            {QStringLiteral("--middlebox"), QStringLiteral("aws-alb"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = jsonOf(r);
        QCOMPARE(root.value(QStringLiteral("tcp_keepalive_helps")), QJsonValue(false));
        QCOMPARE(root.value(QStringLiteral("middlebox"))
                     .toObject()
                     .value(QStringLiteral("refreshed_by_keepalive")),
                 QJsonValue(false));
        QVERIFY(root.value(QStringLiteral("reasons"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("cannot keep a connection open")));
        const ProgramRun text =
            keepalivectl({QStringLiteral("--middlebox"), QStringLiteral("aws-alb")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("Keep-alive cannot help here:")));
    }

    void textReport()
    {
        const ProgramRun r =
            keepalivectl({QStringLiteral("--middlebox"), QStringLiteral("azure-lb"),
                          QStringLiteral("--hz"), QStringLiteral("250")});
        QCOMPARE(r.exitCode, 0);
        const QString out = r.outText();
        // The values, the windows, then the reasons.
        const qsizetype values = out.indexOf(QStringLiteral("Recommended values:"));
        const qsizetype windows = out.indexOf(QStringLiteral("Windows"));
        const qsizetype why = out.indexOf(QStringLiteral("Why:"));
        QVERIFY(values >= 0 && windows > values && why > windows);
        QVERIFY(out.simplified().contains(QStringLiteral("HZ 250 (--hz)")));
        QVERIFY(out.contains(QStringLiteral("Azure Load Balancer")));
        QVERIFY(out.contains(QStringLiteral("learn.microsoft.com/")));
    }

    void listMiddleboxes()
    {
        const ProgramRun r =
            keepalivectl({QStringLiteral("--list-middleboxes"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = jsonOf(r).value(QStringLiteral("middleboxes")).toArray();
        QCOMPARE(list.size(), 18);
        QStringList names;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            names << o.value(QStringLiteral("name")).toString();
            QVERIFY(o.value(QStringLiteral("default_timeout_s")).isDouble());
            QVERIFY(o.value(QStringLiteral("refreshed_by_keepalive")).isBool());
            QVERIFY(!o.value(QStringLiteral("source")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("aws-nlb")));
        QVERIFY(names.contains(QStringLiteral("nginx-stream")));
        const ProgramRun text = keepalivectl({QStringLiteral("--list-middleboxes")});
        QCOMPARE(text.exitCode, 0);
        for (const QString &name : names)
            QVERIFY2(text.outText().contains(name), qPrintable(name));
    }

    void unreachableDeadlineExitsOne()
    {
        const ProgramRun r = keepalivectl({QStringLiteral("--middlebox"), QStringLiteral("aws-nlb"),
                                           QStringLiteral("--detect-within"), QStringLiteral("1"),
                                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("keepalivectl: No keep-alive values notice a "
                                                 "dead peer within 1 s")),
                 qPrintable(r.err));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("both middlebox options")
            << QStringList{QStringLiteral("--middlebox"), QStringLiteral("aws-nlb"),
                           QStringLiteral("--middlebox-timeout"), QStringLiteral("300")}
            << QStringLiteral("not both");
        QTest::newRow("unknown name")
            << QStringList{QStringLiteral("--middlebox"), QStringLiteral("aws-elb")}
            << QStringLiteral("unknown middlebox \"aws-elb\"; valid names: aws-nlb,");
        QTest::newRow("count out of range")
            << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
            << QStringLiteral("--count must be between 1 and 127 (TCP_KEEPCNT); got 0");
        QTest::newRow("interval out of range")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("40000")}
            << QStringLiteral("--interval must be between 1 and 32767 s (TCP_KEEPINTVL)");
        QTest::newRow("timeout not a number")
            << QStringList{QStringLiteral("--middlebox-timeout"), QStringLiteral("5m")}
            << QStringLiteral("--middlebox-timeout takes a whole number");
        QTest::newRow("deadline zero")
            << QStringList{QStringLiteral("--detect-within"), QStringLiteral("0")}
            << QStringLiteral("--detect-within must be between 1 and");
        QTest::newRow("hz") << QStringList{QStringLiteral("--hz"), QStringLiteral("5")}
                            << QStringLiteral("--hz must be between 10 and 10000");
        QTest::newRow("list with options")
            << QStringList{QStringLiteral("--list-middleboxes"), QStringLiteral("--count"),
                           QStringLiteral("3")}
            << QStringLiteral("--list-middleboxes takes no other option");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("aws-nlb")} << QStringLiteral("takes no arguments");
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun r = keepalivectl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("keepalivectl: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAdvise)
#include "tst_cli_advise.moc"
