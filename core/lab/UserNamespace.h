#pragma once

#include <string>

namespace kt::lab {

// Why the sandbox could not be made, for the person who can change it.
struct SandboxFailure
{
    int error = 0;       // errno of the step that failed
    std::string step;    // "unshare(CLONE_NEWUSER | CLONE_NEWNET)", "write uid_map", …
    std::string setting; // the setting that forbids it, as sysctl spells it; empty: unknown
    std::string message; // one paragraph: what failed, which setting, what to do
};

// Enters a new user namespace and a new network namespace owned by it, maps
// the caller's uid and gid to root inside (setgroups denied, as an
// unprivileged process must), and brings "lo" up. Must run before the
// process starts any thread: unshare(CLONE_NEWUSER) refuses a multithreaded
// process. As root it still makes a user namespace, so the sandbox is the
// same for everyone. Returns false and fills `failure` when it cannot.
bool enterSandbox(SandboxFailure &failure);

// Which setting forbids unprivileged user namespaces, judged from the files
// under `procSysRoot` (normally "/proc/sys") and the errno unshare() gave:
// kernel.unprivileged_userns_clone = 0 (Debian, Ubuntu kernels),
// user.max_user_namespaces = 0 (or its limit reached: ENOSPC),
// kernel.apparmor_restrict_unprivileged_userns = 1 (Ubuntu 23.10 and later).
// Fills setting and message of `failure` (error and step must be set).
void explainSandboxFailure(SandboxFailure &failure, const std::string &procSysRoot = "/proc/sys");

// The inode of this process's network namespace (/proc/self/ns/net), 0 when
// unreadable.
unsigned long long netNamespaceInode();

} // namespace kt::lab
