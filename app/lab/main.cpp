// keepalive-tuner-lab: the Lab's sandbox. Enters a user and a network
// namespace of its own before anything else (no thread may exist for
// unshare(CLONE_NEWUSER), so this program has no Qt), stages one scenario on
// loopback there and streams what happens as JSON lines on stdout. Cancel is
// killing it: the namespace, its rules and its sockets die with it, and
// nothing on the host ever changes. keepalive-tuner and keepalivectl start it
// through core/lab/LabRun; see docs/lab.md for the protocol.
#include "app/lab/LabRunner.h"
#include "lab/UserNamespace.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>

int main(int argc, char *argv[])
{
    // Dies with whoever started it (a crashed GUI included), so no run
    // outlives its reader. prctl() starts no thread.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // First thing: the sandbox. Nothing before this line may start a thread.
    kt::lab::SandboxFailure failure;
    const bool sandboxed = kt::lab::enterSandbox(failure);
    // Again: a credential change may clear the setting (prctl(2)).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Line-buffered: every event reaches the reader as it happens.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    kt::lab::RunnerOptions options;
    std::string usageError;
    if (!kt::lab::parseRunnerArguments(argc, argv, options, usageError)) {
        kt::lab::printError("usage", usageError, {});
        std::fprintf(stderr, "keepalive-tuner-lab: %s\n", usageError.c_str());
        return kt::lab::RunnerExitUsage;
    }
    if (!sandboxed) {
        kt::lab::printError("sandbox", failure.message, failure.setting);
        std::fprintf(stderr, "keepalive-tuner-lab: %s\n", failure.message.c_str());
        return kt::lab::RunnerExitSandbox;
    }
    return kt::lab::runExperiment(options);
}
