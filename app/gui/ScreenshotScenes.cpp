#include "app/gui/ScreenshotScenes.h"

#include "app/gui/GuiAssembly.h"
#include "params/KeepaliveParams.h"
#include "session/ExploredParams.h"
#include "ui/AdvisorPage.h"
#include "ui/ConnectionPage.h"
#include "ui/MainWindow.h"

#include <QList>

namespace kt::app {

namespace {

// The Timeline over a live test connection: a probe every second to the
// embedded peer, so answered probes arrive within seconds, measured and laid
// over the model (README, "Timeline over a live test connection").
ScreenshotScene timelineLive()
{
    ScreenshotScene scene;
    scene.name = QStringLiteral("timeline-live");
    scene.page = QStringLiteral("timeline");
    scene.prepare = [](GuiAssembly &assembly) {
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
    scene.prepare = [](GuiAssembly &assembly) {
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

const QList<ScreenshotScene> &scenes()
{
    static const QList<ScreenshotScene> all{timelineLive(), timelineGoal()};
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

const ScreenshotScene *findScreenshotScene(const QString &name)
{
    for (const ScreenshotScene &scene : scenes()) {
        if (scene.name == name)
            return &scene;
    }
    return nullptr;
}

} // namespace kt::app
