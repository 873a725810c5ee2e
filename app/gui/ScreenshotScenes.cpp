#include "app/gui/ScreenshotScenes.h"

#include "app/gui/GuiAssembly.h"
#include "params/KeepaliveParams.h"
#include "pathtimeout/PathTimeout.h"
#include "session/ExploredParams.h"
#include "socket/Target.h"
#include "ui/AdvisorPage.h"
#include "ui/ConnectionPage.h"
#include "ui/MainWindow.h"
#include "ui/PathTimeoutChart.h"
#include "ui/PathTimeoutDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLayout>
#include <QList>

#include <algorithm>

namespace kt::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotScenes)
};

// The Timeline over a live test connection: a probe every second to the
// embedded peer, so answered probes arrive within seconds, measured and laid
// over the model (README, "Timeline over a live test connection").
ScreenshotScene timelineLive()
{
    ScreenshotScene scene;
    scene.name = QStringLiteral("timeline-live");
    scene.page = QStringLiteral("timeline");
    scene.prepare = [](GuiAssembly &assembly, const SceneInputs &) {
        ui::MainWindow *window = assembly.window();
        // The page opens its embedded-peer connection when first shown; the
        // one opened here with the short values becomes the selected one,
        // which the Timeline follows.
        window->showPage(QStringLiteral("connection"));
        auto *page = qobject_cast<ui::ConnectionPage *>(window->page(QStringLiteral("connection")));
        KeepaliveParams params;
        params.idleS = 1;
        params.intervalS = 1;
        params.count = 9;
        if (page)
            page->openWithValues(params);
        window->showPage(QStringLiteral("timeline"));
    };
    // Three probes and their answers: enough to show that each answer resets
    // the count and that the kernel's timer fires a little late.
    scene.settled = [](const GuiAssembly &assembly) {
        return assembly.exploredParams()->measurement().events.size() >= 6;
    };
    scene.settleMs = 20000;
    return scene;
}

// The Advisor's recommendation for an Azure Load Balancer (4 min, dropped
// silently) with its default deadline, explored on the Timeline: the goal's
// deadline and "forgets the flow" drawn on the schedule (docs/advisor.md).
ScreenshotScene timelineGoal()
{
    ScreenshotScene scene;
    scene.name = QStringLiteral("timeline-goal");
    scene.page = QStringLiteral("timeline");
    scene.prepare = [](GuiAssembly &assembly, const SceneInputs &) {
        ui::MainWindow *window = assembly.window();
        window->showPage(QStringLiteral("advisor"));
        auto *advisor = qobject_cast<ui::AdvisorPage *>(window->page(QStringLiteral("advisor")));
        if (advisor && advisor->selectMiddlebox(QStringLiteral("azure-lb")))
            advisor->exploreValues();
        window->showPage(QStringLiteral("timeline"));
    };
    scene.settled = [](const GuiAssembly &assembly) {
        return assembly.exploredParams()->goal().middlebox.has_value();
    };
    return scene;
}

// ---- the path measurement ("Measure the path…" on the Advisor page) ----

ui::AdvisorPage *advisorOf(const GuiAssembly &assembly)
{
    return qobject_cast<ui::AdvisorPage *>(assembly.window()->page(QStringLiteral("advisor")));
}

ui::PathTimeoutDialog *pathDialogOf(const GuiAssembly &assembly)
{
    const ui::AdvisorPage *advisor = advisorOf(assembly);
    return advisor ? advisor->pathDialog() : nullptr;
}

// The documentation's run: a middlebox that forgets idle flows after 4 or
// 5 s is found to within a second in two rounds (idles 3, 6, 9 and 12 s
// four at a time, then between the bounds), so a run takes well under a
// minute even when the box drops silently and each cut waits for the
// trial's user timeout.
ui::PathTimeoutForm documentationForm(const QString &target)
{
    ui::PathTimeoutForm form = ui::PathTimeoutForm::defaults();
    form.target = target;
    form.maxS = 12;
    form.resolutionS = 1;
    form.parallel = 4;
    return form;
}

