#include "helper/HelperRun.h"

#include "helper/DropInFile.h"
#include "helper/HelperRequest.h"
#include "helper/SysctlTransaction.h"

namespace kt::helper {

namespace {

HelperRunResult failure(ExitCode code, const std::string &message)
{
    return HelperRunResult{toInt(code), {}, message + '\n'};
}

} // namespace

HelperRunResult runHelper(std::span<const std::string_view> args, SysctlStore &store,
                          const std::string &dropInDirectory)
{
    const ParseResult parsed = parseHelperRequest(args);
    if (!parsed.ok())
        return failure(parsed.code, parsed.message);
    const HelperRequest &request = parsed.request;

    SysctlTransaction transaction(store);
    const SysctlTransaction::Result applied = transaction.apply(request.assignments);
    if (applied.code != ExitCode::Ok)
        return failure(applied.code, applied.message);

    HelperRunResult result;
    for (const Assignment &a : request.assignments)
        result.out += std::string(a.key->name) + " = " + std::to_string(a.value) + '\n';
    if (!request.persist)
        return result;

    const std::string dropIn = dropInDirectory + '/' + std::string(kDropInFileName);
    std::string error;
    std::string warning;
    bool persisted = false;
    if (request.verb == Verb::Reset) {
        persisted = removeDropIn(dropInDirectory, error, warning);
        if (persisted)
            result.out += "removed " + dropIn + " (if it existed)\n";
    } else {
        // The file holds all three keys: what the kernel holds now, which is
        // the request plus the keys it left alone.
        DropInValues values{};
        for (std::size_t i = 0; i < kHelperKeys.size() && error.empty(); ++i)
            store.read(kHelperKeys[i], values[i], error);
        if (error.empty())
            persisted = writeDropIn(dropInDirectory, values, error, warning);
        if (persisted)
            result.out += "kept after reboot in " + dropIn + '\n';
    }
    if (!warning.empty())
        result.err += "warning: " + warning + '\n';
    if (persisted)
        return result;

    std::string rollbackError;
    if (!transaction.rollBack(rollbackError))
        return failure(ExitCode::RollbackFailed,
                       error + "; restoring the earlier values failed: " + rollbackError);
    return failure(ExitCode::PersistFailed, error + "; the earlier values were restored");
}

} // namespace kt::helper
