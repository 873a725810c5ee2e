#include "lab/UserNamespace.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kt::lab {

namespace {

bool writeFile(const char *path, const std::string &text)
{
    const int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = write(fd, text.data(), text.size());
    const int saved = errno;
    close(fd);
    errno = saved;
    return n == ssize_t(text.size());
}

// The first line of a small file as a number; -1 when missing or not a number.
long long readNumber(const std::string &path)
{
    std::ifstream in(path);
    long long value = -1;
    if (!(in >> value))
        return -1;
    return value;
}

bool bringLoopbackUp()
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ioctl(fd, SIOCGIFFLAGS, &ifr) == 0;
    if (ok) {
        ifr.ifr_flags = short(ifr.ifr_flags | IFF_UP);
        ok = ioctl(fd, SIOCSIFFLAGS, &ifr) == 0;
    }
    const int saved = errno;
    close(fd);
    errno = saved;
    return ok;
}

bool fail(SandboxFailure &failure, const char *step)
{
    failure.error = errno;
    failure.step = step;
    explainSandboxFailure(failure);
    return false;
}

} // namespace

bool enterSandbox(SandboxFailure &failure)
{
    const uid_t uid = geteuid();
    const gid_t gid = getegid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        return fail(failure, "unshare(CLONE_NEWUSER | CLONE_NEWNET)");
    // user_namespaces(7): an unprivileged process must deny setgroups before
    // it may write gid_map; each map has one line, "inside outside count".
    if (!writeFile("/proc/self/setgroups", "deny"))
        return fail(failure, "write /proc/self/setgroups");
    if (!writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1"))
        return fail(failure, "write /proc/self/uid_map");
    if (!writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1"))
        return fail(failure, "write /proc/self/gid_map");
    if (!bringLoopbackUp())
        return fail(failure, "bring lo up");
    return true;
}

void explainSandboxFailure(SandboxFailure &failure, const std::string &procSysRoot)
{
    const std::string what = "The Lab cannot create its sandbox (" + failure.step + ": " +
                             std::strerror(failure.error) + "). ";
    const std::string after = " Nothing on this host was changed.";
    const long long userns = readNumber(procSysRoot + "/kernel/unprivileged_userns_clone");
    const long long maxUserns = readNumber(procSysRoot + "/user/max_user_namespaces");
    const long long apparmor =
        readNumber(procSysRoot + "/kernel/apparmor_restrict_unprivileged_userns");
    if (userns == 0) {
        failure.setting = "kernel.unprivileged_userns_clone";
        failure.message = what +
                          "Unprivileged user namespaces are disabled: "
                          "kernel.unprivileged_userns_clone is 0. An administrator can allow "
                          "them with 'sysctl -w kernel.unprivileged_userns_clone=1' (and a "
                          "file in /etc/sysctl.d to keep it)." +
                          after;
    } else if (maxUserns == 0 || failure.error == ENOSPC) {
        failure.setting = "user.max_user_namespaces";
        failure.message =
            what + "No more user namespaces may be created: user.max_user_namespaces is " +
            std::to_string(maxUserns) +
            (maxUserns == 0 ? std::string() : std::string(" and its limit is reached")) +
            ". An administrator can raise it, e.g. 'sysctl -w "
            "user.max_user_namespaces=15000' (and a file in /etc/sysctl.d to keep it)." +
            after;
    } else if (apparmor == 1) {
        failure.setting = "kernel.apparmor_restrict_unprivileged_userns";
        failure.message =
            what +
            "AppArmor restricts unprivileged user namespaces "
            "(kernel.apparmor_restrict_unprivileged_userns is 1). An administrator can "
            "install an AppArmor profile that allows 'userns,' for keepalive-tuner-lab, or "
            "set kernel.apparmor_restrict_unprivileged_userns to 0." +
            after;
    } else {
        failure.setting.clear();
        failure.message =
            what +
            "Unprivileged user namespaces seem to be forbidden here (a security module, a "
            "seccomp filter or a container runtime); check "
            "kernel.unprivileged_userns_clone, user.max_user_namespaces and "
            "kernel.apparmor_restrict_unprivileged_userns, or run the Lab on a host that "
            "allows them." +
            after;
    }
}

unsigned long long netNamespaceInode()
{
    struct stat st
    {};
    if (stat("/proc/self/ns/net", &st) != 0)
        return 0;
    return static_cast<unsigned long long>(st.st_ino);
}

} // namespace kt::lab
