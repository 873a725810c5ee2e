// keepalive-tuner-inspect: the read-only helper. Run as root through pkexec
// (polkit action io.github.keepalive_tuner.inspect-connections), it lists
// every TCP connection of the network namespace with its owner and its
// keep-alive options read through pidfd_getfd, and prints them. It can only
// dump, read and print; it takes no path, pid or fd from its caller: its one
// argument is the verb "dump". Plain C++ on purpose, like
// keepalive-tuner-helper: everything it does is in core/inspect. See
// docs/connections.md for the output and the exit codes.
#include "inspect/InspectHelperRun.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

bool print(std::FILE *stream, const std::string &text)
{
    return std::fwrite(text.data(), 1, text.size(), stream) == text.size() &&
           std::fflush(stream) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace kt::inspect;
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    // Validate before anything else, root or not.
    if (args.size() != 1 || args[0] != kInspectVerb) {
        const InspectHelperResult refused = runInspectHelper(args);
        print(stderr, "keepalive-tuner-inspect: " + refused.err);
        return refused.exitCode;
    }
    if (::geteuid() != 0) {
        print(stderr, "keepalive-tuner-inspect: refusing to run: it must run as root (through "
                      "pkexec, or as root directly)\n");
        return toInt(InspectExitCode::NotRoot);
    }
    // The real /proc, never one from the caller. The readings are written in
    // pieces as they are formatted.
    const InspectHelperResult result =
        runInspectHelper(args, InspectRequest{}, [](std::string_view piece) {
            return std::fwrite(piece.data(), 1, piece.size(), stdout) == piece.size();
        });
    if (result.exitCode == 0 && std::fflush(stdout) != 0)
        return toInt(InspectExitCode::OutputFailed);
    if (!result.err.empty())
        print(stderr, "keepalive-tuner-inspect: " + result.err);
    return result.exitCode;
}