// "Measure the path…", the fields filled in, Measure: what a person does.
void startPathMeasurement(GuiAssembly &assembly, const SceneInputs &inputs)
{
    ui::MainWindow *window = assembly.window();
    window->showPage(QStringLiteral("advisor"));
    ui::AdvisorPage *advisor = advisorOf(assembly);
    if (!advisor)
        return;
    advisor->openPathMeasurement();
    if (ui::PathTimeoutDialog *dialog = advisor->pathDialog()) {
        dialog->setForm(documentationForm(inputs.pathTarget));
        dialog->start();
    }
}

// Why a run that had to find a timeout cannot show one any more: it ended
// without one (every trial survived, the target was unreachable), or it
// never started; empty while it still may.
QString noTimeoutFound(const GuiAssembly &assembly)
{
    const ui::PathTimeoutDialog *dialog = pathDialogOf(assembly);
    if (!dialog || dialog->isRunning())
        return {};
    if (!dialog->result()) {
        QString problem;
        if (dialog->options(&problem))
            return {};
        return Tr::tr("The path measurement did not start: %1").arg(problem);
    }
    if (dialog->result()->idleTimeoutS())
        return {};
    return Tr::tr("The path measurement found no timeout to show (is a middlebox that forgets "
                  "idle flows on the path?): %1")
        .arg(dialog->outcomeText());
}

// The dialog as it is on screen, laid out at its size first (as
// MainWindow::renderPage does for a page).
QImage grabPathDialog(GuiAssembly &assembly)
{
    ui::PathTimeoutDialog *dialog = pathDialogOf(assembly);
    if (!dialog)
        return {};
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QLayout *l = dialog->layout())
        l->activate();
    QApplication::processEvents();
    return dialog->grab().toImage();
}

// The dialog during a run: the shortest idle of the first round survived
// (its ✔ drawn), the longer ones still idle and a second past it, so the
// picture shows lanes growing beyond the survivor (docs/advisor.md).
ScreenshotScene pathTimeoutRunning()
{
    ScreenshotScene scene;
    scene.name = QStringLiteral("path-timeout-running");
    scene.page = QStringLiteral("advisor");
    scene.needsPathTarget = true;
    scene.prepare = startPathMeasurement;
    scene.settled = [](const GuiAssembly &assembly) {
        const ui::PathTimeoutDialog *dialog = pathDialogOf(assembly);
        if (!dialog || !dialog->isRunning())
            return false;
        const QList<ui::PathTimeoutChart::Lane> lanes = dialog->chart()->lanes();
        double survivedS = -1;
        int open = 0;
        for (const ui::PathTimeoutChart::Lane &lane : lanes) {
            if (lane.mark == ui::PathTimeoutChart::Mark::Survived)
                survivedS = std::max(survivedS, lane.reachedS);
            else if (lane.mark == ui::PathTimeoutChart::Mark::Open)
                ++open;
            else
                return false;
        }
        if (survivedS < 0 || open == 0)
            return false;
        return std::all_of(lanes.cbegin(), lanes.cend(), [survivedS](const auto &lane) {
            return lane.mark != ui::PathTimeoutChart::Mark::Open || lane.reachedS >= survivedS + 1;
        });
    };
    scene.failure = [](const GuiAssembly &assembly) -> QString {
        const ui::PathTimeoutDialog *dialog = pathDialogOf(assembly);
        if (!dialog)
            return {};
        if (!dialog->isRunning() && dialog->result())
            return Tr::tr("The path measurement ended before its first trial survived with "
                          "others still idle: %1")
                .arg(dialog->outcomeText());
        const QList<ui::PathTimeoutChart::Lane> lanes = dialog->chart()->lanes();
        const bool endedOtherwise = std::any_of(lanes.cbegin(), lanes.cend(), [](const auto &lane) {
            return lane.mark == ui::PathTimeoutChart::Mark::Cut ||
                   lane.mark == ui::PathTimeoutChart::Mark::Other;
        });
        if (endedOtherwise)
            return Tr::tr("A trial of the path measurement ended otherwise than surviving "
                          "before the picture's moment (a middlebox that forgets idle flows "
                          "sooner than the shortest idle tried?).");
        return noTimeoutFound(assembly);
    };
    scene.render = grabPathDialog;
    scene.settleMs = 30000;
    return scene;
}

