// One answer everywhere (issue 8): for the same values every surface that says
// when a dead peer is noticed says the schedule model's sentence, word for
// word. The surfaces are the real ones: keepalivectl schedule, probe and show
// run as programs, and the window built the way the application builds it
// (GuiAssembly), offscreen, with its Timeline, Test connection and System
// pages. Runs in a private network namespace, so probe and the Test
// connection page reach their embedded loopback peer and nothing else.
#include "ProgramRun.h"
#include "app/gui/GuiAssembly.h"
#include "schedule/Detection.h"
#include "schedule/Schedule.h"
#include "session/ConnectionSet.h"
#include "session/ExploredParams.h"
#include "socket/SocketOptions.h"
#include "socket/TestConnection.h"
#include "sysctl/KernelHz.h"
#include "ui/ConnectionPage.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace kt;

namespace {

// One row of the table: values and what the peer does.
struct Case
{
    int idleS = 0;
    int intervalS = 0;
    int count = 0;
    int userTimeoutMs = 0;
    Scenario scenario = Scenario::Dead;

    KeepaliveParams params() const { return {idleS, intervalS, count, userTimeoutMs}; }
};

// The wordings the issue found, each a different answer from the model's.
const QStringList kOldWordings{QStringLiteral("idle + count × interval"),
                               QStringLiteral("plus TCP_USER_TIMEOUT"),
                               QStringLiteral("or by TCP_USER_TIMEOUT")};

// The HZ keepalivectl schedule and the Timeline model with: the running
// kernel's, else the model's assumption.
int hostHz()
{
    const auto hz = readKernelHz();
    return hz ? hz->hz : kDefaultHz;
}

ScheduleInput modelInput(const KeepaliveParams &params, Scenario scenario)
{
    ScheduleInput in;
    in.params = params;
    in.scenario = scenario;
    in.hz = hostHz();
    return in;
}

// The model's answer, from core alone.
struct Expected
{
    QString sentence;
    std::optional<double> detectionS;
};

Expected expectedFor(const ScheduleInput &in)
{
    const Schedule schedule = computeSchedule(in);
    return {describeDetection(in, schedule), schedule.detectionS};
}

ProgramRun keepalivectl(const QStringList &args)
{
    return runProgram(QStringLiteral(KT_KEEPALIVECTL), args, 15000);
}

QJsonObject parseJson(const ProgramRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return document.object();
}

QStringList valueArgs(const Case &c)
{
    return {QStringLiteral("--idle"),         QString::number(c.idleS),
            QStringLiteral("--interval"),     QString::number(c.intervalS),
            QStringLiteral("--count"),        QString::number(c.count),
            QStringLiteral("--user-timeout"), QString::number(c.userTimeoutMs)};
}

// A JSON number or null against the model's optional time.
bool sameTime(const QJsonValue &value, const std::optional<double> &model)
{
    if (!model)
        return value.isNull();
    return value.isDouble() && value.toDouble() == *model;
}

QString timeText(const QJsonValue &value)
{
    return value.isNull() ? QStringLiteral("null") : QString::number(value.toDouble(), 'g', 17);
}

QString timeText(const std::optional<double> &model)
{
    return model ? QString::number(*model, 'g', 17) : QStringLiteral("null");
}

// A /proc/sys tree holding only the three keep-alive sysctls.
bool writeProcSys(const QString &root, const KeepaliveParams &p)
{
    const QString dir = root + QStringLiteral("/net/ipv4");
    if (!QDir().mkpath(dir))
        return false;
    const std::pair<const char *, int> files[] = {{"tcp_keepalive_time", p.idleS},
                                                  {"tcp_keepalive_intvl", p.intervalS},
                                                  {"tcp_keepalive_probes", p.count}};
    for (const auto &[name, value] : files) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(value) + '\n') < 0)
            return false;
    }
    return true;
}

