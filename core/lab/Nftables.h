#pragma once

#include <string>

struct nft_ctx;

namespace kt::lab {

// nftables through libnftables, the library `nft` itself is built on: no
// binary the user may not have is executed. Plain C++ (the Lab's runner has
// no Qt). Changes the ruleset of the network namespace it runs in.
class Nftables
{
public:
    Nftables();
    ~Nftables();
    Nftables(const Nftables &) = delete;
    Nftables &operator=(const Nftables &) = delete;

    // Runs `commands` as `nft -f` would; false with nftables' reason in
    // `error` when it refuses them.
    bool run(const std::string &commands, std::string &error);

private:
    nft_ctx *m_ctx = nullptr;
};

// Writes a sysctl of the current network namespace ("net.ipv4.tcp_retries2"),
// false with the reason in `error`. For the sandbox's own settings only: it
// must run in a private namespace.
bool writeSandboxSysctl(const std::string &key, long value, std::string &error);

} // namespace kt::lab
