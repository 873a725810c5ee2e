// keepalivectl code, run as a program: the snippet alone on stdout (the same
// text the core generates for the Cookbook panel), --list, and a specific
// message with exit status 2 for every wrong command line.
#include "ProgramRun.h"
#include "advise/Cookbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kt::advise;

namespace {

ProgramRun keepalivectl(const QStringList &args)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL), QStringList{QStringLiteral("code")} + args);
}

QStringList values(const char *idle, const char *interval, const char *count)
{
    return {QStringLiteral("--idle"),      QString::fromLatin1(idle), QStringLiteral("--interval"),
            QString::fromLatin1(interval), QStringLiteral("--count"), QString::fromLatin1(count)};
}

} // namespace

class TestCliCode : public QObject
{
    Q_OBJECT
private slots:
    void listNamesEveryTargetByKind()
    {
        const ProgramRun r = keepalivectl({QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QString out = r.outText();
        QVERIFY(out.startsWith(QStringLiteral("host:\n")));
        QVERIFY(out.contains(QStringLiteral("\ncode (--os linux|macos|windows):\n")));
        QVERIFY(out.contains(QStringLiteral("\nservers:\n")));
        for (const CookbookTarget &t : cookbookTargets())
            QVERIFY2(out.contains(QStringLiteral("\n  ") + t.name + QLatin1Char(' ')),
                     qPrintable(t.name));
    }

    void listJson()
    {
        const ProgramRun r = keepalivectl({QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray targets = doc.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), cookbookTargets().size());
        const QJsonObject c = targets.at(3).toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("c"));
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("code"));
        QCOMPARE(c.value(QStringLiteral("os")).toArray(),
                 (QJsonArray{QStringLiteral("linux"), QStringLiteral("macos"),
                             QStringLiteral("windows")}));
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("host"));
    }

    // The snippet alone, exactly the core's text: what the panel shows.
    void snippetIsTheCoresText_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("os");
        QTest::addColumn<bool>("userTimeout");
        QTest::newRow("c") << "c"
                           << "" << true;
        QTest::newRow("python macos") << "python"
                                      << "macos" << false;
        QTest::newRow("redis") << "redis"
                               << "" << true;
        QTest::newRow("sysctl") << "sysctl"
                                << "linux" << false;
    }
    void snippetIsTheCoresText()
    {
        QFETCH(QString, target);
        QFETCH(QString, os);
        QFETCH(bool, userTimeout);
        QStringList args{target};
        args << values("60", "10", "5");
        CookbookInput in;
        in.params = kt::KeepaliveParams{60, 10, 5, 0};
        if (userTimeout) {
            args << QStringLiteral("--user-timeout") << QStringLiteral("90000");
            in.userTimeoutMs = 90000;
        }
        if (!os.isEmpty()) {
            args << QStringLiteral("--os") << os;
            in.os = *targetOsFromName(os);
        }
        const ProgramRun r = keepalivectl(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.outText(), generateSnippet(target, in)->text);
    }

    void snippetJson()
    {
        const ProgramRun r =
            keepalivectl(QStringList{QStringLiteral("node")} + values("60", "10", "5") +
                         QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("target")).toString(), QStringLiteral("node"));
        QCOMPARE(doc.value(QStringLiteral("language")).toString(), QStringLiteral("JavaScript"));
        const QJsonObject effective = doc.value(QStringLiteral("effective")).toObject();
        QCOMPARE(effective.value(QStringLiteral("interval")).toInt(), 1);
        QCOMPARE(effective.value(QStringLiteral("count")).toInt(), 10);
        QVERIFY(doc.value(QStringLiteral("input"))
                    .toObject()
                    .value(QStringLiteral("user_timeout_ms"))
                    .isNull());
        QVERIFY(doc.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("setKeepAlive(true, IDLE_MS)")));
        QVERIFY(!doc.value(QStringLiteral("notes")).toArray().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList v = values("60", "10", "5");
        QTest::newRow("no target") << QStringList{}
                                   << "code needs a TARGET, one of: sysctl, sysctl-d, "
                                      "keepalivectl-set, c, python,";
        QTest::newRow("unknown target")
            << (QStringList{QStringLiteral("cobol")} + v)
            << "unknown target \"cobol\"; the targets are sysctl, sysctl-d, keepalivectl-set,";
        QTest::newRow("two targets") << (QStringList{QStringLiteral("c"), QStringLiteral("go")} + v)
                                     << "code takes one TARGET, got \"c go\"";
        QTest::newRow("missing count")
            << QStringList{QStringLiteral("c"), QStringLiteral("--idle"), QStringLiteral("60"),
                           QStringLiteral("--interval"), QStringLiteral("10")}
            << "code c needs --count (--idle S --interval S --count N)";
        QTest::newRow("missing all") << QStringList{QStringLiteral("redis")}
                                     << "code redis needs --idle, --interval, --count";
        QTest::newRow("unknown os")
            << (QStringList{QStringLiteral("c"), QStringLiteral("--os"), QStringLiteral("bsd")} + v)
            << "--os takes linux, macos or windows, not \"bsd\"";
        QTest::newRow("os of a server")
            << (QStringList{QStringLiteral("redis"), QStringLiteral("--os"),
                            QStringLiteral("windows")} +
                v)
            << "redis has no windows form; its choices: linux";
        QTest::newRow("socket range")
            << (QStringList{QStringLiteral("c")} + values("40000", "10", "5"))
            << "--idle must be between 1 and 32767 s (TCP_KEEPIDLE); got 40000";
        QTest::newRow("sysctl range")
            << (QStringList{QStringLiteral("sysctl")} + values("60", "10", "256"))
            << "--count must be between 1 and 255 (net.ipv4.tcp_keepalive_probes); got 256";
        QTest::newRow("not a number")
            << (QStringList{QStringLiteral("c")} + values("60", "ten", "5"))
            << "--interval takes a whole number, not \"ten\"";
        QTest::newRow("negative user timeout")
            << (QStringList{QStringLiteral("c"), QStringLiteral("--user-timeout"),
                            QStringLiteral("-1")} +
                v)
            << "--user-timeout must be between 0 and 2147483647 ms (TCP_USER_TIMEOUT); got -1";
        QTest::newRow("list with a target")
            << QStringList{QStringLiteral("--list"), QStringLiteral("c")}
            << "--list takes no TARGET or values";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun r = keepalivectl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("keepalivectl: ") + message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCode)
#include "tst_cli_code.moc"
