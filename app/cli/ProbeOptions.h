#pragma once

#include "socket/SocketOptions.h"
#include "socket/Target.h"

#include <QStringList>

#include <optional>

namespace kt::cli {

// What `keepalivectl probe` was asked to do, checked and ready to run.
struct ProbeOptions
{
    RequestedOptions requested;
    std::optional<Target> target; // empty: the embedded peer, or --listen
    quint16 listenPort = 0;       // non-zero: accept one connection instead
    qint64 connectTimeoutS = 5;
    bool connectTimeoutGiven = false; // --listen waits forever unless told
    qint64 watchS = 0;
    bool echo = false; // with listenPort: serve every connection as an echo, until interrupted
    bool json = false;
};

// Parses probe's command line. On --help or a usage error it has printed
// what to say and returns nothing, with the exit status in `exitCode`.
std::optional<ProbeOptions> parseProbeOptions(const QStringList &args, int &exitCode);

} // namespace kt::cli
