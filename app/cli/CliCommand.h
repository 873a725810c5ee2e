#pragma once

#include <QStringList>

namespace kt::cli {

// Exit statuses of keepalivectl, documented in the README.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the operation failed (connection refused, helper refused, …)
    ExitUsage = 2,   // the command line was wrong (unknown option, value out of range)
};

// One subcommand: `args` starts with the subcommand's own name (as argv[0]
// would), so each can use QCommandLineParser as a program of its own.
struct CliCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

// Each subcommand lives in its own file and is listed in main.cpp.
int runShow(const QStringList &args);
int runSchedule(const QStringList &args); // ScheduleCommand.cpp

// SetCommand.cpp: change the host's values through keepalive-tuner-helper.
int runSet(const QStringList &args);
int runReset(const QStringList &args);
int runProbe(const QStringList &args); // ProbeCommand.cpp
int runCode(const QStringList &args);  // CodeCommand.cpp: the cookbook's snippets

int runAdvise(const QStringList &args); // AdviseCommand.cpp
int runLab(const QStringList &args);    // LabCommand.cpp

int runConnections(const QStringList &args); // ConnectionsCommand.cpp
int runPathTimeout(const QStringList &args); // PathTimeoutCommand.cpp

} // namespace kt::cli
