#include "helper/SysctlStore.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kt::helper {

namespace {

std::string errnoText(int error)
{
    return std::strerror(error);
}

} // namespace

ProcSysStore::ProcSysStore(std::string root)
    : m_root(std::move(root))
{}

std::string ProcSysStore::path(const HelperKey &key) const
{
    return m_root + '/' + std::string(key.procPath);
}

bool ProcSysStore::read(const HelperKey &key, long long &value, std::string &error)
{
    const std::string file = path(key);
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        error = "cannot open " + file + ": " + errnoText(errno);
        return false;
    }
    // The files hold one decimal number and a newline.
    std::array<char, 64> buffer{};
    ssize_t n = 0;
    do {
        n = ::read(fd, buffer.data(), buffer.size());
    } while (n < 0 && errno == EINTR);
    const int readError = errno;
    ::close(fd);
    if (n < 0) {
        error = "cannot read " + file + ": " + errnoText(readError);
        return false;
    }
    std::size_t length = static_cast<std::size_t>(n);
    while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == ' '))
        --length;
    const char *begin = buffer.data();
    const auto [end, ec] = std::from_chars(begin, begin + length, value);
    if (length == 0 || ec != std::errc() || end != begin + length) {
        error = file + " does not hold a number";
        return false;
    }
    return true;
}

bool ProcSysStore::write(const HelperKey &key, long long value, std::string &error)
{
    const std::string file = path(key);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_TRUNC);
    if (fd < 0) {
        error = "cannot open " + file + " for writing: " + errnoText(errno);
        return false;
    }
    const std::string text = std::to_string(value) + '\n';
    ssize_t n = 0;
    do {
        n = ::write(fd, text.data(), text.size());
    } while (n < 0 && errno == EINTR);
    const int writeError = errno;
    // /proc/sys reports a refused value from write(); close() can still fail
    // on a regular file (the test trees), so both are checked.
    const int closed = ::close(fd);
    const int closeError = errno;
    if (n < 0) {
        error = "the kernel refused " + std::to_string(value) + " for " + std::string(key.name) +
                ": " + errnoText(writeError);
        return false;
    }
    if (static_cast<std::size_t>(n) != text.size()) {
        error = "short write to " + file;
        return false;
    }
    if (closed != 0) {
        error = "cannot close " + file + ": " + errnoText(closeError);
        return false;
    }
    return true;
}

} // namespace kt::helper
