#pragma once

#include "ProbeOptions.h"

namespace kt::cli {

// `keepalivectl probe --listen PORT --echo`: core's EchoServer until SIGINT
// or SIGTERM, a line per connection opened and closed, then what was served
// (one JSON document with --json). Returns the exit status.
int runEcho(const ProbeOptions &options);

} // namespace kt::cli
