#include "CliOutput.h"

#include "CliCommand.h"
#include "params/KernelLimits.h"
#include "params/Validation.h"
#include "sysctl/KernelHz.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace kt::cli {

namespace {

// When stdout or stderr is gone (a closed pipe) there is nothing sensible
// left to report to; the exit status still tells the caller what happened.
void write(std::FILE *stream, const QByteArray &bytes)
{
    static_cast<void>(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream));
    static_cast<void>(std::fflush(stream));
}

// QCommandLineParser's usage line names the program as it was started
// (argv[0], a build path or /usr/bin/…); a subcommand's help names the
// command as it is typed.
QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString started = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
    const QString typed = QStringLiteral("Usage: keepalivectl ") + command;
    if (text.startsWith(started))
        text.replace(0, started.size(), typed);
    return text;
}

// "-h", "--idle": the option as it is typed.
QString typedOption(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace

void printText(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    write(stdout, bytes);
}

void printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printProgress(const QString &text, bool toStderr)
{
    write(toStderr ? stderr : stdout, text.toUtf8());
}

bool isTerminal(bool stderrStream)
{
    return ::isatty(stderrStream ? STDERR_FILENO : STDOUT_FILENO) == 1;
}

int fail(const QString &message, int exitCode)
{
    write(stderr, "keepalivectl: " + message.toUtf8() + '\n');
    return exitCode;
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(args)) {
        exitCode = fail(parser.errorText() +
                            QStringLiteral(" (see 'keepalivectl %1 --help')").arg(args.value(0)),
                        ExitUsage);
        return false;
    }
    if (parser.isSet(helpOption)) {
        printText(commandHelp(parser, args.value(0)));
        exitCode = ExitOk;
        return false;
    }
    // QCommandLineParser keeps the last of a repeated option; which one the
    // person meant is a guess, so every command refuses it.
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        const qsizetype times = given.count(name);
        if (times > 1) {
            const QString what =
                times == 2
                    ? givenTwiceMessage(typedOption(name))
                    : QStringLiteral("%1 was given %2 times").arg(typedOption(name)).arg(times);
            exitCode =
                fail(QStringLiteral("%1 (see 'keepalivectl %2 --help')").arg(what, args.value(0)),
                     ExitUsage);
            return false;
        }
    }
    return true;
}

bool parseIntOption(const QString &text, const QString &optionName, const ParamSpec &spec,
                    qint64 &value, QString &error)
{
    const auto parsed = parseWholeNumber(text, typedOption(optionName), spec, &error);
    if (!parsed)
        return false;
    value = *parsed;
    return true;
}

bool parseIntOption(const QString &text, const QString &optionName, qint64 min, qint64 max,
                    qint64 &value, QString &error)
{
    return parseIntOption(text, optionName, ParamSpec{ParamField::Idle, {min, max}, {}, {}}, value,
                          error);
}

QString describeParamError(const ParamError &error)
{
    // The fields are core's names ("user_timeout"); the options are spelled
    // with dashes ("--user-timeout").
    const QString option = QString(error.field).replace(QLatin1Char('_'), QLatin1Char('-'));
    return outOfRangeMessage(typedOption(option), error.spec, error.got);
}

QCommandLineOption hzOption()
{
    return QCommandLineOption(QStringLiteral("hz"),
                              QStringLiteral("The kernel's HZ (default: read from the running "
                                             "kernel's configuration, else %1).")
                                  .arg(limits::kDefaultHz),
                              QStringLiteral("N"));
}

bool resolveHz(const QCommandLineParser &parser, int &hz, QString &source, QString &error)
{
    if (parser.isSet(QStringLiteral("hz"))) {
        qint64 value = 0;
        if (!parseIntOption(parser.value(QStringLiteral("hz")), QStringLiteral("hz"), 10, 10000,
                            value, error))
            return false;
        hz = int(value);
        source = QStringLiteral("--hz");
    } else if (const auto kernel = readKernelHz()) {
        hz = kernel->hz;
        source = kernel->source;
    } else {
        hz = limits::kDefaultHz;
        source = QStringLiteral("assumed; the kernel configuration is not readable");
    }
    return true;
}

} // namespace kt::cli
