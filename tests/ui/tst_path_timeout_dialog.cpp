// "Measure the path…" on the Advisor page, built the way the application
// builds it, offscreen, in a private network namespace: the dialog objects
// to bad fields in core's words; a real run against the echo listener on
// loopback (no middlebox) finishes with every trial surviving, a null
// timeout and the bounds it proved, and changes nothing in the Advisor; a
// measured result becomes the Advisor's custom middlebox, marked as
// measured; Cancel and closing keep what is known; a closed port and an
// unresolvable name are said plainly; the export is core's JSON document.
// With a staged middlebox (conntrack forgets the flow, as in the Lab) a run
// finds the timeout end to end and hands it to the Advisor, and a run
// cancelled once it has bounds hands them over only on request.
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "advise/Advisor.h"
#include "app/gui/GuiAssembly.h"
#include "lab/StagedMiddlebox.h"
#include "pathtimeout/PathTimeout.h"
#include "socket/ConnectError.h"
#include "socket/EchoServer.h"
#include "sysctl/NetNamespace.h"
#include "ui/AdvisorPage.h"
#include "ui/MainWindow.h"
#include "ui/PathTimeoutChart.h"
#include "ui/PathTimeoutDialog.h"
#include "ui/PathTimeoutTrialsModel.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cmath>

using namespace kt;
using namespace kt::pathtimeout;

namespace {

Trial trial(int round, double idleS, TrialOutcome outcome)
{
    Trial t;
    t.round = round;
    t.idleS = idleS;
    t.idleReachedS = idleS;
    t.outcome = outcome;
    return t;
}

// What `keepalivectl path-timeout` would have found behind an AWS NAT
// Gateway-like box: survived 345 s, cut silently at 352 s.
PathTimeoutResult measured345()
{
    PathTimeoutResult r;
    r.target = QStringLiteral("db.example.org:5432");
    r.address = QStringLiteral("192.0.2.7:5432");
    r.trials = {trial(1, 300, TrialOutcome::Survived), trial(1, 400, TrialOutcome::CutBySilence),
                trial(2, 345, TrialOutcome::Survived), trial(2, 352, TrialOutcome::CutBySilence)};
    r.setBounds(boundsOf(r.trials));
    return r;
}

// A port on loopback where nothing listens: bound, then closed again.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestPathTimeoutDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<app::GuiAssembly> m_assembly;
    ui::AdvisorPage *m_page = nullptr;
    ui::PathTimeoutDialog *m_dialog = nullptr;
    QTemporaryDir m_settingsDir;
    EchoServer m_echo;

    ui::MainWindow *window() const { return m_assembly->window(); }

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    QString text(const char *name) const { return find<QLabel>(name)->text(); }

    void fill(const QString &target, int maxS, int minS, int resolutionS, int parallel,
              const QString &send = QStringLiteral("\\n"))
    {
        ui::PathTimeoutForm f;
        f.target = target;
        f.send = send;
        f.maxS = maxS;
        f.minS = minS;
        f.resolutionS = resolutionS;
        f.parallel = parallel;
        m_dialog->setForm(f);
    }
    QString echoTarget() const { return QStringLiteral("127.0.0.1:%1").arg(m_echo.port()); }

    // Stages a middlebox that forgets idle flows after `timeoutS`, as the
    // Lab does, replacing any staged before; false with why not.
    static bool stage(lab::Nftables &nft, int timeoutS, bool reset, QString *why)
    {
        // Never the host's conntrack and rules: only in a namespace that is
        // not the first process's (unreadable as root of a user namespace,
        // where nothing of the host can be changed anyway).
        if (readNetNamespace().sameAsInit.value_or(false)) {
            *why = QStringLiteral("not in a private network namespace (run through ctest / "
                                  "in-netns.sh)");
            return false;
        }
        std::string error;
        nft.run("add table inet kt_lab\ndelete table inet kt_lab\n", error);
        if (lab::stageMiddlebox(
                nft, timeoutS, reset ? lab::ForgottenFlow::Reset : lab::ForgottenFlow::Drop, error))
            return true;
        *why = QStringLiteral("cannot stage a middlebox in this network namespace (%1); the runs "
                              "against the echo listener cover the dialog without one")
                   .arg(QString::fromStdString(error));
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QString error;
        QVERIFY2(m_echo.listen(0, &error), qPrintable(error));
    }

