// The Lab page in the real window: dead-peer run from the page with the
// keyboard and mouse, the measured markers drawn over the prediction and the
// outcome in words; cancel; runs kept and compared; exports; the Advisor's
// entry point; the page fits 800×560.
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "app/gui/GuiAssembly.h"
#include "ui/LabPage.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/TimelineWidget.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace kt::lab;

class TestLabPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<app::GuiAssembly> m_assembly;
    ui::LabPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private slots:
    void init()
    {
        m_assembly = std::make_unique<app::GuiAssembly>(kt::test::hostAOptions());
        ui::MainWindow *window = m_assembly->window();
        window->show();
        QVERIFY(window->showPage(QStringLiteral("lab")));
        m_page = qobject_cast<ui::LabPage *>(window->page(QStringLiteral("lab")));
        QVERIFY(m_page);
        QCOMPARE(m_page->title(), QStringLiteral("Lab"));
    }
    void cleanup()
    {
        m_page = nullptr;
        m_assembly.reset();
    }

    void runsDeadPeerFromThePage()
    {
        auto *scenario = find<QComboBox>("labScenario");
        scenario->setFocus();
        scenario->setCurrentIndex(scenario->findData(int(LabScenarioId::DeadPeer)));
        find<QSpinBox>("labIdle")->setValue(1);
        find<QSpinBox>("labInterval")->setValue(1);
        find<QSpinBox>("labCount")->setValue(2);
        QVERIFY(m_page->timeline()->measuredMarkerRects().isEmpty());
        // The prediction is drawn before anything runs.
        QVERIFY(!m_page->timeline()->probeMarkerRects().isEmpty());
        QVERIFY(find<QLabel>("labEstimate")->text().contains(QStringLiteral("about")));

        auto *run = find<QPushButton>("labRun");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(find<QPushButton>("labCancel")->isEnabled());
        QVERIFY(!run->isEnabled());
        // Probes appear while it runs, not only at the end.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_page->timeline()->measuredMarkerRects().isEmpty() && m_page->isRunning(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 15000);
        QCOMPARE(m_page->shownRun()->state(), LabRun::State::Finished);
        // Two probes and the abort, drawn over the prediction.
        QCOMPARE(m_page->timeline()->measuredMarkerRects().size(), 3);
        const QString outcome = m_page->outcomeText();
        QVERIFY2(outcome.startsWith(QStringLiteral("ETIMEDOUT after 3.")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("predicted 3 s, window [3, 3.1]: inside")),
                 qPrintable(outcome));
        auto *table = find<QTableWidget>("labResults");
        QVERIFY(table->rowCount() >= 4);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("probe"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("inside"));
        QVERIFY(m_page->headline().contains(QStringLiteral("ETIMEDOUT")));

        // Exports carry the run.
        QTemporaryDir dir;
        QVERIFY(m_page->exportPng(dir.filePath(QStringLiteral("lab.png"))));
        QVERIFY(m_page->exportSvg(dir.filePath(QStringLiteral("lab.svg"))));
        QVERIFY(m_page->exportJson(dir.filePath(QStringLiteral("lab.json"))));
        QFile json(dir.filePath(QStringLiteral("lab.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("scenario")).toString(), QStringLiteral("dead-peer"));
        QCOMPARE(doc.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("outside")),
                 QJsonValue(0));
        QVERIFY(QImage(dir.filePath(QStringLiteral("lab.png"))).width() > 600);
    }

    void cancelLeavesNothingRunning()
    {
        m_page->selectScenario(LabScenarioId::Alive);
        m_page->run();
        QVERIFY(m_page->isRunning());
        QTest::mouseClick(find<QPushButton>("labCancel"), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QCOMPARE(m_page->shownRun()->state(), LabRun::State::Cancelled);
        QVERIFY(m_page->outcomeText().contains(QStringLiteral("Cancelled")));
        QVERIFY(find<QPushButton>("labRun")->isEnabled());
    }

    void runsAreKeptAndCompared()
    {
        m_page->selectScenario(LabScenarioId::PeerRestarted);
        m_page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 10000);
        find<QSpinBox>("labIdle")->setValue(2);
        m_page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 10000);
        QCOMPARE(m_page->runCount(), 2);
        auto *compare = find<QComboBox>("labCompare");
        QCOMPARE(compare->count(), 3); // none, run 1, run 2
        compare->setCurrentIndex(compare->findData(0));
        QVERIFY(m_page->comparisonTimeline()->isVisible());
        QVERIFY(!m_page->comparisonTimeline()->measuredMarkerRects().isEmpty());
        QVERIFY(find<QLabel>("labCompareOutcome")->text().contains(QStringLiteral("ECONNRESET")));
        m_assembly->window()->resize(ui::MainWindow::kScreenshotSize);
        QTest::qWait(50);
        pagefit::saveGrab(find<QWidget>("labContent"), QStringLiteral("lab-compare"));
        compare->setCurrentIndex(0);
        QVERIFY(!m_page->comparisonTimeline()->isVisible());
    }

    // The Advisor's entry point: the middlebox staged with its values scaled.
    void proveMiddleboxFillsTheValues()
    {
        m_page->proveMiddlebox(KeepaliveParams{300, 30, 3, 0}, std::nullopt, 350);
        QCOMPARE(m_page->scenario(), LabScenarioId::Middlebox);
        const LabValues v = m_page->values();
        QCOMPARE(v.params.idleS, 3);
        QCOMPARE(v.middleboxTimeoutS, 4); // 350 s scaled like 300 → 3
        QVERIFY(v.sendAfterS > v.middleboxTimeoutS);
        QCOMPARE(m_page->prediction().outcome, LabOutcomeKind::Survived);
        QVERIFY(!m_page->isRunning());
    }

    // Every scenario from the page: the outcome the model predicted, every
    // measured event inside its window. With KT_GRAB_DIR set, each finished
    // page is saved light and dark for a person to look at.
    void everyScenario_data()
    {
        QTest::addColumn<int>("scenario");
        for (const LabScenarioInfo &info : labScenarios())
            QTest::newRow(qPrintable(info.name)) << int(info.id);
    }
    void everyScenario()
    {
        QFETCH(int, scenario);
        m_page->selectScenario(LabScenarioId(scenario));
        m_page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 15000);
        const LabResult &r = m_page->shownRun()->result();
        QVERIFY2(r.verdict.outcomeAsPredicted, qPrintable(m_page->outcomeText()));
        QVERIFY2(r.verdict.outside == 0, qPrintable(m_page->outcomeText()));
        QVERIFY(!m_page->timeline()->measuredMarkerRects().isEmpty());
        ui::MainWindow *window = m_assembly->window();
        window->resize(ui::MainWindow::kScreenshotSize);
        const QString name = labScenario(LabScenarioId(scenario)).name;
        pagefit::saveGrab(window, QStringLiteral("lab-") + name);
        window->setAppearance(ui::theme::Appearance::Dark);
        QTest::qWait(50);
        pagefit::saveGrab(window, QStringLiteral("lab-") + name + QStringLiteral("-dark"));
        window->setAppearance(ui::theme::Appearance::Light);
    }

    void fitsTheSmallestWindow()
    {
        ui::MainWindow *window = m_assembly->window();
        for (const QSize size : {QSize(800, 560), ui::MainWindow::kScreenshotSize}) {
            window->resize(size);
            QTRY_COMPARE(window->size(), size);
            const QStringList problems = pagefit::problems(m_page);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            pagefit::saveGrab(
                window,
                QStringLiteral("lab-prediction-%1x%2").arg(size.width()).arg(size.height()));
        }
    }
};

QTEST_MAIN(TestLabPage)
#include "tst_lab_page.moc"
