#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace kt::app {

class GuiAssembly;

// A documentation picture that needs more than opening a page: the window is
// driven into a state a person would reach by hand (a live test connection
// probed every second, the Advisor's recommendation explored on the Timeline)
// and one page is rendered. `keepalive-tuner --screenshot DIR --scene NAME`
// writes DIR/NAME.png, so scripts/screenshots.sh can renew every picture the
// documentation shows without a test or a benchmark producing it on the side.
struct ScreenshotScene
{
    QString name; // the PNG's base name
    QString page; // the page rendered
    // Drives the shown window into the scene's state through the pages' own
    // entry points, as the buttons a person would press do.
    std::function<void(GuiAssembly &)> prepare;
    // True once the picture would show the state it is meant to; the rendered
    // page must also report isReadyForScreenshot().
    std::function<bool(const GuiAssembly &)> settled;
    // How long the state may take to arrive before the scene fails (a picture
    // of a state half reached would be wrong documentation).
    int settleMs = 5000;
};

QStringList screenshotSceneNames();
// nullptr for an unknown name.
const ScreenshotScene *findScreenshotScene(const QString &name);

} // namespace kt::app
