#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace kt {
struct ParamError;
struct ParamSpec;
} // namespace kt

namespace kt::cli {

// Whether the command line asks for a document for programs (--json, --format
// json or prometheus): then keepalivectl installs no translation, and values
// and messages stay English.
bool wantsSourceLanguage(const QStringList &args);

// Text for a terminal's columns: Chinese characters take two, so tables pad
// by display width, not by characters.
int displayWidth(const QString &text);
QString padEnd(const QString &text, int columns);   // left-aligned in `columns`
QString padStart(const QString &text, int columns); // right-aligned in `columns`

// Everything keepalivectl writes goes through here: readable text or one JSON
// document on stdout, messages on stderr prefixed with the program name.
void printText(const QString &text);
void printJson(const QJsonObject &object);
// Progress for a person watching: `text` as it is (no newline added), on
// stdout or stderr, so a terminal's line can be rewritten with "\r".
void printProgress(const QString &text, bool toStderr);
// Whether stdout (or stderr) is a terminal, where progress may rewrite its line.
bool isTerminal(bool stderrStream);
// Prints "keepalivectl: <message>" on stderr and returns `exitCode`, so a
// command can `return fail(...)`.
int fail(const QString &message, int exitCode);

// Parses `args` (args[0] is the subcommand's name) with `parser`; on a parse
// error, or an option given more than once, prints why and returns false with
// `exitCode` set. --help is handled here too (prints and sets `exitCode` to 0).
bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, int &exitCode);

// Parses a whole decimal integer option value with core's one wording
// (params/Validation.h); the error names the option as typed ("--idle") and,
// for a number outside the range however long, the range with its unit.
bool parseIntOption(const QString &text, const QString &optionName, const ParamSpec &spec,
                    qint64 &value, QString &error);
// The same for a number that is no keep-alive value (a port, seconds to
// watch): the range with no unit.
bool parseIntOption(const QString &text, const QString &optionName, qint64 min, qint64 max,
                    qint64 &value, QString &error);

// --hz N: the kernel's tick rate, for the commands that model timers.
QCommandLineOption hzOption();
// The HZ to model with: --hz when given (10 to 10000), else the running
// kernel's (KernelHz), else the usual default; `source` says which, for the
// report. False with `error` when --hz is not a valid number.
bool resolveHz(const QCommandLineParser &parser, int &hz, QString &source, QString &error);

// A core validation message with the field named as the option is typed:
// "user_timeout must be …" becomes "--user-timeout must be …".
QString describeParamError(const ParamError &error);

} // namespace kt::cli
