#include "inspect/InspectWire.h"

#include <algorithm>
#include <charconv>

namespace kt::inspect {

namespace {

constexpr std::string_view kHeader = "keepalive-tuner-inspect 1";

void appendNumber(std::string &out, std::int64_t value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    static_cast<void>(ec);
    out.append(buffer, end);
    out += ' ';
}

// Splits off the next space-separated field.
std::string_view nextField(std::string_view &line)
{
    const std::size_t space = line.find(' ');
    const std::string_view field = line.substr(0, space);
    line = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
    return field;
}

template<typename T>
bool parseField(std::string_view &line, T &value)
{
    const std::string_view field = nextField(line);
    if (field.empty())
        return false;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    return ec == std::errc() && end == field.data() + field.size();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool parseLine(std::string_view line, Reading &reading)
{
    int status = 0;
    int keepalive = 0;
    if (!parseField(line, reading.cookie) || !parseField(line, reading.pid) ||
        !parseField(line, reading.fd) || !parseField(line, reading.uid) ||
        !parseField(line, status) || !parseField(line, keepalive) ||
        !parseField(line, reading.options.idleS) || !parseField(line, reading.options.intervalS) ||
        !parseField(line, reading.options.count) ||
        !parseField(line, reading.options.userTimeoutMs))
        return false;
    if (status < 0 || status > int(OptionsStatus::NotPermitted) || keepalive < 0 || keepalive > 1)
        return false;
    reading.status = OptionsStatus(status);
    reading.options.keepalive = keepalive == 1;
    if (line.size() % 2 != 0 || line.find(' ') != std::string_view::npos)
        return false;
    reading.command.clear();
    for (std::size_t i = 0; i < line.size(); i += 2) {
        const int high = hexDigit(line[i]);
        const int low = hexDigit(line[i + 1]);
        if (high < 0 || low < 0)
            return false;
        reading.command += char(high * 16 + low);
    }
    return true;
}

} // namespace

bool writeReadings(const InspectResult &result, const std::function<bool(std::string_view)> &sink)
{
    static constexpr char hex[] = "0123456789abcdef";
    constexpr std::size_t kPiece = 64 * 1024;
    std::string out;
    out.reserve(kPiece + 256);
    out += kHeader;
    out += '\n';
    std::size_t lines = 0;
    for (const SocketRecord &s : result.sockets) {
        if (s.pid < 0 || s.process < 0)
            continue;
        const ProcessRecord &process = result.processes[std::size_t(s.process)];
        char cookie[24];
        const auto [end, ec] = std::to_chars(cookie, cookie + sizeof cookie, s.cookie);
        static_cast<void>(ec);
        out.append(cookie, end);
        out += ' ';
        appendNumber(out, s.pid);
        appendNumber(out, s.fd);
        appendNumber(out, process.uid);
        appendNumber(out, int(s.optionsStatus));
        appendNumber(out, s.options.keepalive ? 1 : 0);
        appendNumber(out, s.options.idleS);
        appendNumber(out, s.options.intervalS);
        appendNumber(out, s.options.count);
        appendNumber(out, s.options.userTimeoutMs);
        for (const char c : process.command) {
            out += hex[static_cast<unsigned char>(c) >> 4];
            out += hex[static_cast<unsigned char>(c) & 15];
        }
        out += '\n';
        ++lines;
        if (out.size() >= kPiece) {
            if (!sink(out))
                return false;
            out.clear();
        }
    }
    out += "end ";
    out += std::to_string(lines);
    out += '\n';
    return sink(out);
}

std::string formatReadings(const InspectResult &result)
{
    std::string all;
    writeReadings(result, [&all](std::string_view piece) {
        all += piece;
        return true;
    });
    return all;
}

bool parseReadings(std::string_view text, std::vector<Reading> &out, std::string &error)
{
    out.clear();
    std::size_t lineNumber = 0;
    bool sawHeader = false;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        if (newline == std::string_view::npos) {
            error = "the output ends in the middle of a line";
            return false;
        }
        const std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline + 1);
        ++lineNumber;
        if (!sawHeader) {
            if (line != kHeader) {
                error = "the output does not start with \"" + std::string(kHeader) + "\"";
                return false;
            }
            sawHeader = true;
            continue;
        }
        if (line.substr(0, 4) == "end ") {
            std::string_view rest = line.substr(4);
            std::size_t count = 0;
            if (!parseField(rest, count) || count != out.size() || !text.empty()) {
                error = "the output's trailer does not match its lines";
                return false;
            }
            return true;
        }
        Reading reading;
        if (!parseLine(line, reading)) {
            error = "line " + std::to_string(lineNumber) + " is not a reading";
            return false;
        }
        out.push_back(std::move(reading));
    }
    error = "the output is cut off (no trailer)";
    return false;
}

} // namespace kt::inspect

namespace kt::inspect {

std::size_t mergeReadings(InspectResult &result, const std::vector<Reading> &readings)
{
    std::size_t gained = 0;
    for (const Reading &reading : readings) {
        const auto it = std::lower_bound(
            result.sockets.begin(), result.sockets.end(), reading.cookie,
            [](const SocketRecord &s, std::uint64_t cookie) { return s.cookie < cookie; });
        if (it == result.sockets.end() || it->cookie != reading.cookie)
            continue;
        if (it->optionsStatus == OptionsStatus::Read)
            continue;
        if (it->pid < 0) {
            std::int32_t index = -1;
            for (std::size_t p = 0; p < result.processes.size(); ++p) {
                if (result.processes[p].pid == reading.pid) {
                    index = std::int32_t(p);
                    break;
                }
            }
            if (index < 0) {
                index = std::int32_t(result.processes.size());
                result.processes.push_back({reading.pid, reading.uid, reading.command});
            }
            it->pid = reading.pid;
            it->fd = reading.fd;
            it->process = index;
        }
        if (reading.status == OptionsStatus::Read) {
            it->optionsStatus = OptionsStatus::Read;
            it->options = reading.options;
            ++gained;
        }
    }
    return gained;
}

} // namespace kt::inspect
