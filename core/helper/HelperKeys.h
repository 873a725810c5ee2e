#pragma once

#include "params/KernelLimits.h"

#include <string_view>

namespace kt::helper {

// The compiled-in allowlist of what the privileged helper may touch: the three
// keep-alive sysctls of the project's one table of kernel limits
// (params/KernelLimits.h), each mapped to its /proc/sys path there, so nothing
// a caller passes ever becomes a path and the helper's ranges can never differ
// from what the GUI and keepalivectl explain.
using HelperKey = limits::SysctlEntry;
inline constexpr const auto &kHelperKeys = limits::kSysctls;

// The allowlisted key with this exact name, or nullptr.
const HelperKey *findHelperKey(std::string_view name);

} // namespace kt::helper
