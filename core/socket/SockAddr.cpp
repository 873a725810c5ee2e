#include "socket/SockAddr.h"

#include "socket/Target.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>

namespace kt {

quint16 sockaddrPort(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    return ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
}

QString sockaddrText(const sockaddr_storage &address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; people
        // know them by the IPv4 address.
        if (IN6_IS_ADDR_V4MAPPED(&v6->sin6_addr)) {
            ::inet_ntop(AF_INET, &v6->sin6_addr.s6_addr[12], text, sizeof text);
            return Target{QString::fromLatin1(text), sockaddrPort(address)}.display();
        }
        ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
        return Target{QString::fromLatin1(text), sockaddrPort(address)}.display();
    }
    const auto *v4 = reinterpret_cast<const sockaddr_in *>(&address);
    ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    return Target{QString::fromLatin1(text), sockaddrPort(address)}.display();
}

socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage &out)
{
    std::memset(&out, 0, sizeof out);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&out);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6->sin6_addr, bytes.c, sizeof bytes.c);
        bool ok = false;
        const uint scope = address.scopeId().toUInt(&ok);
        v6->sin6_scope_id = ok ? scope : 0;
        return sizeof(sockaddr_in6);
    }
    auto *v4 = reinterpret_cast<sockaddr_in *>(&out);
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    v4->sin_addr.s_addr = htonl(address.toIPv4Address());
    return sizeof(sockaddr_in);
}

} // namespace kt
