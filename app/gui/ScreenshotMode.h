#pragma once

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

} // namespace kt::app