// The dialog after the run: the result sentence, the bounds shaded, the
// trials, and that the Advisor took the timeout.
ScreenshotScene pathTimeoutDone()
{
    ScreenshotScene scene;
    scene.name = QStringLiteral("path-timeout-done");
    scene.page = QStringLiteral("advisor");
    scene.needsPathTarget = true;
    scene.prepare = startPathMeasurement;
    scene.settled = [](const GuiAssembly &assembly) {
        const ui::PathTimeoutDialog *dialog = pathDialogOf(assembly);
        return dialog && !dialog->isRunning() && dialog->result() &&
               dialog->result()->idleTimeoutS().has_value();
    };
    scene.failure = noTimeoutFound;
    scene.render = grabPathDialog;
    scene.settleMs = 120000;
    return scene;
}

// The Advisor once the run handed over its timeout: "Measured: HOST:PORT",
// the note with the bounds, and the recommendation for that timeout. The
// dialog is closed, as a person would close it to read the page.
ScreenshotScene advisorMeasured()
{
    ScreenshotScene scene;
    scene.name = QStringLiteral("advisor-measured");
    scene.page = QStringLiteral("advisor");
    scene.needsPathTarget = true;
    scene.prepare = startPathMeasurement;
    scene.settled = [](const GuiAssembly &assembly) {
        const ui::AdvisorPage *advisor = advisorOf(assembly);
        return advisor && advisor->measuredPath().has_value() && !advisor->isMeasuringPath();
    };
    scene.failure = noTimeoutFound;
    scene.render = [](GuiAssembly &assembly) {
        if (ui::PathTimeoutDialog *dialog = pathDialogOf(assembly))
            dialog->close();
        return assembly.window()->renderPage(QStringLiteral("advisor"));
    };
    scene.settleMs = 120000;
    return scene;
}

const QList<ScreenshotScene> &scenes()
{
    static const QList<ScreenshotScene> all{timelineLive(), timelineGoal(), pathTimeoutRunning(),
                                            pathTimeoutDone(), advisorMeasured()};
    return all;
}

} // namespace

QStringList screenshotSceneNames()
{
    QStringList names;
    for (const ScreenshotScene &scene : scenes())
        names << scene.name;
    return names;
}

QStringList pathTargetSceneNames()
{
    QStringList names;
    for (const ScreenshotScene &scene : scenes()) {
        if (scene.needsPathTarget)
            names << scene.name;
    }
    return names;
}

QString sceneInputsProblem(const ScreenshotScene &scene, const SceneInputs &inputs)
{
    if (!scene.needsPathTarget) {
        if (inputs.pathTarget.isEmpty())
            return {};
        return Tr::tr("--path-target is for the scenes %1, not %2.")
            .arg(pathTargetSceneNames().join(QStringLiteral(", ")), scene.name);
    }
    if (inputs.pathTarget.isEmpty())
        return Tr::tr("The scene %1 measures a real path: name its server with --path-target "
                      "HOST:PORT (for example an echo listener, keepalivectl probe --listen "
                      "PORT --echo, behind the middlebox to show).")
            .arg(scene.name);
    QString error;
    if (!parseTarget(inputs.pathTarget, &error))
        return Tr::tr("--path-target: %1").arg(error);
    return {};
}

const ScreenshotScene *findScreenshotScene(const QString &name)
{
    for (const ScreenshotScene &scene : scenes()) {
        if (scene.name == name)
            return &scene;
    }
    return nullptr;
}

} // namespace kt::app