template<typename T>
T *child(QWidget *root, const char *name)
{
    T *widget = root ? root->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestDetectionAgreement : public QObject
{
    Q_OBJECT
private:
    // Everything the surfaces said, for the last check: "surface: text".
    QStringList m_said;

    void said(const QString &surface, const QString &text)
    {
        m_said << surface + QStringLiteral(": ") + text;
    }

    // Every label of the window, as a person would read them.
    void saidByWindow(const QString &surface, QWidget *window)
    {
        for (const QLabel *label : window->findChildren<QLabel *>())
            if (!label->text().isEmpty())
                said(surface, label->text());
    }

    static void addCases()
    {
        QTest::addColumn<Case>("values");
        // The values without and with its user timeout: 55 s, 15 s.
        QTest::newRow("dead peer 10/5/9") << Case{10, 5, 9, 0};
        QTest::newRow("issue: 10/5/9, user timeout 12000 ms") << Case{10, 5, 9, 12000};
        // A user timeout shorter than idle still waits for one probe: 3 s.
        QTest::newRow("user timeout 500 ms < idle 2 s") << Case{2, 1, 5, 500};
        // Longer than idle: the first timer after it ends the connection, 3 s.
        QTest::newRow("user timeout 2500 ms > idle 1 s") << Case{1, 1, 5, 2500};
        QTest::newRow("count 1: 1/2/1") << Case{1, 2, 1, 0};
        // An interval longer than idle sets the pace of a live peer's probes.
        QTest::newRow("live peer 3/7/2") << Case{3, 7, 2, 0, Scenario::Alive};
    }

    // The sysctls have no user timeout: only cases without one are theirs.
    static void addSysctlCases()
    {
        QTest::addColumn<Case>("values");
        QTest::newRow("dead peer 10/5/9") << Case{10, 5, 9, 0};
        QTest::newRow("count 1: 1/2/1") << Case{1, 2, 1, 0};
        QTest::newRow("3/7/2") << Case{3, 7, 2, 0};
    }

private slots:
    void initTestCase()
    {
        // The figures the table is about, so a change in the model shows here
        // as well as on the surfaces.
        const auto dead = [](const Case &c) {
            // -1 for "never", so a failure prints the figure.
            return computeSchedule(modelInput(c.params(), Scenario::Dead)).detectionS.value_or(-1);
        };
        QCOMPARE(dead({10, 5, 9, 0}), 55.0);
        QCOMPARE(dead({10, 5, 9, 12000}), 15.0);
        QCOMPARE(dead({2, 1, 5, 500}), 3.0);
        QCOMPARE(dead({1, 1, 5, 2500}), 3.0);
        QCOMPARE(dead({1, 2, 1, 0}), 3.0);
        QCOMPARE(dead({3, 7, 2, 0}), 17.0);
        QCOMPARE(computeSchedule(modelInput({3, 7, 2, 0}, Scenario::Alive)).detectionS.value_or(-1),
                 -1.0);
    }

    void scheduleCommand_data() { addCases(); }
    void scheduleCommand()
    {
        QFETCH(Case, values);
        const ScheduleInput in = modelInput(values.params(), values.scenario);
        const Expected expected = expectedFor(in);
        QStringList args = QStringList{QStringLiteral("schedule")} + valueArgs(values);
        if (values.scenario != Scenario::Dead)
            args << QStringLiteral("--peer") << scenarioName(values.scenario);

        const ProgramRun json = keepalivectl(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject doc = parseJson(json);
        QCOMPARE(doc.value(QStringLiteral("input")).toObject().value(QStringLiteral("hz")).toInt(),
                 in.hz);
        QCOMPARE(doc.value(QStringLiteral("summary")).toString(), expected.sentence);
        QVERIFY2(sameTime(doc.value(QStringLiteral("detection_time_s")), expected.detectionS),
                 qPrintable(QStringLiteral("detection_time_s %1, model %2")
                                .arg(timeText(doc.value(QStringLiteral("detection_time_s"))),
                                     timeText(expected.detectionS))));
        said(QStringLiteral("schedule --json"), QString::fromUtf8(json.out));

        const ProgramRun text = keepalivectl(args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.outText().contains(expected.sentence + QLatin1Char('.')),
                 qPrintable(text.outText()));
        said(QStringLiteral("schedule"), text.outText());
    }

    // probe has no scenario: it tells what happens when its peer goes away.
    void probeCommand_data() { addCases(); }
    void probeCommand()
    {
        QFETCH(Case, values);
        const QStringList args = QStringList{QStringLiteral("probe")} + valueArgs(values);

        const ProgramRun json = keepalivectl(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject doc = parseJson(json);
        const QJsonObject effective = doc.value(QStringLiteral("effective")).toObject();
        const KeepaliveParams read{effective.value(QStringLiteral("idle_s")).toInt(),
                                   effective.value(QStringLiteral("interval_s")).toInt(),
                                   effective.value(QStringLiteral("count")).toInt(),
                                   effective.value(QStringLiteral("user_timeout_ms")).toInt()};
        // The kernel took the values as asked, so the row's figures apply.
        QVERIFY2(read == values.params(), qPrintable(describeValues(read)));
        QVERIFY(effective.value(QStringLiteral("keepalive")).toBool());
        const Expected expected = expectedFor(modelInput(read, Scenario::Dead));
        QCOMPARE(doc.value(QStringLiteral("summary")).toString(), expected.sentence);
        QVERIFY2(sameTime(doc.value(QStringLiteral("detection_time_s")), expected.detectionS),
                 qPrintable(QStringLiteral("detection_time_s %1, model %2")
                                .arg(timeText(doc.value(QStringLiteral("detection_time_s"))),
                                     timeText(expected.detectionS))));
        said(QStringLiteral("probe --json"), QString::fromUtf8(json.out));

        const ProgramRun text = keepalivectl(args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.outText().contains(expected.sentence), qPrintable(text.outText()));
        said(QStringLiteral("probe"), text.outText());
    }

    void showCommand_data() { addSysctlCases(); }
    void showCommand()
    {
        QFETCH(Case, values);
        QTemporaryDir procSys;
        QTemporaryDir configRoot; // empty: no configuration file to trace
        QVERIFY(procSys.isValid() && configRoot.isValid());
        QVERIFY(writeProcSys(procSys.path(), values.params()));
        const Expected expected = expectedFor(modelInput(values.params(), Scenario::Dead));
        const QStringList args{QStringLiteral("show"), QStringLiteral("--proc-sys"), procSys.path(),
                               QStringLiteral("--config-root"), configRoot.path()};

        const ProgramRun json = keepalivectl(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject doc = parseJson(json);
        QVERIFY2(sameTime(doc.value(QStringLiteral("detection_time_s")), expected.detectionS),
                 qPrintable(QStringLiteral("detection_time_s %1, model %2")
                                .arg(timeText(doc.value(QStringLiteral("detection_time_s"))),
                                     timeText(expected.detectionS))));
        const QString summary = doc.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.startsWith(expected.sentence), qPrintable(summary));
        said(QStringLiteral("show --json"), QString::fromUtf8(json.out));

        const ProgramRun text = keepalivectl(args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.outText().contains(expected.sentence), qPrintable(text.outText()));
        said(QStringLiteral("show"), text.outText());
    }

    // The window: the Timeline with the shared values, the Test connection
    // page with a connection opened through its form, and (values without a
    // user timeout) the System page reading a fixture /proc/sys.
    void window_data() { addCases(); }
    void window()
    {
        QFETCH(Case, values);
        const Expected expected = expectedFor(modelInput(values.params(), values.scenario));
        const Expected dead = expectedFor(modelInput(values.params(), Scenario::Dead));

        QTemporaryDir procSys;
        QTemporaryDir configRoot;
        QVERIFY(procSys.isValid() && configRoot.isValid());
        QVERIFY(writeProcSys(procSys.path(), values.params()));
        app::GuiOptions options;
        options.procSysRoot = procSys.path();
        options.configRoot = configRoot.path();
        app::GuiAssembly assembly(options);
        ui::MainWindow *window = assembly.window();
        auto *header = child<QLabel>(window, "headline");
        QVERIFY(header);

        // System page: the host's values are the fixture's.
        if (values.userTimeoutMs == 0) {
            ui::Page *system = window->page(QStringLiteral("system"));
            QVERIFY(system);
            window->showPage(QStringLiteral("system"));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY2(assembly.exploredParams()->params() == values.params(),
                     qPrintable(describeValues(assembly.exploredParams()->params())));
            QVERIFY2(system->headline().contains(dead.sentence), qPrintable(system->headline()));
            QCOMPARE(header->text(), system->headline());
            auto *effect = child<QLabel>(system, "effectLabel");
            QVERIFY(effect);
            QVERIFY2(effect->text().contains(dead.sentence), qPrintable(effect->text()));
            saidByWindow(QStringLiteral("System page"), window);
        }

        // Timeline: the shared values, its own user timeout and scenario.
        ui::Page *timeline = window->page(QStringLiteral("timeline"));
        QVERIFY(timeline);
        window->showPage(QStringLiteral("timeline"));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        assembly.exploredParams()->setParams(values.params(), QStringLiteral("the agreement test"));
        auto *userTimeout = child<QSpinBox>(timeline, "userTimeout");
        auto *scenario = child<QComboBox>(timeline, "scenario");
        QVERIFY(userTimeout && scenario);
        userTimeout->setValue(values.userTimeoutMs);
        const int scenarioIndex = scenario->findData(int(values.scenario));
        QVERIFY(scenarioIndex >= 0);
        scenario->setCurrentIndex(scenarioIndex);
        QVERIFY2(timeline->headline().contains(expected.sentence),
                 qPrintable(timeline->headline()));
        QCOMPARE(header->text(), timeline->headline());
        saidByWindow(QStringLiteral("Timeline page"), window);

        // Test connection page: it first connects to the embedded peer with
        // everything inherited; then a second connection with the row's
        // values, set through the form.
        auto *page = qobject_cast<ui::ConnectionPage *>(window->page(QStringLiteral("connection")));
        QVERIFY(page);
        window->showPage(QStringLiteral("connection"));
        QTRY_VERIFY(page->isReadyForScreenshot());
        const struct
        {
            const char *spin;
            const char *inherit;
            int value;
        } fields[] = {{"idleSpin", "idleInherit", values.idleS},
                      {"intervalSpin", "intervalInherit", values.intervalS},
                      {"countSpin", "countInherit", values.count},
                      {"userTimeoutSpin", "userTimeoutInherit", values.userTimeoutMs}};
        for (const auto &f : fields) {
            auto *inherit = child<QCheckBox>(page, f.inherit);
            auto *spin = child<QSpinBox>(page, f.spin);
            QVERIFY(inherit && spin);
            inherit->setChecked(false);
            spin->setValue(f.value);
        }
        auto *connect = child<QPushButton>(page, "connectButton");
        QVERIFY(connect);
        QVERIFY2(connect->isEnabled(), qPrintable(child<QLabel>(page, "formMessage")->text()));
        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_COMPARE(page->connections()->connections().size(), 2);
        TestConnection *opened = page->connections()->connections().last();
        QTRY_COMPARE(page->connections()->selected(), opened);
        QTRY_VERIFY(opened->effective());
        QVERIFY2(opened->effective()->params() == values.params(),
                 qPrintable(describeValues(opened->effective()->params())));
        // No scenario here: the page tells what happens when the peer goes.
        QTRY_VERIFY2(page->headline().contains(dead.sentence), qPrintable(page->headline()));
        QVERIFY2(page->headline().contains(opened->peerAddress()), qPrintable(page->headline()));
        QTRY_COMPARE(header->text(), page->headline());
        saidByWindow(QStringLiteral("Test connection page"), window);
    }

    void noSurfaceUsesAnOldWording()
    {
        // The texts are collected by the functions above; run alone, this
        // one has nothing to look at.
        if (m_said.isEmpty())
            QSKIP("run the whole test: the surfaces' texts are collected by the functions "
                  "above");
        for (const QString &text : std::as_const(m_said)) {
            for (const QString &old : kOldWordings)
                QVERIFY2(!text.contains(old), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestDetectionAgreement)
#include "tst_detection_agreement.moc"
