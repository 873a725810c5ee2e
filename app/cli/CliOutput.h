#pragma once

#include <QJsonDocument>
#include <QString>

class QCommandLineParser;

namespace kt {
struct ParamError;
}

namespace kt::cli {

// Everything keepalivectl writes goes through here: readable text or one JSON
// document on stdout, messages on stderr prefixed with the program name.
void printText(const QString &text);
void printJson(const QJsonObject &object);
// Prints "keepalivectl: <message>" on stderr and returns `exitCode`, so a
// command can `return fail(...)`.
int fail(const QString &message, int exitCode);

// Parses `args` (args[0] is the subcommand's name) with `parser`; on a parse
// error, or an option given more than once, prints why and returns false with
// `exitCode` set. --help is handled here too (prints and sets `exitCode` to 0).
bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, int &exitCode);

// Parses a whole decimal integer option value; the error names the option
// ("--idle") and, for a number outside [min, max] however long, the range.
bool parseIntOption(const QString &text, const QString &optionName, qint64 min, qint64 max,
                    qint64 &value, QString &error);

// A core validation message with the field named as the option is typed:
// "user_timeout must be …" becomes "--user-timeout must be …".
QString describeParamError(const ParamError &error);

} // namespace kt::cli
