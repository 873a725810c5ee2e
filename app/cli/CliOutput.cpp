#include "CliOutput.h"

#include "CliCommand.h"
#include "params/KernelLimits.h"
#include "params/Validation.h"
#include "sysctl/KernelHz.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
};

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
    // The parser words its usage line through Qt's own translation (qtbase).
    static const char *const usageLine = "Usage: %1";
    const QString usage = QCoreApplication::translate("QCommandLineParser", usageLine);
    const QString started = usage.arg(QCoreApplication::arguments().value(0));
    const QString typed = usage.arg(QStringLiteral("keepalivectl ") + command);
    if (text.startsWith(started))
        text.replace(0, started.size(), typed);
    return text;
}

// "-h", "--idle": the option as it is typed.
QString typedOption(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// Columns a character takes in a terminal: two for the East Asian wide and
// fullwidth ranges (Unicode UAX #11: Han, kana, Hangul, fullwidth forms), one
// otherwise.
int columnsOf(char32_t c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

} // namespace

int displayWidth(const QString &text)
{
    // Tables of thousands of connections pass through here: no conversion
    // for text below U+1100, where every character is one column.
    const bool narrow =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x1100; });
    if (narrow)
        return int(text.size());
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += columnsOf(c);
    return columns;
}

QString padEnd(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

QString padStart(const QString &text, int columns)
{
    return QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' ')) + text;
}

bool wantsSourceLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--json"))
            return true;
        // --format json or prometheus; text follows the locale.
        const QString format = arg == QLatin1String("--format")             ? args.value(i + 1)
                               : arg.startsWith(QLatin1String("--format=")) ? arg.mid(9)
                                                                            : QString();
        if (!format.isEmpty() && format != QLatin1String("text"))
            return true;
    }
    return false;
}

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
                                        Tr::tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(args)) {
        exitCode =
            fail(Tr::tr("%1 (see 'keepalivectl %2 --help')").arg(parser.errorText(), args.value(0)),
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
                times == 2 ? givenTwiceMessage(typedOption(name))
                           : Tr::tr("%1 was given %2 times").arg(typedOption(name)).arg(times);
            exitCode = fail(Tr::tr("%1 (see 'keepalivectl %2 --help')").arg(what, args.value(0)),
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
                              Tr::tr("The kernel's HZ (default: read from the running "
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
        source = Tr::tr("assumed; the kernel configuration is not readable");
    }
    return true;
}

} // namespace kt::cli
