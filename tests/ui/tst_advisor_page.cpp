// The Advisor page, built the way the application builds it (GuiAssembly),
// offscreen: choosing a middlebox shows the Advisor's figures, "Explore on
// the Timeline" puts the values and the goal on the Timeline, and the routes
// to the host's editor, a test connection and the Lab carry the values.
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "advise/Advisor.h"
#include "advise/Cookbook.h"
#include "app/gui/GuiAssembly.h"
#include "params/Format.h"
#include "session/ConnectionSet.h"
#include "session/ExploredParams.h"
#include "socket/TestConnection.h"
#include "ui/AdvisorPage.h"
#include "ui/ConnectionPage.h"
#include "ui/CookbookPanel.h"
#include "ui/LabPage.h"
#include "ui/MainWindow.h"
#include "ui/SysctlEditor.h"
#include "ui/Theme.h"
#include "ui/TimelinePage.h"
#include "ui/TimelineWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;

class TestAdvisorPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<app::GuiAssembly> m_assembly;
    ui::AdvisorPage *m_page = nullptr;
    QTemporaryDir m_settingsDir;

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    QString text(const char *name) const { return find<QLabel>(name)->text(); }

    void choose(const QString &presetName)
    {
        auto *combo = find<QComboBox>("middlebox");
        const int index = combo->findData(presetName);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    // What the page should show: the Advisor's answer for the same input.
    advise::Advice expected() const { return advise::recommend(m_page->input()); }

    ui::MainWindow *window() const { return m_assembly->window(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        m_assembly = std::make_unique<app::GuiAssembly>(test::hostAOptions());
        m_page = qobject_cast<ui::AdvisorPage *>(window()->page(QStringLiteral("advisor")));
        QVERIFY(m_page);
        m_page->setKernelHz(KernelHz{250, QStringLiteral("test")});
        window()->resize(ui::MainWindow::kScreenshotSize);
        window()->showPage(QStringLiteral("advisor"));
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }
    void cleanup() { m_assembly.reset(); }

    void registeredRightAfterTheSystemPage()
    {
        const QStringList ids = window()->pageIds();
        QCOMPARE(ids.indexOf(QStringLiteral("advisor")), ids.indexOf(QStringLiteral("system")) + 1);
        QCOMPARE(m_page->title(), QStringLiteral("Advisor"));
    }

    void presetShowsTheAdvisorsFigures_data()
    {
        QTest::addColumn<QString>("preset");
        for (const char *name : {"aws-nlb", "azure-lb", "gcp-cloud-nat", "ipvs", "linux-conntrack"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void presetShowsTheAdvisorsFigures()
    {
        QFETCH(QString, preset);
        choose(preset);
        QCOMPARE(m_page->input().preset->name, preset);
        QCOMPARE(m_page->input().deadlineS, std::optional<double>(60));
        const advise::Advice a = expected();
        QVERIFY(a.reachable);
        QCOMPARE(text("figureIdle"), formatValue(a.params.idleS, QStringLiteral("s")));
        QCOMPARE(text("figureInterval"), formatValue(a.params.intervalS, QStringLiteral("s")));
        QCOMPARE(text("figureCount"), QString::number(a.params.count));
        QCOMPARE(text("figureUserTimeout"),
                 a.userTimeoutMs() ? formatValue(*a.userTimeoutMs(), QStringLiteral("ms"))
                                   : QStringLiteral("not set"));
        // The reasons in words, the preset's facts and its source.
        QVERIFY(text("adviceReasons").contains(a.reasons.first()));
        const advise::MiddleboxPreset p = *advise::findMiddlebox(preset);
        QVERIFY(text("middleboxInfo").contains(p.source));
        QVERIFY(text("middleboxInfo").contains(p.configurableText));
        QCOMPARE(find<QSpinBox>("middleboxTimeout")->value(), int(p.defaultTimeoutS));
        QCOMPARE(m_page->headline(), advise::adviceHeadline(a));
        QVERIFY(!find<QLabel>("adviceWarning")->isVisibleTo(m_page));
    }

    void exploreDrawsTheGoalOnTheTimeline()
    {
        choose(QStringLiteral("azure-lb"));
        const advise::Advice a = expected();
        QTest::mouseClick(find<QPushButton>("exploreButton"), Qt::LeftButton);
        QCOMPARE(window()->currentPage()->pageId(), QStringLiteral("timeline"));
        ExploredParams *explored = m_assembly->exploredParams();
        QCOMPARE(explored->params(), a.params);
        QVERIFY(explored->goal().middlebox);
        QCOMPARE(explored->goal().middlebox->name, QStringLiteral("azure-lb"));
        QCOMPARE(explored->goal().middlebox->timeoutS, 240.0);
        QCOMPARE(explored->goal().deadlineS, std::optional<double>(60));

        auto *timelinePage =
            qobject_cast<ui::TimelinePage *>(window()->page(QStringLiteral("timeline")));
        QVERIFY(timelinePage);
        ui::TimelineWidget *timeline = timelinePage->timeline();
        QCOMPARE(timeline->goal(), explored->goal());
        QCoreApplication::processEvents();
        // Both are labelled and lie on the axis, inside the plot.
        QStringList goalLabels;
        for (const auto &l : timeline->labels()) {
            if (l.kind == ui::TimelinePainter::Label::Goal)
                goalLabels << l.text;
        }
        QVERIFY2(goalLabels.contains(QStringLiteral("middlebox forgets the flow at 4 min")),
                 qPrintable(goalLabels.join(QStringLiteral(" | "))));
        QVERIFY2(goalLabels.contains(QStringLiteral("deadline 1 min")),
                 qPrintable(goalLabels.join(QStringLiteral(" | "))));
        const ui::TimelinePainter::Layout g = timeline->currentLayout();
        for (double t : {240.0, 60.0}) {
            const double x = timeline->xForTime(t);
            QVERIFY(x > g.plot.left() && x < g.plot.right());
        }
        QVERIFY(timeline->eventsText().contains(QStringLiteral("the middlebox forgets the flow")));
        // The values just meet the deadline, so the abort's line and the
        // deadline's are a few pixels apart: no words are drawn across either.
        QList<double> lines{timeline->xForTime(240.0), timeline->xForTime(60.0)};
        for (const auto &l : timeline->labels()) {
            if (l.kind == ui::TimelinePainter::Label::Abort) {
                for (const auto &m : timeline->markers()) {
                    if (!m.measured && m.index == l.index)
                        lines << m.rect.center().x();
                }
            }
        }
        QCOMPARE(lines.size(), 3);
        for (const auto &l : timeline->labels()) {
            for (const double x : lines) {
                QVERIFY2(x <= l.rect.left() || x >= l.rect.right(),
                         qPrintable(QStringLiteral("\"%1\" is crossed by the line at x=%2")
                                        .arg(l.text)
                                        .arg(x)));
            }
        }
        pagefit::saveGrab(window(), QStringLiteral("timeline-goal"));
        // Another appearance repaints; it does not bring the host's values
        // back over the recommendation.
        QApplication::setPalette(ui::theme::darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(explored->params(), a.params);
        QCOMPARE(explored->origin(), QStringLiteral("the Advisor's recommendation"));
        pagefit::saveGrab(window(), QStringLiteral("timeline-goal-dark"));
        QApplication::setPalette(ui::theme::lightPalette());
    }

    void keepaliveCannotHelpThroughAnL7Proxy()
    {
        choose(QStringLiteral("aws-alb"));
        QLabel *warning = find<QLabel>("adviceWarning");
        QVERIFY(warning->isVisibleTo(m_page));
        QVERIFY(warning->text().contains(QStringLiteral("TCP keep-alive cannot keep a connection "
                                                        "open")));
        QVERIFY(warning->text().contains(QStringLiteral("at least every 58 s")));
        QVERIFY(text("middleboxInfo").contains(QStringLiteral("does NOT refresh")));
        QVERIFY(m_page->headline().startsWith(QStringLiteral("Keep-alive cannot keep")));
    }

    void unreachableDeadlineSaysWhy()
    {
        auto *deadline = find<QSpinBox>("deadline");
        deadline->setValue(1);
        QVERIFY(!m_page->advice().reachable);
        QLabel *warning = find<QLabel>("adviceWarning");
        QVERIFY(warning->isVisibleTo(m_page));
        QVERIFY(warning->text().startsWith(QStringLiteral("No keep-alive values notice a dead "
                                                          "peer within 1 s")));
        QCOMPARE(text("figureIdle"), QStringLiteral("—"));
        QVERIFY(!find<QPushButton>("exploreButton")->isEnabled());
        QVERIFY(!find<QPushButton>("applyHostButton")->isEnabled());
        deadline->setValue(60);
        QVERIFY(m_page->advice().reachable);
        QVERIFY(find<QPushButton>("exploreButton")->isEnabled());
    }

    void timeoutFieldFollowsTheVendor()
    {
        auto *timeout = find<QSpinBox>("middleboxTimeout");
        choose(QStringLiteral("aws-nat-gateway")); // fixed at 350 s
        QVERIFY(!timeout->isEnabled());
        QCOMPARE(timeout->value(), 350);
        choose(QStringLiteral("aws-nlb")); // 60–6000 s
        QVERIFY(timeout->isEnabled());
        QCOMPARE(timeout->minimum(), 60);
        QCOMPARE(timeout->maximum(), 6000);
        timeout->setValue(1200);
        QCOMPARE(m_page->advice().middlebox->timeoutS, 1200.0);
        QVERIFY(m_page->advice().check->survives);
        choose(QStringLiteral("custom"));
        QVERIFY(timeout->isEnabled());
        timeout->setValue(300);
        QVERIFY(!m_page->input().preset);
        QCOMPARE(m_page->input().timeoutS, std::optional<double>(300));
        QVERIFY(m_page->advice().middlebox->name.isEmpty());
        choose(QStringLiteral("none"));
        QVERIFY(!timeout->isVisibleTo(m_page));
        QVERIFY(!m_page->advice().middlebox);
    }

    void fixedValuesAreKept()
    {
        find<QCheckBox>("countOn")->setChecked(true);
        find<QSpinBox>("count")->setValue(9);
        find<QCheckBox>("intervalOn")->setChecked(true);
        find<QSpinBox>("interval")->setValue(75);
        find<QSpinBox>("deadline")->setValue(300);
        const advise::Advice &a = m_page->advice();
        QVERIFY(a.reachable);
        QCOMPARE(a.params.count, 9);
        QCOMPARE(a.params.intervalS, 75);
        QVERIFY(a.userTimeoutMs());
        QVERIFY(text("adviceReasons").contains(QStringLiteral("makes the deadline reachable")));
    }

    void applyToHostOpensTheSystemEditorWithTheValues()
    {
        const advise::Advice a = m_page->advice();
        QTest::mouseClick(find<QPushButton>("applyHostButton"), Qt::LeftButton);
        QCOMPARE(window()->currentPage()->pageId(), QStringLiteral("system"));
        auto *editor = window()->currentPage()->findChild<ui::SysctlEditor *>();
        QVERIFY(editor);
        KeepaliveParams host = a.params;
        host.userTimeoutMs = 0; // no sysctl holds it
        QCOMPARE(editor->editedValues(), host);
        // Nothing is applied until the user says so there.
        QCOMPARE(editor->status(), ui::SysctlEditor::Status::Idle);
    }

    void testConnectionOpensWithTheValues()
    {
        const advise::Advice a = m_page->advice();
        QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
        QCOMPARE(window()->currentPage()->pageId(), QStringLiteral("connection"));
        auto *connectionPage =
            qobject_cast<ui::ConnectionPage *>(window()->page(QStringLiteral("connection")));
        QVERIFY(connectionPage);
        const auto withTheValues = [&]() -> const TestConnection * {
            for (const TestConnection *c : connectionPage->connections()->connections()) {
                if (c->requested().idleS == a.params.idleS &&
                    c->requested().intervalS == a.params.intervalS &&
                    c->requested().count == a.params.count &&
                    c->requested().userTimeoutMs == a.userTimeoutMs())
                    return c;
            }
            return nullptr;
        };
        const TestConnection *c = nullptr;
        QTRY_VERIFY((c = withTheValues()) != nullptr && c->effective().has_value());
        const std::optional<EffectiveOptions> effective = c ? c->effective() : std::nullopt;
        QVERIFY(effective);
        const EffectiveOptions e = *effective;
        QCOMPARE(e.idleS, a.params.idleS);
        QCOMPARE(e.intervalS, a.params.intervalS);
        QCOMPARE(e.count, a.params.count);
    }

    // The application connects the proof route: the button opens the Lab's
    // middlebox scenario with the recommendation and the preset's timeout.
    void proveInLabOpensTheLabWithTheValues()
    {
        auto *button = find<QPushButton>("proveInLabButton");
        QVERIFY(button->isVisibleTo(m_page));
        QSignalSpy spy(m_page, &ui::AdvisorPage::proveInLabRequested);
        choose(QStringLiteral("aws-nlb"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const advise::Advice &a = m_page->advice();
        QCOMPARE(spy.at(0).at(0).value<KeepaliveParams>(), a.params);
        QCOMPARE(spy.at(0).at(1).value<std::optional<int>>(), a.userTimeoutMs());
        QCOMPARE(spy.at(0).at(2).toDouble(), 350.0);
        QCOMPARE(window()->currentPage()->pageId(), QStringLiteral("lab"));
        auto *lab = qobject_cast<ui::LabPage *>(window()->currentPage());
        QVERIFY(lab);
        QCOMPARE(lab->scenario(), lab::LabScenarioId::Middlebox);
    }

    // Without a Lab to go to, the button is not offered.
    void proveInLabShowsOnlyWhenConnected()
    {
        ui::AdvisorPage alone(m_assembly->exploredParams());
        auto *button = alone.findChild<QPushButton *>(QStringLiteral("proveInLabButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisibleTo(&alone));
        QSignalSpy spy(&alone, &ui::AdvisorPage::proveInLabRequested);
        QVERIFY(button->isVisibleTo(&alone)); // QSignalSpy connects to it
    }

    // The cookbook below shows the recommendation itself, user timeout
    // included, and follows it when the situation changes.
    void cookbookFollowsTheRecommendation()
    {
        ui::CookbookPanel *cookbook = m_page->cookbook();
        QVERIFY(cookbook);
        QVERIFY(cookbook->setCurrentTarget(QStringLiteral("python")));
        for (const char *preset : {"aws-nlb", "azure-lb"}) {
            choose(QString::fromLatin1(preset));
            const advise::Advice &a = m_page->advice();
            QVERIFY(a.reachable);
            advise::CookbookInput in;
            in.params = a.params;
            in.userTimeoutMs = a.userTimeoutMs();
            QString error;
            const auto snippet = advise::generateSnippet(QStringLiteral("python"), in, &error);
            QVERIFY2(snippet, qPrintable(error));
            QCOMPARE(cookbook->snippetText(), snippet->text);
        }
    }

    void remembersItsInputs()
    {
        choose(QStringLiteral("gcp-cloud-nat"));
        find<QSpinBox>("deadline")->setValue(120);
        find<QCheckBox>("countOn")->setChecked(true);
        find<QSpinBox>("count")->setValue(4);
        QSettings settings;
        m_page->saveSettings(settings);
        ui::AdvisorPage other(m_assembly->exploredParams());
        other.restoreSettings(settings);
        QCOMPARE(other.input(), m_page->input());
    }

    void fitsAndIsNamed_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("smallest") << ui::MainWindow::kMinimumSize << false;
        QTest::newRow("screenshot") << ui::MainWindow::kScreenshotSize << false;
        QTest::newRow("smallest dark") << ui::MainWindow::kMinimumSize << true;
    }
    void fitsAndIsNamed()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(ui::theme::darkPalette());
        for (const char *preset : {"aws-nlb", "aws-alb"}) {
            choose(QString::fromLatin1(preset));
            window()->resize(size);
            QCoreApplication::processEvents();
            const QStringList problems = pagefit::problems(m_page);
            pagefit::saveGrab(window(), QStringLiteral("advisor-%1-%2x%3%4")
                                            .arg(QString::fromLatin1(preset))
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(dark ? QStringLiteral("-dark") : QString()));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            // It reflows rather than scrolling sideways.
            auto *scroll = find<QScrollArea>("advisorScroll");
            QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
            // "Measure the path…" stands beside the choice where the chosen
            // name still fits, below it where it would cut the name short.
            auto *combo = find<QComboBox>("middlebox");
            auto *measure = find<QPushButton>("measurePathButton");
            QVERIFY(measure->isVisibleTo(m_page));
            QVERIFY2(combo->width() >=
                         combo->fontMetrics().horizontalAdvance(combo->currentText()) + 40,
                     qPrintable(combo->currentText()));
            if (size == ui::MainWindow::kScreenshotSize)
                QVERIFY(measure->x() > combo->geometry().right() &&
                        std::abs(measure->geometry().center().y() -
                                 combo->geometry().center().y()) <= 2);
            else
                QVERIFY(measure->y() >= combo->geometry().bottom());
        }
        const QStringList unnamed = pagefit::unnamedControls(m_page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        if (dark)
            QApplication::setPalette(ui::theme::lightPalette());
    }
};

QTEST_MAIN(TestAdvisorPage)
#include "tst_advisor_page.moc"
