#pragma once

#include "lab/LabScenarioId.h"

#include <string>

namespace kt::lab {

// Exit statuses of keepalive-tuner-lab (LabRun maps them for people).
enum RunnerExit : int
{
    RunnerExitOk = 0,      // the experiment ran to its end, whatever the outcome
    RunnerExitSandbox = 1, // the sandbox could not be made; nothing else was done
    RunnerExitUsage = 2,   // the arguments were wrong (a caller's bug)
    RunnerExitFailed = 3,  // the experiment could not be staged inside the sandbox
};

// What the caller asks for; LabRun passes every value explicitly.
struct RunnerOptions
{
    LabScenarioId scenario = LabScenarioId::DeadPeer;
    int idleS = 1;
    int intervalS = 1;
    int count = 2;
    int userTimeoutMs = 0;
    double afterS = 0;         // dead-peer: when the peer's packets start being dropped
    int middleboxTimeoutS = 3; // middlebox: conntrack's established timeout
    double sendAfterS = 4;     // middlebox: when the client sends data
    int retries2 = 15;         // tcp_retries2 inside the sandbox
    double untilS = 10;        // stop watching this long after the peer's last segment
};

bool parseRunnerArguments(int argc, char *argv[], RunnerOptions &options, std::string &error);

// One JSON line: {"type":"error","stage":…,"message":…,"setting":…}.
void printError(const char *stage, const std::string &message, const std::string &setting);

// Stages the scenario in the current (already private) network namespace
// and streams the events; returns a RunnerExit.
int runExperiment(const RunnerOptions &options);

} // namespace kt::lab
