#pragma once

#include "app/gui/GuiAssembly.h"

#include <QString>
#include <QStringList>

namespace kt::ui {
class MainWindow;
}

namespace kt::app {

struct ScreenshotResult
{
    QStringList written; // absolute paths of the PNGs
    QString error;       // empty on success
};

// Renders every page (or only `onlyPage`) of the window to DIR/<page>.png.
// Pages whose content arrives asynchronously are given up to `settleMs` to
// report that they are ready; the event loop keeps running meanwhile.
ScreenshotResult renderScreenshots(ui::MainWindow &window, const QString &directory,
                                   const QString &onlyPage = {}, int settleMs = 5000);

// The same, each page from a window of its own assembled from `options`, so a
// page renders the same alone (--page) as with the others: the Test
// connection page opens a connection that the Timeline would otherwise
// follow. This is what --screenshot uses. Settings are neither read nor
// written.
ScreenshotResult renderScreenshots(const GuiOptions &options, const QString &directory,
                                   const QString &onlyPage = {}, int settleMs = 5000);

} // namespace kt::app
