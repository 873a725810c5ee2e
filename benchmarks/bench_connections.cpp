// Connections benchmark: in a private network namespace with 20 000
// established loopback connections (40 000 sockets), half with keep-alive, a
// complete refresh — the sock_diag dump with INET_DIAG_INFO, the owners from
// /proc and every socket's options through pidfd_getfd — beside `ss -tnoip`
// (and its lighter forms) measured in the same run: wall time and peak memory
// (ru_maxrss of each program run on its own). Prints figures; asserts nothing.
//
// With --hold-and-run PROGRAM ARGS…, it holds the connections, runs the
// program (for example the GUI's --screenshot mode) and exits with its status.
#include "LoopbackLoad.h"
#include "inspect/Inspect.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Sample
{
    double ms = 0;
    long peakKib = 0;
    int status = -1;
};

// Runs argv with stdout to /dev/null; wall time and the child's peak RSS.
Sample runMeasured(const std::vector<std::string> &argv, bool quiet = true)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Sample sample;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return sample;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    sample.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    sample.peakKib = usage.ru_maxrss;
    sample.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return sample;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    int connections = 20000;
    if (const char *n = std::getenv("KT_BENCH_CONNECTIONS"))
        connections = std::atoi(n);
    std::vector<std::string> holdAndRun;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--hold-and-run") {
            for (int j = i + 1; j < argc; ++j)
                holdAndRun.emplace_back(argv[j]);
            break;
        }
    }

    LoopbackLoad load;
    std::string error;
    const auto setupStart = std::chrono::steady_clock::now();
    if (!load.start(connections, 4, error)) {
        std::fprintf(stderr, "SKIP: cannot hold %d connections here: %s\n", connections,
                     error.c_str());
        return 77;
    }
    std::printf(
        "%d loopback connections (%d sockets) held by 4 processes, set up in %.1f s\n", connections,
        2 * connections,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - setupStart).count());
    if (!holdAndRun.empty()) {
        std::fflush(stdout);
        const Sample run = runMeasured(holdAndRun, false);
        return run.status;
    }

    // Check what a refresh sees before timing it.
    kt::inspect::InspectResult result;
    if (!kt::inspect::inspectConnections({}, result, error)) {
        std::fprintf(stderr, "inspect failed: %s\n", error.c_str());
        return 1;
    }
    std::size_t read = 0;
    std::size_t keepalive = 0;
    for (const auto &s : result.sockets) {
        read += s.optionsStatus == kt::inspect::OptionsStatus::Read ? 1 : 0;
        keepalive += s.options.keepalive ? 1 : 0;
    }
    std::printf("a refresh lists %zu sockets, options read for %zu, keep-alive on for %zu, "
                "%zu processes\n",
                result.sockets.size(), read, keepalive, result.processes.size());
    std::printf("its parts: dump %.1f ms, /proc scan %.1f ms, options %.1f ms, total %.1f ms\n",
                result.dumpNs / 1e6, result.ownersNs / 1e6, result.optionsNs / 1e6,
                result.elapsedNs / 1e6);
    if (argc > 1 && std::string(argv[1]) == "--parts-only")
        return 0;

    const std::string helper = KT_INSPECT_HELPER;
    const std::string ctl = KT_KEEPALIVECTL;
    struct Program
    {
        const char *label;
        std::vector<std::string> argv;
        std::vector<double> ms;
        long peakKib = 0;
        int failures = 0;
    };
    std::vector<Program> programs{
        {"ss -tnoH (no -i, no -p)", {"ss", "-tnoH"}, {}, 0, 0},
        {"ss -tnoiH", {"ss", "-tnoiH"}, {}, 0, 0},
        {"ss -tnopH", {"ss", "-tnopH"}, {}, 0, 0},
        {"ss -tnoip (the reference)", {"ss", "-tnoip"}, {}, 0, 0},
        {"keepalive-tuner-inspect dump", {helper, "dump"}, {}, 0, 0},
        {"keepalivectl connections", {ctl, "connections"}, {}, 0, 0},
        {"keepalivectl connections --json", {ctl, "connections", "--json"}, {}, 0, 0},
    };
    const int rounds = 5;
    for (int round = 0; round < rounds; ++round) {
        for (Program &p : programs) {
            const Sample s = runMeasured(p.argv);
            if (s.status != 0) {
                ++p.failures;
                continue;
            }
            p.ms.push_back(s.ms);
            p.peakKib = std::max(p.peakKib, s.peakKib);
        }
    }
    // In process: the refresh alone, as the GUI's worker thread runs it.
    std::vector<double> inProcess;
    for (int round = 0; round < rounds; ++round) {
        const auto start = std::chrono::steady_clock::now();
        kt::inspect::inspectConnections({}, result, error);
        inProcess.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }

    std::printf("\nmedian of %d runs, each program on its own (peak RSS = largest ru_maxrss)\n",
                rounds);
    std::printf("%-36s %12s %14s\n", "program", "wall ms", "peak RSS KiB");
    for (const Program &p : programs) {
        if (p.ms.empty()) {
            std::printf("%-36s %12s %14s (failed %d times)\n", p.label, "-", "-", p.failures);
            continue;
        }
        std::printf("%-36s %12.1f %14ld\n", p.label, median(p.ms), p.peakKib);
    }
    std::printf("%-36s %12.1f %14s\n", "inspectConnections() in process", median(inProcess), "-");
    const Program &reference = programs[3];
    const Program &ours = programs[4];
    if (!reference.ms.empty() && !ours.ms.empty())
        std::printf("\nkeepalive-tuner-inspect dump vs ss -tnoip: wall %.2fx, peak memory %.2fx "
                    "(at most 1.00x asked)\n",
                    median(ours.ms) / median(reference.ms),
                    double(ours.peakKib) / double(reference.peakKib));
    return 0;
}
