#pragma once

#include "lab/Nftables.h"

#include <string>

namespace kt::lab {

// How the staged middlebox treats a packet of a flow it has forgotten.
enum class ForgottenFlow
{
    Drop,  // silently, as most NATs and firewalls do
    Reset, // answered with an RST, as an AWS NAT Gateway or an Azure load
           // balancer with "TCP reset" does
};

// Stages a stateful middlebox in the current (private) network namespace:
// conntrack forgets an established flow after `timeoutS` seconds without a
// packet (nf_conntrack_tcp_timeout_established); with loose tracking off
// (nf_conntrack_tcp_loose 0) a later packet of that flow does not start a
// new entry but is invalid (nf_conntrack_proto_tcp.c, tcp_new()), and the
// input hook of table inet kt_lab drops it or rejects it with a reset.
// Input, so a capture on lo (which sees the leaving copy) still shows what
// was sent in vain. The Lab's middlebox scenario and the path timeout tests
// stage the same box.
bool stageMiddlebox(Nftables &nft, int timeoutS, ForgottenFlow forgotten, std::string &error);

} // namespace kt::lab
