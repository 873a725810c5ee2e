#include "helper/HelperExitCode.h"

namespace kt::helper {

std::string_view exitCodeName(ExitCode code)
{
    switch (code) {
    case ExitCode::Ok:
        return "ok";
    case ExitCode::Usage:
        return "usage";
    case ExitCode::NotRoot:
        return "not root";
    case ExitCode::UnknownKey:
        return "unknown key";
    case ExitCode::BadValue:
        return "bad value";
    case ExitCode::OutOfRange:
        return "out of range";
    case ExitCode::DuplicateKey:
        return "duplicate key";
    case ExitCode::WriteFailed:
        return "write failed, rolled back";
    case ExitCode::RollbackFailed:
        return "write failed, roll-back failed";
    case ExitCode::PersistFailed:
        return "persist failed, rolled back";
    }
    return "unknown exit code";
}

} // namespace kt::helper
