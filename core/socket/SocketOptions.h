#pragma once

#include "params/KeepaliveParams.h"
#include "params/Validation.h"
#include "schedule/Schedule.h"

#include <QString>

#include <optional>

namespace kt {

// The five per-socket options that govern keep-alive.
enum class SocketOption
{
    KeepAlive,    // SO_KEEPALIVE
    KeepIdle,     // TCP_KEEPIDLE, seconds
    KeepInterval, // TCP_KEEPINTVL, seconds
    KeepCount,    // TCP_KEEPCNT
    UserTimeout,  // TCP_USER_TIMEOUT, milliseconds
};

QString optionName(SocketOption option); // "TCP_KEEPIDLE"
// The range the kernel accepts, for messages: "between 1 and 32767 s".
QString optionRange(SocketOption option);

// What a person asks for. A field left empty is not set on the socket, so the
// socket inherits the host's value (the sysctl), which the read-back shows.
struct RequestedOptions
{
    bool keepalive = true;
    std::optional<int> idleS;
    std::optional<int> intervalS;
    std::optional<int> count;
    std::optional<int> userTimeoutMs;

    friend bool operator==(const RequestedOptions &, const RequestedOptions &) = default;
};

// What the kernel reports back with getsockopt() after the options were set.
struct EffectiveOptions
{
    bool keepalive = false;
    int idleS = 0;
    int intervalS = 0;
    int count = 0;
    int userTimeoutMs = 0;

    friend bool operator==(const EffectiveOptions &, const EffectiveOptions &) = default;

    KeepaliveParams params() const { return {idleS, intervalS, count, userTimeoutMs}; }
};

// The schedule model's question for a connection with these options read
// back: what happens when its peer does `scenario`.
ScheduleInput scheduleInputFor(const EffectiveOptions &effective,
                               Scenario scenario = Scenario::Dead);

// Checks the requested values against the per-socket ranges with the same
// validateForSocket() the whole program uses, so the message is identical in
// the GUI, the CLI and here. Fields left empty are not checked.
std::optional<ParamError> validateRequested(const RequestedOptions &requested);

// Result of applying the options: the read-back on success, otherwise what
// failed (validation, or the kernel's refusal with its errno).
struct ApplyResult
{
    std::optional<EffectiveOptions> effective;
    QString field;   // "idle", "interval", … as in ParamError; empty on success
    QString message; // empty on success
    int error = 0;   // errno when the kernel refused, 0 otherwise
};

// Sets one option on `fd` exactly as given (no range check, no clamping).
// When the kernel refuses, returns false with the refusal in `error` ("the
// kernel refused TCP_KEEPIDLE = 40000: EINVAL (Invalid argument); it accepts
// values between 1 and 32767 s") and its errno in `errorCode`.
bool setSocketOption(int fd, SocketOption option, int value, QString *error = nullptr,
                     int *errorCode = nullptr);
// Reads one option back with getsockopt(); nothing, and why in `error`, when
// it cannot.
std::optional<int> readSocketOption(int fd, SocketOption option, QString *error = nullptr);

// Validates, sets the requested options, then reads all five back.
ApplyResult applyOptions(int fd, const RequestedOptions &requested);
// Reads all five options (no change); the read-back half of applyOptions().
ApplyResult readOptions(int fd);

} // namespace kt
