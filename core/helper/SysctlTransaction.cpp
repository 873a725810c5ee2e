#include "helper/SysctlTransaction.h"

namespace kt::helper {

SysctlTransaction::SysctlTransaction(SysctlStore &store)
    : m_store(store)
{}

SysctlTransaction::Result SysctlTransaction::apply(const std::vector<Assignment> &assignments)
{
    m_previous.clear();
    // Read everything first: a value that cannot be read could not be
    // restored, so nothing is written unless all are known.
    std::vector<Assignment> before;
    for (const Assignment &a : assignments) {
        long long current = 0;
        std::string error;
        if (!m_store.read(*a.key, current, error))
            return {ExitCode::WriteFailed, error + "; nothing was changed"};
        before.push_back(Assignment{a.key, current});
    }

    for (std::size_t i = 0; i < assignments.size(); ++i) {
        const Assignment &a = assignments[i];
        std::string error;
        long long readBack = 0;
        bool ok = m_store.write(*a.key, a.value, error);
        if (ok && !m_store.read(*a.key, readBack, error))
            ok = false;
        if (ok && readBack != a.value) {
            error = std::string(a.key->name) + " holds " + std::to_string(readBack) +
                    " after writing " + std::to_string(a.value);
            ok = false;
        }
        if (ok) {
            m_previous.push_back(before[i]);
            continue;
        }
        // The failed key itself is restored only when it no longer holds its
        // old value (a write the kernel took but turned into something else);
        // usually a refused write left it untouched.
        long long now = 0;
        std::string ignored;
        if (!m_store.read(*a.key, now, ignored) || now != before[i].value)
            m_previous.push_back(before[i]);
        std::string rollbackError;
        if (!rollBack(rollbackError)) {
            error += "; restoring the earlier values failed: ";
            error += rollbackError;
            return {ExitCode::RollbackFailed, error};
        }
        error += "; the earlier values were restored";
        return {ExitCode::WriteFailed, error};
    }
    return {ExitCode::Ok, {}};
}

bool SysctlTransaction::rollBack(std::string &error)
{
    bool ok = true;
    // Newest first, the reverse of how they were applied.
    for (auto it = m_previous.rbegin(); it != m_previous.rend(); ++it) {
        std::string writeError;
        if (!m_store.write(*it->key, it->value, writeError)) {
            ok = false;
            if (!error.empty())
                error += "; ";
            error += std::string(it->key->name) + " (was " + std::to_string(it->value) +
                     "): " + writeError;
        }
    }
    m_previous.clear();
    return ok;
}

} // namespace kt::helper
