#include "CliOutput.h"

#include "CliCommand.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cstdio>

namespace kt::cli {

void printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "keepalivectl: %s\n", qPrintable(message));
    std::fflush(stderr);
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
