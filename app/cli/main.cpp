// keepalivectl: everything the GUI shows, for scripts and SSH sessions.
// Dispatches to one function per subcommand (see CliCommand.h).
#include "CliCommand.h"
#include "CliOutput.h"
#include "i18n/Translation.h"

#include <QCoreApplication>
#include <QList>

namespace {

// The summaries are marked here and translated where --help prints them.
const QList<kt::cli::CliCommand> kCommands{
    {"show",
     QT_TRANSLATE_NOOP("Keepalivectl", "the host's keep-alive sysctls, their sources and meaning"),
     &kt::cli::runShow},
    {"schedule",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "the modelled probe schedule: each probe, ACK and the abort, with windows"),
     &kt::cli::runSchedule},
    {"probe",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "open a test connection, apply keep-alive options, read them back"),
     &kt::cli::runProbe},
    {"set",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "change the host's values through the helper (polkit when not root)"),
     &kt::cli::runSet},
    {"reset", QT_TRANSLATE_NOOP("Keepalivectl", "restore the kernel defaults through the helper"),
     &kt::cli::runReset},
    {"advise",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "values that beat a middlebox and meet a detection deadline, with reasons"),
     &kt::cli::runAdvise},
    {"code",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "a snippet that applies keep-alive values: sysctl, socket code, servers"),
     &kt::cli::runCode},
    {"lab",
     QT_TRANSLATE_NOOP("Keepalivectl", "stage a failure in a sandbox: predicted vs measured"),
     &kt::cli::runLab},
    {"connections",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "every TCP connection with its real keep-alive options and timer"),
     &kt::cli::runConnections},
    {"path-timeout",
     QT_TRANSLATE_NOOP("Keepalivectl",
                       "measure how long an idle connection to a server survives the path"),
     &kt::cli::runPathTimeout},
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Keepalivectl)
};

QString usage()
{
    QString text = Tr::tr("Usage: keepalivectl COMMAND [OPTIONS]\n\n"
                          "Explore and tune TCP keep-alive.\n\nCommands:\n");
    for (const auto &command : kCommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(12),
                         QCoreApplication::translate("Keepalivectl", command.summary));
    text += Tr::tr("\nEvery command takes --json for one JSON document and --help.\n"
                   "Run 'keepalivectl COMMAND --help' for its options.\n\n"
                   "Exit status: 0 success; 1 the operation failed (the reason is on "
                   "stderr);\n2 the command line was wrong; 130 or 143 when probe or "
                   "path-timeout was\nended by SIGINT (Ctrl-C) or SIGTERM, after "
                   "printing its report.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keepalivectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KT_VERSION));

    const QStringList args = QCoreApplication::arguments();
    // Text follows the locale; a JSON document or Prometheus metrics stay
    // English, values and messages alike, so scripts read one language.
    if (!kt::cli::wantsSourceLanguage(args))
        kt::i18n::installTranslators(app, kt::i18n::Language::System);
    const QString name = args.value(1);
    if (name.isEmpty() || name == QLatin1String("help") || name == QLatin1String("--help") ||
        name == QLatin1String("-h")) {
        kt::cli::printText(usage());
        return name.isEmpty() ? kt::cli::ExitUsage : kt::cli::ExitOk;
    }
    if (name == QLatin1String("--version")) {
        kt::cli::printText(QStringLiteral("keepalivectl " KT_VERSION));
        return kt::cli::ExitOk;
    }
    for (const auto &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(args.mid(1));
    }
    return kt::cli::fail(Tr::tr("unknown command \"%1\" (see 'keepalivectl --help')").arg(name),
                         kt::cli::ExitUsage);
}
