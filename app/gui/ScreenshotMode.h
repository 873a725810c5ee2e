#pragma once

#include "app/gui/GuiAssembly.h"
#include "app/gui/ScreenshotScenes.h"

#include <QString>
#include <QStringList>

namespace kt::ui {
class MainWindow;
}

namespace kt::app {

struct ScreenshotResult
{
    QStringList written;  // absolute paths of the PNGs
    QString error;        // empty on success
    QStringList notReady; // pages rendered before they said they were ready
};

// Renders every page (or only `onlyPage`) of the window to DIR/<page>.png.
// Pages whose content arrives asynchronously are given up to `settleMs` to
// report that they are ready; the event loop keeps running meanwhile. A page
// still not ready then is rendered as it is and listed in `notReady`.
ScreenshotResult renderScreenshots(ui::MainWindow &window, const QString &directory,
                                   const QString &onlyPage = {}, int settleMs = 5000);

// The same, each page from a window of its own assembled from `options`, so a
// page renders the same alone (--page) as with the others: the Test
// connection page opens a connection that the Timeline would otherwise
// follow. This is what --screenshot uses. Settings are neither read nor
// written.
ScreenshotResult renderScreenshots(const GuiOptions &options, const QString &directory,
                                   const QString &onlyPage = {}, int settleMs = 5000);

// Renders the documentation scene `sceneName` (ScreenshotScenes.h) to
// DIR/<scene>.png from a window of its own assembled from `options`, with
// what the scene takes from the command line in `inputs`. Unlike a page, a
// scene that does not reach its state in time, or can no longer reach it, is
// an error and nothing is written.
ScreenshotResult renderScene(const GuiOptions &options, const QString &directory,
                             const QString &sceneName, const SceneInputs &inputs = {});

} // namespace kt::app