    void init()
    {
        QApplication::setPalette(ui::theme::lightPalette());
        m_assembly = std::make_unique<app::GuiAssembly>(test::hostAOptions());
        m_page = qobject_cast<ui::AdvisorPage *>(window()->page(QStringLiteral("advisor")));
        QVERIFY(m_page);
        m_page->setKernelHz(KernelHz{250, QStringLiteral("test")});
        window()->resize(ui::MainWindow::kScreenshotSize);
        window()->showPage(QStringLiteral("advisor"));
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("measurePathButton"));
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(m_page));
        QTest::mouseClick(button, Qt::LeftButton);
        m_dialog = m_page->pathDialog();
        QVERIFY(m_dialog);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        // Nobody answers questions here.
        m_dialog->setStopConfirmation([] { return true; });
    }

    void cleanup()
    {
        m_dialog = nullptr;
        m_assembly.reset();
    }

    void opensWithCoresDefaultsAndPlan()
    {
        const PathTimeoutOptions defaults;
        QCOMPARE(find<QLineEdit>("pathSend")->text(), sendText(defaults.send));
        QCOMPARE(find<QSpinBox>("pathMax")->value(), int(defaults.maxS));
        QCOMPARE(find<QSpinBox>("pathParallel")->value(), defaults.parallel);
        // The plan does not need the target; Start does.
        QCOMPARE(text("pathPlan"), planFor(defaults).sentence);
        QVERIFY(!find<QPushButton>("pathStart")->isEnabled());
        // The warning about what is sent names the echo listener.
        QVERIFY(text("pathSendNote").contains(QStringLiteral("may log")));
        QVERIFY(text("pathSendNote")
                    .contains(QStringLiteral("keepalivectl probe --listen PORT "
                                             "--echo")));
        fill(QStringLiteral("db.example.org:5432"), 900, 0, 5, 8);
        pagefit::saveGrab(m_dialog, QStringLiteral("path-timeout-fields"));
        QApplication::setPalette(ui::theme::darkPalette());
        QCoreApplication::processEvents();
        pagefit::saveGrab(m_dialog, QStringLiteral("path-timeout-fields-dark"));
        QApplication::setPalette(ui::theme::lightPalette());
        QCoreApplication::processEvents();
        fill(QStringLiteral("db.example.org:5432"), 300, 600, 5, 8);
        pagefit::saveGrab(m_dialog, QStringLiteral("path-timeout-fields-objection"));
        // The same dialog comes back while it exists.
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("measurePathButton")),
                          Qt::LeftButton);
        QCOMPARE(m_page->pathDialog(), m_dialog);
    }

    void badFieldsGetCoresMessage_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("send");
        QTest::addColumn<int>("maxS");
        QTest::addColumn<int>("minS");
        QTest::addColumn<int>("resolutionS");
        QTest::addColumn<int>("parallel");
        const QString ok = QStringLiteral("127.0.0.1:5432");
        const QString nl = QStringLiteral("\\n");
        QTest::newRow("no port") << QStringLiteral("db.example.org") << nl << 900 << 0 << 5 << 8;
        QTest::newRow("bare ipv6") << QStringLiteral("::1:80") << nl << 900 << 0 << 5 << 8;
        QTest::newRow("min above max") << ok << nl << 300 << 600 << 5 << 8;
        QTest::newRow("max zero") << ok << nl << 0 << 0 << 5 << 8;
        QTest::newRow("max too long") << ok << nl << kMaxIdleLimitS + 1 << 0 << 5 << 8;
        QTest::newRow("resolution zero") << ok << nl << 900 << 0 << 0 << 8;
        QTest::newRow("parallel zero") << ok << nl << 900 << 0 << 5 << 0;
        QTest::newRow("parallel too many") << ok << nl << 900 << 0 << 5 << kMaxParallel + 1;
        QTest::newRow("bad escape") << ok << QStringLiteral("\\q") << 900 << 0 << 5 << 8;
        QTest::newRow("nothing to send") << ok << QString() << 900 << 0 << 5 << 8;
    }
    void badFieldsGetCoresMessage()
    {
        QFETCH(QString, target);
        QFETCH(QString, send);
        QFETCH(int, maxS);
        QFETCH(int, minS);
        QFETCH(int, resolutionS);
        QFETCH(int, parallel);
        // What core says about the same fields.
        QString expected;
        PathTimeoutOptions o;
        if (const auto t = parseTarget(target, &expected)) {
            o.target = *t;
            if (const auto bytes = parseSendText(send, &expected)) {
                o.send = *bytes;
                o.maxS = maxS;
                o.minS = minS;
                o.resolutionS = resolutionS;
                o.parallel = parallel;
                expected = validateOptions(o).value_or(QString());
            }
        }
        QVERIFY2(!expected.isEmpty(), "core accepts these fields");

        fill(target, maxS, minS, resolutionS, parallel, send);
        QCOMPARE(text("pathPlan"), expected);
        auto *start = find<QPushButton>("pathStart");
        QVERIFY(!start->isEnabled());
        QCOMPARE(start->toolTip(), expected);
        QCOMPARE(start->accessibleDescription(), expected);
        QCOMPARE(find<QLabel>("pathPlan")->palette().color(QPalette::WindowText),
                 ui::theme::abort(m_dialog->palette()));
        // Neither Return nor start() starts anything.
        QTest::keyClick(find<QLineEdit>("pathTarget"), Qt::Key_Return);
        m_dialog->start();
        QVERIFY(!m_dialog->isRunning());
        QVERIFY(!m_dialog->result());
        QCOMPARE(find<QWidget>("pathSetup")->isVisible(), true);

        // Put right, the plan comes back.
        fill(QStringLiteral("127.0.0.1:5432"), 900, 0, 5, 8);
        QCOMPARE(text("pathPlan"), planFor(*m_dialog->options(nullptr)).sentence);
        QVERIFY(start->isEnabled());
    }

    void aRunWithNoMiddleboxSetsNothing()
    {
        const advise::AdviceInput before = m_page->input();
        const QString headline = m_page->headline();
        QSignalSpy measured(m_dialog, &ui::PathTimeoutDialog::timeoutMeasured);
        fill(echoTarget(), 2, 0, 1, 2);
        QTest::mouseClick(find<QPushButton>("pathStart"), Qt::LeftButton);
        QVERIFY(m_dialog->isRunning());
        QVERIFY(m_page->isMeasuringPath());
        QVERIFY(find<QPushButton>("pathCancel")->isVisible());
        QVERIFY(text("pathRunTitle").contains(echoTarget()));
        QCOMPARE(text("pathRunPlan"), planFor(*m_dialog->options(nullptr)).sentence);
        // While running: lanes growing, the time left, the progress.
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->chart()->lanes().size() == 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->chart()->lanes().constFirst().mark ==
                                         ui::PathTimeoutChart::Mark::Open &&
                                     m_dialog->chart()->lanes().constFirst().reachedS > 0.2,
                                 5000);
        QVERIFY(text("pathTimeLeft").contains(QStringLiteral("left")));
        // What the trials so far prove, not yet the end's sentence.
        QTRY_VERIFY_WITH_TIMEOUT(text("pathBounds").startsWith(QStringLiteral("So far: survived")),
                                 5000);
        QVERIFY(m_assembly->closeWarning().contains(QStringLiteral("path measurement")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isRunning(), 30000);

        const PathTimeoutResult r = *m_dialog->result();
        QVERIFY(!r.interrupted);
        QCOMPARE(r.trials.size(), 2);
        for (const Trial &t : r.trials)
            QCOMPARE(t.outcome, TrialOutcome::Survived);
        // Null, with the bounds it proved.
        QVERIFY(!r.idleTimeoutS());
        QVERIFY(!r.shortestCutS);
        QCOMPARE(r.longestSurvivedS, 2.0);
        QCOMPARE(m_dialog->outcomeText(), resultSentence(r));
        QCOMPARE(find<QProgressBar>("pathProgress")->value(), 1000);
        for (const ui::PathTimeoutChart::Lane &lane : m_dialog->chart()->lanes())
            QCOMPARE(lane.mark, ui::PathTimeoutChart::Mark::Survived);
        QCOMPARE(m_dialog->trialsModel()->rowCount(), 2);
        // Nothing for the Advisor.
        QCOMPARE(measured.size(), 0);
        QVERIFY(!find<QPushButton>("pathUse")->isEnabled());
        QCOMPARE(m_page->input(), before);
        QCOMPARE(m_page->headline(), headline);
        QVERIFY(!m_page->measuredPath());
        QVERIFY(m_assembly->closeWarning().isEmpty());

        // The export is core's document.
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(m_dialog->exportJson(json, &error), qPrintable(error));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc, resultJson(r, 250));
        QVERIFY(doc.value(QStringLiteral("idle_timeout_s")).isNull());
        QCOMPARE(doc.value(QStringLiteral("bounds")).toArray().at(0).toDouble(), 2.0);
        QVERIFY(doc.value(QStringLiteral("bounds")).toArray().at(1).isNull());
        const QString png = dir.filePath(QStringLiteral("run.png"));
        QVERIFY2(m_dialog->exportPng(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 720 * 2);
        QVERIFY(
            !m_dialog->exportJson(dir.filePath(QStringLiteral("no/such/dir/run.json")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));

        // The fields of the run are remembered, the last target among them.
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_page->saveSettings(settings);
        QCOMPARE(ui::PathTimeoutForm::restore(settings).target, echoTarget());
        ui::AdvisorPage other(nullptr);
        other.restoreSettings(settings);
        other.openPathMeasurement();
        QCOMPARE(other.pathDialog()->form(), m_dialog->form());

        // Another measurement starts from the fields.
        QTest::mouseClick(find<QPushButton>("pathNewRun"), Qt::LeftButton);
        QVERIFY(find<QWidget>("pathSetup")->isVisible());
        QCOMPARE(find<QLineEdit>("pathTarget")->text(), echoTarget());
    }

    void aMeasuredTimeoutBecomesTheMiddlebox()
    {
        const PathTimeoutResult r = measured345();
        QCOMPARE(r.idleTimeoutS(), std::optional<double>(345));
        const advise::Advice before = m_page->advice();
        QVERIFY(m_page->applyMeasurement(r));
        // The Advisor's question is core's for this result, with the page's
        // deadline and HZ.
        const auto question = adviceInputFor(r, 250);
        QVERIFY(question);
        QVERIFY(!m_page->input().preset);
        QCOMPARE(m_page->input().timeoutS, question->timeoutS);
        QCOMPARE(m_page->input().timeoutS, std::optional<double>(345));
        QCOMPARE(m_page->input().deadlineS, std::optional<double>(60));
        QCOMPARE(m_page->findChild<QSpinBox *>(QStringLiteral("middleboxTimeout"))->value(), 345);
        // The recommendation follows.
        QCOMPARE(m_page->advice().middlebox->timeoutS, 345.0);
        QVERIFY(!(m_page->advice().params == before.params) ||
                m_page->advice().middlebox->timeoutS != before.middlebox->timeoutS);
        QCOMPARE(m_page->headline(), advise::adviceHeadline(advise::recommend(m_page->input())));
        // Said beside the choice: measured, for which target, within which bounds.
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("middlebox"));
        QVERIFY(combo->currentText().contains(r.target));
        const QString info = m_page->findChild<QLabel *>(QStringLiteral("middleboxInfo"))->text();
        QVERIFY2(info.contains(r.target), qPrintable(info));
        QVERIFY2(info.contains(resultSentence(r)), qPrintable(info));
        QVERIFY(m_page->measuredPath());

        // Remembered with the timeout.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_page->saveSettings(settings);
        ui::AdvisorPage other(nullptr);
        other.restoreSettings(settings);
        QVERIFY(other.measuredPath());
        QCOMPARE(other.measuredPath()->target, r.target);
        QCOMPARE(other.input().timeoutS, std::optional<double>(345));
        QVERIFY(other.findChild<QLabel *>(QStringLiteral("middleboxInfo"))
                    ->text()
                    .contains(resultSentence(r)));

        // Another timeout by hand: no longer the measured one.
        m_page->findChild<QSpinBox *>(QStringLiteral("middleboxTimeout"))->setValue(300);
        QVERIFY(!m_page->measuredPath());
        QVERIFY(!combo->currentText().contains(r.target));
        QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("middleboxInfo"))
                     ->text()
                     .contains(r.target));
    }

    void resultsWithoutATimeoutChangeNothing()
    {
        const advise::AdviceInput before = m_page->input();
        PathTimeoutResult all;
        all.target = QStringLiteral("db.example.org:5432");
        all.trials = {trial(1, 900, TrialOutcome::Survived)};
        all.setBounds(boundsOf(all.trials));
        QVERIFY(!m_page->applyMeasurement(all));
        PathTimeoutResult none; // nothing survived: no timeout to beat
        none.trials = {trial(1, 60, TrialOutcome::CutBySilence)};
        none.setBounds(boundsOf(none.trials));
        QVERIFY(!m_page->applyMeasurement(none));
        QCOMPARE(m_page->input(), before);
        QVERIFY(!m_page->measuredPath());
    }

    void cancelKeepsWhatIsKnown()
    {
        const advise::AdviceInput before = m_page->input();
        fill(echoTarget(), 60, 0, 1, 3);
        QTest::mouseClick(find<QPushButton>("pathStart"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->chart()->lanes().size() == 3, 5000);
        QTest::mouseClick(find<QPushButton>("pathCancel"), Qt::LeftButton);
        QVERIFY(!m_dialog->isRunning());
        const PathTimeoutResult r = *m_dialog->result();
        QVERIFY(r.interrupted);
        QCOMPARE(m_dialog->outcomeText(), resultSentence(r));
        QVERIFY(m_dialog->outcomeText().startsWith(QStringLiteral("Interrupted.")));
        for (const ui::PathTimeoutChart::Lane &lane : m_dialog->chart()->lanes())
            QVERIFY(lane.mark != ui::PathTimeoutChart::Mark::Open);
        QVERIFY(!find<QPushButton>("pathCancel")->isVisible());
        QVERIFY(find<QPushButton>("pathNewRun")->isVisible());
        QCOMPARE(m_page->input(), before);
    }

    void closingWhileRunningAsks()
    {
        fill(echoTarget(), 60, 0, 1, 2);
        QTest::mouseClick(find<QPushButton>("pathStart"), Qt::LeftButton);
        QVERIFY(m_dialog->isRunning());
        int asked = 0;
        m_dialog->setStopConfirmation([&asked] {
            ++asked;
            return false;
        });
        QTest::keyClick(m_dialog, Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->isRunning());
        m_dialog->setStopConfirmation([&asked] {
            ++asked;
            return true;
        });
        QTest::mouseClick(find<QPushButton>("pathClose"), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_dialog->isRunning());
        QVERIFY(m_dialog->result()->interrupted);
        // Not running: closing asks nothing.
        m_page->openPathMeasurement();
        QTest::keyClick(m_dialog, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!m_dialog->isVisible());
    }

    void theWindowGoesWithARunningMeasurement()
    {
        fill(echoTarget(), 60, 0, 1, 2);
        m_dialog->start();
        QVERIFY(m_dialog->isRunning());
        m_dialog = nullptr;
        m_assembly.reset(); // no crash, no signal into a dead dialog
    }

    void unreachableTargetsAreSaidPlainly_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        const quint16 port = closedPort();
        QTest::newRow("closed port")
            << QStringLiteral("127.0.0.1:%1").arg(port)
            << connectErrorText(QStringLiteral("127.0.0.1:%1").arg(port), port, ECONNREFUSED);
        QTest::newRow("name under .invalid")
            << QStringLiteral("db.invalid:5432")
            << reservedInvalidNameText(QStringLiteral("db.invalid"));
    }
    void unreachableTargetsAreSaidPlainly()
    {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        fill(target, 2, 0, 1, 2);
        QTest::mouseClick(find<QPushButton>("pathStart"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isRunning(), 15000);
        QCOMPARE(m_dialog->unreachableError(), expected);
        QCOMPARE(m_dialog->outcomeText(), expected);
        QVERIFY(expected.contains(QStringLiteral("ECONNREFUSED")) ||
                expected.contains(QStringLiteral("invalid")));
        QCOMPARE(find<QLabel>("pathOutcome")->palette().color(QPalette::WindowText),
                 ui::theme::abort(m_dialog->palette()));
        QVERIFY(!find<QPushButton>("pathUse")->isEnabled());
        QVERIFY(!find<QPushButton>("pathExportJson")->isEnabled());
        QVERIFY(!m_page->measuredPath());
    }

    void fitsAndEveryControlIsNamed()
    {
        const auto check = [this](const QString &step) {
            for (const QSize size : {QSize(720, 520), QSize(800, 560)}) {
                m_dialog->resize(size);
                QCoreApplication::processEvents();
                QVERIFY2(m_dialog->width() <= 800 && m_dialog->height() <= 560, qPrintable(step));
                const QStringList problems = pagefit::problems(m_dialog);
                QVERIFY2(problems.isEmpty(),
                         qPrintable(step + QLatin1String(": ") + problems.join(QLatin1Char('\n'))));
            }
            const QStringList unnamed = pagefit::unnamedControls(m_dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        };
        check(QStringLiteral("fields"));
        QVERIFY(m_dialog->minimumSizeHint().width() <= 800);
        QVERIFY(m_dialog->minimumSizeHint().height() <= 560);
        fill(echoTarget(), 2, 0, 1, 2);
        m_dialog->start();
        check(QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isRunning(), 30000);
        check(QStringLiteral("finished"));
        // The page with its new button still fits.
        QVERIFY2(pagefit::problems(m_page).isEmpty(),
                 qPrintable(pagefit::problems(m_page).join(QLatin1Char('\n'))));
    }

    void keyboardAlone()
    {
        // From the middlebox choice, Tab reaches the button and Space opens
        // the dialog; Return in the target starts.
        m_dialog->hide();
        QApplication::setActiveWindow(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("middlebox"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Tab);
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("measurePathButton"));
        QCOMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(button, Qt::Key_Space);
        QTRY_VERIFY(m_dialog->isVisible());
        fill(echoTarget(), 2, 0, 1, 2);
        auto *target = find<QLineEdit>("pathTarget");
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Return);
        QVERIFY(m_dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isRunning(), 30000);
        // Done: the focus is on what comes next, not lost.
        QVERIFY(m_dialog->isAncestorOf(QApplication::focusWidget()));
    }

    // End to end: a middlebox that forgets idle flows after T seconds,
    // staged as the Lab stages it, in this test's own network namespace.
    void aStagedMiddleboxIsMeasured_data()
    {
        QTest::addColumn<int>("timeoutS");
        QTest::addColumn<bool>("reset");
        QTest::newRow("silent, 5 s") << 5 << false;
        QTest::newRow("reset, 4 s") << 4 << true;
    }
    void aStagedMiddleboxIsMeasured()
    {
        QFETCH(int, timeoutS);
        QFETCH(bool, reset);
        lab::Nftables nft;
        QString why;
        if (!stage(nft, timeoutS, reset, &why))
            QSKIP(qPrintable(why));
        const int maxS = 2 * timeoutS + 2;
        fill(echoTarget(), maxS, 0, 1, 4);
        const QString step = reset ? QStringLiteral("reset") : QStringLiteral("silent");
        m_dialog->resize(720, 520);
        m_dialog->start();
        // During the run, for the eye (KT_GRAB_DIR).
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->chart()->lanes().size() >= 4, 5000);
        QTest::qWait(int(timeoutS * 1000 * 0.8));
        pagefit::saveGrab(m_dialog, QStringLiteral("path-timeout-running-") + step);
        QApplication::setPalette(ui::theme::darkPalette());
        QCoreApplication::processEvents();
        pagefit::saveGrab(m_dialog,
                          QStringLiteral("path-timeout-running-") + step + QStringLiteral("-dark"));
        QApplication::setPalette(ui::theme::lightPalette());
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isRunning(), 120000);
        pagefit::saveGrab(m_dialog, QStringLiteral("path-timeout-done-") + step);
        QApplication::setPalette(ui::theme::darkPalette());
        QCoreApplication::processEvents();
        pagefit::saveGrab(m_dialog,
                          QStringLiteral("path-timeout-done-") + step + QStringLiteral("-dark"));
        QApplication::setPalette(ui::theme::lightPalette());
        QCoreApplication::processEvents();

        const PathTimeoutResult r = *m_dialog->result();
        QVERIFY2(r.shortestCutS, qPrintable(m_dialog->outcomeText()));
        // The bounds hold T, within the resolution and the timers' slack.
        QVERIFY2(r.longestSurvivedS <= timeoutS + 1 && *r.shortestCutS >= timeoutS - 1,
                 qPrintable(m_dialog->outcomeText()));
        QVERIFY(*r.shortestCutS - r.longestSurvivedS <= 2);
        QCOMPARE(r.cutBy, std::optional<CutBy>(reset ? CutBy::Rst : CutBy::Silence));
        // Handed to the Advisor: its custom middlebox, marked as measured.
        QVERIFY(m_page->measuredPath());
        QCOMPARE(m_page->measuredPath()->target, echoTarget());
        QCOMPARE(m_page->input().timeoutS, adviceInputFor(r, 250)->timeoutS);
        QVERIFY(text("pathBounds").contains(QStringLiteral("The Advisor now takes")));
        QVERIFY(!find<QPushButton>("pathUse")->isEnabled());
        pagefit::saveGrab(window(), QStringLiteral("path-timeout-advisor-") + step);
        if (const QString dir = qEnvironmentVariable("KT_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(m_dialog->exportPng(dir + QStringLiteral("/path-timeout-export-") + step +
                                        QStringLiteral(".png")));
        std::string error;
        nft.run("delete table inet kt_lab\n", error);
    }

    void aCancelledRunCanStillBeUsed()
    {
        // A box that resets after 4 s: the first round (3, 5, 8, 10 s)
        // proves 3 s survived and 5 s cut within about 5 s; cancelled in
        // the second, the bounds stand and the person may use them.
        lab::Nftables nft;
        QString why;
        if (!stage(nft, 4, true, &why))
            QSKIP(qPrintable(why));
        const advise::AdviceInput before = m_page->input();
        fill(echoTarget(), 10, 0, 1, 4);
        m_dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->result()->shortestCutS, 20000);
        QVERIFY(m_dialog->isRunning());
        QTest::mouseClick(find<QPushButton>("pathCancel"), Qt::LeftButton);
        const PathTimeoutResult r = *m_dialog->result();
        QVERIFY(r.interrupted);
        QVERIFY(r.idleTimeoutS());
        // Not handed over by itself…
        QCOMPARE(m_page->input(), before);
        QVERIFY(!m_page->measuredPath());
        auto *use = find<QPushButton>("pathUse");
        QVERIFY(use->isVisible());
        QVERIFY(use->isEnabled());
        // …but on request.
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(m_page->measuredPath());
        QCOMPARE(m_page->input().timeoutS, adviceInputFor(r, 250)->timeoutS);
        QVERIFY(m_page->measuredPath()->sentence.startsWith(QStringLiteral("Interrupted.")));
        QVERIFY(!use->isEnabled());
        std::string error;
        nft.run("delete table inet kt_lab\n", error);
    }
};

QTEST_MAIN(TestPathTimeoutDialog)
#include "tst_path_timeout_dialog.moc"
