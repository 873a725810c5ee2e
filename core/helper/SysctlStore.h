#pragma once

#include "helper/HelperKeys.h"

#include <string>

namespace kt::helper {

// Where the helper reads and writes the kernel's values. An interface so the
// all-or-nothing logic can be tested with a store that fails on demand; the
// helper itself uses ProcSysStore.
class SysctlStore
{
public:
    virtual ~SysctlStore() = default;
    // On failure both return false and say why in `error`.
    virtual bool read(const HelperKey &key, long long &value, std::string &error) = 0;
    virtual bool write(const HelperKey &key, long long value, std::string &error) = 0;
};

// The real thing: <root>/<key.procPath>, where root is /proc/sys outside tests.
// Paths come only from the allowlist; files are never created (no O_CREAT) and
// symbolic links are not followed, so a wrong root cannot redirect a write.
class ProcSysStore final : public SysctlStore
{
public:
    explicit ProcSysStore(std::string root = "/proc/sys");

    bool read(const HelperKey &key, long long &value, std::string &error) override;
    bool write(const HelperKey &key, long long value, std::string &error) override;

private:
    std::string path(const HelperKey &key) const;

    std::string m_root;
};

} // namespace kt::helper
