// kt_stage_middlebox: stages the Lab's middlebox (lab/StagedMiddlebox.h) in
// the network namespace it runs in, for scripts/screenshots.sh's pictures of
// the path measurement: conntrack forgets an established flow after
// TIMEOUT_S seconds without a packet, and a later packet of it is dropped
// (or answered with a reset). The same code as the Lab and the path timeout
// tests, so the pictures show the box they measure, and the GUI itself needs
// no libnftables.
//
// usage: kt_stage_middlebox TIMEOUT_S [drop|reset]
//   Refuses, with exit status 1 and the reason, unless the namespace is a
//   fresh private one (loopback only: tests/support/in-netns.sh makes one),
//   so the host's conntrack settings and ruleset are never touched. Exit
//   status 2 for a wrong command line. The box stays until the namespace
//   goes.
#include "lab/StagedMiddlebox.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <string>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: kt_stage_middlebox TIMEOUT_S [drop|reset]\n"
                         "  TIMEOUT_S: whole seconds, 1 to 86400\n");
    return 2;
}

// Only a fresh network namespace has nothing but lo. /proc/self/net lists
// the namespace this process is in (/sys/class/net would show the one sysfs
// was mounted from). False, with why in `why`, otherwise.
bool inFreshNamespace(std::string &why)
{
    std::ifstream dev("/proc/self/net/dev");
    if (!dev) {
        why = std::string("cannot read /proc/self/net/dev: ") + std::strerror(errno);
        return false;
    }
    std::set<std::string> interfaces;
    std::string line;
    for (int n = 0; std::getline(dev, line); ++n) {
        const auto colon = line.find(':');
        if (n < 2 || colon == std::string::npos)
            continue; // the two header lines
        const auto first = line.find_first_not_of(' ');
        interfaces.insert(line.substr(first, colon - first));
    }
    if (interfaces == std::set<std::string>{"lo"})
        return true;
    why = "this network namespace has interfaces besides lo, so it may be the host's; run "
          "this in a private one (tests/support/in-netns.sh)";
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2 || argc > 3)
        return usage();
    char *end = nullptr;
    errno = 0;
    const long timeoutS = std::strtol(argv[1], &end, 10);
    if (errno != 0 || end == argv[1] || *end != '\0' || timeoutS < 1 || timeoutS > 86400)
        return usage();
    auto forgotten = kt::lab::ForgottenFlow::Drop;
    if (argc == 3) {
        if (std::strcmp(argv[2], "reset") == 0)
            forgotten = kt::lab::ForgottenFlow::Reset;
        else if (std::strcmp(argv[2], "drop") != 0)
            return usage();
    }
    std::string error;
    if (!inFreshNamespace(error)) {
        std::fprintf(stderr, "kt_stage_middlebox: refused: %s\n", error.c_str());
        return 1;
    }
    kt::lab::Nftables nft;
    if (!kt::lab::stageMiddlebox(nft, int(timeoutS), forgotten, error)) {
        std::fprintf(stderr, "kt_stage_middlebox: %s\n", error.c_str());
        return 1;
    }
    return 0;
}
