#include "helper/HelperRequest.h"

#include <array>
#include <charconv>

namespace kt::helper {

namespace {

ParseResult refuse(ExitCode code, std::string message)
{
    ParseResult result;
    result.code = code;
    result.message = std::move(message);
    return result;
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Only the digits '0'–'9' are accepted, so a sign, spaces, "0x", "1e3" and
// the digits of other scripts (which arrive as multi-byte UTF-8) all fail
// here, before any conversion.
ParseResult parseAssignment(std::string_view arg, Assignment &out)
{
    const std::size_t eq = arg.find('=');
    if (eq == std::string_view::npos)
        return refuse(ExitCode::Usage, "expected KEY=VALUE, got \"" + quoteForMessage(arg) + "\"");
    const std::string_view name = arg.substr(0, eq);
    const std::string_view text = arg.substr(eq + 1);
    const HelperKey *key = findHelperKey(name);
    if (!key)
        return refuse(ExitCode::UnknownKey,
                      "unknown key \"" + quoteForMessage(name) +
                          "\"; only net.ipv4.tcp_keepalive_time, net.ipv4.tcp_keepalive_intvl "
                          "and net.ipv4.tcp_keepalive_probes may be set");
    if (text.empty())
        return refuse(ExitCode::BadValue, std::string(key->name) + " has no value");
    for (const char c : text) {
        if (!isAsciiDigit(c))
            return refuse(ExitCode::BadValue, std::string(key->name) + " = \"" +
                                                  quoteForMessage(text) +
                                                  "\" is not a whole number of decimal digits");
    }
    // Every byte is a digit, so from_chars consumes the whole text unless the
    // number does not fit: that is overflow, reported as out of range.
    unsigned long long parsed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    const bool overflow = error == std::errc::result_out_of_range;
    if (!overflow && (error != std::errc() || end != text.data() + text.size()))
        return refuse(ExitCode::BadValue, std::string(key->name) + " = \"" + quoteForMessage(text) +
                                              "\" is not a number");
    const auto min = static_cast<unsigned long long>(key->min);
    const auto max = static_cast<unsigned long long>(key->max);
    if (overflow || parsed < min || parsed > max)
        return refuse(ExitCode::OutOfRange, std::string(key->name) + " must be between " +
                                                std::to_string(key->min) + " and " +
                                                std::to_string(key->max) + "; got " +
                                                quoteForMessage(text, 24));
    out.key = key;
    out.value = static_cast<long long>(parsed);
    ParseResult ok;
    ok.code = ExitCode::Ok;
    return ok;
}

} // namespace

std::string quoteForMessage(std::string_view text, std::size_t maxBytes)
{
    static constexpr std::array<char, 16> hex{'0', '1', '2', '3', '4', '5', '6', '7',
                                              '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    std::string quoted;
    const std::size_t shown = text.size() < maxBytes ? text.size() : maxBytes;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') {
            quoted += static_cast<char>(c);
        } else {
            quoted += "\\x";
            quoted += hex[c >> 4];
            quoted += hex[c & 0xf];
        }
    }
    if (shown < text.size())
        quoted += "...";
    return quoted;
}

ParseResult parseHelperRequest(std::span<const std::string_view> args)
{
    if (args.empty())
        return refuse(ExitCode::Usage, "no verb; use \"set [--persist] KEY=VALUE...\" or "
                                       "\"reset [--persist]\"");
    if (args.size() > kMaxArguments)
        return refuse(ExitCode::Usage, "too many arguments (" + std::to_string(args.size()) + ")");
    for (const std::string_view arg : args) {
        if (arg.size() > kMaxArgumentLength)
            return refuse(ExitCode::Usage, "argument longer than " +
                                               std::to_string(kMaxArgumentLength) + " bytes: \"" +
                                               quoteForMessage(arg) + "\"");
    }

    HelperRequest request;
    const std::string_view verb = args.front();
    if (verb == "set")
        request.verb = Verb::Set;
    else if (verb == "reset")
        request.verb = Verb::Reset;
    else
        return refuse(ExitCode::Usage, "unknown verb \"" + quoteForMessage(verb) +
                                           "\"; the verbs are set and reset");

    std::vector<std::string_view> assignmentArgs;
    for (const std::string_view arg : args.subspan(1)) {
        if (arg == "--persist") {
            if (request.persist)
                return refuse(ExitCode::Usage, "--persist given twice");
            request.persist = true;
        } else if (arg.starts_with('-')) {
            return refuse(ExitCode::Usage, "unknown option \"" + quoteForMessage(arg) + "\"");
        } else {
            assignmentArgs.push_back(arg);
        }
    }

    if (request.verb == Verb::Reset) {
        if (!assignmentArgs.empty())
            return refuse(ExitCode::Usage, "reset takes no KEY=VALUE; got \"" +
                                               quoteForMessage(assignmentArgs.front()) + "\"");
        for (const HelperKey &key : kHelperKeys)
            request.assignments.push_back(Assignment{&key, key.kernelDefault});
    } else {
        if (assignmentArgs.empty())
            return refuse(ExitCode::Usage, "set needs at least one KEY=VALUE");
        for (const std::string_view arg : assignmentArgs) {
            Assignment assignment;
            ParseResult parsed = parseAssignment(arg, assignment);
            if (!parsed.ok())
                return parsed;
            for (const Assignment &earlier : request.assignments) {
                if (earlier.key == assignment.key)
                    return refuse(ExitCode::DuplicateKey,
                                  std::string(assignment.key->name) + " is given more than once");
            }
            request.assignments.push_back(assignment);
        }
    }

    ParseResult result;
    result.code = ExitCode::Ok;
    result.request = std::move(request);
    return result;
}

} // namespace kt::helper
