#pragma once

// Plain C++ (no Qt): see SocketRecord.h.

#include "inspect/Inspect.h"

#include <span>
#include <string>
#include <string_view>

namespace kt::inspect {

// The read-only helper's exit statuses, documented in docs/connections.md.
// 1 is left to crashes and 126/127 to pkexec, as for the writing helper.
enum class InspectExitCode : int
{
    Ok = 0,
    Usage = 2,       // anything but the one verb "dump"
    NotRoot = 3,     // not running as root
    DumpFailed = 4,  // the sock_diag dump failed
    OutputFailed = 5 // stdout could not be written
};

inline constexpr int toInt(InspectExitCode code)
{
    return static_cast<int>(code);
}

// The one verb the helper knows. It takes nothing else: no path, pid or fd.
inline constexpr std::string_view kInspectVerb = "dump";

struct InspectHelperResult
{
    int exitCode = 0;
    std::string out;
    std::string err;
};

// Everything the helper does once it runs as root: validate the arguments
// (exactly "dump"), then dump every connection with its owner and options and
// format the readings (InspectWire.h). `request` is the real one in the
// helper; the tests pass one of their own.
// With a `sink`, the readings go to it in pieces instead of into `out`.
InspectHelperResult runInspectHelper(std::span<const std::string_view> args,
                                     const InspectRequest &request = {},
                                     const std::function<bool(std::string_view)> &sink = {});

} // namespace kt::inspect
