#include "CliOutput.h"

#include "CliCommand.h"
#include "params/KeepaliveParams.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

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

// An optional minus and digits only: a number, maybe too long for qint64.
bool isDecimalInteger(const QString &text)
{
    const qsizetype start = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (text.size() <= start)
        return false;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
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
            exitCode = fail(QStringLiteral("%1 was given %2 (see 'keepalivectl %3 --help')")
                                .arg(typedOption(name),
                                     times == 2 ? QStringLiteral("twice")
                                                : QStringLiteral("%1 times").arg(times),
                                     args.value(0)),
                            ExitUsage);
            return false;
        }
    }
    return true;
}

bool parseIntOption(const QString &text, const QString &optionName, qint64 min, qint64 max,
                    qint64 &value, QString &error)
{
    if (!isDecimalInteger(text)) {
        error = QStringLiteral("--%1 takes a whole number, not \"%2\"").arg(optionName, text);
        return false;
    }
    // Digits too many for qint64 are a number out of range all the same.
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok, 10);
    if (!ok || parsed < min || parsed > max) {
        error = QStringLiteral("--%1 must be between %2 and %3; got %4")
                    .arg(optionName)
                    .arg(min)
                    .arg(max)
                    .arg(text);
        return false;
    }
    value = parsed;
    return true;
}

QString describeParamError(const ParamError &error)
{
    // The fields are core's names ("user_timeout"); the options are spelled
    // with dashes ("--user-timeout").
    const QString option =
        QStringLiteral("--") + QString(error.field).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!error.field.isEmpty() && error.message.startsWith(error.field + QLatin1Char(' ')))
        return option + error.message.mid(error.field.size());
    return error.field.isEmpty() ? error.message : option + QStringLiteral(": ") + error.message;
}

} // namespace kt::cli
