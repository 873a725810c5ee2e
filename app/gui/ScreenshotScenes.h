#pragma once

#include <QImage>
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
// What a scene takes from the command line besides its name.
struct SceneInputs
{
    // --path-target HOST:PORT: the server whose path the path measurement's
    // scenes measure. The program stages nothing: what the path does (a
    // middlebox that forgets idle flows) is the caller's to arrange, as
    // scripts/screenshots.sh does in a private network namespace.
    QString pathTarget;
};

struct ScreenshotScene
{
    QString name; // the PNG's base name
    QString page; // the page rendered, or the one whose window shows it
    // The scene measures the path to --path-target.
    bool needsPathTarget = false;
    // Drives the shown window into the scene's state through the pages' own
    // entry points, as the buttons a person would press do.
    std::function<void(GuiAssembly &, const SceneInputs &)> prepare;
    // True once the picture would show the state it is meant to; the page
    // must also report isReadyForScreenshot().
    std::function<bool(const GuiAssembly &)> settled;
    // Optional: why the state can no longer be reached (a run that ended
    // without what the picture shows), so the scene fails at once with the
    // reason rather than at its deadline; empty while it still may.
    std::function<QString(const GuiAssembly &)> failure;
    // Optional: the picture; without it, the page as --page renders it.
    std::function<QImage(GuiAssembly &)> render;
    // How long the state may take to arrive before the scene fails (a picture
    // of a state half reached would be wrong documentation).
    int settleMs = 5000;
};

QStringList screenshotSceneNames();
// The scenes that need --path-target.
QStringList pathTargetSceneNames();
// nullptr for an unknown name.
const ScreenshotScene *findScreenshotScene(const QString &name);
// What is wrong with `inputs` for `scene` (a missing or malformed
// --path-target, or one the scene does not use), in words; empty when
// nothing is.
QString sceneInputsProblem(const ScreenshotScene &scene, const SceneInputs &inputs);

} // namespace kt::app
