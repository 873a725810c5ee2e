#include "lab/StagedMiddlebox.h"

namespace kt::lab {

bool stageMiddlebox(Nftables &nft, int timeoutS, ForgottenFlow forgotten, std::string &error)
{
    if (!writeSandboxSysctl("net.netfilter.nf_conntrack_tcp_timeout_established", timeoutS,
                            error) ||
        !writeSandboxSysctl("net.netfilter.nf_conntrack_tcp_loose", 0, error))
        return false;
    // On loopback the reset that `reject` sends is itself a packet of the
    // forgotten flow, so invalid too: it is let through before the rule
    // that would reject it in turn.
    const std::string forget =
        forgotten == ForgottenFlow::Drop
            ? "add rule inet kt_lab input ct state invalid drop\n"
            : "add rule inet kt_lab input ct state invalid tcp flags rst accept\n"
              "add rule inet kt_lab input ct state invalid reject with tcp reset\n";
    return nft.run("add table inet kt_lab\n"
                   "add chain inet kt_lab input { type filter hook input priority 0; "
                   "policy accept; }\n" +
                       forget,
                   error);
}

} // namespace kt::lab
