#include "app/gui/ScreenshotMode.h"

#include "app/gui/ScreenshotScenes.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QThread>

#include <functional>

namespace kt::app {

namespace {

// Runs the event loop until `ready` holds or `settleMs` have passed; false
// when it never held.
bool waitUntil(const std::function<bool()> &ready, int settleMs)
{
    QDeadlineTimer deadline(settleMs);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

bool waitUntilReady(const ui::Page &page, int settleMs)
{
    return waitUntil([&page] { return page.isReadyForScreenshot(); }, settleMs);
}

bool saveImage(const QImage &image, const QString &path, ScreenshotResult *result)
{
    if (image.isNull() || !image.save(path, "PNG")) {
        result->error = QCoreApplication::translate("ScreenshotMode", "Cannot write %1.").arg(path);
        return false;
    }
    result->written << path;
    return true;
}

bool ensureDirectory(const QString &directory, ScreenshotResult *result)
{
    if (QDir(directory).exists() || QDir().mkpath(directory))
        return true;
    result->error = QCoreApplication::translate("ScreenshotMode", "Cannot create the directory %1.")
                        .arg(directory);
    return false;
}

bool checkPage(const QStringList &names, const QString &onlyPage, ScreenshotResult *result)
{
    if (onlyPage.isEmpty() || names.contains(onlyPage))
        return true;
    result->error =
        QCoreApplication::translate("ScreenshotMode", "There is no page called \"%1\"; the "
                                                      "pages are: %2.")
            .arg(onlyPage, names.join(QStringLiteral(", ")));
    return false;
}

bool renderOne(ui::MainWindow &window, const QDir &dir, const QString &name, int settleMs,
               ScreenshotResult *result)
{
    window.show();
    window.showPage(name);
    if (!waitUntilReady(*window.page(name), settleMs))
        result->notReady << name;
    return saveImage(window.renderPage(name), dir.absoluteFilePath(name + QStringLiteral(".png")),
                     result);
}

} // namespace

ScreenshotResult renderScreenshots(const GuiOptions &givenOptions, const QString &directory,
                                   const QString &onlyPage, int settleMs)
{
    GuiOptions options = givenOptions;
    if (options.hostReports.isEmpty()) {
        // The Hosts page shows the example reports shipped in the program
        // (docs/examples/fleet), labelled as examples, rather than nothing.
        options.hostReports = {QStringLiteral(":/examples/fleet")};
        options.hostReportsAreExamples = true;
    }
    ScreenshotResult result;
    if (!ensureDirectory(directory, &result))
        return result;
    QStringList names;
    {
        const GuiAssembly probe(options);
        names = probe.window()->pageIds();
    }
    if (!checkPage(names, onlyPage, &result))
        return result;
    if (!onlyPage.isEmpty())
        names = {onlyPage};
    const QDir dir(directory);
    GuiOptions shotOptions = options;
    shotOptions.labDemoRun = true;
    for (const QString &name : names) {
        // A fresh window per page: nothing one page opened leaks into another.
        GuiAssembly assembly(shotOptions);
        if (!renderOne(*assembly.window(), dir, name, settleMs, &result))
            return result;
    }
    return result;
}

ScreenshotResult renderScreenshots(ui::MainWindow &window, const QString &directory,
                                   const QString &onlyPage, int settleMs)
{
    ScreenshotResult result;
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        result.error =
            QCoreApplication::translate("ScreenshotMode", "Cannot create the directory %1.")
                .arg(directory);
        return result;
    }
    QStringList names = window.pageIds();
    if (!onlyPage.isEmpty()) {
        if (!names.contains(onlyPage)) {
            result.error =
                QCoreApplication::translate("ScreenshotMode", "There is no page called \"%1\"; the "
                                                              "pages are: %2.")
                    .arg(onlyPage, names.join(QStringLiteral(", ")));
            return result;
        }
        names = {onlyPage};
    }
    window.show();
    for (const QString &name : names) {
        window.showPage(name);
        if (!waitUntilReady(*window.page(name), settleMs))
            result.notReady << name;
        if (!saveImage(window.renderPage(name), dir.absoluteFilePath(name + QStringLiteral(".png")),
                       &result))
            return result;
    }
    return result;
}

ScreenshotResult renderScene(const GuiOptions &options, const QString &directory,
                             const QString &sceneName, const SceneInputs &inputs)
{
    ScreenshotResult result;
    const ScreenshotScene *scene = findScreenshotScene(sceneName);
    if (!scene) {
        result.error = QCoreApplication::translate("ScreenshotMode",
                                                   "There is no scene called \"%1\"; the scenes "
                                                   "are: %2.")
                           .arg(sceneName, screenshotSceneNames().join(QStringLiteral(", ")));
        return result;
    }
    if (const QString problem = sceneInputsProblem(*scene, inputs); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    if (!ensureDirectory(directory, &result))
        return result;
    GuiAssembly assembly(options);
    ui::MainWindow &window = *assembly.window();
    window.show();
    scene->prepare(assembly, inputs);
    QString failure;
    const bool settled = waitUntil(
        [&] {
            const ui::Page *page = window.page(scene->page);
            if (scene->settled(assembly) && page && page->isReadyForScreenshot())
                return true;
            if (scene->failure)
                failure = scene->failure(assembly);
            return !failure.isEmpty();
        },
        scene->settleMs);
    if (!failure.isEmpty()) {
        result.error =
            QCoreApplication::translate("ScreenshotMode", "The scene %1 cannot reach its state; no "
                                                          "picture was written. %2")
                .arg(scene->name, failure);
        return result;
    }
    if (!settled) {
        result.error = QCoreApplication::translate("ScreenshotMode",
                                                   "The scene %1 did not reach its state within "
                                                   "%2 s; no picture was written.")
                           .arg(scene->name)
                           .arg(scene->settleMs / 1000);
        return result;
    }
    const QImage image = scene->render ? scene->render(assembly) : window.renderPage(scene->page);
    saveImage(image, QDir(directory).absoluteFilePath(scene->name + QStringLiteral(".png")),
              &result);
    return result;
}

} // namespace kt::app
