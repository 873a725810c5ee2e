#pragma once

#include "helper/HelperExitCode.h"
#include "helper/HelperRequest.h"
#include "helper/SysctlStore.h"

#include <string>
#include <vector>

namespace kt::helper {

// Applies a validated request's values all-or-nothing: it reads every current
// value first, writes the new ones in order and reads each back; when a write
// fails (or the kernel holds something else afterwards) every value written so
// far is restored. A later step that fails (the drop-in) can undo the whole
// change with rollBack().
class SysctlTransaction
{
public:
    explicit SysctlTransaction(SysctlStore &store);

    struct Result
    {
        ExitCode code = ExitCode::Ok; // Ok, WriteFailed or RollbackFailed
        std::string message;
    };

    Result apply(const std::vector<Assignment> &assignments);
    // Restores every value apply() changed. False, with the keys that could
    // not be restored in `error`, when one fails.
    bool rollBack(std::string &error);

private:
    SysctlStore &m_store;
    std::vector<Assignment> m_previous; // the values before, for what was written
};

} // namespace kt::helper
