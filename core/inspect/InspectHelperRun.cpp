#include "inspect/InspectHelperRun.h"

#include "inspect/InspectWire.h"

namespace kt::inspect {

InspectHelperResult runInspectHelper(std::span<const std::string_view> args,
                                     const InspectRequest &request,
                                     const std::function<bool(std::string_view)> &sink)
{
    // Validate first: exactly one argument, the verb, and it is short; the
    // caller's words never reach anything else.
    if (args.size() != 1 || args[0] != kInspectVerb) {
        std::string shown = args.empty() ? std::string("nothing")
                                         : "\"" + std::string(args[0].substr(0, 40)) + "\"";
        if (args.size() > 1)
            shown += " and " + std::to_string(args.size() - 1) + " more";
        return {toInt(InspectExitCode::Usage),
                {},
                "usage: keepalive-tuner-inspect dump (it takes nothing else; got " + shown + ")\n"};
    }
    InspectResult result;
    std::string error;
    if (!inspectConnections(request, result, error))
        return {toInt(InspectExitCode::DumpFailed), {}, error + '\n'};
    if (!sink)
        return {toInt(InspectExitCode::Ok), formatReadings(result), {}};
    if (!writeReadings(result, sink))
        return {toInt(InspectExitCode::OutputFailed), {}, "cannot write the output\n"};
    return {toInt(InspectExitCode::Ok), {}, {}};
}

} // namespace kt::inspect
