#pragma once

#include <QHostAddress>
#include <QString>

#include <sys/socket.h>

// Conversions between socket addresses as the kernel takes them and as people
// read them, for the test connection.
namespace kt {

// The port of an AF_INET or AF_INET6 address.
quint16 sockaddrPort(const sockaddr_storage &address);

// "127.0.0.1:4242", "[::1]:4242"; an IPv4-mapped IPv6 address (a dual-stack
// listener's view of an IPv4 peer) is written as the IPv4 address.
QString sockaddrText(const sockaddr_storage &address);

// Fills `out` for connect(); returns the length to pass with it.
socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage &out);

} // namespace kt
