#pragma once

// Plain C++ (no Qt): see SocketRecord.h.

#include "inspect/SocketRecord.h"

#include <functional>
#include <string>
#include <string_view>

namespace kt::inspect {

// What keepalive-tuner-inspect prints and the GUI reads back: for every
// socket with a known owner, its cookie, owner and options. One line each,
// numbers in decimal, the command in hexadecimal (it may hold any byte), a
// header naming the format and a trailer with the count, so a cut-off output
// is noticed:
//   keepalive-tuner-inspect 1
//   <cookie> <pid> <fd> <uid> <status> <keepalive> <idle> <intvl> <cnt> <user_timeout_ms> <hex>
//   end <lines>
std::string formatReadings(const InspectResult &result);
// The same, handed to `sink` in pieces of about 64 KiB, so a large listing is
// never held twice (the helper writes each piece to stdout); false as soon as
// the sink returns false.
bool writeReadings(const InspectResult &result, const std::function<bool(std::string_view)> &sink);

// One line of it.
struct Reading
{
    std::uint64_t cookie = 0;
    std::int32_t pid = -1;
    std::int32_t fd = -1;
    std::uint32_t uid = 0;
    OptionsStatus status = OptionsStatus::NotTried;
    SocketOptions options;
    std::string command;
};

bool parseReadings(std::string_view text, std::vector<Reading> &out, std::string &error);

} // namespace kt::inspect

namespace kt::inspect {

// Takes the readings (as administrator) into `result`: for each socket still
// listed whose owner or options were not known, the reading's owner, command
// and options. Sockets are matched by cookie; `result.sockets` stays sorted.
// Returns how many sockets gained options.
std::size_t mergeReadings(InspectResult &result, const std::vector<Reading> &readings);

} // namespace kt::inspect
