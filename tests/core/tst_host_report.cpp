// The fleet's reports read back (sysctl/HostReport.h): real `show --json`
// reports in tests/fixtures/reports, malformed ones each with its own error,
// all-or-nothing loading, the comparison with a baseline and the CSV export.
#include "sysctl/HostReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;

namespace {

const QString kReports = QStringLiteral(KT_FIXTURES_DIR "/reports");

QByteArray fixture(const QString &name)
{
    QFile f(kReports + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestHostReport : public QObject
{
    Q_OBJECT
private slots:
    void readsARealReport()
    {
        QString error;
        const auto report = parseHostReport(fixture(QStringLiteral("matching/web-1.json")),
                                            QStringLiteral("web-1.json"), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->hostname, QStringLiteral("web-1"));
        QVERIFY(!report->hostnameFromFile);
        QCOMPARE(report->setting(SysctlKey::KeepaliveTime).value, 900);
        QCOMPARE(report->setting(SysctlKey::KeepaliveInterval).value, 45);
        QCOMPARE(report->setting(SysctlKey::KeepaliveProbes).value, 7);
        QCOMPARE(report->setting(SysctlKey::KeepaliveProbes).configuredValue, 5);
        QVERIFY(report->setting(SysctlKey::KeepaliveProbes).runtimeDiffers);
        QCOMPARE(report->warnings, 3);
        QCOMPARE(report->problems, 1);
        // The model's answer, the same the report itself states.
        QCOMPARE(report->detectionTimeS(), 900.0 + 7 * 45);
    }

    void malformedReportsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = fixture(QStringLiteral("matching/web-1.json"));
        QByteArray twice = good;
        twice.replace("net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_time");
        QByteArray fraction = good;
        fraction.replace("\"value\": 900", "\"value\": 900.5");
        QByteArray text = good;
        text.replace("\"value\": 900", "\"value\": \"900\"");
        QByteArray unknown = good;
        unknown.replace("net.ipv4.tcp_keepalive_intvl", "net.core.somaxconn");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("x.json: not valid JSON");
        QTest::newRow("truncated")
            << good.left(good.size() / 2) << QStringLiteral("x.json: not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << QStringLiteral("x.json: the JSON is not an object");
        QTest::newRow("no settings") << QByteArray("{\"summary\": \"x\"}")
                                     << QStringLiteral("x.json: it has no \"settings\" list");
        QTest::newRow("missing key")
            << QByteArray("{\"settings\": []}")
            << QStringLiteral("x.json: net.ipv4.tcp_keepalive_time is missing");
        QTest::newRow("twice") << twice
                               << QStringLiteral(
                                      "x.json: net.ipv4.tcp_keepalive_time is listed twice");
        QTest::newRow("fraction") << fraction
                                  << QStringLiteral(
                                         "x.json: net.ipv4.tcp_keepalive_time has a value that is "
                                         "not a whole number");
        QTest::newRow("string") << text
                                << QStringLiteral(
                                       "x.json: net.ipv4.tcp_keepalive_time has a value");
        QTest::newRow("unknown") << unknown
                                 << QStringLiteral(
                                        "x.json: a setting names \"net.core.somaxconn\", which is "
                                        "not a keep-alive sysctl");
    }

    void malformedReportsSayWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseHostReport(json, QStringLiteral("x.json"), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void aReportWithoutHostnameIsNamedAfterItsFile()
    {
        QByteArray json = fixture(QStringLiteral("matching/web-1.json"));
        json.replace("\"hostname\"", "\"former_hostname\"");
        const auto report = parseHostReport(json, QStringLiteral("dir/db-7.json"), nullptr);
        QVERIFY(report);
        QCOMPARE(report->hostname, QStringLiteral("db-7"));
        QVERIFY(report->hostnameFromFile);
    }

    void unreadableValuesAreKeptAsUnknown()
    {
        QByteArray json = fixture(QStringLiteral("matching/web-1.json"));
        json.replace("\"value\": 900", "\"value\": null");
        const auto report = parseHostReport(json, QStringLiteral("x.json"), nullptr);
        QVERIFY(report);
        QVERIFY(!report->setting(SysctlKey::KeepaliveTime).value);
        QVERIFY(!report->detectionTimeS());
    }

    void loadsADirectoryInNameOrder()
    {
        const HostReportLoad load = loadHostReports({kReports + QStringLiteral("/matching")});
        QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.join(QLatin1Char('\n'))));
        QCOMPARE(load.reports.size(), 2);
        QCOMPARE(load.reports.at(0).hostname, QStringLiteral("web-1"));
        QCOMPARE(load.reports.at(1).hostname, QStringLiteral("web-2"));
    }

    void oneBadFileLoadsNothingAndNamesEachFailure()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(kReports + QStringLiteral("/matching/web-1.json"),
                            dir.filePath(QStringLiteral("a.json"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.json")), "{\"settings\": 1}"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.json")), "not json"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "ignored"));
        const HostReportLoad load =
            loadHostReports({dir.path(), dir.filePath(QStringLiteral("missing.json"))});
        QVERIFY(load.reports.isEmpty());
        QCOMPARE(load.errors.size(), 3);
        QVERIFY(load.errors.at(0).startsWith(dir.filePath(QStringLiteral("b.json")) +
                                             QStringLiteral(": it has no")));
        QVERIFY(load.errors.at(1).startsWith(dir.filePath(QStringLiteral("c.json")) +
                                             QStringLiteral(": not valid")));
        QVERIFY(load.errors.at(2).endsWith(QStringLiteral("missing.json: no such file")));
        const HostReportLoad empty = loadHostReports({dir.filePath(QStringLiteral("sub"))});
        QCOMPARE(empty.errors.size(), 1);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(loadHostReports({dir.filePath(QStringLiteral("sub"))})
                    .errors.value(0)
                    .endsWith(QStringLiteral("the folder holds no .json report")));
    }

    void driftFromTheBaseline()
    {
        const HostReportLoad load =
            loadHostReports({kReports + QStringLiteral("/matching"),
                             kReports + QStringLiteral("/drifting/web-3.json")});
        QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.join(QLatin1Char('\n'))));
        QCOMPARE(load.reports.size(), 3);
        QVERIFY(compareWithBaseline(load.reports.at(1), load.reports.at(0)).isEmpty());
        const QList<HostDrift> drift = compareWithBaseline(load.reports.at(2), load.reports.at(0));
        QCOMPARE(drift.size(), 1);
        QCOMPARE(describeDrift(drift.at(0)),
                 QStringLiteral("net.ipv4.tcp_keepalive_time is 7200 s (baseline 900 s)"));
        QCOMPARE(load.reports.at(2).detectionTimeS(), 7200.0 + 7 * 45);
    }

    void csvExport()
    {
        const HostReportLoad load =
            loadHostReports({kReports + QStringLiteral("/matching/web-1.json"),
                             kReports + QStringLiteral("/drifting/web-3.json")});
        QVERIFY(load.errors.isEmpty());
        QList<HostReport> reports = load.reports;
        reports[1].origin = QStringLiteral("reports/web-3, \"old\".json");
        reports[0].origin = QStringLiteral("web-1.json");
        const QString csv = hostReportsToCsv(reports, 0);
        QCOMPARE(csv,
                 QStringLiteral(
                     "host,report,net.ipv4.tcp_keepalive_time,net.ipv4.tcp_keepalive_time "
                     "configured,net.ipv4.tcp_keepalive_intvl,net.ipv4.tcp_keepalive_intvl "
                     "configured,net.ipv4.tcp_keepalive_probes,net.ipv4.tcp_keepalive_probes "
                     "configured,detection_time_s,warnings,problems,baseline,"
                     "differs_from_baseline\r\n"
                     "web-1,web-1.json,900,900,45,45,7,5,1215,3,1,yes,\r\n"
                     "web-3,\"reports/web-3, \"\"old\"\".json\",7200,900,45,45,7,5,7515,3,1,no,"
                     "net.ipv4.tcp_keepalive_time is 7200 s (baseline 900 s)\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHostReport)
#include "tst_host_report.moc"
