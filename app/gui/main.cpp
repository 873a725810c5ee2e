// keepalive-tuner: the desktop application. Parses the command line and hands
// over to GuiAssembly; nothing else lives here.
#include "app/gui/GuiAssembly.h"
#include "app/gui/ScreenshotMode.h"
#include "app/gui/ScreenshotScenes.h"
#include "i18n/Translation.h"
#include "ui/FirstPaintProbe.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcess>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeepaliveTuner)
};

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

// The value after --language (or in --language=VALUE), read before the
// parser exists: the translators must be in place before the first tr() of
// the help text. The parser checks the value again and names a wrong one.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--"))
            break;
        if (args.at(i) == QLatin1String("--language"))
            return args.value(i + 1);
        if (args.at(i).startsWith(QLatin1String("--language=")))
            return args.at(i).mid(11);
    }
    return {};
}

// The arguments a restart passes on: this run's, but the language comes from
// the choice just made, not from --language.
QStringList restartArguments(const QStringList &args)
{
    QStringList kept;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--language"))
            ++i;
        else if (!args.at(i).startsWith(QLatin1String("--language=")))
            kept << args.at(i);
    }
    return kept;
}

bool hasArgument(const QStringList &args, const QString &option)
{
    for (const QString &arg : args) {
        if (arg == QLatin1String("--"))
            break;
        if (arg == option || arg.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

// --language, else the language remembered from View > Language (never
// for --screenshot, which reads no settings, nor for the startup
// benchmark's first launch), else the system's.
kt::i18n::Language chosenLanguage(const QStringList &args)
{
    if (const auto asked = kt::i18n::languageFromCode(languageArgument(args)))
        return *asked;
    if (hasArgument(args, QStringLiteral("--screenshot")) ||
        hasArgument(args, QStringLiteral("--startup-probe")))
        return kt::i18n::Language::System;
    return kt::ui::MainWindow::rememberedLanguage();
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
    const kt::i18n::Language language = chosenLanguage(QCoreApplication::arguments());
    kt::i18n::installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Explore and tune TCP keep-alive."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), Tr::tr("Render every page to DIR/<page>.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        Tr::tr("With --screenshot: render only this page."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption sceneOption(
        QStringLiteral("scene"),
        Tr::tr("With --screenshot: render the documentation scene NAME "
               "(%1) to DIR/NAME.png instead of the pages.")
            .arg(kt::app::screenshotSceneNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption pathTargetOption(
        QStringLiteral("path-target"),
        Tr::tr("With --scene %1: the server whose path is measured. The program stages "
               "nothing; put the middlebox to show on the path.")
            .arg(kt::app::pathTargetSceneNames().join(QStringLiteral(", "))),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), Tr::tr("Use a dark palette (for documentation screenshots)."));
    const QCommandLineOption procSysOption(
        QStringLiteral("proc-sys"),
        Tr::tr("Read the kernel's values below DIR instead of /proc/sys."), QStringLiteral("DIR"),
        QStringLiteral("/proc/sys"));
    const QCommandLineOption configRootOption(
        QStringLiteral("config-root"),
        Tr::tr("Trace configuration files below DIR instead of / (e.g. a "
               "mounted image)."),
        QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        Tr::tr("Show the interface in LANG: %1 (default: as chosen in View > Language, else "
               "the system's language).")
            .arg(kt::i18n::languageCodeList()),
        QStringLiteral("LANG"));
    // For benchmarks/startup_benchmark only: quit after the first frame.
    QCommandLineOption startupProbeOption(QStringLiteral("startup-probe"),
                                          QStringLiteral("Report the first paint and quit."));
    startupProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshotOption, pageOption, sceneOption, pathTargetOption, darkOption,
                       procSysOption, configRootOption, languageOption, startupProbeOption});
    parser.process(app);
    if (parser.isSet(languageOption) && !kt::i18n::languageFromCode(parser.value(languageOption))) {
        static_cast<void>(std::fprintf(
            stderr, "keepalive-tuner: %s\n",
            qPrintable(Tr::tr("--language takes %1, not \"%2\"")
                           .arg(kt::i18n::languageCodeList(), parser.value(languageOption)))));
        return 1;
    }

    if (parser.isSet(darkOption))
        kt::ui::theme::applyAppearance(kt::ui::theme::Appearance::Dark);

    kt::app::GuiOptions options;
    options.procSysRoot = parser.value(procSysOption);
    options.configRoot = parser.value(configRootOption);

    if (parser.isSet(sceneOption) &&
        (!parser.isSet(screenshotOption) || parser.isSet(pageOption))) {
        static_cast<void>(std::fprintf(stderr, "keepalive-tuner: %s\n",
                                       qPrintable(Tr::tr("--scene needs --screenshot DIR and "
                                                         "cannot be combined with --page."))));
        return 1; // as for an unknown option (QCommandLineParser::process)
    }
    if (parser.isSet(pathTargetOption) && !parser.isSet(sceneOption)) {
        static_cast<void>(std::fprintf(
            stderr, "keepalive-tuner: %s\n",
            qPrintable(Tr::tr("--path-target needs --screenshot DIR --scene NAME (%1).")
                           .arg(kt::app::pathTargetSceneNames().join(QStringLiteral(", "))))));
        return 1;
    }
    if (parser.isSet(screenshotOption)) {
        // Settings are neither read nor written: screenshots are the same on
        // every machine.
        const QString directory = parser.value(screenshotOption);
        const auto result =
            parser.isSet(sceneOption)
                ? kt::app::renderScene(options, directory, parser.value(sceneOption),
                                       {parser.value(pathTargetOption)})
                : kt::app::renderScreenshots(options, directory, parser.value(pageOption));
        for (const QString &path : result.written)
            static_cast<void>(std::printf("%s\n", qPrintable(path)));
        // Rendered all the same, but a documentation build should know.
        for (const QString &page : result.notReady) {
            static_cast<void>(
                std::fprintf(stderr, "keepalive-tuner: %s\n",
                             qPrintable(Tr::tr("warning: the %1 page was not ready in "
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
    // The language comes from --language or the settings; the menu shows it.
    window.setLanguageChoice(language);
    window.setRestartHandler([&window] {
        if (!window.close())
            return; // the person kept the window (open test connections)
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     restartArguments(QCoreApplication::arguments())))
            static_cast<void>(
                std::fprintf(stderr, "keepalive-tuner: %s\n",
                             qPrintable(Tr::tr("Could not start %1 again.")
                                            .arg(QCoreApplication::applicationFilePath()))));
    });
    window.show();
    return QApplication::exec();
}
