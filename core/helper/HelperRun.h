#pragma once

#include "helper/SysctlStore.h"

#include <span>
#include <string>
#include <string_view>

namespace kt::helper {

struct HelperRunResult
{
    int exitCode = 0; // an ExitCode
    std::string out;  // what was done, for stdout
    std::string err;  // why not, for stderr (one line per problem)
};

// Everything the helper does after it has checked that it runs as root:
// parse and validate the whole request, apply it all-or-nothing through
// `store`, then with --persist write (set) or remove (reset) the drop-in in
// `dropInDirectory`. When the drop-in step fails the runtime values are
// restored too, so a request either fully happens or not at all.
// Plain function of its inputs so the tests run it on temporary trees.
HelperRunResult runHelper(std::span<const std::string_view> args, SysctlStore &store,
                          const std::string &dropInDirectory);

} // namespace kt::helper
