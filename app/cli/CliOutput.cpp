#include "CliOutput.h"

#include "CliCommand.h"

#include <QCommandLineParser>
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
        printText(parser.helpText().replace(QStringLiteral("keepalivectl"),
                                            QStringLiteral("keepalivectl %1").arg(args.value(0))));
        exitCode = ExitOk;
        return false;
    }
    return true;
}

bool parseIntOption(const QString &text, const QString &optionName, qint64 min, qint64 max,
                    qint64 &value, QString &error)
{
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok, 10);
    if (!ok || text.trimmed() != text || text.startsWith(QLatin1Char('+'))) {
        error = QStringLiteral("--%1 takes a whole number, not \"%2\"").arg(optionName, text);
        return false;
    }
    if (parsed < min || parsed > max) {
        error = QStringLiteral("--%1 must be between %2 and %3; got %4")
                    .arg(optionName)
                    .arg(min)
                    .arg(max)
                    .arg(parsed);
        return false;
    }
    value = parsed;
    return true;
}

} // namespace kt::cli
