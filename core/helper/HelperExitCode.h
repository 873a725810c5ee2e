#pragma once

#include <string_view>

namespace kt::helper {

// The helper's exit statuses, documented in docs/helper.md. Each refusal has
// its own number so the caller can explain it without parsing text. 1 is left
// unused (a crash or a shell error), and 126/127 belong to pkexec ("dialog
// dismissed" / "not authorized"), so the helper never returns those.
enum class ExitCode : int
{
    Ok = 0,
    Usage = 2,          // no or unknown verb, unknown option, stray argument, too long
    NotRoot = 3,        // not running as root (effective uid is not 0)
    UnknownKey = 4,     // a key outside the allowlist (HelperKeys.h)
    BadValue = 5,       // not a whole number of decimal digits
    OutOfRange = 6,     // a whole number outside the range the kernel accepts
    DuplicateKey = 7,   // the same key twice in one request
    WriteFailed = 8,    // a /proc/sys write failed; the earlier ones were restored
    RollbackFailed = 9, // a write failed and restoring an earlier one failed too
    PersistFailed = 10, // the drop-in could not be written or removed; values restored
};

inline constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// A short English name for logs and tests ("unknown key").
std::string_view exitCodeName(ExitCode code);

} // namespace kt::helper
