#include "lab/Nftables.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nftables/libnftables.h>
#include <unistd.h>

namespace kt::lab {

Nftables::Nftables()
    : m_ctx(nft_ctx_new(NFT_CTX_DEFAULT))
{
    if (m_ctx)
        nft_ctx_buffer_error(m_ctx);
}

Nftables::~Nftables()
{
    if (m_ctx)
        nft_ctx_free(m_ctx);
}

bool Nftables::run(const std::string &commands, std::string &error)
{
    if (!m_ctx) {
        error = "libnftables: cannot create a context";
        return false;
    }
    if (nft_run_cmd_from_buffer(m_ctx, commands.c_str()) != 0) {
        const char *text = nft_ctx_get_error_buffer(m_ctx);
        error = std::string("nftables refused the sandbox's rules: ") +
                (text && *text ? text : "no reason given");
        while (!error.empty() && error.back() == '\n')
            error.pop_back();
        return false;
    }
    return true;
}

bool writeSandboxSysctl(const std::string &key, long value, std::string &error)
{
    std::string path = "/proc/sys/" + key;
    std::replace(path.begin() + 10, path.end(), '.', '/');
    const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    const std::string text = std::to_string(value);
    if (fd < 0 || write(fd, text.data(), text.size()) != ssize_t(text.size())) {
        error = "cannot set " + key + " = " + text + " inside the sandbox: " + std::strerror(errno);
        if (fd >= 0)
            close(fd);
        return false;
    }
    close(fd);
    return true;
}

} // namespace kt::lab
