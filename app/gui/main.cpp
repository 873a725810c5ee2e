// keepalive-tuner: the desktop application. Parses the command line and hands
// over to GuiAssembly; nothing else lives here.
#include "app/gui/GuiAssembly.h"
#include "app/gui/ScreenshotMode.h"
#include "app/gui/ScreenshotScenes.h"
#include "ui/FirstPaintProbe.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version print and exit: they must work without a display (on
// an SSH session, in a man-page check), so they get a QCoreApplication.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        onlyPrintsText(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                   : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setApplicationName(QStringLiteral("keepalive-tuner"));
    // Settings in ~/.config/keepalive-tuner/keepalive-tuner.conf.
    QApplication::setOrganizationName(QStringLiteral("keepalive-tuner"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keepalive Tuner"));
    QApplication::setApplicationVersion(QStringLiteral(KT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("keepalive-tuner"));
    if (qobject_cast<QApplication *>(&app))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keepalive-tuner.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore and tune TCP keep-alive."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render every page to DIR/<page>.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "With --screenshot: render only this page."),
        QStringLiteral("NAME"));
    const QCommandLineOption sceneOption(
        QStringLiteral("scene"),
        QApplication::translate("main", "With --screenshot: render the documentation scene NAME "
                                        "(%1) to DIR/NAME.png instead of the pages.")
            .arg(kt::app::screenshotSceneNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QApplication::translate("main", "Use a dark palette (for documentation screenshots)."));
    const QCommandLineOption procSysOption(
        QStringLiteral("proc-sys"),
        QApplication::translate("main", "Read the kernel's values below DIR instead of /proc/sys."),
        QStringLiteral("DIR"), QStringLiteral("/proc/sys"));
    const QCommandLineOption configRootOption(
        QStringLiteral("config-root"),
        QApplication::translate("main", "Trace configuration files below DIR instead of / (e.g. a "
                                        "mounted image)."),
        QStringLiteral("DIR"), QStringLiteral("/"));
    // For benchmarks/startup_benchmark only: quit after the first frame.
    QCommandLineOption startupProbeOption(QStringLiteral("startup-probe"),
                                          QStringLiteral("Report the first paint and quit."));
    startupProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshotOption, pageOption, sceneOption, darkOption, procSysOption,
                       configRootOption, startupProbeOption});
    parser.process(app);

    if (parser.isSet(darkOption))
        kt::ui::theme::applyAppearance(kt::ui::theme::Appearance::Dark);

    kt::app::GuiOptions options;
    options.procSysRoot = parser.value(procSysOption);
    options.configRoot = parser.value(configRootOption);

    if (parser.isSet(sceneOption) &&
        (!parser.isSet(screenshotOption) || parser.isSet(pageOption))) {
        static_cast<void>(std::fprintf(
            stderr, "keepalive-tuner: %s\n",
            qPrintable(QApplication::translate("main", "--scene needs --screenshot DIR and "
                                                       "cannot be combined with --page."))));
        return 1; // as for an unknown option (QCommandLineParser::process)
    }
    if (parser.isSet(screenshotOption)) {
        // Settings are neither read nor written: screenshots are the same on
        // every machine.
        const QString directory = parser.value(screenshotOption);
        const auto result =
            parser.isSet(sceneOption)
                ? kt::app::renderScene(options, directory, parser.value(sceneOption))
                : kt::app::renderScreenshots(options, directory, parser.value(pageOption));
        for (const QString &path : result.written)
            static_cast<void>(std::printf("%s\n", qPrintable(path)));
        // Rendered all the same, but a documentation build should know.
        for (const QString &page : result.notReady) {
            static_cast<void>(std::fprintf(
                stderr, "keepalive-tuner: %s\n",
                qPrintable(QApplication::translate("main", "warning: the %1 page was not ready in "
                                                           "time and was rendered as it was.")
                               .arg(page))));
        }
        if (!result.error.isEmpty()) {
            static_cast<void>(
                std::fprintf(stderr, "keepalive-tuner: %s\n", qPrintable(result.error)));
            return 1;
        }
        return 0;
    }
    kt::app::GuiAssembly assembly(options);
    kt::ui::MainWindow &window = *assembly.window();
    // The startup benchmark measures a first launch: nothing remembered.
    if (!parser.isSet(startupProbeOption)) {
        window.restoreRemembered();
        if (parser.isSet(darkOption))
            window.setAppearance(kt::ui::theme::Appearance::Dark);
    }
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption));
    if (parser.isSet(startupProbeOption))
        kt::ui::FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
