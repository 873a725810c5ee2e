#pragma once

#include <array>
#include <string>
#include <string_view>

namespace kt::helper {

// The one file the helper writes: /etc/sysctl.d/90-keepalive-tuner.conf.
//
// Why 90: systemd-sysctl and `sysctl --system` apply files in the order of
// their names and the last assignment wins. Distribution and package defaults
// use low numbers (10-…, 50-default.conf), so 90 overrides them; files an
// administrator writes conventionally sort later (99-…, and Debian's
// 99-sysctl.conf link to /etc/sysctl.conf, which procps reads last anyway), so
// a deliberate host-wide setting still wins over a click in a desktop tool.
// When that happens the application says so before applying, naming the file.
inline constexpr std::string_view kDropInDirectory = "/etc/sysctl.d";
inline constexpr std::string_view kDropInFileName = "90-keepalive-tuner.conf";

// Values in the order of kHelperKeys: time, interval, probes.
using DropInValues = std::array<long long, 3>;

// The file's whole content: a header comment saying who wrote it and how to
// undo it, then exactly the three keys.
std::string dropInContent(const DropInValues &values);

// Replaces <directory>/90-keepalive-tuner.conf atomically: a temporary file in
// the same directory (its name does not end in .conf, so a crash never leaves a
// file that is applied at boot), fsync, rename over the old one, fsync of the
// directory. The directory is created (mode 0755) when missing, its parent
// never. False, with the reason in `error`, on any failure before the rename;
// the old file is then unchanged and the temporary removed. Once the rename
// has happened the new file is in place, so a failed fsync of the directory
// is not a failure (undoing the values would contradict the file): it is
// reported in `warning` and the result is true.
bool writeDropIn(const std::string &directory, const DropInValues &values, std::string &error,
                 std::string &warning);

// Removes <directory>/90-keepalive-tuner.conf (a missing file is fine) and
// fsyncs the directory; as above, a failed fsync after the removal is only a
// `warning`. Touches no other file.
bool removeDropIn(const std::string &directory, std::string &error, std::string &warning);

} // namespace kt::helper
