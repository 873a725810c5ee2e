// The privileged writer with a fake pkexec (tests/support/fake-pkexec.sh) on
// a fixture tree: every outcome's message, the read-back that decides success,
// the override warning, and that it never blocks (finished() comes from the
// event loop).
#include "FakeHelperFixture.h"
#include "sysctl/HelperLocator.h"
#include "sysctl/SysctlWriter.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace kt;

Q_DECLARE_METATYPE(kt::WriteResult)

namespace {

WriteResult waitForResult(QSignalSpy &spy)
{
    if (!spy.wait(20000) && spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<WriteResult>();
}

const QList<SysctlValue> kValues{{SysctlKey::KeepaliveTime, 600},
                                 {SysctlKey::KeepaliveInterval, 30},
                                 {SysctlKey::KeepaliveProbes, 5}};

} // namespace

class TestSysctlWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<kt::WriteResult>(); }

    void setSucceedsOnlyAfterReadingBack()
    {
        FakeHelperFixture host;
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy started(&writer, &SysctlWriter::started);
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set(kValues, false);
        QVERIFY(writer.isBusy());
        QCOMPARE(finished.count(), 0); // never synchronous
        const WriteResult r = waitForResult(finished);
        QCOMPARE(started.count(), 1);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QVERIFY(r.hostChanged);
        QCOMPARE(host.values(), (QByteArrayList{"600", "30", "5"}));
        QCOMPARE(r.after.runtimeParams()->idleS, 600);
        QVERIFY(r.message.contains(QStringLiteral("until the next reboot")));
        QVERIFY(!QFileInfo::exists(host.dropIn()));
        QVERIFY(!writer.isBusy());
    }

    void persistWritesTheDropInAndNamesOverrides()
    {
        FakeHelperFixture host;
        host.writeConfig(QStringLiteral("/etc/sysctl.conf"),
                         "# admin\nnet.ipv4.tcp_keepalive_time = 300\n");
        host.writeConfig(QStringLiteral("/etc/sysctl.d/10-early.conf"),
                         "net.ipv4.tcp_keepalive_probes = 3\n");
        SysctlWriter writer(host.command(), host.sources());
        // Before applying: the file read after ours, not the one before it.
        const QList<PersistOverride> before = writer.persistenceOverrides();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().key, SysctlKey::KeepaliveTime);
        QCOMPARE(before.first().assignment.path, QStringLiteral("/etc/sysctl.conf"));
        QCOMPARE(before.first().assignment.line, 2);
        QVERIFY(SysctlWriter::describeOverrides(before).contains(
            QStringLiteral("/etc/sysctl.conf line 2 sets net.ipv4.tcp_keepalive_time = 300")));

        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set(kValues, true);
        const WriteResult r = waitForResult(finished);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QVERIFY(QFileInfo::exists(host.dropIn()));
        QCOMPARE(r.overrides, before);
        QVERIFY(r.message.contains(QStringLiteral("kept after reboot")));
        QVERIFY(r.message.contains(QStringLiteral("/etc/sysctl.conf line 2")));
    }

    void resetPersistRemovesTheDropIn()
    {
        FakeHelperFixture host;
        host.setValues(60, 5, 2);
        host.writeConfig(QStringLiteral("/etc/sysctl.d/90-keepalive-tuner.conf"),
                         "net.ipv4.tcp_keepalive_time = 60\n");
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.reset(true);
        const WriteResult r = waitForResult(finished);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QVERIFY(r.reset);
        QCOMPARE(host.values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(host.dropIn()));
        QVERIFY(r.message.contains(QStringLiteral("stay after reboot")));
        // What was there before, for an Undo through the same path.
        QVERIFY(r.dropInExistedBefore);
        QCOMPARE(r.valuesBefore, std::optional(KeepaliveParams{60, 5, 2, 0}));
        QVERIFY(!writer.dropInExists());
    }

    void resetPersistSaysWhatStillAppliesAtBoot()
    {
        FakeHelperFixture host;
        host.writeConfig(QStringLiteral("/etc/sysctl.d/60-site.conf"),
                         "net.ipv4.tcp_keepalive_intvl = 20\n"
                         "net.ipv4.tcp_keepalive_probes = 9\n"); // the default: no surprise
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.reset(true);
        const WriteResult r = waitForResult(finished);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.overrides.size(), 1);
        QCOMPARE(r.overrides.first().key, SysctlKey::KeepaliveInterval);
        QVERIFY2(r.message.contains(QStringLiteral("other configuration still applies at boot: "
                                                   "/etc/sysctl.d/60-site.conf line 1 sets "
                                                   "net.ipv4.tcp_keepalive_intvl = 20")),
                 qPrintable(r.message));
        QVERIFY(!r.message.contains(QStringLiteral("stay after reboot")));
        // No drop-in existed: the message names none.
        QVERIFY(!r.dropInExistedBefore);
        QVERIFY(!r.message.contains(QStringLiteral("90-keepalive-tuner.conf")));
        QCOMPARE(SysctlWriter::resetOverrides(r.after), r.overrides);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("exitStatus");
        QTest::addColumn<WriteOutcome>("outcome");
        QTest::addColumn<QString>("words");
        QTest::newRow("pkexec 126")
            << QByteArray("126") << WriteOutcome::Cancelled << QStringLiteral("Cancelled");
        QTest::newRow("pkexec 127") << QByteArray("127") << WriteOutcome::NotAuthorized
                                    << QStringLiteral("no authentication agent");
        QTest::newRow("helper bad value")
            << QByteArray("5") << WriteOutcome::Refused << QStringLiteral("not a whole number");
        QTest::newRow("helper not root")
            << QByteArray("3") << WriteOutcome::Refused << QStringLiteral("did not run as root");
        QTest::newRow("helper write failed")
            << QByteArray("8") << WriteOutcome::Failed << QStringLiteral("were restored");
        QTest::newRow("helper persist failed")
            << QByteArray("10") << WriteOutcome::Failed << QStringLiteral("could not be kept");
        QTest::newRow("unexpected status")
            << QByteArray("1") << WriteOutcome::Failed << QStringLiteral("exit status 1");
    }
    void failures()
    {
        QFETCH(QByteArray, exitStatus);
        QFETCH(WriteOutcome, outcome);
        QFETCH(QString, words);
        FakeHelperFixture host;
        qputenv("KT_FAKE_EXIT", exitStatus);
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set(kValues, true);
        const WriteResult r = waitForResult(finished);
        QCOMPARE(r.outcome, outcome);
        QVERIFY2(r.message.contains(words), qPrintable(r.message));
        QVERIFY2(r.message.endsWith(QStringLiteral("Nothing was changed.")), qPrintable(r.message));
        QCOMPARE(r.message.count(QStringLiteral("Nothing was changed")), 1);
        QVERIFY(!r.hostChanged);
        QCOMPARE(r.exitCode, exitStatus.toInt());
        QVERIFY(r.detail.contains(QStringLiteral("fake refusal")));
        QCOMPARE(host.values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(host.dropIn()));
    }

    void helperSuccessIsNotBelievedWithoutTheKernel()
    {
        FakeHelperFixture host;
        qputenv("KT_FAKE_LIE", "1");
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set(kValues, false);
        const WriteResult r = waitForResult(finished);
        QCOMPARE(r.outcome, WriteOutcome::NotVerified);
        QVERIFY2(r.message.contains(QStringLiteral("net.ipv4.tcp_keepalive_time is 7200, not 600")),
                 qPrintable(r.message));
    }

    void missingPkexec()
    {
        FakeHelperFixture host;
        HelperCommand command = host.command();
        command.program = host.root() + QStringLiteral("/no/such/pkexec");
        SysctlWriter writer(command, host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set(kValues, false);
        const WriteResult r = waitForResult(finished);
        QCOMPARE(r.outcome, WriteOutcome::PkexecMissing);
        QVERIFY(r.message.contains(QStringLiteral("pkexec is not installed")));
        QVERIFY(r.message.endsWith(QStringLiteral("Nothing was changed.")));
        QCOMPARE(r.message.count(QStringLiteral("Nothing was changed")), 1);
    }

    void missingHelper()
    {
        FakeHelperFixture host;
        HelperCommand command = host.command();
        command.helperPath.clear();
        command.searched = {QStringLiteral("/somewhere/keepalive-tuner-helper")};
        SysctlWriter writer(command, host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.reset(false);
        const WriteResult r = waitForResult(finished);
        QCOMPARE(r.outcome, WriteOutcome::HelperMissing);
        QVERIFY(r.detail.contains(QStringLiteral("/somewhere/keepalive-tuner-helper")));
        QCOMPARE(r.message.count(QStringLiteral("Nothing was changed")), 1);
    }

    void refusesOutOfRangeWithoutRunningAnything()
    {
        FakeHelperFixture host;
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy started(&writer, &SysctlWriter::started);
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set({{SysctlKey::KeepaliveProbes, 256}}, false);
        const WriteResult r = waitForResult(finished);
        QCOMPARE(r.outcome, WriteOutcome::Refused);
        QVERIFY(r.message.contains(QStringLiteral("between 1 and 255")));
        QCOMPARE(started.count(), 0);
    }

    void oneChangeAtATime()
    {
        FakeHelperFixture host;
        qputenv("KT_FAKE_DELAY", "0.5");
        SysctlWriter writer(host.command(), host.sources());
        QSignalSpy finished(&writer, &SysctlWriter::finished);
        writer.set(kValues, false);
        writer.reset(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(finished.at(0).at(0).value<WriteResult>().outcome, WriteOutcome::Busy);
        QVERIFY(finished.at(1).at(0).value<WriteResult>().succeeded());
        QCOMPARE(host.values(), (QByteArrayList{"600", "30", "5"}));
    }

    void locatesTheBuildTreeHelperCanonically()
    {
        qunsetenv("KT_HELPER_PATH");
        QStringList searched;
        const QString found = locateHelper(&searched);
        QCOMPARE(found, QFileInfo(QStringLiteral(KT_BUILD_TREE_HELPER)).canonicalFilePath());
        QVERIFY(!found.contains(QStringLiteral("..")));
        QVERIFY(searched.size() >= 2); // next to the program, and the build tree

        // The test-only override, canonicalized too.
        qputenv("KT_HELPER_PATH", QByteArray(KT_BUILD_TREE_HELPER) + "/../keepalive-tuner-helper");
        QCOMPARE(locateHelper(), found);
        qputenv("KT_HELPER_PATH", "/nonexistent/helper");
        QCOMPARE(locateHelper(), found); // falls through to the next candidate
        qunsetenv("KT_HELPER_PATH");

        const HelperCommand command = defaultHelperCommand();
        QCOMPARE(command.helperPath, found);
        if (::geteuid() == 0) {
            QCOMPARE(command.program, found);
            QVERIFY(!command.viaPkexec);
        } else {
            QCOMPARE(command.program, QStringLiteral("pkexec"));
            QCOMPARE(command.arguments, QStringList{found});
        }
    }
};

QTEST_GUILESS_MAIN(TestSysctlWriter)
#include "tst_sysctl_writer.moc"
