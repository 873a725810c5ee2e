// keepalivectl connections, run as a program inside a private network
// namespace: the JSON document's keys exactly as issue 12 lists them, the
// values of connections with known options, the filters, a normal user's
// view (own process readable, another user's not), and --watch seeing
// connections open and close.
#include "ConnectionHolder.h"
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <unistd.h>

namespace {

ProgramRun keepalivectl(const QStringList &args, int timeoutMs = 30000)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL),
                      QStringList{QStringLiteral("connections")} + args, timeoutMs);
}

QJsonObject parse(const ProgramRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), run.out.constData());
    return doc.object();
}

// The holder's client ends (their remote port is the holder's listener).
QList<QJsonObject> clientsOf(const QJsonObject &doc, int holderPort)
{
    QList<QJsonObject> found;
    const QString suffix = QStringLiteral(":%1").arg(holderPort);
    for (const QJsonValue &v : doc.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("remote")).toString().endsWith(suffix))
            found << c;
    }
    return found;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class TestCliConnections : public QObject
{
    Q_OBJECT

private slots:
    void jsonDocument()
    {
        ConnectionHolder holder;
        QVERIFY(holder.start({QStringLiteral("30:7:3:5000"), QStringLiteral("off")}));
        const ProgramRun run =
            keepalivectl({QStringLiteral("--json"), QStringLiteral("--middlebox-timeout"),
                          QStringLiteral("350")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = parse(run);
        QCOMPARE(keysOf(doc),
                 (QSet<QString>{QStringLiteral("connections"), QStringLiteral("count"),
                                QStringLiteral("unreadable"), QStringLiteral("elapsed_s")}));
        QCOMPARE(doc.value(QStringLiteral("count")).toInt(), 4);
        QVERIFY(doc.value(QStringLiteral("elapsed_s")).toDouble() > 0);
        const QList<QJsonObject> clients = clientsOf(doc, holder.port());
        QCOMPARE(clients.size(), 2);
        for (const QJsonObject &c : clients) {
            QCOMPARE(keysOf(c),
                     (QSet<QString>{QStringLiteral("local"), QStringLiteral("remote"),
                                    QStringLiteral("state"), QStringLiteral("pid"),
                                    QStringLiteral("command"), QStringLiteral("uid"),
                                    QStringLiteral("keepalive"), QStringLiteral("options"),
                                    QStringLiteral("options_read"), QStringLiteral("timer"),
                                    QStringLiteral("last_recv_s"), QStringLiteral("rtt_ms"),
                                    QStringLiteral("survives_middlebox")}));
            QCOMPARE(c.value(QStringLiteral("pid")).toInteger(), holder.processId());
            QCOMPARE(c.value(QStringLiteral("command")).toString(),
                     QStringLiteral("kt_connection_h"));
            QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("ESTABLISHED"));
            QCOMPARE(c.value(QStringLiteral("options_read")).toBool(), true);
            QCOMPARE(keysOf(c.value(QStringLiteral("timer")).toObject()),
                     (QSet<QString>{QStringLiteral("kind"), QStringLiteral("expires_s"),
                                    QStringLiteral("probes_out")}));
            const QJsonObject options = c.value(QStringLiteral("options")).toObject();
            QCOMPARE(keysOf(options),
                     (QSet<QString>{QStringLiteral("idle"), QStringLiteral("interval"),
                                    QStringLiteral("count"), QStringLiteral("user_timeout_ms")}));
            if (c.value(QStringLiteral("keepalive")).toBool()) {
                QCOMPARE(options.value(QStringLiteral("idle")).toInt(), 30);
                QCOMPARE(options.value(QStringLiteral("interval")).toInt(), 7);
                QCOMPARE(options.value(QStringLiteral("count")).toInt(), 3);
                QCOMPARE(options.value(QStringLiteral("user_timeout_ms")).toInt(), 5000);
                QCOMPARE(c.value(QStringLiteral("timer"))[QStringLiteral("kind")].toString(),
                         QStringLiteral("keepalive"));
                QCOMPARE(c.value(QStringLiteral("survives_middlebox")).toBool(), true);
            } else {
                QCOMPARE(c.value(QStringLiteral("keepalive")), QJsonValue(false));
                QCOMPARE(c.value(QStringLiteral("survives_middlebox")), QJsonValue(false));
            }
        }
        // Without a middlebox there is no answer.
        const QJsonObject plain = parse(keepalivectl({QStringLiteral("--json")}));
        for (const QJsonObject &c : clientsOf(plain, holder.port()))
            QVERIFY(c.value(QStringLiteral("survives_middlebox")).isNull());
    }

    void filters()
    {
        ConnectionHolder a;
        ConnectionHolder b;
        QVERIFY(a.start({QStringLiteral("40:4:4:0"), QStringLiteral("off")}));
        QVERIFY(b.start({QStringLiteral("off")}));
        const auto count = [](const QStringList &args) {
            const ProgramRun run = keepalivectl(QStringList{QStringLiteral("--json")} + args);
            return run.exitCode == 0 ? parse(run).value(QStringLiteral("count")).toInt() : -1;
        };
        QCOMPARE(count({}), 6);
        QCOMPARE(count({QStringLiteral("--keepalive"), QStringLiteral("on")}), 1);
        QCOMPARE(count({QStringLiteral("--keepalive"), QStringLiteral("off")}), 5);
        QCOMPARE(count({QStringLiteral("--pid"), QString::number(b.processId())}), 2);
        QCOMPARE(count({QStringLiteral("--port"), QString::number(a.port())}), 4);
        QCOMPARE(count({QStringLiteral("--state"), QStringLiteral("established")}), 6);
        QCOMPARE(count({QStringLiteral("--state"), QStringLiteral("CLOSE_WAIT")}), 0);
        // The text table: the keep-alive columns, one line a connection.
        const ProgramRun text = keepalivectl({QStringLiteral("--keepalive"), QStringLiteral("on")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("40/4/4/0")), text.out.constData());
        QVERIFY(text.outText().contains(QStringLiteral("Keepalive")));
        QVERIFY(text.outText().contains(QStringLiteral("kt_connection_h")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("keepalive maybe")
            << QStringList{QStringLiteral("--keepalive"), QStringLiteral("maybe")};
        QTest::newRow("state") << QStringList{QStringLiteral("--state"), QStringLiteral("OPEN")};
        QTest::newRow("port 0") << QStringList{QStringLiteral("--port"), QStringLiteral("0")};
        QTest::newRow("pid junk") << QStringList{QStringLiteral("--pid"), QStringLiteral("1x")};
        QTest::newRow("middlebox 0")
            << QStringList{QStringLiteral("--middlebox-timeout"), QStringLiteral("0")};
        QTest::newRow("watch") << QStringList{QStringLiteral("--watch"), QStringLiteral("-1")};
        QTest::newRow("stray") << QStringList{QStringLiteral("everything")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const ProgramRun run = keepalivectl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    // As a normal user: its own process's options are read, another user's
    // are marked unreadable (options null, never guessed).
    void normalUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run processes as two different users");
        ConnectionHolder mine;
        ConnectionHolder others;
        if (!mine.start({QStringLiteral("25:5:5:0")}, QStringLiteral("nobody")))
            QSKIP("cannot run the holder as nobody (runuser, or the build directory is not "
                  "world-searchable)");
        QVERIFY(others.start({QStringLiteral("35:5:5:0")}));
        const ProgramRun run = runProgram(
            QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"),
                                        QStringLiteral("--"), QStringLiteral(KT_KEEPALIVECTL),
                                        QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = parse(run);
        const QList<QJsonObject> own = clientsOf(doc, mine.port());
        const QList<QJsonObject> root = clientsOf(doc, others.port());
        QCOMPARE(own.size(), 1);
        QCOMPARE(root.size(), 1);
        QCOMPARE(own[0].value(QStringLiteral("options_read")).toBool(), true);
        QCOMPARE(own[0].value(QStringLiteral("options"))[QStringLiteral("idle")].toInt(), 25);
        QCOMPARE(own[0].value(QStringLiteral("command")).toString(),
                 QStringLiteral("kt_connection_h"));
        QCOMPARE(root[0].value(QStringLiteral("options_read")).toBool(), false);
        QVERIFY(root[0].value(QStringLiteral("options")).isNull());
        QVERIFY(root[0].value(QStringLiteral("pid")).isNull());
        // Keep-alive is on and its timer is pending: that much is known.
        QCOMPARE(root[0].value(QStringLiteral("keepalive")), QJsonValue(true));
        QVERIFY(doc.value(QStringLiteral("unreadable")).toInt() >= 2);
        // Root reads both.
        const QJsonObject asRoot = parse(keepalivectl({QStringLiteral("--json")}));
        QCOMPARE(clientsOf(asRoot, mine.port()).value(0).value(QStringLiteral("options_read")),
                 QJsonValue(true));
        QCOMPARE(clientsOf(asRoot, others.port()).value(0).value(QStringLiteral("options_read")),
                 QJsonValue(true));
    }

    // During a watch, a connection that opens is reported as opened, one that
    // closes as closed.
    void watch()
    {
        auto closing = std::make_unique<ConnectionHolder>();
        QVERIFY(closing->start({QStringLiteral("off")}));
        const int closingPort = closing->port();
        ConnectionHolder opening;
        QProcess watch;
        watch.start(QStringLiteral(KT_KEEPALIVECTL),
                    {QStringLiteral("connections"), QStringLiteral("--json"),
                     QStringLiteral("--watch"), QStringLiteral("4")});
        QVERIFY(watch.waitForStarted());
        QTest::qWait(1200);
        QVERIFY(opening.start({QStringLiteral("60:6:6:0")}));
        closing.reset();
        QVERIFY(watch.waitForFinished(20000));
        QCOMPARE(watch.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(watch.readAllStandardOutput()).object();
        bool opened = false;
        bool closed = false;
        for (const QJsonValue &v : doc.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString remote =
                e.value(QStringLiteral("connection"))[QStringLiteral("remote")].toString();
            if (e.value(QStringLiteral("event")) == QLatin1String("opened") &&
                remote.endsWith(QStringLiteral(":%1").arg(opening.port())))
                opened = true;
            if (e.value(QStringLiteral("event")) == QLatin1String("closed") &&
                remote.endsWith(QStringLiteral(":%1").arg(closingPort)))
                closed = true;
        }
        QVERIFY2(opened, "the connection opened during the watch was not reported");
        QVERIFY2(closed, "the connection closed during the watch was not reported");
        // The final listing has the new one and not the old one.
        QCOMPARE(clientsOf(doc, opening.port()).size(), 1);
        QCOMPARE(clientsOf(doc, closingPort).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliConnections)
#include "tst_cli_connections.moc"
