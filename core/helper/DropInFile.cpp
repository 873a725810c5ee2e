#include "helper/DropInFile.h"

#include "helper/HelperKeys.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace kt::helper {

namespace {

std::string reason(const std::string &what, int error)
{
    return what + ": " + std::strerror(error);
}

// Makes the rename (or unlink) itself durable: without it a crash right after
// could bring the old directory entry back.
bool syncDirectory(const std::string &directory, std::string &error)
{
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = reason("cannot open " + directory, errno);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    if (!ok)
        error = reason("cannot sync " + directory, syncError);
    return ok;
}

bool writeAll(int fd, const std::string &content)
{
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

std::string dropInContent(const DropInValues &values)
{
    std::string text =
        "# Written by Keepalive Tuner (keepalive-tuner-helper) with \"Apply and keep after\n"
        "# reboot\" or `keepalivectl set --persist`. It is replaced as a whole the next\n"
        "# time values are kept, and removed by \"Restore kernel defaults\" or\n"
        "# `keepalivectl reset --persist`. Files whose names sort after this one (and\n"
        "# /etc/sysctl.conf) are applied later at boot and win over these values.\n";
    for (std::size_t i = 0; i < kHelperKeys.size(); ++i)
        text += std::string(kHelperKeys[i].name) + " = " + std::to_string(values[i]) + '\n';
    return text;
}

bool writeDropIn(const std::string &directory, const DropInValues &values, std::string &error,
                 std::string &warning)
{
    if (::mkdir(directory.c_str(), 0755) != 0 && errno != EEXIST) {
        error = reason("cannot create " + directory, errno);
        return false;
    }
    const std::string target = directory + '/' + std::string(kDropInFileName);
    // Hidden and without the .conf suffix: never picked up at boot.
    std::string tmpl = directory + "/." + std::string(kDropInFileName) + ".XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        error = reason("cannot create a temporary file in " + directory, errno);
        return false;
    }
    const std::string tmpPath(name.data());
    const std::string content = dropInContent(values);
    // mkostemp creates the file 0600; sysctl files are world-readable.
    bool ok = ::fchmod(fd, 0644) == 0;
    if (!ok)
        error = reason("cannot set the mode of " + tmpPath, errno);
    if (ok && !writeAll(fd, content)) {
        error = reason("cannot write " + tmpPath, errno);
        ok = false;
    }
    if (ok && ::fsync(fd) != 0) {
        error = reason("cannot sync " + tmpPath, errno);
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        error = reason("cannot close " + tmpPath, errno);
        ok = false;
    }
    if (ok && ::rename(tmpPath.c_str(), target.c_str()) != 0) {
        error = reason("cannot rename " + tmpPath + " to " + target, errno);
        ok = false;
    }
    if (!ok) {
        ::unlink(tmpPath.c_str());
        return false;
    }
    std::string syncError;
    if (!syncDirectory(directory, syncError))
        warning = syncError + "; the new file is in place but may not survive a power cut";
    return true;
}

bool removeDropIn(const std::string &directory, std::string &error, std::string &warning)
{
    const std::string target = directory + '/' + std::string(kDropInFileName);
    if (::unlink(target.c_str()) != 0) {
        if (errno == ENOENT)
            return true;
        error = reason("cannot remove " + target, errno);
        return false;
    }
    std::string syncError;
    if (!syncDirectory(directory, syncError))
        warning = syncError + "; the file is removed but may reappear after a power cut";
    return true;
}

} // namespace kt::helper
