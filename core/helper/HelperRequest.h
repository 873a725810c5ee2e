#pragma once

#include "helper/HelperExitCode.h"
#include "helper/HelperKeys.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kt::helper {

enum class Verb
{
    Set,   // set [--persist] KEY=VALUE…
    Reset, // reset [--persist]: the kernel defaults; --persist also removes our drop-in
};

struct Assignment
{
    const HelperKey *key = nullptr; // always an entry of kHelperKeys
    long long value = 0;            // inside [key->min, key->max]

    friend bool operator==(const Assignment &, const Assignment &) = default;
};

struct HelperRequest
{
    Verb verb = Verb::Set;
    bool persist = false;
    // For Set: the caller's assignments in the order given, each key once.
    // For Reset: every allowlisted key with its kernel default.
    std::vector<Assignment> assignments;
};

struct ParseResult
{
    ExitCode code = ExitCode::Usage;
    std::string message; // why the request is refused; empty when accepted
    HelperRequest request;

    bool ok() const { return code == ExitCode::Ok; }
};

// The longest argument accepted. The longest valid one,
// "net.ipv4.tcp_keepalive_probes=" plus a value, is far shorter; the limit keeps
// messages and work bounded whatever a caller passes.
inline constexpr std::size_t kMaxArgumentLength = 128;
// verb, --persist and one assignment per key, with room to spare for the
// refusal to name the real mistake (a duplicate) rather than "too many".
inline constexpr std::size_t kMaxArguments = 16;

// Parses and validates a whole request (the arguments after the program name)
// before anything is written. Refuses, with a distinct code:
//  - no verb, an unknown verb or option, --persist twice, an argument that is
//    not KEY=VALUE, assignments after reset, too many or too long arguments
//    (Usage);
//  - a key that is not exactly one of kHelperKeys' names (UnknownKey): the
//    caller never names a path;
//  - a value that is not one or more ASCII decimal digits (BadValue): no sign,
//    no whitespace, no hex, no exponent, no other scripts' digits;
//  - a number outside the key's range, overflow included (OutOfRange);
//  - the same key twice (DuplicateKey).
ParseResult parseHelperRequest(std::span<const std::string_view> args);

// Renders untrusted text for a message: printable ASCII as is, anything else
// as \xNN, cut at `maxBytes` with "..." so a message never carries control
// characters or unbounded input to a terminal.
std::string quoteForMessage(std::string_view text, std::size_t maxBytes = 48);

} // namespace kt::helper
