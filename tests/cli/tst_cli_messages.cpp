// keepalivectl's messages from the shared command-line handling, the same in
// every subcommand: run as a program, in a private network namespace (probe
// opens a real connection for its table).
#include "ProgramRun.h"

#include <QRegularExpression>
#include <QTest>

namespace {

ProgramRun keepalivectl(const QStringList &args)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL), args, 15000);
}

} // namespace

class TestCliMessages : public QObject
{
    Q_OBJECT
private slots:
    void helpNamesTheCommandNotThePath_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"show", "schedule", "probe", "set", "reset"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void helpNamesTheCommandNotThePath()
    {
        QFETCH(QString, command);
        const ProgramRun run = keepalivectl({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString usage = run.outText().section(QLatin1Char('\n'), 0, 0);
        // The binary is started by its build path; the help says what to type.
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: keepalivectl %1 [options]").arg(command)),
                 qPrintable(usage));
        QVERIFY2(!run.outText().contains(QStringLiteral(KT_KEEPALIVECTL)), run.out.constData());
    }

    void repeatedOptionIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString json = QStringLiteral("--json");
        const QString persist = QStringLiteral("--persist");
        QTest::newRow("show") << QStringList{QStringLiteral("show"), json, json}
                              << QStringLiteral("--json was given twice");
        QTest::newRow("schedule") << QStringList{QStringLiteral("schedule"),
                                                 QStringLiteral("--idle"), QStringLiteral("5"),
                                                 QStringLiteral("--idle"), QStringLiteral("6")}
                                  << QStringLiteral("--idle was given twice");
        QTest::newRow("probe") << QStringList{QStringLiteral("probe"), QStringLiteral("--idle"),
                                              QStringLiteral("5"), QStringLiteral("--idle=6")}
                               << QStringLiteral("--idle was given twice");
        QTest::newRow("probe three times") << QStringList{QStringLiteral("probe"), json, json, json}
                                           << QStringLiteral("--json was given 3 times");
        // Refused before the helper is asked anything.
        QTest::newRow("set") << QStringList{QStringLiteral("set"), persist, persist,
                                            QStringLiteral("net.ipv4.tcp_keepalive_time=600")}
                             << QStringLiteral("--persist was given twice");
        QTest::newRow("reset") << QStringList{QStringLiteral("reset"), persist, persist}
                               << QStringLiteral("--persist was given twice");
    }
    void repeatedOptionIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun run = keepalivectl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("keepalivectl: ") + message),
                 qPrintable(run.err));
    }

    void numbersOutOfRange_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString huge = QStringLiteral("99999999999999999999");
        QTest::newRow("schedule huge")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("--idle"), huge}
            << QStringLiteral("--idle must be between 1 and 2147483 s; got ") + huge;
        QTest::newRow("probe huge")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--idle"), huge}
            << QStringLiteral("--idle must be between 1 and 32767 s (TCP_KEEPIDLE); got ") + huge;
        QTest::newRow("probe huge negative")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--count"),
                           QLatin1Char('-') + huge}
            << QStringLiteral("--count must be between 1 and 127 (TCP_KEEPCNT); got -") + huge;
        QTest::newRow("set huge")
            << QStringList{QStringLiteral("set"),
                           QStringLiteral("net.ipv4.tcp_keepalive_probes=") + huge}
            << QStringLiteral("net.ipv4.tcp_keepalive_probes must be between 1 and 255; got ") +
                   huge;
        // Past INT_MAX: the range is TCP_USER_TIMEOUT's, not int's.
        QTest::newRow("probe user timeout past int")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--user-timeout"),
                           QStringLiteral("2147483648")}
            << QStringLiteral(
                   "--user-timeout must be between 0 and 2147483647 ms (TCP_USER_TIMEOUT); "
                   "got 2147483648");
        QTest::newRow("probe count past int")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--count"),
                           QStringLiteral("-2147483649")}
            << QStringLiteral("--count must be between 1 and 127 (TCP_KEEPCNT); got -2147483649");
        QTest::newRow("not a number still is")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--idle"), QStringLiteral("12x")}
            << QStringLiteral("--idle takes a whole number, not \"12x\"");
    }
    void numbersOutOfRange()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun run = keepalivectl(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("keepalivectl: ") + message + QLatin1Char('\n'));
        // The range once, and never a negative bound for a count or a time.
        QVERIFY(run.err.count(QStringLiteral(" between ")) <= 1);
        QVERIFY2(!run.err.contains(QStringLiteral("between -")), qPrintable(run.err));
    }

    void probeNamesOptionsAsTyped_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("user-timeout") << QStringLiteral("--user-timeout") << QStringLiteral("-1");
        QTest::newRow("idle") << QStringLiteral("--idle") << QStringLiteral("40000");
        QTest::newRow("interval") << QStringLiteral("--interval") << QStringLiteral("0");
        QTest::newRow("count") << QStringLiteral("--count") << QStringLiteral("128");
    }
    void probeNamesOptionsAsTyped()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const ProgramRun run = keepalivectl({QStringLiteral("probe"), option, value});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("keepalivectl: %1 must be between ").arg(option)),
            qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("user_timeout")), qPrintable(run.err));
    }

    void probeTableStaysAligned()
    {
        const ProgramRun run = keepalivectl(
            {QStringLiteral("probe"), QStringLiteral("--idle"), QStringLiteral("32767"),
             QStringLiteral("--user-timeout"), QStringLiteral("2147483647")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.outText().split(QLatin1Char('\n'));
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("  option .*")));
        QVERIFY2(header >= 0, run.out.constData());
        // Header and five options: every column ends where its header ends.
        const QStringList table = lines.mid(header, 6);
        QCOMPARE(table.size(), 6);
        const qsizetype requestedEnd = table.first().indexOf(QStringLiteral("requested")) + 9;
        const qsizetype width = table.first().size();
        for (const QString &row : table) {
            QCOMPARE(row.size(), width);
            QCOMPARE(row.at(requestedEnd - 1).isSpace(), false);
            QVERIFY2(row.at(requestedEnd).isSpace(), qPrintable(row));
        }
        QVERIFY2(table.last().contains(QStringLiteral("2147483647 ms  2147483647 ms")),
                 qPrintable(table.last()));
    }
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
