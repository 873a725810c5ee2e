// keepalive-tuner-helper: the only part of Keepalive Tuner that runs as root,
// started through pkexec (or directly by a program that already is root).
// Plain C++ on purpose: everything it does is in core/helper, small enough to
// audit. See docs/helper.md for the verbs and exit codes.
#include "helper/DropInFile.h"
#include "helper/HelperExitCode.h"
#include "helper/HelperRun.h"
#include "helper/SysctlStore.h"

#include <cstdio>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

void print(std::FILE *stream, const std::string &text)
{
    // Nothing sensible is left to do when stdout or stderr is gone; the exit
    // status still tells the caller what happened.
    static_cast<void>(std::fwrite(text.data(), 1, text.size(), stream));
    static_cast<void>(std::fflush(stream));
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace kt::helper;
    // The effective uid decides what the kernel allows; a setuid copy or a
    // capability set is not a supported way to run this.
    if (::geteuid() != 0) {
        print(stderr, "keepalive-tuner-helper: refusing to run: it must run as root (through "
                      "pkexec, or as root directly)\n");
        return toInt(ExitCode::NotRoot);
    }
    // pkexec passes the caller's umask through; a missing /etc/sysctl.d must
    // not be created unreadable (0700) because the user's umask is 077.
    ::umask(022);
    // Two runs at once (the GUI and keepalivectl) would interleave their
    // writes, read-backs and roll-backs: take turns. The lock is on /etc, the
    // drop-in directory's parent, which always exists, so no file is created
    // for it; it is released when the process ends.
    const int lockFd = ::open("/etc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lockFd >= 0)
        static_cast<void>(::flock(lockFd, LOCK_EX));
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    // The roots are the real ones, never taken from the caller.
    ProcSysStore store("/proc/sys");
    const HelperRunResult result = runHelper(args, store, std::string(kDropInDirectory));
    print(stdout, result.out);
    if (!result.err.empty())
        print(stderr, "keepalive-tuner-helper: " + result.err);
    return result.exitCode;
}
